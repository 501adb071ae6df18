// The main-thread tasks over 50 ms in a Lighthouse (or DevTools) trace, each with its largest parts:
// what Lighthouse counts in Total Blocking Time, and what to split or defer.
// Usage: node scripts/lighthouse-tasks.mjs trace.json (from `scripts/lighthouse.mjs --trace=…`)
// Times are the trace's own (not the 4× CPU slowdown Lighthouse's mobile score simulates).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { MainThreadTasks } from 'lighthouse/core/lib/tracehouse/main-thread-tasks.js';
import { TraceProcessor } from 'lighthouse/core/lib/tracehouse/trace-processor.js';

/** Lines describing each task over 50 ms: start (ms after navigation), duration and its parts. */
export function longTasks(trace, { over = 50, depth = 3, partOver = 8 } = {}) {
  const { processed, tasks } = mainThreadTasks(trace);
  const lines = [];
  const describe = (task, level) => {
    const data = task.event.args?.data ?? {};
    const url = (data.url || data.stackTrace?.[0]?.url || '').replace(/^https?:\/\/[^/]+/, '');
    const what = [task.event.name, data.functionName, url, data.type].filter(Boolean).join(' ');
    lines.push(
      `${'  '.repeat(level)}${Math.round(task.duration)} ms (self ${Math.round(task.selfTime)}) ${what}`,
    );
    if (level >= depth) return;
    for (const child of [...task.children].sort((a, b) => b.duration - a.duration)) {
      if (child.duration >= partOver) describe(child, level + 1);
    }
  };
  lines.push(cpuSummary(processed, tasks));
  for (const task of tasks) {
    if (task.parent || task.duration <= over) continue;
    lines.push(`task at ${Math.round(task.startTime)} ms, ${task.group.label}:`);
    describe(task, 1);
  }
  return lines;
}

/**
 * Thread time (CPU) is what the page's code costs, whatever else the machine runs: on a shared machine
 * wall-clock tasks stretch, CPU time much less. At 4× (the mobile profile) a task blocks for 4 × its CPU
 * time − 50 ms; like Total Blocking Time, only tasks that end after the first contentful paint count.
 */
function cpuSummary(processed, tasks) {
  let fcp = -Infinity;
  try {
    fcp = TraceProcessor.processNavigation(processed).timings.firstContentfulPaint;
  } catch {
    // no paint in the trace: every task counts
  }
  const top = tasks.filter((task) => !task.parent);
  const cpu = (task) => (task.event.tdur ?? task.event.dur) / 1000;
  const counted = top.filter((task) => task.endTime > fcp);
  const over = counted.filter((task) => 4 * cpu(task) > 50);
  const blocking = over.reduce((sum, task) => sum + 4 * cpu(task) - 50, 0);
  return (
    `main thread: ${Math.round(top.reduce((sum, task) => sum + cpu(task), 0))} ms CPU in ${top.length} tasks; ` +
    `after first paint ${over.length} over 12.5 ms CPU (50 ms at 4×): ${over.map((task) => cpu(task).toFixed(1)).join(', ') || 'none'}; ` +
    `CPU blocking ≈ ${Math.round(blocking)} ms at 4×`
  );
}

/** The CPU summary line of `longTasks`, alone. */
export function cpuBlocking(trace) {
  const { processed, tasks } = mainThreadTasks(trace);
  return cpuSummary(processed, tasks);
}

/** The trace as Lighthouse reads it, and its main-thread tasks (nested). */
function mainThreadTasks(trace) {
  const processed = TraceProcessor.processTrace(trace);
  const tasks = MainThreadTasks.getMainThreadTasks(
    processed.mainThreadEvents,
    processed.frames,
    processed.timestamps.traceEnd,
    processed.timestamps.timeOrigin,
  );
  return { processed, tasks };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const trace = JSON.parse(readFileSync(process.argv[2], 'utf8'));
  for (const line of longTasks(trace)) console.log(line);
}
