/// <reference types="node" />
/**
 * `etalase validate <file-or-url>`: reads a feed, runs the model's lenient parser and prints every
 * issue with its fix, then a summary. Exit 0 when the feed has no errors (warnings are fine, unless
 * `--strict`), 1 when it has errors, 2 for usage errors and unreadable input.
 */
import { parseFeed } from '../../model/parse.js';
import { loadDistricts } from '../../model/regions/index.js';
import { countFeed, type FeedCounts } from '../../model/health.js';
import type { Feed, FeedIssue } from '../../model/types.js';
import { UsageError } from '../args.js';
import {
  InputError,
  parseJsonText,
  readSource,
  shardFileReader,
  shardFolderIndex,
} from '../input.js';
import {
  countIssues,
  formatHumanReport,
  formatJsonReport,
  styleFor,
  type FeedSummary,
  type JsonReport,
} from '../report.js';
import type { Command } from './command.js';
import { checkShardSet } from '../shard/validate.js';
import { isShardIndex } from '../../feed/shards/format.js';

const usage = `Usage: etalase validate <file-or-url> [--json] [--lang id|en] [--strict]

Checks a feed (a file, "-" for standard input, or an https:// URL) and lists every problem
with its path and how to fix it. A shard set (its folder or index.json, see docs/shards.md) is
checked whole: every shard and text chunk, their sizes and hashes, and the index counts.

Options:
  --json          Print a machine-readable JSON report instead of text
  --lang id|en    Language of the messages (default: Indonesian, or English when LANG=en*)
  --strict        Treat warnings as errors (exit 1 when there is any issue)
  --timeout <s>   Seconds to wait for a URL (default 30)
  -h, --help      Show this help

Exit status: 0 valid, 1 the feed has errors, 2 wrong usage or unreadable input.`;

const lengthOf = (value: unknown) => (Array.isArray(value) ? value.length : 0);

/** Counts of the usable feed, or of the raw input when the feed cannot be used at all. */
export function summarize(
  feed: Feed | null,
  input: unknown,
  issues: readonly FeedIssue[],
): FeedSummary {
  const { errors, warnings } = countIssues(issues);
  if (!feed) {
    const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<
      string,
      unknown
    >;
    return {
      products: lengthOf(raw['products']),
      producers: lengthOf(raw['producers']),
      outlets: lengthOf(raw['outlets']),
      regions: 0,
      categories: lengthOf(raw['categories']),
      errors,
      warnings,
    };
  }
  const regions = new Set<string>();
  for (const producer of feed.producers) regions.add(producer.regionCode);
  for (const product of feed.products) if (product.regionCode) regions.add(product.regionCode);
  for (const outlet of feed.outlets) regions.add(outlet.regionCode);
  return {
    products: feed.products.length,
    producers: feed.producers.length,
    outlets: feed.outlets.length,
    regions: regions.size,
    categories: new Set(feed.products.map((product) => product.category)).size,
    errors,
    warnings,
  };
}

export const command: Command = {
  usage,
  options: { strict: { type: 'boolean' }, timeout: { type: 'string' } },
  async run(args, context) {
    const [source, ...extra] = args.positionals;
    if (!source)
      throw new UsageError(
        'validate needs a file or URL, e.g. etalase validate produk-unggulan.json',
      );
    if (extra.length)
      throw new UsageError(`validate takes one file or URL (also got: ${extra.join(' ')})`);
    const timeoutSeconds =
      args.values['timeout'] === undefined ? 30 : Number(args.values['timeout']);
    if (!(timeoutSeconds > 0))
      throw new UsageError('--timeout must be a number of seconds above 0');
    const strict = args.values['strict'] === true;

    let input: unknown;
    const path = await shardFolderIndex(source);
    try {
      input = parseJsonText(await readSource(path, timeoutSeconds * 1000), path);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      if (args.json) {
        context.stdout(
          formatJsonReport({
            source,
            valid: false,
            strict,
            summary: emptySummary(),
            issues: [],
            error: error.messages[args.lang],
          }),
        );
      } else {
        context.stderr(`etalase: ${error.messages[args.lang]}\n`);
      }
      return 2;
    }

    // A steward's check is complete: district codes too (the browser skips this table unless needed).
    await loadDistricts();
    const { feed, issues } = isShardIndex(input)
      ? await checkShardSet(input, shardFileReader(path, timeoutSeconds * 1000))
      : parseFeed(input);
    const summary = summarize(feed, input, issues);
    const valid = feed !== null && summary.errors === 0 && !(strict && summary.warnings > 0);
    const report: JsonReport = { source, valid, strict, summary, issues };
    const counts = countFeed(feed, issues);
    if (args.json)
      context.stdout(
        formatJsonReport({ ...report, counts } as JsonReport & { counts: FeedCounts }),
      );
    else {
      context.stdout(
        formatHumanReport(
          report,
          feed !== null,
          args.lang,
          styleFor(process.stdout.isTTY, context.env),
        ),
      );
      if (feed && (counts.dropped || counts.droppedParts || counts.repaired))
        context.stdout(`${healthLine(counts, args.lang)}\n`);
    }
    return valid ? 0 : 1;
  },
};

/** What the lenient parse did: records skipped, fields or items dropped, values repaired. */
function healthLine(counts: FeedCounts, lang: 'id' | 'en'): string {
  return lang === 'en'
    ? `Of ${counts.read} records, ${counts.shown} are shown and ${counts.dropped} skipped; ${counts.droppedParts} fields or list items were left out and ${counts.repaired} values repaired.`
    : `Dari ${counts.read} entri, ${counts.shown} ditampilkan dan ${counts.dropped} dilewati; ${counts.droppedParts} kolom atau butir daftar diabaikan dan ${counts.repaired} nilai diperbaiki.`;
}

function emptySummary(): FeedSummary {
  return {
    products: 0,
    producers: 0,
    outlets: 0,
    regions: 0,
    categories: 0,
    errors: 0,
    warnings: 0,
  };
}
