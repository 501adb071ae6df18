/** Yielding to the browser between slices of work (here, so it costs no import of the parser). */
interface Scheduler {
  yield?: () => Promise<void>;
}

let channel: MessageChannel | undefined;
const waiting: (() => void)[] = [];

/** Lets the browser render and handle input before the next slice. */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function' && typeof document !== 'undefined') {
    // A message is a macrotask without setTimeout's 4 ms clamp after nesting.
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
    }
    return new Promise((resolve) => {
      waiting.push(resolve);
      channel!.port2.postMessage(null);
    });
  }
  // Node and workers without a document: setImmediate-like behaviour via setTimeout.
  return nextTask();
}

/**
 * A timer task later: after the tasks already queued (a worker's message, input), unlike
 * `yieldToEventLoop`, whose continuation may run first. For work split into steps that other tasks
 * should get between.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `work` when the browser is idle, at the latest after `timeout` ms. Where there are no idle
 * callbacks (Safari, node), after `fallbackDelay` ms: 0 for work the view waits for, more for work
 * that should not compete with the first products' images.
 */
export function whenIdle(work: () => void, timeout = 1000, fallbackDelay = 0): void {
  const idle = (globalThis as { requestIdleCallback?: typeof requestIdleCallback })
    .requestIdleCallback;
  if (typeof idle === 'function') idle(work, { timeout });
  else setTimeout(work, fallbackDelay);
}
