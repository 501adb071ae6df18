/// <reference types="node" />
/**
 * `etalase render <feed> --out snippet.html`: the HTML of a pre-rendered `etalase-showcase` (header,
 * filters with counts and the first page of products in a declarative shadow root, the JSON-LD and a
 * no-JavaScript contact list) to paste into a CMS page next to the drop-in script, which hydrates it.
 * Exit 0 when written, 1 when the feed could not be read as a feed, 2 for usage errors.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseFeed } from '../../model/parse.js';
import type { Feed } from '../../model/types.js';
import { UsageError, type ParsedArgs } from '../args.js';
import { isShardIndexSource } from '../../feed/shards/format.js';
import {
  readShardSet,
  shardIndexOf,
  ShardSetError,
  type ReadShardSetOptions,
} from '../../feed/shards/merged.js';
import {
  InputError,
  parseJsonText,
  readSource,
  shardFileReader,
  shardFolderIndex,
} from '../input.js';
import { formatIssueBlock, labels, styleFor } from '../report.js';
import type { Command, CommandContext } from './command.js';

const usage = `Usage: etalase render <file-or-url> --out snippet.html [--src <feed URL>] [--region <code>]
       [--category <id>] [--page-size <n>] [--lang id|en]

Writes the HTML of an etalase-showcase with its header, filters and first page of products already
rendered (declarative shadow DOM), its JSON-LD and a contact list for browsers without JavaScript.
The input is a feed or a shard set (its folder or index.json, from etalase shard), read whole.
Paste it into a page that loads etalase.min.js: the script takes the rendered element over without
drawing it again, then loads the feed as usual.

Options:
  --out <file>       Where to write the HTML (required; "-" for standard output)
  --src <url>        The feed (or shard index) URL the page loads (default: the file or URL given)
  --region <code>    Pre-filter to a Kemendagri region code (e.g. 62.71)
  --category <id>    Pre-filter to a category
  --page-size <n>    Products on the first page (default 24)
  --lang id|en       Language of the showcase and the messages (default: id)
  -h, --help         Show this help

Exit status: 0 written, 1 the input is not a usable feed, 2 wrong usage or unreadable input.`;

/** What a render/site command reads: the parsed feed, its JSON text, and the file it came from. */
export interface PagesInput {
  feed: Feed;
  /** The feed's JSON text (for a shard set, the merged feed's). */
  feedText: string;
  /** The file or URL read (for a shard set's folder, its `index.json`). */
  path: string;
}

/**
 * Reads and parses the feed of a render/site command: a feed, or a shard set (its folder or
 * `index.json`, path or URL) read whole into the merged feed it was made from. `{ exitCode }` (after
 * saying why) when unusable.
 */
export async function readFeedForPages(
  source: string,
  args: ParsedArgs,
  context: CommandContext,
  options: ReadShardSetOptions = {},
): Promise<PagesInput | { exitCode: number }> {
  let input: unknown;
  let feedText: string;
  const path = await shardFolderIndex(source);
  try {
    feedText = await readSource(path);
    input = parseJsonText(feedText, path);
    const index = isShardIndexSource([path]) ? shardIndexOf(feedText) : undefined;
    if (index) {
      input = (await readShardSet(index, shardFileReader(path), options)).input;
      feedText = JSON.stringify(input);
    }
  } catch (error) {
    if (error instanceof ShardSetError) {
      context.stderr(
        args.lang === 'en'
          ? `etalase: ${error.file} of the shard set ${path} is ${error.reason === 'missing' ? 'missing or unreadable' : 'not a shard'}. Run etalase shard again.\n`
          : `etalase: ${error.file} dari kumpulan pecahan ${path} ${error.reason === 'missing' ? 'tidak ada atau tidak terbaca' : 'bukan pecahan'}. Jalankan lagi etalase shard.\n`,
      );
      return { exitCode: 2 };
    }
    if (!(error instanceof InputError)) throw error;
    context.stderr(`etalase: ${error.messages[args.lang]}\n`);
    return { exitCode: 2 };
  }
  const { feed, issues } = parseFeed(input);
  if (!feed) {
    const style = styleFor(process.stdout.isTTY, context.env);
    context.stderr(
      `${issues.map((issue) => formatIssueBlock(issue, args.lang, style)).join('\n')}\n${labels(args.lang).notLoaded}\n`,
    );
    return { exitCode: 1 };
  }
  return { feed, feedText, path };
}

/** A positive whole number option, or the default. */
export function pageSizeOption(value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1 || size > 96)
    throw new UsageError(
      `--page-size must be a whole number from 1 to 96 (got "${String(value)}")`,
    );
  return size;
}

export const command: Command = {
  usage,
  options: {
    out: { type: 'string' },
    src: { type: 'string' },
    region: { type: 'string' },
    category: { type: 'string' },
    'page-size': { type: 'string' },
  },
  async run(args, context) {
    const [source, ...extra] = args.positionals;
    if (!source)
      throw new UsageError(
        'render needs a feed file or URL, e.g. etalase render feed.json --out x.html',
      );
    if (extra.length) throw new UsageError(`render takes one feed (also got: ${extra.join(' ')})`);
    const out = args.values['out'];
    if (typeof out !== 'string' || out === '') throw new UsageError('render needs --out <file>');
    const pageSize = pageSizeOption(args.values['page-size'], 24);
    // Over a shard set, the first page is its `first` shard, as the showcase that hydrates it shows.
    const read = await readFeedForPages(source, args, context, { firstPageFirst: true });
    if (!('feed' in read)) return read.exitCode;
    const { renderShowcase } = await import('../../ssr/render.js');
    const text = (name: string) => {
      const value = args.values[name];
      return typeof value === 'string' && value ? value : undefined;
    };
    const src = text('src') ?? read.path;
    const html = await renderShowcase(read.feed, {
      src,
      lang: args.lang,
      pageSize,
      ...(text('region') ? { region: text('region') } : {}),
      ...(text('category') ? { category: text('category') } : {}),
      ...(/^https?:\/\//.test(src) ? { base: src } : {}),
    });
    const { styleHashes } = await import('../../ssr/site.js');
    // A page with a strict Content-Security-Policy must allow the snippet's inline styles by hash.
    const csp = `style-src 'self' ${styleHashes(html).join(' ')}`;
    if (out === '-') context.stdout(html);
    else {
      await mkdir(dirname(out), { recursive: true });
      await writeFile(out, html);
      context.stderr(
        args.lang === 'en'
          ? `Pre-rendered showcase written to ${out}\nUnder a Content-Security-Policy, allow its styles: ${csp}\n`
          : `Etalase pra-render ditulis ke ${out}\nDengan Content-Security-Policy, izinkan gayanya: ${csp}\n`,
      );
    }
    return 0;
  },
};
