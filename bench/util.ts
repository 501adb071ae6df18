/** Small helpers shared by the browser benchmarks (run with scripts/bench/run.mjs). */

declare global {
  interface Window {
    benchDone(): void;
    benchFail(message: string): void;
    /** The page's main-thread CPU time so far, in ms (from the DevTools protocol). */
    benchThreadTime(): Promise<number>;
  }
}

/** Median of the timings of `runs` calls of `fn` (after `warmup` untimed calls), in ms. */
export async function median(fn: () => unknown, runs = 15, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Collects long tasks (> 50 ms) seen while `fn` runs; returns the longest, in ms (0 if none). */
export async function longestTask(fn: () => Promise<unknown> | unknown): Promise<number> {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  await fn();
  // Long-task entries are delivered after the task ends.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return longest;
}

/** Waits for two animation frames: the browser has rendered what was queued. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );
}

/**
 * Resolves right after the next frame is presented: a task posted from the frame's animation callback
 * runs once the frame's rendering is done (one frame, not two, so a 16 ms figure is possible).
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(undefined);
    }),
  );
}

/** Prints an aligned table of rows to the console. */
export function printTable(title: string, rows: Record<string, string | number>[]): void {
  console.log(`\n${title}`);
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const cell = (v: string | number) => (typeof v === 'number' ? v.toFixed(2) : v);
  const widths = columns.map((c) =>
    Math.max(c.length, ...rows.map((r) => String(cell(r[c] ?? '')).length)),
  );
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i]!)).join('  ');
  console.log(line(columns));
  for (const row of rows) console.log(line(columns.map((c) => String(cell(row[c] ?? '')))));
}

/** Finishes the bench run. */
export function done(): void {
  window.benchDone();
}
