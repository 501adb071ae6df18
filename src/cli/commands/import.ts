/// <reference types="node" />
/**
 * `etalase import`: spreadsheet CSV files → a valid feed. Every problem is reported as
 * `produk.csv baris 12, kolom harga_min: …` with its fix; rows that cannot be imported are listed.
 * Exit 0 when the feed has no errors, 1 when it has (the feed is then not written unless `--partial`),
 * 2 for usage errors and unreadable files.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { loadDistricts } from '../../model/regions/index.js';
import { UsageError } from '../args.js';
import { TABLES, type TableName } from '../csv/columns.js';
import { exists, findCsvFiles, readCsvFile, writeFiles } from '../csv/files.js';
import {
  formatCsvIssue,
  formatRefused,
  importFeed,
  type CsvFiles,
  type ImportResult,
} from '../csv/import-feed.js';
import type { CsvIssue } from '../csv/table.js';
import { templateFiles } from '../csv/template.js';
import { InputError } from '../input.js';
import { labels, styleFor, type Style } from '../report.js';
import type { Command, CommandContext } from './command.js';

const usage = `Usage: etalase import --producers produsen.csv --products produk.csv [--outlets outlet.csv]
                      [--publisher "Dinas …"] [--region 62.71] [--out feed.json] [--lang id|en] [--json]
       etalase import --dir csv/ [--out feed.json]
       etalase import --template [--out-dir templat/]

Turns spreadsheet CSV files (Excel, LibreOffice, Google Sheets; comma or semicolon separated) into a
feed, and lists every problem with its file, row, column and fix. Column headers may be Indonesian or
English. See docs/csv-import.md (English) or docs/csv-import.id.md (Bahasa Indonesia).

Options:
  --producers <file>    Producers (produsen.csv)            required, unless --dir
  --products <file>     Products (produk.csv)               required, unless --dir
  --outlets <file>      Outlets: galleries, shops, expos (outlet.csv)
  --categories <file>   Extra categories (kategori.csv)
  --regions <file>      Regions missing from the built-in table (wilayah.csv)
  --info <file>         Publisher and licence (penerbit.csv)
  --dir <folder>        Read the files above from a folder, by their usual names
  --publisher <name>    Publisher name (overrides penerbit.csv)
  --region <code>       Publisher region code, e.g. 62.71; also used for rows without kode_wilayah
  --updated-at <date>   The feed's updatedAt (default: now)
  --out <file>          Write the feed here (default: standard output)
  --partial             Write the feed even when some rows have errors (they are left out)
  --template            Write empty CSV templates with an example row and a guide, then stop
  --out-dir <folder>    Folder for --template (default: current folder)
  --delimiter <c>       Separator for --template: "," (default) or ";" (Excel, Indonesian settings)
  --force               Let --template overwrite existing files
  --json                Print a machine-readable JSON report
  --lang id|en          Language of the messages (default: Indonesian, or English when LANG=en*)
  -h, --help            Show this help

Exit status: 0 the feed is valid, 1 some rows have errors, 2 wrong usage or unreadable files.`;

const FILE_OPTIONS: Record<string, TableName> = {
  info: 'info',
  regions: 'regions',
  categories: 'categories',
  producers: 'producers',
  products: 'products',
  outlets: 'outlets',
};

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

export function parseDelimiter(value: unknown): string {
  const text = str(value);
  if (text === undefined) return ',';
  const known: Record<string, string> = {
    ',': ',',
    comma: ',',
    koma: ',',
    ';': ';',
    semicolon: ';',
    'titik-koma': ';',
    tab: '\t',
    '\\t': '\t',
  };
  const delimiter = known[text.toLowerCase()];
  if (!delimiter) throw new UsageError(`--delimiter must be "," or ";" (got "${text}")`);
  return delimiter;
}

export interface ImportJsonReport {
  valid: boolean;
  /** Where the feed was written; null when it was not. */
  out: string | null;
  counts: ImportResult['counts'];
  errors: number;
  warnings: number;
  issues: CsvIssue[];
  refused: ImportResult['refused'];
  /** The feed itself, when there is no --out. */
  feed?: unknown;
}

export const command: Command = {
  usage,
  options: {
    producers: { type: 'string' },
    products: { type: 'string' },
    outlets: { type: 'string' },
    categories: { type: 'string' },
    regions: { type: 'string' },
    info: { type: 'string' },
    dir: { type: 'string' },
    publisher: { type: 'string' },
    region: { type: 'string' },
    'updated-at': { type: 'string' },
    out: { type: 'string', short: 'o' },
    partial: { type: 'boolean' },
    template: { type: 'boolean' },
    'out-dir': { type: 'string' },
    delimiter: { type: 'string' },
    force: { type: 'boolean' },
  },
  async run(args, context) {
    const { values, lang } = args;
    await loadDistricts(); // check district codes too, as `validate` does
    if (args.positionals.length)
      throw new UsageError(`import takes options only (also got: ${args.positionals.join(' ')})`);
    if (values['template'])
      return writeTemplates(
        str(values['out-dir']) ?? '.',
        lang,
        parseDelimiter(values['delimiter']),
        values['force'] === true,
        args.json,
        context,
      );

    const paths: Partial<Record<TableName, string>> = {};
    const dir = str(values['dir']);
    try {
      if (dir) Object.assign(paths, await findCsvFiles(dir));
    } catch (error) {
      if (error instanceof InputError) return unreadable(error, args.json, lang, context);
      throw error;
    }
    for (const [option, table] of Object.entries(FILE_OPTIONS)) {
      const path = str(values[option]);
      if (path) paths[table] = path;
    }
    const missing = (['producers', 'products'] as const).filter((table) => !paths[table]);
    if (missing.length) {
      const where = dir
        ? ` (${dir} has no ${missing.map((t) => `${TABLES[t].file.id} / ${TABLES[t].file.en}`).join(', ')})`
        : '';
      throw new UsageError(
        `import needs ${missing.map((t) => `--${t}`).join(' and ')}${where}, e.g. etalase import --producers produsen.csv --products produk.csv`,
      );
    }
    const publisher = str(values['publisher']);
    const region = str(values['region']);
    if (!paths.info && (!publisher || !region)) {
      throw new UsageError(
        'import needs --publisher "…" and --region <code> (or a penerbit.csv / --info file), e.g. --publisher "Dinas Koperasi dan UKM Kota Palangka Raya" --region 62.71',
      );
    }

    const files: CsvFiles = {};
    const encodingIssues: CsvIssue[] = [];
    try {
      for (const [table, path] of Object.entries(paths) as [TableName, string][]) {
        const file = await readCsvFile(path);
        files[table] = file;
        if (file.encoding !== 'utf-8') {
          encodingIssues.push({
            file: file.name,
            severity: 'warning',
            code: 'not-utf8',
            message: {
              id: 'Berkas ini tidak tersimpan sebagai UTF-8; dibaca sebagai Windows-1252. Perbaiki: simpan sebagai "CSV UTF-8" agar huruf beraksen tidak rusak.',
              en: 'This file is not saved as UTF-8; it was read as Windows-1252. Fix: save it as "CSV UTF-8" so accented letters survive.',
            },
          });
        }
      }
    } catch (error) {
      if (error instanceof InputError) return unreadable(error, args.json, lang, context);
      throw error;
    }

    const result = importFeed(files, {
      publisher,
      region,
      updatedAt: str(values['updated-at']),
      lang,
    });
    const issues = [...encodingIssues, ...result.issues];
    const errors = issues.filter((issue) => issue.severity === 'error').length;
    const warnings = issues.length - errors;
    const valid = result.feed !== null && errors === 0;
    const out = str(values['out']);
    const writable = result.feed !== null && (valid || values['partial'] === true);
    const feedText = writable ? `${JSON.stringify(result.feed, null, 2)}\n` : undefined;
    if (feedText && out) {
      await mkdir(dirname(out), { recursive: true });
      await writeFile(out, feedText, 'utf8');
    }

    if (args.json) {
      const report: ImportJsonReport = {
        valid,
        out: feedText && out ? out : null,
        counts: result.counts,
        errors,
        warnings,
        issues,
        refused: result.refused,
        ...(feedText && !out ? { feed: result.feed } : {}),
      };
      context.stdout(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      // The feed goes to standard output when there is no --out; the report then goes to standard error.
      const toStdout = Boolean(out) || !feedText;
      const style = styleFor(toStdout ? process.stdout.isTTY : process.stderr.isTTY, context.env);
      const report = humanReport(
        result,
        issues,
        {
          errors,
          warnings,
          valid,
          out: feedText ? (out ?? '-') : null,
          partial: values['partial'] === true,
        },
        lang,
        style,
      );
      if (feedText && !out) context.stdout(feedText);
      (toStdout ? context.stdout : context.stderr)(report);
    }
    return valid ? 0 : 1;
  },
};

const WORDS = {
  id: {
    refused: 'Baris yang tidak diimpor',
    imported: 'Diimpor',
    written: (out: string) =>
      out === '-' ? 'Feed ditulis ke keluaran standar.' : `Feed ditulis ke ${out}.`,
    notWritten:
      'Feed tidak ditulis. Perbaiki galat di atas, atau pakai --partial untuk menulis baris yang sah saja.',
    partial: 'Baris bergalat ditinggalkan (--partial).',
    templates: (dir: string) => `Templat ditulis ke ${dir}:`,
    exists: (paths: string) =>
      `Berkas sudah ada: ${paths}. Pakai --force untuk menimpanya, atau --out-dir folder lain.`,
  },
  en: {
    refused: 'Rows not imported',
    imported: 'Imported',
    written: (out: string) =>
      out === '-' ? 'Feed written to standard output.' : `Feed written to ${out}.`,
    notWritten:
      'The feed was not written. Fix the errors above, or use --partial to write the valid rows only.',
    partial: 'Rows with errors were left out (--partial).',
    templates: (dir: string) => `Templates written to ${dir}:`,
    exists: (paths: string) =>
      `Files already exist: ${paths}. Use --force to overwrite them, or another --out-dir.`,
  },
} as const;

function humanReport(
  result: ImportResult,
  issues: CsvIssue[],
  status: {
    errors: number;
    warnings: number;
    valid: boolean;
    out: string | null;
    partial: boolean;
  },
  lang: 'id' | 'en',
  style: Style,
): string {
  const l = labels(lang);
  const w = WORDS[lang];
  const lines = issues.map((issue) => {
    const severity = issue.severity === 'error' ? style.red(l.error) : style.yellow(l.warning);
    return `${severity}  ${formatCsvIssue(issue, lang)}${style.dim(` (${issue.code})`)}`;
  });
  if (lines.length) lines.push('');
  if (result.refused.length) {
    lines.push(
      style.bold(`${w.refused} (${result.refused.length}):`),
      ...formatRefused(result.refused, lang).map((line) => `  ${line}`),
      '',
    );
  }
  const { counts } = result;
  lines.push(
    `${w.imported}: ${l.products} ${counts.products} · ${l.producers} ${counts.producers} · ${l.outlets} ${counts.outlets} · ${l.categories} ${counts.categories}`,
    `${status.errors ? style.red(`${l.errors} ${status.errors}`) : `${l.errors} 0`} · ${status.warnings ? style.yellow(`${l.warnings} ${status.warnings}`) : `${l.warnings} 0`}`,
  );
  if (status.valid)
    lines.push(style.green(style.bold(status.warnings ? l.validWithWarnings : l.valid)));
  else if (!result.feed) lines.push(style.red(style.bold(l.notLoaded)));
  else lines.push(style.red(style.bold(l.invalid)));
  if (status.out) lines.push(w.written(status.out));
  if (status.out && !status.valid && status.partial) lines.push(w.partial);
  if (!status.out && !status.valid && result.feed) lines.push(w.notWritten);
  return `${lines.join('\n')}\n`;
}

async function writeTemplates(
  dir: string,
  lang: 'id' | 'en',
  delimiter: string,
  force: boolean,
  json: boolean,
  context: CommandContext,
): Promise<number> {
  const files = templateFiles(lang, delimiter);
  if (!force) {
    const taken: string[] = [];
    for (const file of files) if (await exists(`${dir}/${file.name}`)) taken.push(file.name);
    if (taken.length) {
      const message = WORDS[lang].exists(taken.join(', '));
      if (json) context.stdout(`${JSON.stringify({ written: [], error: message }, null, 2)}\n`);
      else context.stderr(`etalase: ${message}\n`);
      return 2;
    }
  }
  const paths = await writeFiles(dir, files);
  if (json) context.stdout(`${JSON.stringify({ written: paths }, null, 2)}\n`);
  else
    context.stdout(
      `${WORDS[lang].templates(dir)}\n${paths.map((path) => `  ${path}`).join('\n')}\n`,
    );
  return 0;
}

function unreadable(
  error: InputError,
  json: boolean,
  lang: 'id' | 'en',
  context: CommandContext,
): number {
  if (json)
    context.stdout(
      `${JSON.stringify({ valid: false, out: null, error: error.messages[lang] }, null, 2)}\n`,
    );
  else context.stderr(`etalase: ${error.messages[lang]}\n`);
  return 2;
}
