/**
 * `loadFeed`: one or several feed URLs → one parsed, merged feed, with its includes, the parse issues,
 * and errors as values. The last good copy of each URL is kept (see `cache.ts`); when there is one it
 * is returned at once, marked `stale`, and revalidated in the background with a conditional request.
 *
 * The zod parser is a lazy chunk: it is imported here, in parallel with the first download, so the
 * elements' core bundle never contains zod.
 */
import type { ParseOptions, ParseResult, parseFeed } from '../model/parse.js';
import type { Feed, FeedIssue } from '../model/types.js';
import { safeUrl } from '../format/url.js';
import { defaultFeedCache, noCache, type CachedFeed, type FeedCache } from './cache.js';
import { feedError, type FeedError } from './errors.js';
import { fetchFeedText, type FetchProgress } from './fetch.js';
import { mergeFeeds, type MergeConflict, type MergeResult } from './merge.js';

export interface LoadFeedOptions {
  /** Cancels loading (the result is then an `aborted` error). */
  signal?: AbortSignal;
  /** Time allowed for each download attempt without a cached copy. Default 8 s. */
  timeoutMs?: number;
  /** Time allowed for each background revalidation attempt. Default 3 s. */
  revalidateTimeoutMs?: number;
  /** Extra attempts after a network error, 408, 429 or 5xx. Default 2. */
  retries?: number;
  /** First retry delay (doubles, with jitter). Default 500 ms. */
  retryDelayMs?: number;
  /** Largest accepted feed, in bytes. Default 20 MB. */
  maxBytes?: number;
  /** Download progress of each URL. */
  onProgress?: (progress: FetchProgress) => void;
  /**
   * Each failed download attempt (not of a background revalidation), and whether another attempt
   * follows: lets a page say what is wrong while the retries go on.
   */
  onFault?: (error: FeedError, retrying: boolean) => void;
  /**
   * Send requests of their own, never joined to one already pending for the same URL (a page's
   * `<link rel="preload">`): for a visitor's Retry. Default false: the first attempt may use a preload.
   */
  fresh?: boolean;
  /** Called with the new result when a stale copy turned out to have changed. */
  onUpdate?: (result: FeedLoadSuccess) => void;
  /** Keep the last good copy (Cache API, else IndexedDB); or a store of your own. Default true. */
  cache?: boolean | FeedCache;
  /** `fetch` to use (tests, proxies). Default the global one. */
  fetch?: typeof fetch;
  /**
   * Largest feed, in bytes, kept as an offline copy. Default `FEED_DEFAULTS.maxCachedBytes` (8 MB,
   * about 7,000 products): storing a larger one costs more than it saves; shard it instead.
   */
  maxCachedBytes?: number;
  /** Passed to `parseFeed` (e.g. `strict`). */
  parse?: ParseOptions;
  /** Validate in short slices (`parseFeedAsync`) so a page stays responsive. Default false. */
  parseInSlices?: boolean;
  /** Relative URLs are resolved against this. Default the page's address. */
  baseUrl?: string;
}

/** A parse issue, with the URL of the feed it was found in. */
export interface SourcedIssue extends FeedIssue {
  url: string;
}

export interface LoadedSource {
  url: string;
  fetchedAt: string;
  stale: boolean;
}

export interface FeedLoadSuccess {
  ok: true;
  feed: Feed;
  issues: SourcedIssue[];
  /** True when some of the data is a cached copy being revalidated. */
  stale: boolean;
  /** When the oldest part of the data was downloaded (ISO 8601). */
  fetchedAt: string;
  sources: LoadedSource[];
  /** URLs that failed without failing the whole load (an include, one of several feeds). */
  errors: FeedError[];
  conflicts: MergeConflict[];
  provenance: MergeResult['provenance'];
  /** Every loaded feed's publisher and date (provenance credits). */
  credits: MergeResult['credits'];
  /** Settles when background revalidation is over (at once when nothing was stale). */
  revalidation: Promise<RevalidationOutcome>;
  /**
   * Settles when the offline copies of what this load downloaded are written (they are written in a
   * task after the result, never awaited by it). Absent when there was nothing to write.
   */
  offlineCopy?: Promise<void>;
}

export interface FeedLoadFailure {
  ok: false;
  error: FeedError;
  /** Every failed URL (the first is `error`). */
  errors: FeedError[];
  /** Parse issues, for an `invalid-feed` error. */
  issues: SourcedIssue[];
}

export type FeedLoadResult = FeedLoadSuccess | FeedLoadFailure;

export type RevalidationOutcome =
  | { status: 'fresh' }
  | { status: 'unchanged' }
  | { status: 'updated'; result: FeedLoadSuccess }
  | { status: 'failed'; errors: FeedError[] };

export const FEED_DEFAULTS = {
  timeoutMs: 8000,
  revalidateTimeoutMs: 3000,
  retries: 2,
  maxBytes: 20 * 1024 * 1024,
  maxIncludeDepth: 3,
  /** Largest feed (in bytes) kept as an offline copy: 8 MB, about 7,000 products. */
  maxCachedBytes: 8 * 1024 * 1024,
  /** @deprecated The same limit under its old name: use `maxCachedBytes`. */
  maxCachedChars: 8 * 1024 * 1024,
  includeConcurrency: 4,
} as const;

interface Doc {
  url: string;
  feed: Feed;
  issues: SourcedIssue[];
  fetchedAt: string;
  stale: boolean;
  revalidation?: Promise<DocRevalidation>;
}
type DocRevalidation =
  | { status: 'unchanged' }
  | { status: 'updated'; doc: Doc }
  | { status: 'failed'; error: FeedError };
type DocOutcome = Doc | { error: FeedError; issues: SourcedIssue[] };
const isDoc = (outcome: DocOutcome): outcome is Doc => 'feed' in outcome;

type Parser = { parseFeed: typeof parseFeed };

/** Loads, parses and merges one feed URL or several (see the module comment). Never throws. */
export async function loadFeed(
  urls: string | string[],
  options: LoadFeedOptions = {},
): Promise<FeedLoadResult> {
  try {
    return await loadUnsafe(urls, options);
  } catch {
    // Defensive: a bug or a hostile environment (no fetch, storage throwing) must not break the page.
    const error = feedError('unexpected', String(urls));
    return { ok: false, error, errors: [error], issues: [] };
  }
}

async function loadUnsafe(
  urls: string | string[],
  options: LoadFeedOptions,
): Promise<FeedLoadResult> {
  const list = (Array.isArray(urls) ? urls : urls.split(/\s+/))
    .map((u) => u.trim())
    .filter(Boolean);
  // Started now, in parallel with the downloads: the parser is a separate chunk.
  const parser = import('../model/parse.js');
  parser.catch(() => {});
  const context = createContext(options, parser);
  const roots: string[] = [];
  const rootErrors: FeedError[] = [];
  for (const url of list) {
    const resolved = resolveUrl(url, context.baseUrl);
    if (resolved) roots.push(resolved);
    else rootErrors.push(feedError('invalid-url', url));
  }
  if (roots.length === 0) {
    const error = rootErrors[0] ?? feedError('invalid-url', '');
    return { ok: false, error, errors: rootErrors.length ? rootErrors : [error], issues: [] };
  }
  const first = await assemble(roots, context, (url) => loadDoc(url, context, true));
  first.errors.unshift(...rootErrors);
  const result = finish(first, roots, context);
  const written = writeCopiesLater(context);
  if (written && result.ok) result.offlineCopy = written;
  return result;
}

/**
 * Writes the offline copies of what was just downloaded in a later task: the caller gets (and posts,
 * or renders) the result first, and never waits for storage. Writes fail soft.
 */
function writeCopiesLater(context: Context): Promise<void> | undefined {
  const copies = context.copies.splice(0);
  if (!copies.length) return undefined;
  return new Promise<void>((resolve) =>
    setTimeout(() => {
      void Promise.all(copies.map((write) => write().catch(() => {}))).then(() => resolve());
    }),
  );
}

interface Context {
  options: LoadFeedOptions;
  fetch: typeof fetch;
  cache: FeedCache;
  parser: Promise<Parser>;
  baseUrl: string | undefined;
  /** Offline copies to write once the result is out (see `writeCopiesLater`). */
  copies: (() => Promise<void>)[];
}

function createContext(options: LoadFeedOptions, parser: Promise<Parser>): Context {
  const cache =
    options.cache === false
      ? noCache
      : options.cache === true || options.cache === undefined
        ? defaultFeedCache()
        : options.cache;
  return {
    options,
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    cache,
    parser,
    baseUrl: options.baseUrl ?? (globalThis as { location?: { href: string } }).location?.href,
    copies: [],
  };
}

/**
 * Absolute http(s) URL, or `undefined` for anything else (`javascript:`, `data:`, `//other.host/`,
 * garbage); a relative URL must resolve on the origin of `base` (the page, or the including feed).
 */
function resolveUrl(url: string, base: string | undefined): string | undefined {
  const href = safeUrl(url, { allowRelative: true, base });
  try {
    // Throws for a relative URL left without a base.
    return href === undefined ? undefined : new URL(href).href;
  } catch {
    return undefined;
  }
}

async function parseBody(
  url: string,
  body: string,
  context: Context,
): Promise<{ feed: Feed; issues: SourcedIssue[] } | { error: FeedError; issues: SourcedIssue[] }> {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { error: feedError('not-json', url), issues: [] };
  }
  let parse: (json: unknown, options?: ParseOptions) => ParseResult | Promise<ParseResult>;
  try {
    parse = context.options.parseInSlices
      ? (await import('../model/parse-async.js')).parseFeedAsync
      : (await context.parser).parseFeed;
  } catch {
    // The parser chunk itself could not load: the network is gone.
    return { error: feedError('offline', url), issues: [] };
  }
  const result = await parse(json, context.options.parse);
  const issues = result.issues.map((issue) => ({ ...issue, url }));
  if (!result.feed) return { error: feedError('invalid-feed', url), issues };
  return { feed: result.feed, issues };
}

function download(url: string, context: Context, revalidating: CachedFeed | undefined) {
  const { options } = context;
  return fetchFeedText(url, {
    fetch: context.fetch,
    signal: options.signal,
    timeoutMs: revalidating
      ? (options.revalidateTimeoutMs ?? FEED_DEFAULTS.revalidateTimeoutMs)
      : (options.timeoutMs ?? FEED_DEFAULTS.timeoutMs),
    retries: options.retries ?? FEED_DEFAULTS.retries,
    retryDelayMs: options.retryDelayMs,
    maxBytes: options.maxBytes ?? FEED_DEFAULTS.maxBytes,
    onProgress: revalidating ? undefined : options.onProgress,
    onFault: revalidating ? undefined : options.onFault,
    fresh: options.fresh,
    etag: revalidating?.etag,
    lastModified: revalidating?.lastModified,
  });
}

/** One URL: the cached copy (revalidating it) when allowed and present, else the network. */
async function loadDoc(url: string, context: Context, useCache: boolean): Promise<DocOutcome> {
  if (useCache) {
    const cached = await context.cache.get(url);
    if (cached) {
      const parsed = await parseBody(url, cached.body, context);
      if ('feed' in parsed) {
        return {
          url,
          ...parsed,
          fetchedAt: cached.fetchedAt,
          stale: true,
          revalidation: revalidate(url, cached, context),
        };
      }
      // A cached copy that no longer parses (older library version): forget it.
      await context.cache.delete(url);
    }
  }
  const response = await download(url, context, undefined);
  if (!response.ok) return { error: response.error, issues: [] };
  if (response.notModified) return { error: feedError('http', url, { status: 304 }), issues: [] };
  const parsed = await parseBody(url, response.body, context);
  if (!('feed' in parsed)) return parsed;
  const fetchedAt = new Date().toISOString();
  // The offline copy is written from the bytes received, after the result is out (see
  // `writeCopiesLater`). A feed above `maxCachedBytes` is not kept.
  if (
    totalBytes(response.bytes) <= (context.options.maxCachedBytes ?? FEED_DEFAULTS.maxCachedBytes)
  )
    context.copies.push(() =>
      context.cache.put(url, {
        body: response.body,
        bytes: response.bytes,
        fetchedAt,
        etag: response.etag,
        lastModified: response.lastModified,
      }),
    );
  return { url, ...parsed, fetchedAt, stale: false };
}

const totalBytes = (chunks: Uint8Array[]) => chunks.reduce((sum, c) => sum + c.byteLength, 0);

async function revalidate(
  url: string,
  cached: CachedFeed,
  context: Context,
): Promise<DocRevalidation> {
  const response = await download(url, context, cached);
  if (!response.ok) return { status: 'failed', error: response.error };
  const fetchedAt = new Date().toISOString();
  if (response.notModified || response.body === cached.body) {
    await context.cache.put(url, { ...cached, fetchedAt });
    return { status: 'unchanged' };
  }
  const parsed = await parseBody(url, response.body, context);
  // A broken new version does not replace the last good one.
  if (!('feed' in parsed)) return { status: 'failed', error: parsed.error };
  await context.cache.put(url, {
    body: response.body,
    bytes: response.bytes,
    fetchedAt,
    etag: response.etag,
    lastModified: response.lastModified,
  });
  return { status: 'updated', doc: { url, ...parsed, fetchedAt, stale: false } };
}

interface Assembled {
  docs: Doc[];
  errors: FeedError[];
  rootErrors: FeedError[];
  rootIssues: SourcedIssue[];
}

/** Loads the roots and their includes, level by level, at most 4 downloads at once, 3 levels deep. */
async function assemble(
  roots: string[],
  context: Context,
  getDoc: (url: string) => Promise<DocOutcome>,
): Promise<Assembled> {
  const assembled: Assembled = { docs: [], errors: [], rootErrors: [], rootIssues: [] };
  const visited = new Set(roots);
  let level = roots.map((url) => ({ url, depth: 0, ancestors: [] as string[] }));
  while (level.length > 0) {
    const outcomes = await mapLimit(level, FEED_DEFAULTS.includeConcurrency, (item) =>
      getDoc(item.url),
    );
    const next: typeof level = [];
    outcomes.forEach((outcome, i) => {
      const item = level[i]!;
      if (!isDoc(outcome)) {
        assembled.errors.push(outcome.error);
        if (item.depth === 0) {
          assembled.rootErrors.push(outcome.error);
          assembled.rootIssues.push(...outcome.issues);
        }
        return;
      }
      assembled.docs.push(outcome);
      const chain = [...item.ancestors, item.url];
      for (const include of outcome.feed.includes ?? []) {
        const url = resolveUrl(include, item.url);
        if (!url) assembled.errors.push(feedError('invalid-url', include));
        else if (chain.includes(url)) assembled.errors.push(feedError('include-cycle', url));
        else if (visited.has(url))
          continue; // Included twice (a diamond): loaded once.
        else if (item.depth + 1 > FEED_DEFAULTS.maxIncludeDepth) {
          assembled.errors.push(
            feedError('include-too-deep', url, { depth: FEED_DEFAULTS.maxIncludeDepth }),
          );
        } else {
          visited.add(url);
          next.push({ url, depth: item.depth + 1, ancestors: chain });
        }
      }
    });
    level = next;
  }
  return assembled;
}

/** Maps `items` through `fn` with at most `limit` calls under way at once; results keep input order. */
export async function mapLimit<T, R>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let nextIndex = 0;
  const worker = async () => {
    while (nextIndex < items.length) {
      const index = nextIndex++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function finish(assembled: Assembled, roots: string[], context: Context): FeedLoadResult {
  const { docs, errors } = assembled;
  if (docs.length === 0 || assembled.rootErrors.length === roots.length) {
    const error = assembled.rootErrors[0] ?? errors[0] ?? feedError('invalid-feed', roots[0]!);
    return {
      ok: false,
      error,
      errors: errors.length ? errors : [error],
      issues: assembled.rootIssues,
    };
  }
  const merged = mergeFeeds(docs.map((doc) => ({ url: doc.url, feed: doc.feed })));
  const fetchedAt = docs.map((d) => d.fetchedAt).reduce((a, b) => (b < a ? b : a));
  const result: FeedLoadSuccess = {
    ok: true,
    feed: merged.feed,
    issues: [...assembled.rootIssues, ...docs.flatMap((d) => d.issues)],
    stale: docs.some((d) => d.stale),
    fetchedAt,
    sources: docs.map(({ url, fetchedAt: at, stale }) => ({ url, fetchedAt: at, stale })),
    errors,
    conflicts: merged.conflicts,
    provenance: merged.provenance,
    credits: merged.credits,
    revalidation: Promise.resolve({ status: 'fresh' }),
  };
  const pending = docs.filter((d) => d.revalidation);
  if (pending.length > 0) result.revalidation = revalidateAll(docs, roots, context);
  return result;
}

/** Waits for every stale copy's revalidation; if any changed, assembles and delivers the new result. */
async function revalidateAll(
  docs: Doc[],
  roots: string[],
  context: Context,
): Promise<RevalidationOutcome> {
  const outcomes = await Promise.all(
    docs.map((doc) => doc.revalidation ?? Promise.resolve({ status: 'unchanged' as const })),
  );
  const failures = outcomes.flatMap((o) => (o.status === 'failed' ? [o.error] : []));
  const updated = new Map<string, Doc>();
  outcomes.forEach((o, i) => {
    if (o.status === 'updated') updated.set(docs[i]!.url, o.doc);
  });
  if (updated.size === 0)
    return failures.length > 0 ? { status: 'failed', errors: failures } : { status: 'unchanged' };

  const known = new Map(docs.map((doc) => [doc.url, doc]));
  const second = await assemble(roots, context, async (url) => {
    const doc = updated.get(url) ?? known.get(url);
    if (doc) return { ...doc, revalidation: undefined };
    return loadDoc(url, context, true);
  });
  const result = finish(second, roots, context);
  const written = writeCopiesLater(context);
  if (!result.ok) return { status: 'failed', errors: result.errors };
  if (written) result.offlineCopy = written;
  // Copies that were not revalidated in this round stay marked as they were.
  result.revalidation = Promise.resolve({ status: 'fresh' });
  context.options.onUpdate?.(result);
  return { status: 'updated', result };
}
