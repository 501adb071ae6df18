/**
 * `loadFeedOffThread`: `loadFeed` run in a module Worker, so fetching, decoding, `JSON.parse`,
 * validation, merging and the offline copy never block the page (a 10,000-product feed costs about a
 * second of CPU). Same options and result as `loadFeed`; the worker also builds the query engine's
 * indexes of the feed it sends, which `createQueryEngine` then takes instead of indexing on the page. Where no worker can start — no `Worker`, a
 * script served from another origin, a `trusted-types` directive that refuses the `etalase-worker`
 * policy, a worker file that fails to load — or when the options cannot cross to a worker (a custom
 * `fetch` or cache), it falls back to `loadFeed` on the page, with validation in short slices.
 *
 * The worker file is `worker.js` next to this module (npm build) or `etalase-worker.min.js` next to
 * the drop-in file; it is same-origin with the script, so `script-src 'self'` allows it. The drop-in
 * may have started it already, with the same request (`worker-start.ts`): then that one is used.
 */
import type { FeedError } from './errors.js';
import { feedError } from './errors.js';
import type { FetchProgress } from './fetch.js';
import type { LocalizedText, Producer, Product } from '../model/types.js';
import {
  loadFeed,
  type FeedLoadFailure,
  type FeedLoadResult,
  type FeedLoadSuccess,
  type LoadFeedOptions,
  type RevalidationOutcome,
} from './load.js';
import { startWorker, takeEarlyFeedWorker, WORKER_POLICY } from './worker-start.js';
import { adoptWorkerIndexes } from './query.js';
import { yieldToEventLoop } from '../model/yield.js';
import type { RowData } from './query/rows.js';
import type { PackedText } from './query/text-pack.js';
import { unpackProvenance, type PackedProvenance } from './worker-provenance.js';
import { createRecordUnpacker } from './worker-records.js';
import type { FeedPreview } from './worker-preview.js';

export { WORKER_POLICY };

/** Messages of an early worker handled in one task until this much time has passed. */
const REPLAY_TASK_MS = 8;

/** Options a worker can receive (no functions, no signal: those stay on the page). */
type WorkerOptions = Omit<
  LoadFeedOptions,
  'signal' | 'onProgress' | 'onFault' | 'onUpdate' | 'fetch' | 'cache'
> & { cache?: boolean };
export interface WorkerRequest {
  urls: string[];
  options: WorkerOptions;
}
export type WorkerResult = Omit<FeedLoadSuccess, 'revalidation' | 'offlineCopy' | 'provenance'> & {
  provenance: PackedProvenance;
};
export type WorkerReply =
  | { type: 'progress'; progress: FetchProgress }
  /**
   * Records (JSON) of the feed in the next `update`, `result` or `revalidation`, in slices; their
   * repeated values are numbers in a table that each slice extends with `shared` (`worker-records.ts`).
   */
  | { type: 'records'; list: 'producers' | 'products'; json: string; shared: LocalizedText[] }
  /** The query engine's row index of that feed, built by the worker (its buffers transferred). */
  | { type: 'rows'; rows: RowData }
  /** A large feed's first page, ahead of its records (`worker-preview.ts`). */
  | { type: 'preview'; preview: FeedPreview }
  /** Its text index, after the message with the feed (before it in a revalidation's update). */
  | { type: 'text'; text?: PackedText }
  | { type: 'fault'; error: FeedError; retrying: boolean }
  | { type: 'update'; result: WorkerResult }
  | { type: 'result'; result: WorkerResult | FeedLoadFailure }
  | {
      type: 'revalidation';
      outcome:
        | Exclude<RevalidationOutcome, { status: 'updated' }>
        | { status: 'updated'; result: WorkerResult };
    };

export interface LoadFeedOffThreadOptions extends LoadFeedOptions {
  /**
   * Called with a large feed's first page (the default view's first products) before the feed
   * itself arrives, when a worker loads it (never on the page's fallback path).
   */
  onPreview?: (preview: FeedPreview) => void;
}

/** `loadFeed` in a worker (see the module comment); never throws. */
export function loadFeedOffThread(
  urls: string[],
  options: LoadFeedOffThreadOptions = {},
): Promise<FeedLoadResult> {
  const onPage = () => loadFeed(urls, { ...options, parseInSlices: true });
  if (options.fetch || (options.cache !== undefined && typeof options.cache !== 'boolean'))
    return onPage();
  if (options.signal?.aborted) return onPage();
  const { signal, onProgress, onFault, onUpdate, onPreview, fetch: _, cache, ...rest } = options;
  const baseUrl = rest.baseUrl ?? (globalThis as { location?: { href: string } }).location?.href;
  const request: WorkerRequest = {
    urls,
    options: {
      ...rest,
      ...(baseUrl ? { baseUrl } : {}),
      ...(cache === undefined ? {} : { cache }),
    },
  };
  // A worker the drop-in's core file started on this request while the showcase's code loaded.
  const early = takeEarlyFeedWorker(request);
  const worker = early?.worker ?? startWorker();
  if (!worker) return onPage();
  const settled = Promise.resolve<RevalidationOutcome>({ status: 'fresh' });
  // Records arrive in slices ahead of the message whose feed they belong to.
  let producers: Producer[] = [];
  let products: Product[] = [];
  let unpacker = createRecordUnpacker();
  let rows: RowData | undefined;
  // A large feed's first page came ahead (`onPreview`): its records are taken for the same ids, so
  // what the page shows from the preview is the very same product (a card given it renders nothing).
  let ahead: { producers: Map<string, Producer>; products: Map<string, Product> } | undefined;
  // The text index comes in a message of its own: one that came early, or the feed waiting for it.
  let earlyText: PackedText | undefined;
  let textArrived: ((text: PackedText | undefined) => void) | undefined;
  const success = (result: WorkerResult, revalidation = settled): FeedLoadSuccess => {
    const feed = { ...result.feed, producers, products };
    const provenance = unpackProvenance(result.provenance, feed);
    if (rows) {
      const text = new Promise<PackedText | undefined>((resolve) => (textArrived = resolve));
      if (earlyText) textArrived!(earlyText);
      earlyText = undefined;
      adoptWorkerIndexes(feed, { rows, text });
    }
    producers = [];
    products = [];
    unpacker = createRecordUnpacker();
    rows = undefined;
    ahead = undefined;
    return { ...result, feed, provenance, revalidation };
  };

  return new Promise((resolve) => {
    let answered = false;
    let revalidated: (outcome: RevalidationOutcome) => void = () => {};
    const revalidation = new Promise<RevalidationOutcome>((r) => (revalidated = r));
    let stopped = false;
    const stop = () => {
      stopped = true;
      worker.terminate();
      // A text index that will not come now: the engine builds its own.
      textArrived?.(undefined);
      textArrived = undefined;
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      stop();
      if (answered) return revalidated({ status: 'failed', errors: [] });
      answered = true;
      const error = feedError('aborted', urls[0] ?? '');
      resolve({ ok: false, error, errors: [error], issues: [] });
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    // The worker file did not load or crashed: do the work on the page instead.
    const fail = (event: Event) => {
      event.preventDefault();
      stop();
      if (!answered) {
        answered = true;
        resolve(onPage());
      } else revalidated({ status: 'failed', errors: [] });
    };
    const onMessage = ({ data }: MessageEvent<WorkerReply>) => {
      if (data.type === 'records') {
        const records = JSON.parse(data.json) as (Producer & Product)[];
        unpacker.add(data.shared);
        const unpack = data.list === 'producers' ? unpacker.producer : unpacker.product;
        const list: (Producer | Product)[] = data.list === 'producers' ? producers : products;
        const same: Map<string, Producer | Product> | undefined = ahead?.[data.list];
        for (const record of records) {
          const shown = same?.get(record.id);
          if (shown) same!.delete(record.id);
          else unpack(record);
          list.push(shown ?? record);
        }
      } else if (data.type === 'rows') rows = data.rows;
      else if (data.type === 'text') {
        if (textArrived) textArrived(data.text);
        else earlyText = data.text;
        textArrived = undefined;
      } else if (data.type === 'preview') {
        const { preview } = data;
        ahead = {
          producers: new Map(preview.producers.map((producer) => [producer.id, producer])),
          products: new Map(preview.products.map((product) => [product.id, product])),
        };
        onPreview?.(preview);
      } else if (data.type === 'progress') onProgress?.(data.progress);
      else if (data.type === 'fault') onFault?.(data.error, data.retrying);
      else if (data.type === 'update') onUpdate?.(success(data.result));
      else if (data.type === 'result') {
        answered = true;
        if (!data.result.ok) stop();
        resolve(data.result.ok ? success(data.result, revalidation) : data.result);
      } else {
        stop();
        const { outcome } = data;
        revalidated(
          outcome.status === 'updated'
            ? { status: 'updated', result: success(outcome.result) }
            : outcome,
        );
      }
    };
    const listen = () => {
      worker.onmessage = onMessage;
      worker.onerror = worker.onmessageerror = fail;
    };
    if (!early) {
      listen();
      return worker.postMessage(request);
    }
    // What the early worker said so far, as if it arrived now: messages in short tasks (a slice of
    // records each: together they would make one long task); later messages queue behind them.
    // Often the whole feed is waiting: as many messages per task as fit in a few milliseconds, and no
    // timer in between (nested timers wait at least 4 ms each, 50 slices of records lost 0.2 s).
    const { events } = early;
    void (async () => {
      let until = performance.now() + REPLAY_TASK_MS;
      while (events.length && !stopped) {
        const event = events.shift()!;
        if (event.type === 'message') onMessage(event as MessageEvent<WorkerReply>);
        else fail(event);
        if (events.length && performance.now() >= until) {
          await yieldToEventLoop();
          until = performance.now() + REPLAY_TASK_MS;
        }
      }
      listen();
    })();
  });
}
