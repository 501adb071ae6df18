// National scale, as a visitor on a slow phone sees it: the built drop-in on a page holding only its
// script tag and `<etalase-showcase src=".../index.json">`, a generated national feed written as a shard
// set (`etalase shard`), in headless Chromium through the DevTools protocol with network throttling
// (1.6 Mbps down, 150 ms round trip) and 4× CPU slowdown. Files are served gzip-compressed, as a static
// host would; bytes are what crossed the wire (Network.loadingFinished).
//
//   npm run bench:national -- [--products 10000,300000] [--runs 1] [--keep]
//
// Per product count: first products (time, bytes), a region change (to the paint of its products,
// shard fetch included), a two-word query (typed into the search box one character every 180 ms,
// BENCH_TYPE_MS; from the last keystroke to its results, debounce included; bytes from the first
// keystroke), the JS heap after ten
// interactions; the same products indexed by Pagefind (`pagefind-index.mjs`) and searched with its own
// JS API (its "first products" is the time until `init()` resolved: it shows nothing before a query);
// and the single-file feed of the same products where it can load (≤ 20 MB).
// Generated feeds and shard sets are kept in the temp folder (300,000 products take minutes to make).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchChrome } from './cdp.mjs';

const { values: options } = parseArgs({
  options: {
    products: { type: 'string', default: '10000,300000' },
    runs: { type: 'string', default: '1' },
  },
});
const productCounts = options.products.split(',').map(Number);
const kinds = (process.env.BENCH_KINDS ?? 'shards,pagefind,single').split(',');
const runs = Number(options.runs);
const ROOT = resolve('.');
const CPU = 4;
const NETWORK = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
const REGION = '35.78'; // Kota Surabaya
const QUERY = 'keripik pisang';
/** Milliseconds between two typed characters (0: the query's filter is set directly, no typing). */
const TYPE_MS = Number(process.env.BENCH_TYPE_MS ?? 180);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');

// --- data: a generated national feed and its shard set, made once ----------------------------------
const dataDir = join(tmpdir(), 'etalase-bench-national');
mkdirSync(dataDir, { recursive: true });
function dataFor(products) {
  const feed = join(dataDir, `feed-${products}.json`);
  const shards = join(dataDir, `shards-${products}`);
  if (!existsSync(feed)) {
    console.log(`  generating ${products} products…`);
    execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/generate-feed.ts', '--products', String(products)].concat([
        '--regions',
        'national',
        '--out',
        feed,
      ]),
      { stdio: 'inherit' },
    );
  }
  if (!existsSync(join(shards, 'index.json'))) {
    console.log(`  etalase shard ${products} products…`);
    const started = Date.now();
    execFileSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/etalase.ts', 'shard', feed, '--out', shards],
      { stdio: 'inherit' },
    );
    console.log(`  shard: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const pagefind = join(dataDir, `pagefind-${products}`);
  // Only when measured: Pagefind takes about an hour to index 300,000 products.
  if (kinds.includes('pagefind') && !existsSync(join(pagefind, 'pagefind.js'))) {
    console.log(`  Pagefind index ${products} products…`);
    execFileSync(process.execPath, ['scripts/bench/pagefind-index.mjs', feed, pagefind], {
      stdio: 'inherit',
    });
  }
  return { feed, shards };
}

// --- a static server, gzip like a static host ---------------------------------------------------
const gzipped = new Map();
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
  const page = /^\/(shards|single|pagefind)-(\d+)\.html$/.exec(path);
  if (page?.[1] === 'pagefind') {
    // Pagefind's own JS API, loaded and initialised as its docs show (no UI): the index files only.
    const base = `/data/pagefind-${page[2]}/`;
    // BENCH_CSP="script-src 'self' 'unsafe-inline'" shows what a strict page's policy does to it.
    const csp = process.env.BENCH_CSP ? { 'content-security-policy': process.env.BENCH_CSP } : {};
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...csp });
    response.end(
      `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Pagefind</title>` +
        `<script type="module">const pagefind = await import('${base}pagefind.js');` +
        `await pagefind.options({ basePath: '${base}' }); await pagefind.init();` +
        `window.__pf = { pagefind, ready: performance.now() };</script></head><body></body></html>`,
    );
    return;
  }
  if (page) {
    const src =
      page[1] === 'shards' ? `/data/shards-${page[2]}/index.json` : `/data/feed-${page[2]}.json`;
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="id"><head><meta charset="utf-8">` +
        `<meta name="viewport" content="width=device-width, initial-scale=1"><title>Etalase</title>` +
        `<script type="module" src="/dist/etalase.min.js"></script></head><body>` +
        `<etalase-showcase src="${src}" lang="id"></etalase-showcase></body></html>`,
    );
    return;
  }
  const file = path.startsWith('/data/')
    ? normalize(join(dataDir, path.slice(6)))
    : normalize(join(ROOT, path));
  if (!(file.startsWith(dataDir + sep) || file.startsWith(ROOT + sep)) || !isFile(file)) {
    response.writeHead(404).end();
    return;
  }
  const type = /\.m?js$/.test(file)
    ? 'text/javascript'
    : file.endsWith('.json')
      ? 'application/json'
      : file.endsWith('.svg')
        ? 'image/svg+xml'
        : 'application/octet-stream';
  // A feed over 20 MB is refused by the showcase from its length alone: do not compress it.
  if (statSync(file).size > 20 * 1024 * 1024) {
    response.writeHead(200, { 'content-type': type, 'content-length': statSync(file).size });
    response.end();
    return;
  }
  let body = gzipped.get(file);
  if (!body) gzipped.set(file, (body = gzipSync(readFileSync(file), { level: 6 })));
  response.writeHead(200, {
    'content-type': type,
    'content-encoding': 'gzip',
    'content-length': body.length,
    'cache-control': 'no-cache',
  });
  response.end(body);
});
const isFile = (file) => existsSync(file) && statSync(file).isFile();
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

// --- the DevTools protocol over a pipe ------------------------------------------------------------
const { chrome, profileDir, send, listeners } = launchChrome('etalase-bench-national-profile-');
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

// In the page: when the first card shows, and a helper that waits for the grid to settle.
const PROBE = `(() => {
  const probe = (window.__bench = { firstCard: 0 });
  const grid = () => document.querySelector('etalase-showcase')?.shadowRoot
    ?.querySelector('etalase-product-grid');
  probe.cards = () => [...(grid()?.shadowRoot?.querySelectorAll('etalase-product-card') ?? [])]
    .map((card) => card.product?.id ?? '').join(' ');
  probe.total = () => grid()?.total ?? -1;
  // After the first card, each frame notes when the cards shown last changed (the frame's time:
  // exact where polling over the protocol every 50 ms would add up to its interval).
  let shown = '';
  probe.changedAt = 0;
  const watch = () => {
    const now = probe.cards() + ' | ' + probe.total();
    if (now !== shown) (shown = now), (probe.changedAt = performance.now());
    requestAnimationFrame(watch);
  };
  const poll = () => {
    if (grid()?.shadowRoot?.querySelector('etalase-product-card')?.shadowRoot?.firstElementChild)
      (probe.firstCard = performance.now()), watch();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})()`;

/** One visit: first products, a region, a query, then ten interactions for the heap. */
async function visit(kind, products, index) {
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
  let bytes = 0;
  let inFlight = 0;
  /** Requests in flight: `session requestId` → URL (named when a view does not settle). */
  const requests = new Map();
  /** Bytes received so far per request in flight (`session requestId` → bytes). */
  const received = new Map();
  let lastNetwork = 0;
  // The feed worker fetches the single-file feed: its requests are counted and throttled too.
  const sessions = new Set([sessionId]);
  const listener = (message) => {
    if (message.method === 'Target.attachedToTarget' && sessions.has(message.sessionId)) {
      const child = message.params.sessionId;
      sessions.add(child);
      void send('Network.enable', {}, child)
        .then(() => send('Network.emulateNetworkConditions', { offline: false, ...NETWORK }, child))
        .then(() => send('Runtime.runIfWaitingForDebugger', {}, child))
        .catch(() => {});
    }
    // A worker that ended (the feed worker once fetched a shard index as a feed, then was dropped)
    // never reports the end of its requests: they must not keep a view from settling.
    if (message.method === 'Target.detachedFromTarget' && sessions.has(message.params.sessionId)) {
      sessions.delete(message.params.sessionId);
      for (const request of requests.keys())
        if (request.startsWith(`${message.params.sessionId} `)) requests.delete(request);
      inFlight = requests.size;
    }
    if (!sessions.has(message.sessionId)) return;
    if (process.env.BENCH_DEBUG && message.method === 'Runtime.exceptionThrown')
      console.log('page exception:', JSON.stringify(message.params.exceptionDetails).slice(0, 600));
    if (message.method.startsWith('Network.')) lastNetwork = Date.now();
    // By request id: a redirect or a worker's request reports its start twice but its end once.
    const request = `${message.sessionId} ${message.params?.requestId}`;
    if (message.method === 'Network.requestWillBeSent') {
      requests.set(request, message.params.request.url);
      // BENCH_DEBUG=2: each request as it starts too.
      if (process.env.BENCH_DEBUG === '2')
        console.log(
          `    ${Date.now() - started} ms → ${message.params.request.url.replace(origin, '')}`,
        );
    }
    // A cancelled request reports no size at its end: what it received so far is counted.
    if (message.method === 'Network.dataReceived')
      received.set(request, (received.get(request) ?? 0) + message.params.encodedDataLength);
    if (message.method === 'Network.loadingFailed') {
      bytes += received.get(request) ?? 0;
      if (process.env.BENCH_DEBUG)
        console.log(
          `    ${Date.now() - started} ms ${requests.get(request)?.replace(origin, '')} cancelled after ${
            received.get(request) ?? 0
          } B`,
        );
    }
    if (message.method === 'Network.loadingFinished') {
      bytes += message.params.encodedDataLength;
      // BENCH_DEBUG: each file as it arrives (when, what, how many bytes).
      if (process.env.BENCH_DEBUG)
        console.log(
          `    ${Date.now() - started} ms ${requests.get(request)?.replace(origin, '')} ${
            message.params.encodedDataLength
          } B`,
        );
    }
    if (
      message.method === 'Network.loadingFinished' ||
      message.method === 'Network.loadingFailed'
    ) {
      requests.delete(request);
      received.delete(request);
    }
    inFlight = requests.size;
  };
  listeners.add(listener);
  await call('Page.enable');
  await call('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: true,
    flatten: true,
  });
  await call('Network.enable');
  if (process.env.BENCH_DEBUG) await call('Runtime.enable');
  await call('Network.emulateNetworkConditions', { offline: false, ...NETWORK });
  await call('Emulation.setCPUThrottlingRate', { rate: CPU });
  await call('Page.addScriptToEvaluateOnNewDocument', { source: PROBE });
  const figures = {};
  const started = Date.now();
  await call('Page.navigate', { url: `${origin}/${kind}-${products}.html` });
  if (kind === 'pagefind') return pagefindVisit();
  let firstCard = 0;
  while (!(firstCard = await evaluate('window.__bench?.firstCard ?? 0'))) {
    if (Date.now() - started > 180_000) {
      const notice = await evaluate(
        `document.querySelector('etalase-showcase')?.shadowRoot?.querySelector('[role="alert"]')?.textContent?.trim() ?? ''`,
      );
      figures.failed = notice.replace(/\s+/g, ' ').slice(0, 80) || 'no product after 180 s';
      break;
    }
    await sleep(100);
  }
  figures.firstCard = firstCard;
  figures.firstBytes = bytes;
  if (figures.failed) return finish();

  /** Sets a filter as the visitor's action would; resolves when the grid settled (ms, bytes). */
  const change = async (filter, done) => {
    await sleep(1500);
    const before = bytes;
    if (process.env.BENCH_DEBUG)
      console.log(`  ${Date.now() - started} ms: ${JSON.stringify(filter)}`);
    const t0 = await evaluate(
      `(() => { const t = performance.now(); document.querySelector('etalase-showcase').filter = ${JSON.stringify(filter)}; return t; })()`,
    );
    return settle(JSON.stringify(filter), t0, before, done);
  };

  /**
   * Types `text` into the showcase's search box as a visitor does: focus, then one character every
   * `TYPE_MS` (Input.insertText: the box's own input events, debounce included). Resolves with the
   * time from the last keystroke to the paint of the results of the whole words, and the bytes
   * fetched from the first keystroke on.
   */
  const type = async (text, done) => {
    await sleep(1500);
    const before = bytes;
    if (process.env.BENCH_DEBUG) console.log(`  ${Date.now() - started} ms: typing "${text}"`);
    await evaluate(`(() => {
      const input = document.querySelector('etalase-showcase').shadowRoot
        .querySelector('etalase-search').shadowRoot.querySelector('input');
      input.addEventListener('input', () => (__bench.lastKey = performance.now()));
      input.focus();
    })()`);
    for (const [i, character] of [...text].entries()) {
      if (i > 0) await sleep(TYPE_MS);
      await call('Input.insertText', { text: character });
      if (process.env.BENCH_DEBUG === '2')
        console.log(`  ${Date.now() - started} ms: "${character}"`);
    }
    const t0 = await evaluate('__bench.lastKey');
    // Results of the words typed: the showcase's filter holds them all (after the debounce).
    return settle(`typed "${text}"`, t0, before, done, text.trim());
  };

  /**
   * Resolves when the grid settled after `t0` (page clock): the time of its last change (for typed
   * words, at the earliest when the showcase's filter holds them), the bytes since `before`.
   */
  const settle = async (label, t0, before, done, words) => {
    const deadline = Date.now() + 60_000;
    const key = '__bench.cards() + " | " + __bench.total()';
    const probe = `({ now: performance.now(), changedAt: __bench.changedAt, cards: ${key}, total: __bench.total(),
      q: document.querySelector('etalase-showcase').filter.q ?? '' })`;
    let last = await evaluate(key);
    let settledAt = t0;
    let changedAt = Date.now();
    let applied = words === undefined;
    // Settled: the expected products show (or, for words, nothing loads and the grid stays the same).
    for (;;) {
      const state = await evaluate(probe);
      if (!applied && state.q === words) {
        applied = true;
        settledAt = state.now;
        changedAt = Date.now();
      }
      if (state.cards !== last) {
        last = state.cards;
        // The frame that showed the change (not this poll's time), and never before the words applied.
        if (applied) settledAt = Math.max(settledAt, Math.min(state.changedAt, state.now));
        changedAt = Date.now();
      } else if (
        applied &&
        done(state) &&
        inFlight <= 0 &&
        Date.now() - changedAt > 500 &&
        Date.now() - lastNetwork > 1500
      )
        break;
      if (Date.now() > deadline) {
        // Said, not hidden in a 60 s figure: what kept the view from settling.
        const waiting = [...requests.values()].map((url) => url.replace(origin, '')).join(' ');
        console.log(
          `  ${label} did not settle in 60 s (cards changed ${Math.round(
            (Date.now() - changedAt) / 1000,
          )} s ago; in flight: ${waiting || 'none'})`,
        );
        break;
      }
      await sleep(50);
    }
    // The frame of the last change, also when it came before this loop first read the cards (a busy
    // page answers the protocol late).
    const changedInPage = await evaluate('__bench.changedAt');
    if (changedInPage > settledAt) settledAt = changedInPage;
    if (process.env.BENCH_DEBUG) console.log(label, last.slice(-60), Math.round(settledAt - t0));
    // BENCH_DEBUG=2: the page's own clock from the change on: each file's fetch call, request and
    // arrival (Resource Timing) and the marks the code sets (`performance.mark`), in ms after it.
    if (process.env.BENCH_DEBUG === '2')
      console.log(
        await evaluate(`performance.getEntries().filter((e) => e.startTime >= ${t0} &&
          (e.entryType === 'mark' || (e.entryType === 'resource' && /json$/.test(e.name))))
          .map((e) => e.entryType === 'mark' ? '      mark ' + e.name + ' ' + Math.round(e.startTime - ${t0})
            : '      file ' + e.name.replace(/^.*\\//, '') + ' fetch ' + Math.round(e.startTime - ${t0}) +
              ', request ' + Math.round(e.requestStart - ${t0}) + ', in ' + Math.round(e.responseEnd - ${t0}))
          .join('\\n')`),
      );
    return { ms: settledAt - t0, bytes: bytes - before, total: await evaluate('__bench.total()') };
  };
  const regionCount = index?.facets.region[REGION];
  const region = await change({ region: [REGION] }, (s) =>
    regionCount === undefined ? true : s.total === regionCount,
  );
  figures.region = region.ms;
  figures.regionBytes = region.bytes;
  // BENCH_STEPS=region: the first products and the region change only (a quicker run).
  if (process.env.BENCH_STEPS === 'region') return finish();
  // Back to the whole set (not timed), then the words typed into the search box (BENCH_TYPE_MS=0:
  // the filter set directly, as before, without typing or debounce).
  if (TYPE_MS > 0) await change({}, () => true);
  const query =
    TYPE_MS > 0 ? await type(QUERY, () => true) : await change({ q: QUERY }, () => true);
  if (process.env.BENCH_DEBUG)
    console.log(
      await evaluate(`(async () => { const s = document.querySelector('etalase-showcase');
        const set = s.feed.snapshot.shards; if (!set) return 'no set';
        const v = await set.view({ q: ${JSON.stringify(QUERY)} }, { pageSize: 24 });
        return JSON.stringify({ keys: v.keys, failed: v.failed.length, total: v.engine.query({ q: ${JSON.stringify(QUERY)} }).total,
          size: v.engine.size, filter: s.filter, same: s.engine === v.engine }); })()`),
    );
  figures.query = query.ms;
  figures.queryBytes = query.bytes;
  figures.queryTotal = query.total;
  const provinces = ['11', '32', '51', '64', '94'];
  for (let i = 0; i < 8; i++)
    await change(
      i % 2
        ? { q: ['kopi', 'tas rotan', 'batik tulis', 'madu hutan'][i >> 1] }
        : { region: [provinces[i >> 1]] },
      () => true,
    );
  await call('HeapProfiler.collectGarbage');
  figures.heap = (await call('Runtime.getHeapUsage')).usedSize;
  return finish();

  /**
   * Pagefind's JS API in the same throttled page: `search()` then `data()` of the first 24 results
   * (a page of cards), timed in the page from the call to the last `data()`; bytes over the wire.
   */
  async function pagefindVisit() {
    while (!(figures.firstCard = await evaluate('window.__pf?.ready ?? 0'))) {
      if (Date.now() - started > 180_000) throw new Error('Pagefind did not initialise');
      await sleep(100);
    }
    const idle = async () => {
      // Quiet for 1.5 s (one request of Pagefind's page never reports its end to the counter).
      while (Date.now() - lastNetwork < 1500) await sleep(50);
    };
    await idle();
    figures.firstBytes = bytes;
    const search = async (term, filters) => {
      await sleep(1500);
      const before = bytes;
      const result = await evaluate(`(async () => {
        const t = performance.now();
        const search = await __pf.pagefind.search(${JSON.stringify(term)}, { filters: ${JSON.stringify(filters)} });
        const page = await Promise.all(search.results.slice(0, 24).map((result) => result.data()));
        return { ms: performance.now() - t, total: search.results.length, shown: page.length };
      })()`);
      await idle();
      if (process.env.BENCH_DEBUG) console.log('pagefind', term, filters, JSON.stringify(result));
      return { ...result, bytes: bytes - before };
    };
    const region = await search(null, { region: REGION });
    figures.region = region.ms;
    figures.regionBytes = region.bytes;
    const query = await search(QUERY, {});
    figures.query = query.ms;
    figures.queryBytes = query.bytes;
    figures.queryTotal = query.total;
    for (const term of ['kopi', 'tas rotan', 'batik tulis', 'madu hutan']) await search(term, {});
    await call('HeapProfiler.collectGarbage');
    figures.heap = (await call('Runtime.getHeapUsage')).usedSize;
    return finish();
  }

  async function finish() {
    listeners.delete(listener);
    await send('Target.disposeBrowserContext', { browserContextId });
    return figures;
  }
}

const kb = (bytes) => (bytes === undefined ? '–' : `${Math.round(bytes / 1024)} KB`);
const s = (ms) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(2)} s`);
const msText = (ms) => (ms === undefined ? '–' : `${Math.round(ms)} ms`);
try {
  console.log(
    `bench:national — ${runs} run(s); ${NETWORK.downloadThroughput * 8e-6} Mbps, ${NETWORK.latency} ms RTT, ${CPU}× CPU; ` +
      (TYPE_MS > 0
        ? `"${QUERY}" typed one character every ${TYPE_MS} ms, timed from the last keystroke (debounce included); `
        : `"${QUERY}" set as the filter (no typing); `) +
      `load average before: ${load()}`,
  );
  const rows = [];
  for (const products of productCounts) {
    const { feed, shards } = dataFor(products);
    const index = JSON.parse(readFileSync(join(shards, 'index.json'), 'utf8'));
    for (const kind of kinds) {
      for (let run = 0; run < runs; run++) {
        const f = await visit(kind, products, kind === 'shards' ? index : undefined);
        rows.push({
          products: products.toLocaleString('en'),
          source:
            kind === 'shards'
              ? 'shard set'
              : kind === 'pagefind'
                ? 'Pagefind 1.6 (ready)'
                : `one feed (${Math.round(statSync(feed).size / 1024 / 1024)} MB)`,
          'first products': f.failed ? `– (${f.failed})` : s(f.firstCard),
          'bytes before': kb(f.firstBytes),
          [`region ${REGION}`]: msText(f.region),
          'region bytes': kb(f.regionBytes),
          [`"${QUERY}"`]: msText(f.query),
          'query bytes': kb(f.queryBytes),
          results: f.queryTotal ?? '–',
          'heap after 10': f.heap === undefined ? '–' : `${(f.heap / 1e6).toFixed(1)} MB`,
        });
        console.log(`  done: ${products} ${kind} (load average ${load()})`);
      }
    }
  }
  const columns = Object.keys(rows[0]);
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join('  ');
  console.log('\n' + line(columns));
  for (const row of rows) console.log(line(columns.map((c) => row[c])));
  console.log(`load average after: ${load()} (1, 5, 15 min)`);
} finally {
  const exited = new Promise((done) => chrome.once('exit', done));
  chrome.kill();
  await exited;
  server.close();
  rmSync(profileDir, { recursive: true, force: true, maxRetries: 5 });
}
