// Runs a browser benchmark in headless Chromium and prints what it logs.
//   node scripts/bench/run.mjs bench/model.bench.ts [--cpu-throttle 4] [--profile out.cpuprofile]
// `--profile` writes a CPU profile of the whole run (unminified, so function names stay readable).
// `--trace out.json` writes a Chrome trace (timeline and user timing: its slices carry the thread's
// CPU time, which a loaded machine inflates less than wall time).
// The entry is bundled with esbuild (production builds of Lit and friends), served from 127.0.0.1
// together with the project root (so a bench may fetch /node_modules/… or /demo/…), and loaded in a
// blank page. The bench prints with console.log and finishes by calling `window.benchDone()`
// (or fails with `window.benchFail(message)`).
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, ensureChromium } from '../chromium.mjs';

const args = process.argv.slice(2);
const entry = args.find((a) => !a.startsWith('--'));
if (!entry) {
  console.error(
    'usage: node scripts/bench/run.mjs <bench entry .ts> [--cpu-throttle N] [--timeout S]',
  );
  process.exit(2);
}
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const throttle = flag('--cpu-throttle', 1);
const timeoutMs = flag('--timeout', 300) * 1000;
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const profileFile = option('--profile');
const traceFile = option('--trace');

const root = resolve('.');
const bundle = await build({
  entryPoints: [entry],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  minify: !profileFile,
  conditions: ['browser', 'production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.css': 'text', '.svg': 'text' },
  logLevel: 'warning',
});
const script = bundle.outputFiles[0].text;

const types = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.html': 'text/html',
};
const page = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>bench</title></head><body><script type="module" src="/__bench.js"></script></body></html>`;
const server = createServer(async (req, res) => {
  // Cross-origin isolation gives performance.now() microsecond resolution instead of 100 µs.
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Embedder-Policy', 'require-corp');
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path === '/' || path === '/index.html')
    return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  if (path === '/favicon.ico') return res.writeHead(204).end();
  if (path === '/__bench.js')
    return res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
  const file = join(root, path);
  if (!file.startsWith(root)) return res.writeHead(403).end();
  try {
    const body = await readFile(file);
    res
      .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
      .end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: ensureChromium(),
  headless: true,
  args: chromiumArgs,
});
let failed = false;
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  if (throttle > 1) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    console.log(`(CPU throttled ${throttle}×)`);
  }
  if (profileFile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  const trace = [];
  cdp.on('Tracing.dataCollected', ({ value }) => trace.push(...value));
  const traced = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  if (traceFile)
    await cdp.send('Tracing.start', {
      traceConfig: {
        includedCategories: ['toplevel', 'blink.user_timing', 'devtools.timeline', '__metadata'],
        recordMode: 'recordAsMuchAsPossible',
      },
      transferMode: 'ReportEvents',
    });
  let ok, fail;
  const finished = new Promise((resolve, reject) => ((ok = resolve), (fail = reject)));
  await tab.exposeFunction('benchDone', () => ok());
  await tab.exposeFunction('benchFail', (message) => fail(new Error(message)));
  // The page's main-thread CPU time in ms (`window.benchThreadTime()`): a loaded machine inflates it
  // less than wall time, so a ratio of two code paths is steadier.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await tab.exposeFunction('benchThreadTime', async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'ThreadTime').value * 1000;
  });
  tab.on('pageerror', (error) => fail(error));
  tab.on('console', (message) => {
    if (message.type() === 'error') console.error(message.text());
    else console.log(message.text());
  });
  await tab.goto(origin + '/');
  await Promise.race([
    finished,
    new Promise((_, fail) =>
      setTimeout(() => fail(new Error(`timed out after ${timeoutMs / 1000} s`)), timeoutMs),
    ),
  ]);
  if (traceFile) {
    await cdp.send('Tracing.end');
    await traced;
    writeFileSync(traceFile, JSON.stringify(trace));
    console.log(`trace: ${traceFile}`);
  }
  if (profileFile) {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(profileFile, JSON.stringify(profile));
    console.log(`CPU profile: ${profileFile}`);
  }
} catch (error) {
  failed = true;
  console.error(`bench failed: ${error.message}`);
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
