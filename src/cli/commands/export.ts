/// <reference types="node" />
/**
 * `etalase export <feed> --out-dir csv/`: a feed → the CSV files `etalase import` reads, so a feed can
 * be edited in a spreadsheet and imported again without loss. Exit 0 when written, 1 when the feed had
 * errors (the valid part is still written), 2 for usage errors and unreadable input.
 */
import { join } from 'node:path';
import { parseFeed } from '../../model/parse.js';
import { UsageError } from '../args.js';
import { TABLES } from '../csv/columns.js';
import { exportFeed, exportTable } from '../csv/export-feed.js';
import { exists, writeFiles } from '../csv/files.js';
import { InputError, parseJsonText, readSource } from '../input.js';
import { formatIssueBlock, labels, styleFor } from '../report.js';
import type { Command } from './command.js';
import { parseDelimiter } from './import.js';

const usage = `Usage: etalase export <file-or-url> --out-dir csv/ [--delimiter ";"] [--lang id|en] [--json]

Writes a feed as the CSV files "etalase import" reads (penerbit.csv, produsen.csv, produk.csv, and
outlet.csv, kategori.csv, wilayah.csv when the feed has them). Edit them in a spreadsheet, then
"etalase import --dir csv/ --out feed.json" gives the same feed back, with your changes.

Options:
  --out-dir <folder>   Where to write the files (required; created when missing)
  --delimiter <c>      "," (default) or ";" (Excel with Indonesian regional settings)
  --lang id|en         Headers and messages in Indonesian (default) or English
  --json               Print a machine-readable JSON report
  -h, --help           Show this help

Exit status: 0 written, 1 the feed had errors (its valid part is written), 2 wrong usage or unreadable input.`;

const WORDS = {
  id: {
    written: (dir: string) => `Berkas CSV ditulis ke ${dir}:`,
    rows: 'baris',
    json: 'memakai kolom data_lain',
    leftOut: 'Entri bergalat di atas tidak ikut diekspor.',
  },
  en: {
    written: (dir: string) => `CSV files written to ${dir}:`,
    rows: 'rows',
    json: 'using the extra_json column',
    leftOut: 'Entries with the errors above were not exported.',
  },
} as const;

export const command: Command = {
  usage,
  options: { 'out-dir': { type: 'string' }, delimiter: { type: 'string' } },
  async run(args, context) {
    const { lang } = args;
    const [source, ...extra] = args.positionals;
    if (!source)
      throw new UsageError(
        'export needs a feed file or URL, e.g. etalase export feed.json --out-dir csv/',
      );
    if (extra.length) throw new UsageError(`export takes one feed (also got: ${extra.join(' ')})`);
    const dir = args.values['out-dir'];
    if (typeof dir !== 'string' || dir === '')
      throw new UsageError('export needs --out-dir <folder>');
    const delimiter = parseDelimiter(args.values['delimiter']);

    let input: unknown;
    try {
      input = parseJsonText(await readSource(source), source);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      if (args.json)
        context.stdout(
          `${JSON.stringify({ written: [], error: error.messages[lang] }, null, 2)}\n`,
        );
      else context.stderr(`etalase: ${error.messages[lang]}\n`);
      return 2;
    }

    const { feed, issues } = parseFeed(input);
    const errors = issues.filter((issue) => issue.severity === 'error');
    const style = styleFor(process.stdout.isTTY, context.env);
    if (!feed) {
      if (args.json) context.stdout(`${JSON.stringify({ written: [], issues }, null, 2)}\n`);
      else
        context.stdout(
          `${issues.map((issue) => formatIssueBlock(issue, lang, style)).join('\n')}\n${labels(lang).notLoaded}\n`,
        );
      return 1;
    }
    const files = exportFeed(feed, { lang, delimiter });
    // A list the feed no longer has would otherwise come back from an earlier export's file.
    for (const table of ['regions', 'categories', 'outlets'] as const) {
      if (files.some((file) => file.table === table)) continue;
      if (await exists(join(dir, TABLES[table].file[lang])))
        files.push(exportTable(table, [], { lang, delimiter }));
    }
    const paths = await writeFiles(dir, files);
    if (args.json) {
      const written = files.map((file, i) => ({
        path: paths[i],
        rows: file.rows,
        jsonRows: file.jsonRows,
      }));
      context.stdout(`${JSON.stringify({ written, issues }, null, 2)}\n`);
    } else {
      const w = WORDS[lang];
      const lines = errors.map((issue) => formatIssueBlock(issue, lang, style));
      if (errors.length) lines.push(w.leftOut, '');
      lines.push(w.written(dir));
      files.forEach((file, i) =>
        lines.push(
          `  ${paths[i]}  ${file.rows} ${w.rows}${file.jsonRows ? ` (${file.jsonRows} ${w.json})` : ''}`,
        ),
      );
      context.stdout(`${lines.join('\n')}\n`);
    }
    return errors.length ? 1 : 0;
  },
};
