/**
 * The `loadFeed` of `etalase/feed`: a feed (or several) as `../load.ts` loads them, or, when the one
 * source names a shard set's `index.json`, the whole set read into the merged feed it was made from
 * (see `merged.ts`). A separate module so the drop-in's feed worker, which never gets a shard set (a
 * showcase reads those lazily with `openShardSet`), does not carry this code.
 */
import { safeUrl } from '../../format/url.js';
import { feedError, type FeedError } from '../errors.js';
import { fetchFeedText } from '../fetch.js';
import {
  FEED_DEFAULTS,
  loadFeed as loadFeeds,
  type FeedLoadFailure,
  type FeedLoadResult,
  type LoadFeedOptions,
} from '../load.js';
import { isShardIndexSource } from './format.js';
import { readShardSet, shardIndexOf, ShardSetError } from './merged.js';

/**
 * Loads, parses and merges one feed URL or several (see `../load.ts`), or a whole shard set from its
 * `index.json` URL: the index and every shard, merged, with each record's provenance (not kept
 * offline, and never stale). Never throws.
 */
export async function loadFeed(
  urls: string | string[],
  options: LoadFeedOptions = {},
): Promise<FeedLoadResult> {
  const list = (Array.isArray(urls) ? urls : urls.split(/\s+/)).filter((url) => url.trim());
  if (!isShardIndexSource(list)) return loadFeeds(urls, options);
  try {
    // A file named index.json that is a feed after all is loaded as one.
    return (await loadShardSet(list[0]!.trim(), options)) ?? (await loadFeeds(urls, options));
  } catch {
    return failure(feedError('unexpected', list[0]!));
  }
}

const failure = (error: FeedError, issues: FeedLoadFailure['issues'] = []): FeedLoadFailure => ({
  ok: false,
  error,
  errors: [error],
  issues,
});

async function loadShardSet(
  source: string,
  options: LoadFeedOptions,
): Promise<FeedLoadResult | undefined> {
  const base = options.baseUrl ?? (globalThis as { location?: { href: string } }).location?.href;
  let url: string;
  try {
    url = new URL(safeUrl(source, { allowRelative: true, base }) ?? '').href;
  } catch {
    return failure(feedError('invalid-url', source));
  }
  const get = (address: string) =>
    fetchFeedText(address, {
      fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
      signal: options.signal,
      timeoutMs: options.timeoutMs ?? FEED_DEFAULTS.timeoutMs,
      retries: options.retries ?? FEED_DEFAULTS.retries,
      retryDelayMs: options.retryDelayMs,
      maxBytes: options.maxBytes ?? FEED_DEFAULTS.maxBytes,
      onProgress: options.onProgress,
      onFault: options.onFault,
      fresh: options.fresh,
    });
  const response = await get(url);
  if (!response.ok) return failure(response.error);
  if (response.notModified) return failure(feedError('http', url, { status: 304 }));
  const index = shardIndexOf(response.body);
  if (!index) return undefined;
  let merged;
  try {
    merged = await readShardSet(index, async (file) => {
      const got = await get(new URL(file, url).href);
      if (!got.ok) throw got.error;
      if (got.notModified) throw feedError('http', file, { status: 304 });
      return got.body;
    });
  } catch (error) {
    if (!(error instanceof ShardSetError)) throw error;
    const cause = error.cause as FeedError | undefined;
    const address = new URL(error.file, url).href;
    return failure(
      cause?.code
        ? cause
        : feedError(error.reason === 'not-json' ? 'not-json' : 'invalid-feed', address),
    );
  }
  const parse = options.parseInSlices
    ? (await import('../../model/parse-async.js')).parseFeedAsync
    : (await import('../../model/parse.js')).parseFeed;
  const parsed = await parse(merged.input, options.parse);
  const issues = parsed.issues.map((issue) => ({ ...issue, url }));
  if (!parsed.feed) return failure(feedError('invalid-feed', url), issues);
  const fetchedAt = new Date().toISOString();
  return {
    ok: true,
    feed: parsed.feed,
    issues,
    stale: false,
    fetchedAt,
    sources: [{ url, fetchedAt, stale: false }],
    errors: [],
    conflicts: [],
    provenance: merged.provenance,
    credits: merged.credits,
    revalidation: Promise.resolve({ status: 'fresh' }),
  };
}
