// The page's main-thread tasks while it loads, at 4× CPU slowdown (Lighthouse's mobile profile), each
// with its native parts (layout, style, module evaluation …) and the source functions that ran in it
// (self time, through the built files' source maps). Where `cpu-profile.mjs` sums a whole load, this
// says which task a cost falls in: what Total Blocking Time counts is each task's length over 50 ms.
// Usage: node scripts/trace-tasks.mjs [page=demo/index.html] [wait ms=6000] [width=412]
//   OVER=50 lists tasks at least that long (ms, slowed down), TOP=8 functions per task, RATE=4 the
//   slowdown (at RATE=1 blocking is counted on 4× each task, as Lighthouse's simulation does),
//   SAVE=trace.json keeps the trace. Needs a build. On a shared machine compare two builds
//   in alternation, and read the CPU (thread) time each task prints: wall time stretches with load.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { startBrowser } from '../test/e2e/browser.mjs';

const [path = 'demo/index.html', waitMs = '6000', width = '412'] = process.argv.slice(2);
const rate = Number(process.env.RATE ?? 4);
const over = Number(process.env.OVER ?? 50);
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing', // navigationStart
];
/** Native parts worth naming inside a task. */
const PARTS = new Set([
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'ParseHTML',
  'ParseAuthorStyleSheet',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.compile',
  'HitTest',
]);

const env = await startBrowser();
const events = [];
try {
  const context = await env.browser.newContext({ viewport: { width: Number(width), height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: CATEGORIES.join(','),
    options: 'sampling-frequency=10000',
  });
  await page.goto(new URL(path, env.server.url).href);
  await page.waitForTimeout(Number(waitMs));
  await cdp.send('Tracing.end');
  await complete;
} finally {
  await env.close();
}
if (process.env.SAVE) writeFileSync(process.env.SAVE, JSON.stringify(events));

const navigation = events.find(
  (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith('http'),
);
const main = events.find(
  (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === navigation?.pid,
);
if (!navigation || !main) throw new Error('no page navigation in the trace');
const onMain = (e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X';

// Top-level tasks: the outermost RunTask events (some builds nest one in another).
const tasks = [];
let lastEnd = -1;
for (const event of events
  .filter((e) => onMain(e) && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'))
  .sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
  if (event.ts < navigation.ts || event.ts < lastEnd) continue;
  tasks.push(event);
  lastEnd = event.ts + event.dur;
}

// The main thread's JavaScript samples (its profile's chunks come from the sampler thread).
const profile = events.find(
  (e) => e.name === 'Profile' && e.pid === main.pid && e.tid === main.tid,
);
const nodes = new Map();
const samples = [];
let time = profile?.args?.data?.startTime ?? 0;
for (const chunk of events) {
  if (chunk.name !== 'ProfileChunk' || chunk.pid !== main.pid || chunk.id !== profile?.id) continue;
  const { cpuProfile = {}, timeDeltas = [] } = chunk.args.data;
  for (const node of cpuProfile.nodes ?? []) nodes.set(node.id, node);
  (cpuProfile.samples ?? []).forEach((id, i) => {
    time += timeDeltas[i] ?? 0;
    samples.push({ id, ts: time, ms: (timeDeltas[i + 1] ?? 0) / 1000 });
  });
}

const maps = new Map();
function mapFor(url) {
  if (!maps.has(url)) {
    const file = `${new URL(url).pathname.replace(/^\//, '')}.map`;
    maps.set(url, existsSync(file) ? new TraceMap(readFileSync(file, 'utf8')) : null);
  }
  return maps.get(url);
}
function nameOf(node) {
  const frame = node.callFrame;
  if (!frame.url) return frame.functionName || '(anonymous)';
  const map = frame.url.startsWith('http') ? mapFor(frame.url) : null;
  try {
    const at =
      map && originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
    if (at?.source)
      return `${at.name ?? frame.functionName ?? '?'} ${at.source.replace(/^.*?(src|node_modules)\//, '$1/')}:${at.line}`;
  } catch {
    // a position outside the map: the built file's own name
  }
  return `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^https?:\/\/[^/]+/, '')}:${frame.lineNumber}`;
}

let blocking = 0;
let cpuBlocking = 0;
let cpu = 0;
for (const task of tasks) {
  const ms = task.dur / 1000;
  const taskCpu = (task.tdur ?? task.dur) / 1000;
  cpu += taskCpu;
  // At RATE=1, `4 / rate` scales each task as Lighthouse's simulated 4× throttling does.
  blocking += Math.max(0, (ms * 4) / rate - 50);
  cpuBlocking += Math.max(0, (taskCpu * 4) / rate - 50);
  if (ms < over) continue;
  const end = task.ts + task.dur;
  const parts = new Map();
  for (const e of events)
    if (onMain(e) && PARTS.has(e.name) && e.ts >= task.ts && e.ts < end)
      parts.set(e.name, (parts.get(e.name) ?? 0) + e.dur / 1000);
  const self = new Map();
  for (const sample of samples) {
    const node = sample.ts >= task.ts && sample.ts < end && nodes.get(sample.id);
    if (node) self.set(nameOf(node), (self.get(nameOf(node)) ?? 0) + sample.ms);
  }
  console.log(
    `task at ${Math.round((task.ts - navigation.ts) / 1000)} ms: ${Math.round(ms)} ms (CPU ${Math.round(taskCpu)})  ` +
      [...parts]
        .sort((a, b) => b[1] - a[1])
        .map(([name, v]) => `${name} ${Math.round(v)}`)
        .join(', '),
  );
  for (const [name, v] of [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(process.env.TOP ?? 8)))
    console.log(`  ${v.toFixed(1).padStart(6)} ${name}`);
}
console.log(
  `${rate}× CPU: ${tasks.length} tasks, ${Math.round(cpu)} ms CPU; blocking (each task over 50 ms) ` +
    `${Math.round(blocking)} ms wall, ${Math.round(cpuBlocking)} ms by CPU time (steadier under load)`,
);
