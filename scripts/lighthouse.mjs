// Lighthouse (mobile profile) on the demo showcase with Debian Chromium: prints the four category
// scores and LCP, TBT, CLS. Needs a build (`npm run build`).
// Usage: node scripts/lighthouse.mjs [page] [--details] [--gzip (serve compressed, as real hosts do)]
//   [--trace=file.json (keep Lighthouse's trace; open it in DevTools' Performance panel)]
//   --details also lists each main-thread task over 50 ms (what Lighthouse counts in TBT) with its
//   largest parts (script evaluation, function calls, style and layout), read from the trace.
import { writeFileSync } from 'node:fs';
import { cpuBlocking, longTasks } from './lighthouse-tasks.mjs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, ensureChromium } from './chromium.mjs';
import { serve } from './serve.mjs';

const page = process.argv[2] ?? 'demo/index.html';
const server = await serve({ port: 0, quiet: true, gzip: process.argv.includes('--gzip') });
const chrome = await launch({
  chromePath: ensureChromium(),
  chromeFlags: ['--headless=new', ...chromiumArgs],
});
try {
  const url = new URL(page, server.url).href;
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  const { categories, audits } = result.lhr;
  const trace = result.artifacts.Trace;
  const traceFile = process.argv.find((a) => a.startsWith('--trace='))?.slice('--trace='.length);
  if (traceFile) writeFileSync(traceFile, JSON.stringify(trace));
  console.log(`Lighthouse ${result.lhr.lighthouseVersion}, mobile, ${url}`);
  for (const category of Object.values(categories)) {
    console.log(`${category.title.padEnd(16)} ${Math.round((category.score ?? 0) * 100)}`);
  }
  for (const id of [
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
    'first-contentful-paint',
  ]) {
    console.log(`${audits[id].title.padEnd(26)} ${audits[id].displayValue}`);
  }
  const failed = Object.values(audits).filter(
    (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
  );
  for (const audit of failed) console.log(`  failing: ${audit.id} — ${audit.title}`);
  // Steadier than Total Blocking Time on a shared machine (see lighthouse-tasks.mjs).
  if (!process.argv.includes('--details')) console.log(cpuBlocking(trace));
  if (process.argv.includes('--details')) {
    for (const item of audits['layout-shifts']?.details?.items ?? []) {
      console.log(
        `  layout shift ${item.score?.toFixed(3)}: ${item.node?.snippet ?? item.node?.selector ?? '?'}`,
      );
    }
    const lcp = audits['largest-contentful-paint-element']?.details?.items ?? [];
    for (const table of lcp) {
      for (const item of table.items ?? []) {
        if (item.node) console.log(`  LCP element: ${item.node.snippet}`);
        if (item.phase) console.log(`  LCP phase ${item.phase}: ${Math.round(item.timing)} ms`);
      }
    }
    for (const item of audits['network-requests']?.details?.items ?? []) {
      const name = item.url.replace(/^https?:\/\/[^/]+/, '');
      console.log(
        `  request ${Math.round(item.networkRequestTime)}–${Math.round(item.networkEndTime)} ms ${name}`,
      );
    }
    for (const item of audits['bootup-time']?.details?.items ?? []) {
      console.log(
        `  script ${Math.round(item.total)} ms (eval ${Math.round(item.scripting)}): ${item.url}`,
      );
    }
    for (const item of audits['long-tasks']?.details?.items ?? []) {
      console.log(
        `  long task ${Math.round(item.duration)} ms at ${Math.round(item.startTime)}: ${item.url}`,
      );
    }
    for (const line of longTasks(trace)) console.log(line);
  }
} finally {
  await chrome.kill();
  await server.close();
}
