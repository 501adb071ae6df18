// CPU profile of a page load in Chromium at 4× CPU slowdown (Lighthouse's mobile profile): self time
// per function of the sources (through the built files' source maps), largest first. It names what the
// tasks Lighthouse counts in TBT spend their time on (its trace has no JavaScript samples).
// Usage: node scripts/cpu-profile.mjs <page under the project root> [source root=.] [width=412] [wait ms=6000]
//   TOP=40 prints that many lines. Needs a build. On a shared machine compare builds in alternation.
import { readFileSync, existsSync } from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { startBrowser } from '../test/e2e/browser.mjs';
const [path = 'demo/index.html', root = '.', width = '412', waitMs = '6000'] =
  process.argv.slice(2);
const env = await startBrowser();
const context = await env.browser.newContext({ viewport: { width: Number(width), height: 823 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto(new URL(path, env.server.url).href);
await page.waitForTimeout(Number(waitMs));
const { profile } = await cdp.send('Profiler.stop');
await env.close();
const maps = new Map();
const mapFor = (url) => {
  if (maps.has(url)) return maps.get(url);
  let map = null;
  try {
    // A generated site's copy of the drop-in (`assets/etalase/`) maps through the build's own maps.
    const file = `${root}/${new URL(url).pathname.replace(/^\//, '').replace(/^.*\/assets\/etalase\//, 'dist/')}.map`;
    if (existsSync(file)) map = new TraceMap(readFileSync(file, 'utf8'));
  } catch {
    // no readable map: the built file's own names
  }
  maps.set(url, map);
  return map;
};
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => {
  const node = byId.get(id);
  const f = node.callFrame;
  let name = `${f.functionName || '(anon)'} ${f.url.replace(/^https?:\/\/[^/]+/, '')}:${f.lineNumber}`;
  const map = f.url && mapFor(f.url);
  if (map) {
    const pos = originalPositionFor(map, { line: f.lineNumber + 1, column: f.columnNumber });
    if (pos.source)
      name = `${pos.name ?? f.functionName ?? '?'} ${pos.source.replace(/^.*?(src|node_modules)\//, '$1/')}:${pos.line}`;
  }
  if (!f.url && f.functionName) name = f.functionName;
  self.set(name, (self.get(name) ?? 0) + (dt[i + 1] ?? 0) / 1000);
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
const busy = total - (self.get('(idle)') ?? 0);
console.log(
  `total sampled ${Math.round(total)} ms, busy ${Math.round(busy)} ms, JS ${Math.round(busy - (self.get('(program)') ?? 0) - (self.get('(garbage collector)') ?? 0))} ms`,
);
for (const [name, ms] of [...self]
  .sort((a, b) => b[1] - a[1])
  .slice(0, Number(process.env.TOP ?? 40)))
  console.log(`${ms.toFixed(1).padStart(7)} ${name}`);
