/// <reference types="node" />
/**
 * `etalase shard <feed|URL>… --out <dir>`: reads and validates one or more feeds, merges them as
 * `loadFeed` does (newest record wins, provenance kept), and writes a shard set a static host serves:
 * `index.json`, region shards and text-index chunks (see docs/shards.md).
 */
import { parseFeed } from '../../model/parse.js';
import { loadDistricts } from '../../model/regions/index.js';
import { mergeFeeds, type FeedSource } from '../../feed/merge.js';
import { UsageError } from '../args.js';
import { InputError, parseJsonText, readSource } from '../input.js';
import { formatHumanReport, styleFor, type JsonReport } from '../report.js';
import { SHARD_DEFAULTS, writeShards } from '../shard/write.js';
import type { Command } from './command.js';
import { summarize } from './validate.js';

const usage = `Usage: etalase shard <feed-or-url>… --out <dir> [--max-shard-kb 200] [--json] [--lang id|en]

Merges one or more feeds and writes a shard set for national-scale showcases: <dir>/index.json
(region tree, counts, facets), one shard per province (split by regency/city, then in parts, above
the size limit) and a text index in chunks by word prefix. Point etalase-showcase at index.json.
Files are named by their content, so running it again rewrites only what changed.

Options:
  --out <dir>         Folder to write (created when missing)
  --max-shard-kb <n>  Largest shard in KB before a region is split further (default ${SHARD_DEFAULTS.maxShardKb})
  --strict            Write nothing when a feed has errors
  --json              Print a machine-readable report
  --lang id|en        Language of the messages
  --timeout <s>       Seconds to wait for a URL (default 30)
  -h, --help          Show this help

Exit status: 0 written, 1 a feed is unusable (or has errors with --strict), 2 wrong usage or unreadable input.`;

export const command: Command = {
  usage,
  options: {
    out: { type: 'string' },
    'max-shard-kb': { type: 'string' },
    strict: { type: 'boolean' },
    timeout: { type: 'string' },
  },
  async run(args, context) {
    const sources = args.positionals;
    if (sources.length === 0)
      throw new UsageError(
        'shard needs at least one feed, e.g. etalase shard feed.json --out data',
      );
    const out = args.values['out'];
    if (typeof out !== 'string' || out === '')
      throw new UsageError('shard needs --out <dir>, the folder to write the shard set to');
    const maxShardKb =
      args.values['max-shard-kb'] === undefined
        ? SHARD_DEFAULTS.maxShardKb
        : Number(args.values['max-shard-kb']);
    if (!(maxShardKb >= 1)) throw new UsageError('--max-shard-kb must be a number of KB ≥ 1');
    const timeoutSeconds =
      args.values['timeout'] === undefined ? 30 : Number(args.values['timeout']);
    if (!(timeoutSeconds > 0))
      throw new UsageError('--timeout must be a number of seconds above 0');
    const strict = args.values['strict'] === true;
    const style = styleFor(process.stdout.isTTY, context.env);

    await loadDistricts();
    const feeds: FeedSource[] = [];
    const reports: JsonReport[] = [];
    let usable = true;
    for (const source of sources) {
      let input: unknown;
      try {
        input = parseJsonText(await readSource(source, timeoutSeconds * 1000), source);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        context.stderr(`etalase: ${error.messages[args.lang]}\n`);
        return 2;
      }
      const { feed, issues } = parseFeed(input);
      const summary = summarize(feed, input, issues);
      const valid = feed !== null && summary.errors === 0;
      reports.push({ source, valid, strict, summary, issues });
      if (!feed || (strict && !valid)) usable = false;
      if (feed) feeds.push({ url: source, feed });
      input = undefined;
    }
    if (!args.json)
      for (const report of reports)
        if (!report.valid || report.issues.length > 0)
          context.stdout(formatHumanReport(report, report.valid, args.lang, style));
    if (!usable) {
      if (args.json) context.stdout(`${JSON.stringify({ written: false, reports }, null, 2)}\n`);
      else
        context.stderr(
          args.lang === 'en'
            ? 'etalase: nothing written: fix the feed errors above first\n'
            : 'etalase: tidak ada yang ditulis: perbaiki dulu galat feed di atas\n',
        );
      return 1;
    }

    const merged = mergeFeeds(feeds);
    feeds.length = 0;
    // Each shard and text chunk is written as it is made (a national feed does not fit twice in memory).
    const set = await writeShards(out, merged, { maxShardKb, outDir: out });
    const { index, report: written } = set;
    const { bytes } = written;
    if (args.json) {
      context.stdout(
        `${JSON.stringify(
          {
            written: true,
            out,
            counts: index.counts,
            shards: set.shards.length,
            chunks: index.text.chunks,
            bytes,
            conflicts: merged.conflicts.length,
            files: written,
            reports,
          },
          null,
          2,
        )}\n`,
      );
    } else {
      const kb = (n: number) => `${Math.round(n / 1024).toLocaleString('en')} KB`;
      context.stdout(
        args.lang === 'en'
          ? `Wrote ${out}/index.json: ${index.counts.products} products in ${set.shards.length} shards and ${index.text.chunks} text chunks (${kb(bytes)}); ${written.written.length} files written, ${written.unchanged.length} unchanged, ${written.removed.length} removed.\n`
          : `Menulis ${out}/index.json: ${index.counts.products} produk dalam ${set.shards.length} pecahan dan ${index.text.chunks} potongan indeks teks (${kb(bytes)}); ${written.written.length} berkas ditulis, ${written.unchanged.length} tetap, ${written.removed.length} dihapus.\n`,
      );
      if (merged.conflicts.length > 0)
        context.stdout(
          args.lang === 'en'
            ? `${merged.conflicts.length} records appeared in more than one feed; the newest copy was kept.\n`
            : `${merged.conflicts.length} entri muncul di lebih dari satu feed; salinan terbaru yang dipakai.\n`,
        );
    }
    return 0;
  },
};
