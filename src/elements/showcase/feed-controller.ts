/**
 * Loads the showcase's feed(s) through the feed runtime and keeps what the element renders: the data,
 * its issues, whether it is stale, download progress, and an error that never hides the last good data.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadFeed, type FeedLoadSuccess } from '../../feed/index.js';
import type { Feed, FeedIssue } from '../../model/types.js';

export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface FeedProblem {
  code: string;
  message: { id: string; en: string };
  url?: string;
}

export interface FeedSnapshot {
  status: FeedStatus;
  feed: Feed | null;
  issues: readonly FeedIssue[];
  /** Shown from the cache; the network copy could not be fetched (yet). */
  stale: boolean;
  fetchedAt: Date | null;
  /** Bytes received and, when the server said, expected; null when not loading. */
  progress: { loaded: number; total?: number } | null;
  error: FeedProblem | null;
  /** Sources that failed while the rest loaded (an included city feed, one of several URLs). */
  partialErrors: readonly FeedProblem[];
  /** Each loaded feed's publisher and date, and which feed each record came from. */
  credits: FeedLoadSuccess['credits'];
  provenance: FeedLoadSuccess['provenance'] | null;
}

export interface FeedCallbacks {
  onLoad(snapshot: FeedSnapshot): void;
  onError(problem: FeedProblem): void;
}

const EMPTY: FeedSnapshot = {
  status: 'idle',
  feed: null,
  issues: [],
  stale: false,
  fetchedAt: null,
  progress: null,
  error: null,
  partialErrors: [],
  credits: [],
  provenance: null,
};

export class FeedController implements ReactiveController {
  snapshot: FeedSnapshot = EMPTY;
  private abort: AbortController | null = null;
  private urls: string[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: FeedCallbacks,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = null;
  }

  hostConnected(): void {
    // Reconnected after a move in the DOM: resume a load that the disconnect cancelled.
    if (this.urls.length && this.snapshot.status === 'loading' && !this.abort)
      void this.load(this.urls, true);
  }

  /** Loads `urls` (merged); a new call cancels the previous one. */
  async load(urls: string[], force = false): Promise<void> {
    if (!force && urls.join(' ') === this.urls.join(' ') && this.snapshot.status !== 'error')
      return;
    this.urls = urls;
    this.abort?.abort();
    if (!urls.length) {
      this.set({ ...EMPTY });
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    this.set({ ...this.snapshot, status: 'loading', progress: { loaded: 0 }, error: null });
    const result = await loadFeed(urls, {
      signal: abort.signal,
      onProgress: ({ loaded, total }) => {
        if (this.abort === abort)
          this.set({ ...this.snapshot, progress: total ? { loaded, total } : { loaded } });
      },
      onUpdate: (update) => {
        if (this.abort !== abort || !update.feed) return;
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
      },
    });
    if (this.abort !== abort || abort.signal.aborted) return;
    if (result.ok) {
      // A cached copy shows at once; it only counts as stale (with a notice) if revalidation fails.
      if (result.stale) {
        void result.revalidation.then((outcome) => {
          if (this.abort === abort && outcome.status === 'failed')
            this.set({ ...this.snapshot, stale: true });
        });
      }
      this.set({
        status: 'ready',
        feed: result.feed,
        issues: result.issues,
        stale: false,
        fetchedAt: result.fetchedAt ? new Date(result.fetchedAt) : null,
        progress: null,
        error: null,
        partialErrors: result.errors,
        credits: result.credits,
        provenance: result.provenance,
      });
      this.callbacks.onLoad(this.snapshot);
      for (const problem of result.errors) this.callbacks.onError(problem);
    } else {
      const problem: FeedProblem = result.error;
      // The last good data stays on screen; the error is shown next to it.
      this.set({
        ...this.snapshot,
        status: this.snapshot.feed ? 'ready' : 'error',
        progress: null,
        error: problem,
      });
      this.callbacks.onError(problem);
    }
  }

  retry(): void {
    void this.load(this.urls, true);
  }

  private set(snapshot: FeedSnapshot): void {
    this.snapshot = snapshot;
    this.host.requestUpdate();
  }
}
