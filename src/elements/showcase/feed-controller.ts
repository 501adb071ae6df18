/**
 * Loads the showcase's feed(s) through the feed runtime and keeps what the element renders: the data,
 * its issues, whether it is stale, download progress, and an error that never hides the last good data.
 *
 * Promises to the visitor, whatever the network does: after `SLOW_AFTER_MS` a slow load says so (with
 * progress); after `ERROR_AFTER_MS` without data, or as soon as every attempt failed, an error with a
 * Retry button shows while the retries go on in the background (a success replaces it); a cached copy
 * shows at once, and its stale notice after `STALE_AFTER_MS` unless it was confirmed fresh by then;
 * rechecks go on in the background and remove the notice when the server answers.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  feedError,
  loadFeedOffThread,
  type FeedError,
  type FeedLoadSuccess,
  type FeedPreview,
  type RevalidationOutcome,
} from '../../feed/index.js';
import type { FilterState, ProductHit } from '../../feed/types.js';
import type { Language } from '../../format/language.js';
import { openShardSet, type ShardSet, type ShardView } from '../../feed/shards/read.js';
import { isShardIndexSource } from '../../feed/shards/format.js';
import type { Feed, FeedIssue } from '../../model/types.js';
import { yieldToEventLoop } from '../../model/yield.js';

// The visitor's clock starts when the page opens, and loading the script and the element's code takes
// a second or more on a phone: these leave that time for the promises of 3 s and 10 s.
/** A load still running after this long is called slow. */
export const SLOW_AFTER_MS = 1500;
/** Without data after this long, the visitor gets an error with Retry (while the load goes on). */
export const ERROR_AFTER_MS = 6500;
/** A cached copy not confirmed fresh after this long is marked stale. */
export const STALE_AFTER_MS = 3000;
/** Background retries after a failed load: the first delay, doubling up to the last. */
const BACKGROUND_RETRY_MS = [10_000, 20_000, 40_000, 80_000, 160_000];
/** Waits longer than this (a `Retry-After`) are left to the visitor's Retry button. */
const MAX_BACKGROUND_WAIT_MS = 15 * 60_000;

/** Errors that may pass by themselves: worth retrying in the background. */
const transient = (error: FeedError): boolean =>
  error.code === 'offline' ||
  error.code === 'timeout' ||
  error.code === 'incomplete' ||
  (error.code === 'http' &&
    (error.status === 408 || error.status === 429 || (error.status ?? 0) >= 500));

export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface FeedSnapshot {
  status: FeedStatus;
  feed: Feed | null;
  issues: readonly FeedIssue[];
  /** Shown from the cache; the network copy could not be fetched (yet). */
  stale: boolean;
  fetchedAt: Date | null;
  /** Bytes received and, when the server said, expected; null when not loading. */
  progress: { loaded: number; total?: number } | null;
  /** The load has taken longer than `SLOW_AFTER_MS`. */
  slow: boolean;
  error: FeedError | null;
  /** Attempts go on in the background (now or later) while `error` shows. */
  retrying: boolean;
  /** Sources that failed while the rest loaded (an included city feed, one of several URLs). */
  partialErrors: readonly FeedError[];
  /** Each loaded feed's publisher and date, and which feed each record came from. */
  credits: FeedLoadSuccess['credits'];
  provenance: FeedLoadSuccess['provenance'] | null;
  /** A shard set (docs/shards.md) being shown: `feed` then holds the shards loaded so far. */
  shards: ShardSet | null;
  /** On a shard set: the region codes of the shards the view needed and could not load. */
  failedRegions?: readonly string[];
  /** A large feed's first page, shown until the query engine answers (see `previewHits`). */
  preview?: FeedPreview | null;
}

export interface FeedCallbacks {
  onLoad(snapshot: FeedSnapshot): void;
  onError(problem: FeedError): void;
}

const EMPTY: FeedSnapshot = {
  status: 'idle',
  feed: null,
  issues: [],
  stale: false,
  fetchedAt: null,
  progress: null,
  slow: false,
  error: null,
  retrying: false,
  partialErrors: [],
  credits: [],
  provenance: null,
  shards: null,
};

export class FeedController implements ReactiveController {
  snapshot: FeedSnapshot = EMPTY;
  private abort: AbortController | null = null;
  private urls: string[] = [];
  private timers: ReturnType<typeof setTimeout>[] = [];
  private backgroundRetries = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: FeedCallbacks,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = null;
    this.clearTimers();
  }

  hostConnected(): void {
    // Reconnected after a move in the DOM: resume a load (or its background retries) that the
    // disconnect cancelled.
    if (
      this.urls.length &&
      (this.snapshot.status === 'loading' || this.snapshot.retrying) &&
      !this.abort
    )
      void this.load(this.urls, true);
  }

  /**
   * Loads `urls` (merged); a new call cancels the previous one. `fresh`: requests of their own (a
   * visitor's Retry); `background`: a retry behind the error on screen, which stays until it succeeds.
   */
  async load(urls: string[], force = false, fresh = false, background = false): Promise<void> {
    if (!force && urls.join(' ') === this.urls.join(' ') && this.snapshot.status !== 'error')
      return;
    this.urls = urls;
    this.abort?.abort();
    this.clearTimers();
    if (!background) this.backgroundRetries = 0;
    if (!urls.length) {
      this.set({ ...EMPTY });
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    const current = () => this.abort === abort;
    let lastFault: FeedError | null = null;
    this.set({
      ...this.snapshot,
      status: 'loading',
      progress: { loaded: 0 },
      slow: false,
      error: background ? this.snapshot.error : null,
      retrying: background,
      preview: null,
    });
    this.after(SLOW_AFTER_MS, () => {
      if (current() && this.snapshot.status === 'loading')
        this.set({ ...this.snapshot, slow: true });
    });
    this.after(ERROR_AFTER_MS, () => {
      if (current() && this.snapshot.status === 'loading' && !this.snapshot.feed)
        this.set({
          ...this.snapshot,
          error: lastFault ?? feedError('timeout', urls[0]!),
          retrying: true,
        });
    });
    // A shard set's index (by name, then by its `kind`): read by its own reader, not as a feed.
    if (isShardIndexSource(urls) && (await this.loadShards(urls[0]!, abort))) return;
    // Not in the task that asked (the showcase's first render): taking over the early worker replays
    // what it said so far.
    await yieldToEventLoop();
    if (!current()) return;
    // In a worker: the page never waits on fetching, parsing or validating a large feed.
    const result = await loadFeedOffThread(urls, {
      signal: abort.signal,
      fresh,
      onProgress: ({ loaded, total }) => {
        if (current())
          this.set({ ...this.snapshot, progress: total ? { loaded, total } : { loaded } });
      },
      onFault: (error) => {
        lastFault = error;
        // Once the error shows, it says what the latest attempt ran into.
        if (current() && this.snapshot.error) this.set({ ...this.snapshot, error });
      },
      onUpdate: (update) => this.updated(update, abort),
      onPreview: (preview) => {
        if (current() && !this.snapshot.feed) this.set({ ...this.snapshot, preview });
      },
    });
    if (!current() || abort.signal.aborted) return;
    this.clearTimers();
    if (result.ok) {
      // A cached copy shows at once; it counts as stale (with a notice) unless it is confirmed fresh
      // within `STALE_AFTER_MS`: revalidation may take much longer on a bad connection.
      if (result.stale) {
        let settled = false;
        this.after(STALE_AFTER_MS, () => {
          if (current() && !settled) this.set({ ...this.snapshot, stale: true });
        });
        void result.revalidation.then((outcome) => {
          settled = true;
          this.revalidated(outcome, urls, abort);
        });
      }
      this.backgroundRetries = 0;
      this.set({
        status: 'ready',
        feed: result.feed,
        issues: result.issues,
        stale: false,
        fetchedAt: result.fetchedAt ? new Date(result.fetchedAt) : null,
        progress: null,
        slow: false,
        error: null,
        retrying: false,
        partialErrors: result.errors,
        credits: result.credits,
        provenance: result.provenance,
        shards: null,
        // Kept until the showcase's query engine answers.
        preview: this.snapshot.preview,
      });
      this.callbacks.onLoad(this.snapshot);
      for (const problem of result.errors) this.callbacks.onError(problem);
    } else {
      const problem = result.error;
      const retryIn = transient(problem) ? this.backgroundDelay(problem) : undefined;
      // The last good data stays on screen; the error is shown next to it.
      this.set({
        ...this.snapshot,
        status: this.snapshot.feed ? 'ready' : 'error',
        progress: null,
        slow: false,
        error: problem,
        retrying: retryIn !== undefined,
      });
      if (retryIn !== undefined) {
        this.backgroundRetries++;
        this.after(retryIn, () => {
          if (current()) void this.load(urls, true, true, true);
        });
      }
      // Announced once: a background retry that fails too changes nothing for the page.
      if (!background) this.callbacks.onError(problem);
    }
  }

  /** Opens a shard set and shows its first view; false when `url` is not one (load it as a feed). */
  private async loadShards(url: string, abort: AbortController): Promise<boolean> {
    const opened = await openShardSet(url, { signal: abort.signal });
    if (!opened.ok || this.abort !== abort) return false;
    const view = await opened.set.view({});
    if (this.abort !== abort) return true;
    this.clearTimers();
    this.set({
      ...EMPTY,
      status: 'ready',
      feed: view.feed,
      stale: opened.set.stale,
      credits: opened.set.index.sources,
      shards: opened.set,
      partialErrors: view.failed.map((failure) => failure.error),
      failedRegions: view.failed.map((failure) => failure.region),
    });
    this.callbacks.onLoad(this.snapshot);
    return true;
  }

  /** A shard set's view for a new filter loaded: its records and the shards that failed. */
  showShardView(view: ShardView): void {
    if (!this.snapshot.shards) return;
    this.set({
      ...this.snapshot,
      feed: view.feed,
      partialErrors: view.failed.map((failure) => failure.error),
      failedRegions: view.failed.map((failure) => failure.region),
    });
  }

  /** Newer data than what is shown arrived (a stale copy's revalidation, or a recheck). */
  private updated(update: FeedLoadSuccess, abort: AbortController): void {
    if (this.abort !== abort || !update.feed) return;
    this.backgroundRetries = 0;
    this.set({
      ...this.snapshot,
      status: 'ready',
      feed: update.feed,
      issues: update.issues,
      stale: false,
      credits: update.credits,
      provenance: update.provenance,
    });
    this.callbacks.onLoad(this.snapshot);
  }

  /**
   * A stale copy's revalidation ended. Failed: the stale notice stays while rechecks go on in the
   * background (the copy on screen is kept; only newer data replaces it).
   */
  private revalidated(outcome: RevalidationOutcome, urls: string[], abort: AbortController): void {
    if (this.abort !== abort) return;
    if (outcome.status === 'unchanged') {
      this.backgroundRetries = 0;
      if (this.snapshot.stale) this.set({ ...this.snapshot, stale: false });
    }
    if (outcome.status !== 'failed') return;
    this.set({ ...this.snapshot, stale: true });
    const problem = outcome.errors[0];
    const delay = problem && transient(problem) ? this.backgroundDelay(problem) : undefined;
    if (delay === undefined) return;
    this.backgroundRetries++;
    this.after(delay, async () => {
      const again = await loadFeedOffThread(urls, {
        signal: abort.signal,
        fresh: true,
        onUpdate: (update) => this.updated(update, abort),
      });
      if (this.abort !== abort || !again.ok) return;
      // The cache was gone and the network answered: that is the newer data.
      if (!again.stale) this.updated(again, abort);
      else void again.revalidation.then((next) => this.revalidated(next, urls, abort));
    });
  }

  /** A visitor's Retry: a new request at once, even behind a hung preload of the same URL. */
  retry(): void {
    void this.load(this.urls, true, true);
  }

  private backgroundDelay(problem: FeedError): number | undefined {
    const steps = BACKGROUND_RETRY_MS;
    const delay = Math.max(
      steps[Math.min(this.backgroundRetries, steps.length - 1)]!,
      problem.retryAfterMs ?? 0,
    );
    return delay <= MAX_BACKGROUND_WAIT_MS ? delay : undefined;
  }

  private after(ms: number, run: () => void): void {
    this.timers.push(setTimeout(run, ms));
  }

  private clearTimers(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
  }

  private set(snapshot: FeedSnapshot): void {
    this.snapshot = snapshot;
    this.host.requestUpdate();
  }
}

/**
 * The preview's first page of the view `filter` asks for, or `undefined` when the preview cannot
 * answer it (no preview, a filter, a search, another sort order or page, or a larger page).
 */
export function previewHits(
  preview: FeedPreview | null | undefined,
  filter: FilterState,
  lang: Language,
  pageSize: number,
): ProductHit[] | undefined {
  const order = preview?.order[lang];
  if (!preview || !order || (pageSize > order.length && preview.total > order.length)) return;
  const { page, sort, ...rest } = filter;
  if ((page ?? 1) > 1 || (sort && sort !== 'relevance')) return;
  const unset = (value: unknown) =>
    value === undefined ||
    value === '' ||
    value === false ||
    (Array.isArray(value) && !value.length);
  if (!Object.values(rest).every(unset)) return;
  return order.slice(0, pageSize).map((i) => {
    const product = preview.products[i]!;
    const producer = preview.producers[i]!;
    return { product, producer, regionCode: product.regionCode ?? producer.regionCode };
  });
}
