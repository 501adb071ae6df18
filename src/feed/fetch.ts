/**
 * One HTTP download of a feed's text, hardened for the networks of real regional offices: a timeout
 * over the whole download (a server that drips bytes times out too), retries with exponential
 * backoff and jitter for errors that may pass (network, 408, 429, 5xx; `Retry-After` honoured), checks
 * of content type and size, and progress while the body streams in.
 *
 * Every attempt after the first is a request of its own: it omits credentials, so Chromium cannot
 * join it to a pending request of the same URL — above all the page's `<link rel="preload">` of the
 * feed, which the page never cancels: behind a hung preload every later fetch of the URL would hang.
 * A body cut off mid-download is an `incomplete` error, not "offline". The body is read by the shared
 * `readLimitedBytes` (`fetch-limited.ts`), which refuses an oversized body before decoding it.
 */
import { feedError, type FeedError } from './errors.js';
import { chunkDecoder, readLimitedBytes, TooLarge } from './fetch-limited.js';

export interface FetchProgress {
  url: string;
  /** Bytes received so far. */
  loaded: number;
  /** Expected bytes, when the server said (`Content-Length`). */
  total?: number;
}

export interface FetchTextOptions {
  fetch: typeof fetch;
  signal?: AbortSignal | undefined;
  timeoutMs: number;
  retries: number;
  maxBytes: number;
  /** First retry waits about this long, doubling each time (with ±50 % jitter). Default 500 ms. */
  retryDelayMs?: number;
  /** Longest wait before a retry; a longer `Retry-After` ends the retries. Default 10 s. */
  maxRetryDelayMs?: number;
  onProgress?: ((progress: FetchProgress) => void) | undefined;
  /** Validators of the cached copy, for a conditional request. */
  etag?: string | undefined;
  lastModified?: string | undefined;
  /** Make the first attempt a request of its own too (a visitor's Retry). Default false. */
  fresh?: boolean | undefined;
  /** Each failed attempt, and whether another one follows. */
  onFault?: ((error: FeedError, retrying: boolean) => void) | undefined;
}

export type FetchTextResult =
  | {
      ok: true;
      notModified: false;
      body: string;
      /** The body's bytes as received: an offline copy is written from them, never re-encoded. */
      bytes: Uint8Array[];
      etag?: string;
      lastModified?: string;
    }
  | { ok: true; notModified: true }
  | { ok: false; error: FeedError };

const RETRYABLE_STATUS = (status: number) => status === 408 || status === 429 || status >= 500;
/** Types a JSON file is commonly served as (many government servers say text/plain). */
const ACCEPTED_TYPE =
  /^(application\/([\w.+-]*\+)?json|text\/json|text\/plain|application\/octet-stream)$/i;

class Timeout extends Error {}
class Failure extends Error {
  constructor(
    readonly error: FeedError,
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(error.code);
  }
}

/** `Retry-After` in seconds or as an HTTP date, in ms from now. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Downloads `url`, retrying as described in the module comment. Never throws. */
export async function fetchFeedText(
  url: string,
  options: FetchTextOptions,
): Promise<FetchTextResult> {
  const base = options.retryDelayMs ?? 500;
  const maxDelay = options.maxRetryDelayMs ?? 10_000;
  for (let attempt = 0; ; attempt++) {
    if (options.signal?.aborted) return { ok: false, error: feedError('aborted', url) };
    try {
      return await attemptOnce(url, options, options.fresh || attempt > 0);
    } catch (thrown) {
      if (options.signal?.aborted) return { ok: false, error: feedError('aborted', url) };
      const failure =
        thrown instanceof Failure ? thrown : new Failure(feedError('offline', url), true);
      const backoff = base * 2 ** attempt * (0.5 + Math.random());
      const wait = failure.retryAfterMs ?? backoff;
      const retrying = failure.retryable && attempt < options.retries && wait <= maxDelay;
      options.onFault?.(failure.error, retrying);
      if (!retrying) return { ok: false, error: failure.error };
      try {
        await sleep(wait, options.signal);
      } catch {
        return { ok: false, error: feedError('aborted', url) };
      }
    }
  }
}

async function attemptOnce(
  url: string,
  options: FetchTextOptions,
  distinct: boolean,
): Promise<FetchTextResult> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => controller.abort(new Timeout()), options.timeoutMs);
  const timedOut = () => controller.signal.reason instanceof Timeout;
  try {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.etag) headers['if-none-match'] = options.etag;
    if (options.lastModified) headers['if-modified-since'] = options.lastModified;
    let response: Response;
    try {
      // `no-cache`: every attempt asks the server (a retry must not get the HTTP cache's copy of an
      // error); the browser still saves the download with its own conditional request when it can.
      // A distinct request bypasses the HTTP cache (`no-store`: no wait for the cache entry a hung
      // request holds) and goes without cookies (a feed is public data), so it joins no preload.
      response = await options.fetch(url, {
        cache: distinct ? 'no-store' : 'no-cache',
        signal: controller.signal,
        headers,
        credentials: distinct ? 'omit' : 'same-origin',
      });
    } catch {
      if (timedOut()) throw new Failure(feedError('timeout', url), true);
      throw new Failure(feedError('offline', url), true);
    }
    if (response.status === 304 && (options.etag || options.lastModified)) {
      await response.body?.cancel().catch(() => {});
      return { ok: true, notModified: true };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      const retryAfterMs =
        response.status === 429 || response.status === 503
          ? parseRetryAfter(response.headers.get('retry-after'))
          : undefined;
      throw new Failure(
        feedError('http', url, { status: response.status, retryAfterMs }),
        RETRYABLE_STATUS(response.status),
        retryAfterMs,
      );
    }
    const contentType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
    if (contentType !== '' && !ACCEPTED_TYPE.test(contentType)) {
      await response.body?.cancel().catch(() => {});
      // A web page where the feed should be: a wrong address, a login or captive portal, a SPA fallback.
      if (/^(text\/html|application\/xhtml\+xml)$/i.test(contentType))
        throw new Failure(feedError('not-json', url), false);
      throw new Failure(feedError('wrong-content-type', url, { contentType }), false);
    }
    const declared = Number(response.headers.get('content-length'));
    const total = Number.isFinite(declared) && declared > 0 ? declared : undefined;
    if (total !== undefined && total > options.maxBytes) {
      await response.body?.cancel().catch(() => {});
      throw new Failure(feedError('too-large', url, { limit: options.maxBytes }), false);
    }
    let bytes: Uint8Array[];
    const received = { bytes: 0 };
    // With a declared length within the limit, the text is decoded as the bytes arrive (no long task
    // at the end); otherwise only once the whole body is in and within the limit, so a body that will
    // be refused costs no decoding. A compressed body decodes to more bytes than declared: bytes
    // past the declared length wait for the end too.
    const decoder = chunkDecoder();
    let decoded = 0;
    try {
      bytes = await readBody(response, url, total, options, received, (chunk) => {
        if (total === undefined || received.bytes > total) return;
        decoder.add(chunk);
        decoded++;
      });
    } catch (error) {
      if (error instanceof Failure) throw error;
      if (timedOut()) throw new Failure(feedError('timeout', url), true);
      // The answer had started: the connection dropped in the middle of the body.
      if (received.bytes > 0 || total !== undefined)
        throw new Failure(incomplete(url, received.bytes, total), true);
      throw new Failure(feedError('offline', url), true);
    }
    for (const chunk of bytes.slice(decoded)) decoder.add(chunk);
    const result: FetchTextResult = { ok: true, notModified: false, body: decoder.text(), bytes };
    const etag = response.headers.get('etag');
    const lastModified = response.headers.get('last-modified');
    if (etag) result.etag = etag;
    if (lastModified) result.lastModified = lastModified;
    return result;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

const incomplete = (url: string, loaded: number, total: number | undefined) =>
  feedError('incomplete', url, total === undefined ? { loaded } : { loaded, total });

async function readBody(
  response: Response,
  url: string,
  total: number | undefined,
  options: FetchTextOptions,
  received: { bytes: number },
  onChunk: (chunk: Uint8Array) => void,
): Promise<Uint8Array[]> {
  try {
    return await readLimitedBytes(response, options.maxBytes, (loaded, chunk) => {
      received.bytes = loaded;
      onChunk(chunk);
      // A compressed body decodes to more bytes than Content-Length says: then the total is unknown.
      options.onProgress?.(
        total !== undefined && loaded <= total ? { url, loaded, total } : { url, loaded },
      );
    });
  } catch (error) {
    if (error instanceof TooLarge)
      throw new Failure(feedError('too-large', url, { limit: options.maxBytes }), false);
    throw error;
  }
}
