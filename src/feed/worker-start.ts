/**
 * Starting the feed worker (see `load-off-thread.ts`), kept apart so the drop-in's core file can start
 * it early: as soon as an `<etalase-showcase src>` is in the page, before the showcase's own code has
 * loaded, the worker is started and asked for the feed (`startFeedWorkerEarly`); the showcase's
 * `loadFeedOffThread` then takes that worker over, with every message it has sent so far
 * (`takeEarlyFeedWorker`). Only a request with the very same URLs and options is taken over.
 */
import type { WorkerRequest } from './load-off-thread.js';

/** The worker file, next to this module (the drop-in build renames it). */
const WORKER_FILE = './worker.js';
export const WORKER_POLICY = 'etalase-worker';
/** An early worker nobody took over by then is stopped (its element left the page). */
const EARLY_TTL_MS = 60_000;

interface ScriptUrlPolicy {
  createScriptURL(input: string): unknown;
}
type TrustedTypesGlobal = {
  trustedTypes?: {
    createPolicy(name: string, rules: { createScriptURL(input: string): string }): ScriptUrlPolicy;
  };
};
let policy: ScriptUrlPolicy | null | undefined;

/** Starts the feed worker, or returns `undefined` where it cannot start. */
export function startWorker(): Worker | undefined {
  if (typeof Worker !== 'function') return undefined;
  try {
    const url = new URL(WORKER_FILE, import.meta.url).href;
    // Under Trusted Types a worker URL must come from a policy; ours passes only this one URL.
    policy ??=
      (globalThis as TrustedTypesGlobal).trustedTypes?.createPolicy(WORKER_POLICY, {
        createScriptURL: (input) => {
          if (input !== url) throw new TypeError(`${WORKER_POLICY}: not the feed worker`);
          return input;
        },
      }) ?? null;
    return new Worker((policy ? policy.createScriptURL(url) : url) as string, {
      type: 'module',
      name: 'etalase-feed',
    });
  } catch {
    policy ??= null;
    return undefined; // another origin, or a page policy that refuses ours
  }
}

/** A worker started early, and what it said before anyone listened. */
export interface EarlyFeedWorker {
  worker: Worker;
  events: Event[];
}
const early = new Map<string, EarlyFeedWorker & { timer: ReturnType<typeof setTimeout> }>();

/** The same request gives the same key, whatever the order its options were written in. */
const keyOf = ({ urls, options }: WorkerRequest) =>
  JSON.stringify([urls, Object.entries(options).sort(([a], [b]) => (a < b ? -1 : 1))]);

/** Starts a worker on `request` now, keeping its messages until `takeEarlyFeedWorker` asks. */
export function startFeedWorkerEarly(request: WorkerRequest): void {
  const key = keyOf(request);
  if (early.has(key)) return;
  const worker = startWorker();
  if (!worker) return;
  const events: Event[] = [];
  const keep = (event: Event) => void events.push(event);
  worker.onmessage = worker.onerror = worker.onmessageerror = keep;
  worker.postMessage(request);
  const timer = setTimeout(() => {
    early.delete(key);
    worker.terminate();
  }, EARLY_TTL_MS);
  early.set(key, { worker, events, timer });
}

/** The early worker started on this very request, if any (once). */
export function takeEarlyFeedWorker(request: WorkerRequest): EarlyFeedWorker | undefined {
  const key = keyOf(request);
  const found = early.get(key);
  if (!found) return undefined;
  early.delete(key);
  clearTimeout(found.timer);
  return { worker: found.worker, events: found.events };
}
