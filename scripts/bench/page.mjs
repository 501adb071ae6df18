// The visitor's view, measured: the built drop-in file on a page holding only its script tag and
// `<etalase-showcase>`, with generated feeds, in headless Chromium driven through the DevTools protocol
// over a pipe. Tasks come from a Chrome trace (the Long Tasks API misses some); the Network domain is
// never enabled, since capturing responses re-decodes the body on the page's main thread.
//
//   npm run bench:page -- [--products 1000,10000] [--cpu 1,4] [--runs 3] [--dist dist]
//                         [--profile load|more|region|category|search] [--tasks] [--paints]
//                         [--trace out.json] [--repeat N]
//
// `--tasks` also prints, per run, the three longest load-phase tasks and what ran in each (timeline
// events: script function and file, style, layout, message handlers).
// `--paints` also prints, per interaction, the rendering work after it (style, layout, pre-paint,
// paint: count and ms), the area painted, and the most frequent invalidations (what was invalidated,
// on which element, why), from Chromium's invalidation tracking.
// `--trace` also writes each run's Chrome trace (open it in DevTools' Performance panel; with
// `--paints` it holds the invalidations too).
// `--repeat N` also clicks N more times (before the search), in turn, a region of the tree (the second and the first
// province, alternately) and the first category, and prints each one's Event Timing duration (sorted;
// 0 = under the 16 ms Event Timing reports): on a loaded machine the fastest of many clicks compares
// two builds better than one click each.
// `--profile` also writes a CPU profile of that interaction (open it in DevTools' Performance panel).
// Per run: a fresh browser context (empty cache and storage), navigation, first product card on screen,
// 3 s of settling (search index slices, idle work), then four interactions, each measured to the next
// paint: "load more", a click on the first region of the tree, a category checkbox, and a search
// (typed, then its debounce). Prints the range (min–max) over the runs, and for the three clicks the
// main thread's CPU time from the click to that paint (thread time from the trace: on a loaded
// machine it compares two builds better than wall time). Run it on a quiet machine and state the load
// average it prints.
import { createReadStream, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { generateFeedJson } from '../../test/fixtures/generate-feed.ts';
import { launchChrome } from './cdp.mjs';

const { values: options } = parseArgs({
  options: {
    products: { type: 'string', default: '1000,10000' },
    cpu: { type: 'string', default: '1,4' },
    runs: { type: 'string', default: '3' },
    dist: { type: 'string', default: 'dist' },
    profile: { type: 'string' },
    tasks: { type: 'boolean', default: false },
    paints: { type: 'boolean', default: false },
    trace: { type: 'string' },
    repeat: { type: 'string', default: '0' },
  },
});
const productCounts = options.products.split(',').map(Number);
const cpuRates = options.cpu.split(',').map(Number);
const runs = Number(options.runs);
const distDir = resolve(options.dist);
if (!existsSync(join(distDir, 'etalase.min.js'))) {
  console.error(`${distDir}/etalase.min.js is missing: run npm run build first`);
  process.exit(2);
}
const ROOT = resolve('.');
/** Settling time after the first card: the load phase's tasks are counted until then. */
const SETTLE_MS = 3000;
const LONG_TASK_MS = 50;

// --- generated feeds --------------------------------------------------------------------------
const feedDir = join(tmpdir(), 'etalase-bench-page');
mkdirSync(feedDir, { recursive: true });
const feedFile = (products) => {
  const file = join(feedDir, `feed-${products}.json`);
  if (!existsSync(file)) writeFileSync(file, generateFeedJson({ products, seed: 1 }));
  return file;
};

// --- a static server: the page, the chosen dist/, feeds, and the repository's demo images -------
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml' };
const pageHtml = (products) =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8">` +
  `<meta name="viewport" content="width=device-width, initial-scale=1"><title>Etalase</title>` +
  `<script type="module" src="/dist/etalase.min.js"></script></head><body>` +
  `<etalase-showcase src="/demo/data/bench-feed-${products}.json" lang="id"></etalase-showcase>` +
  `</body></html>`;
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
  const page = /^\/page-(\d+)\.html$/.exec(path);
  if (page) {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(pageHtml(page[1]));
    return;
  }
  const feed = /^\/demo\/data\/bench-feed-(\d+)\.json$/.exec(path);
  const file = feed
    ? feedFile(Number(feed[1]))
    : path.startsWith('/dist/')
      ? normalize(join(distDir, path.slice(6)))
      : normalize(join(ROOT, path));
  if (!(file.startsWith(distDir + sep) || file.startsWith(ROOT + sep) || feed) || !isFile(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': statSync(file).size,
    'cache-control': 'no-store',
  });
  createReadStream(file).pipe(response);
});
const isFile = (file) => existsSync(file) && statSync(file).isFile();
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

// --- the DevTools protocol over a pipe ---------------------------------------------------------
const { chrome, profileDir, send, listeners } = launchChrome('etalase-bench-profile-');
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

// Runs in the page before its own scripts: first card, Event Timing entries, filter change → paint.
const PROBE = `(() => {
  const probe = (window.__bench = { firstCard: 0, events: [], changes: [] });
  const afterPaint = (fn) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = fn;
    channel.port2.postMessage(0);
  });
  const card = () => document.querySelector('etalase-showcase')?.shadowRoot
    ?.querySelector('etalase-product-grid')?.shadowRoot?.querySelector('etalase-product-card');
  const poll = () => {
    if (card()?.shadowRoot?.firstElementChild) probe.firstCard = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.interactionId) probe.events.push({ name: e.name, start: e.startTime, duration: e.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  document.addEventListener('etalase-filter-change', () => {
    const start = performance.now();
    afterPaint(() => probe.changes.push({ start, duration: performance.now() - start }));
  });
})()`;

/** One page load and its interactions; returns the figures of this run. */
async function measure(products, cpu) {
  const { browserContextId } = await send('Target.createBrowserContext');
  const { targetId } = await send('Target.createTarget', { url: 'about:blank', browserContextId });
  const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
  const call = (method, params) => send(method, params, sessionId);
  const evaluate = async (expression) => {
    const { result, exceptionDetails } = await call('Runtime.evaluate', {
      expression,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.text}`);
    return result.value;
  };
  await call('Page.enable');
  await call('Emulation.setDeviceMetricsOverride', {
    width: 1280,
    height: 900,
    deviceScaleFactor: 1,
    mobile: false,
  });
  await call('Emulation.setCPUThrottlingRate', { rate: cpu });
  await call('Page.addScriptToEvaluateOnNewDocument', { source: PROBE });

  const trace = [];
  const traced = new Promise((done) => {
    const listener = (message) => {
      if (message.method === 'Tracing.dataCollected') trace.push(...message.params.value);
      if (message.method === 'Tracing.tracingComplete') {
        listeners.delete(listener);
        done();
      }
    };
    listeners.add(listener);
  });
  await call('Tracing.start', {
    traceConfig: {
      // Only what is read below: a ring buffer full of detail would drop the load's first tasks.
      includedCategories: [
        'toplevel',
        'blink.user_timing',
        '__metadata',
        ...(options.tasks || options.paints ? ['devtools.timeline'] : []),
        ...(options.paints
          ? [
              'disabled-by-default-devtools.timeline.invalidationTracking',
              'disabled-by-default-devtools.timeline',
              // With a saved trace: the script stack of each invalidation (what asked for the work).
              ...(options.trace ? ['disabled-by-default-devtools.timeline.stack'] : []),
            ]
          : []),
      ],
      recordMode: 'recordAsMuchAsPossible',
    },
    transferMode: 'ReportEvents',
  });
  if (options.profile === 'load') await call('Profiler.enable').then(() => call('Profiler.start'));
  await call('Page.navigate', { url: `${origin}/page-${products}.html` });
  const deadline = Date.now() + 120_000;
  let firstCard = 0;
  while (!(firstCard = await evaluate('window.__bench?.firstCard ?? 0'))) {
    if (Date.now() > deadline)
      throw new Error(`no product card after 120 s (${products}, ${cpu}×)`);
    await sleep(100);
  }
  await sleep(SETTLE_MS * cpu);
  await evaluate(`performance.mark('bench:load-end')`);
  if (options.profile === 'load') {
    const { profile } = await call('Profiler.stop');
    const file = join(feedDir, `load-${products}-${cpu}x.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    console.log(`  CPU profile of the load: ${file}`);
  }
  // A fixed loop, to show the CPU rate the page really ran at (throttling, and the machine's load).
  const cpuCheck = await evaluate(
    `(() => { const t = performance.now(); let x = 0; for (let i = 0; i < 2e7; i++) x += i % 7; return x && performance.now() - t; })()`,
  );
  await call('HeapProfiler.collectGarbage');
  // Typed arrays keep their bytes outside the JS heap (`backingStorageSize`): counted too, or an
  // index moved into typed arrays would look free.
  const usage = await call('Runtime.getHeapUsage');
  if (usage.backingStorageSize === undefined)
    console.log('  (no backingStorageSize: JS heap only)');
  const heap = usage.usedSize + (usage.backingStorageSize ?? 0);

  // Interactions: find the element (through shadow roots), bring it into view, click its centre.
  const deep = (selectors) =>
    `(() => { let node = document; for (const s of ${JSON.stringify(selectors)}) {` +
    ` node = (node.shadowRoot ?? node).querySelector(s); if (!node) return null; } return node; })()`;
  const click = async (selectors) => {
    const box = await evaluate(
      `(() => { const el = ${deep(selectors)}; if (!el) return null; el.scrollIntoView({ block: 'center' });` +
        ` const r = el.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`,
    );
    if (!box) throw new Error(`not found: ${selectors.join(' › ')}`);
    await sleep(300);
    await evaluate(`performance.mark('bench:input')`);
    for (const type of ['mousePressed', 'mouseReleased'])
      await call('Input.dispatchMouseEvent', {
        type,
        x: box.x,
        y: box.y,
        button: 'left',
        clickCount: 1,
      });
  };
  const interactions = {
    more: () => click(['etalase-showcase', 'etalase-product-grid', '[part="load-more"]']),
    region: () => click(['etalase-showcase', 'etalase-region-filter', '[role="treeitem"]']),
    category: () =>
      click([
        'etalase-showcase',
        'etalase-facets',
        '.group-category input[type="checkbox"]:not([disabled])',
      ]),
    search: async () => {
      await click(['etalase-showcase', 'etalase-search', 'input']);
      await sleep(300);
      await evaluate(`performance.mark('bench:search-typed')`);
      await call('Input.insertText', { text: 'kopi' });
    },
  };
  /** `--repeat`: more region and category clicks, before the search (its suggestions cover the tree). */
  const repeatClicks = async (repeat) => {
    const tree = ['etalase-showcase', 'etalase-region-filter', '.tree > [role="treeitem"]'];
    const category = [
      'etalase-showcase',
      'etalase-facets',
      '.group-category input[type="checkbox"]',
    ];
    const clicks = { region: [], category: [] };
    for (let k = 0; k < repeat; k++) {
      for (const name of ['region', 'category']) {
        const selectors =
          name === 'region'
            ? [...tree.slice(0, 2), `${tree[2]}:nth-child(${2 - (k % 2)})`]
            : category;
        const since = await evaluate('performance.now()');
        await click(selectors);
        await sleep(1000 * cpu);
        const { events, changes } = await evaluate(
          `({ events: __bench.events.filter((e) => e.start >= ${since}), changes: __bench.changes.filter((c) => c.start >= ${since}).length })`,
        );
        if (!changes) throw new Error(`${name}: repeated click ${k + 1} changed no filter`);
        clicks[name].push(Math.max(0, ...events.map((e) => e.duration)));
      }
    }
    const sorted = (list) => list.sort((a, b) => a - b).join(' ');
    console.log(`  repeated clicks (${products}, ${cpu}×), Event Timing ms, sorted:`);
    console.log(`    region:   ${sorted(clicks.region)}`);
    console.log(`    category: ${sorted(clicks.category)}`);
  };
  const figures = { firstCard, heap, cpuCheck };
  for (const [name, act] of Object.entries(interactions)) {
    if (name === 'search' && Number(options.repeat) > 0) await repeatClicks(Number(options.repeat));
    const since = await evaluate(`performance.mark('bench:${name}').startTime`);
    const profiling = options.profile === name;
    // 100 µs samples: an interaction's task is tens of milliseconds (the default 1 ms misses most of it).
    if (profiling)
      await call('Profiler.enable')
        .then(() => call('Profiler.setSamplingInterval', { interval: 100 }))
        .then(() => call('Profiler.start'));
    await act();
    await sleep(1000 * cpu);
    if (profiling) {
      const { profile } = await call('Profiler.stop');
      const file = join(feedDir, `${name}-${products}-${cpu}x.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      console.log(`  CPU profile of "${name}": ${file}`);
    }
    await evaluate(`performance.mark('bench:${name}-end')`);
    const { events, changes } = await evaluate(
      `({ events: __bench.events.filter((e) => e.start >= ${since}), changes: __bench.changes.filter((c) => c.start >= ${since}) })`,
    );
    // Clicks: Event Timing (input to next paint). Search: its debounced filter change to the next paint.
    const eventTiming = name === 'search' ? 0 : Math.max(0, ...events.map((e) => e.duration));
    const change = Math.max(0, ...changes.map((c) => c.duration));
    if (!changes.length) throw new Error(`${name}: no filter change (${products}, ${cpu}×)`);
    figures[name] = name === 'search' ? change : Math.max(eventTiming, change);
  }
  await call('Tracing.end');
  await traced;
  if (options.trace) {
    const file = resolve(options.trace.replace('.json', `-${products}-${cpu}x.json`));
    writeFileSync(file, JSON.stringify({ traceEvents: trace }));
    console.log(`  trace: ${file}`);
  }
  await send('Target.disposeBrowserContext', { browserContextId });
  return { ...figures, ...tasksOf(trace, Object.keys(interactions), figures) };
}

/** Main-thread tasks of the page's renderer, from the trace: load phase and per interaction. */
function tasksOf(trace, names, figures) {
  const marks = new Map();
  const inputs = [];
  for (const e of trace)
    if (e.cat?.includes('blink.user_timing') && e.name.startsWith('bench:')) {
      marks.set(e.name, e);
      if (e.name === 'bench:input') inputs.push(e);
    }
  const loadEnd = marks.get('bench:load-end');
  if (!loadEnd) throw new Error('trace lost the bench marks');
  // The page's main thread: the CrRendererMain of the process that recorded the marks.
  const mains = new Set(
    trace
      .filter(
        (e) =>
          e.ph === 'M' &&
          e.name === 'thread_name' &&
          e.args.name === 'CrRendererMain' &&
          e.pid === loadEnd.pid,
      )
      .map((e) => e.tid),
  );
  // Every top-level slice of the main thread: tasks, and microtask checkpoints that Blink runs outside
  // any task (the feed's parse ran in one of those, missed when counting only RunTask).
  const tasks = trace
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.pid === loadEnd.pid &&
        mains.has(e.tid) &&
        e.cat.split(',').includes('toplevel') &&
        e.dur > 0,
    )
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Outermost slices only (a task can run nested inside another).
  const top = [];
  for (const task of tasks) {
    const last = top.at(-1);
    if (!last || task.ts >= last.ts + last.dur) top.push(task);
  }
  const within = (from, to) =>
    top.filter((t) => t.ts >= from && t.ts < to).map((t) => t.dur / 1000);
  const start = Math.min(
    ...trace.filter((e) => e.pid === loadEnd.pid && e.ts > 0).map((e) => e.ts),
  );
  const load = within(start, loadEnd.ts);
  if (options.tasks) {
    const longest = top
      .filter((t) => t.ts >= start && t.ts < loadEnd.ts)
      .sort((a, b) => b.dur - a.dur)
      .slice(0, 3);
    for (const task of longest) {
      const inside = trace.filter(
        (e) =>
          e.ph === 'X' &&
          e.tid === task.tid &&
          e.pid === task.pid &&
          e !== task &&
          e.ts >= task.ts &&
          e.ts + e.dur <= task.ts + task.dur &&
          e.dur >= 2000 &&
          e.cat.includes('devtools.timeline'),
      );
      const what = inside
        .sort((a, b) => b.dur - a.dur)
        .slice(0, 6)
        .map((e) => {
          const data = e.args?.data ?? {};
          const where =
            data.functionName || data.url
              ? ` ${data.functionName ?? ''}@${String(data.url ?? '')
                  .split('/')
                  .pop()}:${data.lineNumber ?? ''}`
              : data.type
                ? ` ${data.type}`
                : '';
          return `${e.name}${where} ${(e.dur / 1000).toFixed(1)}`;
        });
      console.log(
        `    task ${(task.dur / 1000).toFixed(1)} ms at ${((task.ts - start) / 1000).toFixed(0)} ms: ${what.join(' | ')}`,
      );
    }
  }
  const result = {
    longestLoadTask: Math.max(0, ...load),
    blocking: load.reduce((sum, d) => sum + Math.max(0, d - LONG_TASK_MS), 0),
  };
  for (const name of names) {
    const from = marks.get(`bench:${name}`)?.ts;
    const to = marks.get(`bench:${name}-end`)?.ts;
    result[`${name}Task`] = from && to ? Math.max(0, ...within(from, to)) : NaN;
    // Main-thread CPU (thread time) from the click to its paint: a loaded machine inflates it far
    // less than wall time, so it compares two builds better. Clicks only (search waits a debounce).
    const input = inputs.find((e) => e.ts >= from && e.ts < to);
    if (input && name !== 'search') {
      const until = input.ts + figures[name] * 1000;
      result[`${name}Cpu`] = top
        .filter((t) => t.ts + t.dur > input.ts && t.ts < until && t.tdur !== undefined)
        .reduce((sum, t) => sum + t.tdur / 1000, 0);
    }
    if (options.paints && from && to) printPaints(name, trace, loadEnd.pid, mains, from, to);
  }
  return result;
}

/** Rendering work and invalidations on the main thread between two trace times (`--paints`). */
function printPaints(name, trace, pid, mains, from, to) {
  const inWindow = trace.filter(
    (e) => e.pid === pid && mains.has(e.tid) && e.ts >= from && e.ts < to,
  );
  const phases = ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit'];
  const sums = phases.map((phase) => {
    const events = inWindow.filter((e) => e.name === phase && e.ph === 'X');
    const ms = events.reduce((sum, e) => sum + e.dur / 1000, 0);
    return `${phase} ${events.length}× ${ms.toFixed(1)} ms`;
  });
  const area = inWindow
    .filter((e) => e.name === 'Paint' && e.args?.data?.clip)
    .reduce((sum, e) => {
      const [x1, y1, x2, , , y3] = e.args.data.clip;
      return sum + Math.abs((x2 - x1) * (y3 - y1));
    }, 0);
  console.log(`  ${name}: ${sums.join(', ')}; painted ${(area / 1e6).toFixed(2)} Mpx`);
  // The frame that follows the input (click, or the search's debounced change): its work by phase.
  const input = inWindow.find(
    (e) =>
      e.name === 'EventDispatch' &&
      (name === 'search' ? e.args?.data?.type === 'input' : e.args?.data?.type === 'click'),
  );
  const commit = input && inWindow.find((e) => e.name === 'Commit' && e.ts > input.ts + input.dur);
  const steps = !commit
    ? []
    : ['EventDispatch', 'TimerFire', 'FunctionCall', 'RunMicrotasks', ...phases].map((phase) => {
        const events = inWindow.filter(
          (e) => e.name === phase && e.ph === 'X' && e.ts >= input.ts && e.ts <= commit.ts,
        );
        const ms = events.reduce((sum, e) => sum + e.dur / 1000, 0);
        // Thread time too: on a loaded machine it compares two builds better than wall time.
        const cpu = events.reduce((sum, e) => sum + (e.tdur ?? e.dur) / 1000, 0);
        return `${phase} ${ms.toFixed(1)} (cpu ${cpu.toFixed(1)})`;
      });
  if (commit && process.env.BENCH_PAINT_DETAIL)
    for (const e of inWindow
      .filter((e) => e.ph === 'X' && e.dur >= 1000 && e.ts >= input.ts && e.ts <= commit.ts)
      .sort((a, b) => a.ts - b.ts))
      console.log(
        `      ${((e.ts - input.ts) / 1000).toFixed(1)} +${(e.dur / 1000).toFixed(1)} ${e.name} ${e.args?.data?.type ?? e.args?.data?.functionName ?? ''} ${String(
          e.args?.data?.url ?? '',
        )
          .split('/')
          .pop()}:${e.args?.data?.lineNumber ?? ''}:${e.args?.data?.columnNumber ?? ''}`,
      );
  const span = commit ? ((commit.ts + commit.dur - input.ts) / 1000).toFixed(1) : '?';
  // Main-thread thread time of the tasks from the input to that commit.
  const frameCpu = !commit
    ? '?'
    : inWindow
        .filter(
          (e) =>
            e.ph === 'X' &&
            e.cat.split(',').includes('toplevel') &&
            e.ts + e.dur > input.ts &&
            e.ts <= commit.ts,
        )
        .reduce((sum, e) => sum + (e.tdur ?? 0) / 1000, 0)
        .toFixed(1);
  console.log(
    `    first frame (${span} ms from the input, ${frameCpu} ms main-thread CPU): ${steps.join(' | ')}`,
  );
  const reasons = new Map();
  for (const e of inWindow) {
    if (!e.name.endsWith('InvalidationTracking')) continue;
    const data = e.args?.data ?? {};
    const key = `${e.name.replace('InvalidationTracking', '')} ${data.nodeName ?? ''} ${
      data.reason ??
      data.invalidationList?.map((i) => i.classes?.join('.') ?? i.id ?? '').join(',') ??
      ''
    }`;
    reasons.set(key, (reasons.get(key) ?? 0) + 1);
  }
  const top = [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 12);
  for (const [key, count] of top) console.log(`    ${count}× ${key}`);
}

const range = (values, digits = 0) => {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low.toFixed(digits) === high.toFixed(digits)
    ? low.toFixed(digits)
    : `${low.toFixed(digits)}–${high.toFixed(digits)}`;
};
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');

try {
  console.log(`bench:page — ${distDir}, ${runs} run(s) each; load average before: ${load()}`);
  const rows = [];
  const heaps = new Map();
  for (const products of productCounts) {
    feedFile(products);
    for (const cpu of cpuRates) {
      const results = [];
      for (let run = 0; run < runs; run++) results.push(await measure(products, cpu));
      const column = (key) => results.map((r) => r[key]);
      heaps.set(`${products}@${cpu}`, Math.min(...column('heap')));
      rows.push({
        products: products.toLocaleString('en'),
        cpu: `${cpu}×`,
        'first card s': range(
          column('firstCard').map((ms) => ms / 1000),
          2,
        ),
        'longest task ms': range(column('longestLoadTask')),
        'blocking s': range(
          column('blocking').map((ms) => ms / 1000),
          2,
        ),
        'heap MB': range(
          column('heap').map((b) => b / 1e6),
          1,
        ),
        'more → paint ms': range(column('more')),
        'region → paint ms': range(column('region')),
        'category → paint ms': range(column('category')),
        'search → paint ms': range(column('search')),
        'more / region / category CPU ms': ['moreCpu', 'regionCpu', 'categoryCpu']
          .map((key) => range(column(key)))
          .join(' / '),
        'cpu check ms': range(column('cpuCheck')),
        'longest interaction task ms': range(
          results.map((r) => Math.max(r.moreTask, r.regionTask, r.categoryTask, r.searchTask)),
        ),
      });
      console.log(`  done: ${products} products at ${cpu}× CPU (load average ${load()})`);
    }
  }
  const columns = Object.keys(rows[0]);
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join('  ');
  console.log('\n' + line(columns));
  for (const row of rows) console.log(line(columns.map((c) => row[c])));
  const [small, large] = [Math.min(...productCounts), Math.max(...productCounts)];
  if (small !== large) {
    for (const cpu of cpuRates) {
      const perProduct =
        (heaps.get(`${large}@${cpu}`) - heaps.get(`${small}@${cpu}`)) / (large - small);
      console.log(
        `heap retained per product (${small}→${large}, ${cpu}× CPU, after GC, array buffers included): ${(perProduct / 1024).toFixed(2)} KB`,
      );
    }
  }
  console.log(`load average after: ${load()} (1, 5, 15 min)`);
} finally {
  const exited = new Promise((done) => chrome.once('exit', done));
  chrome.kill();
  await exited;
  server.close();
  rmSync(profileDir, { recursive: true, force: true, maxRetries: 5 });
}
