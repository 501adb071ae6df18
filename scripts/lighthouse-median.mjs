// Runs scripts/lighthouse.mjs (mobile profile) several times on one page and prints each run's
// figures and their median: Lighthouse varies from run to run, more so on a shared machine.
// Usage: node scripts/lighthouse-median.mjs <page under the project root> [runs=5] [--gzip]
// e.g. after `etalase site demo/data/produk-unggulan.json --out dist/site-demo`:
//   node scripts/lighthouse-median.mjs dist/site-demo/produk/abon-ikan-haruan/
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';

const [page = 'demo/index.html', runsArg = '5'] = process.argv
  .slice(2)
  .filter((a) => a !== '--gzip');
const gzip = process.argv.includes('--gzip') ? ['--gzip'] : [];
const runs = Number(runsArg);
const FIGURES = {
  performance: /^Performance\s+(\d+)/m,
  seo: /^SEO\s+(\d+)/m,
  accessibility: /^Accessibility\s+(\d+)/m,
  lcp: /^Largest Contentful Paint\s+([\d.,]+)\s*s/m,
  tbt: /^Total Blocking Time\s+([\d.,]+)\s*ms/m,
  cls: /^Cumulative Layout Shift\s+([\d.,]+)/m,
  // The same trace's blocking by CPU (thread) time: comparable across runs on a shared machine.
  cpuTbt: /CPU blocking ≈ (\d+) ms/,
};
const results = [];
for (let i = 0; i < runs; i++) {
  const load = loadavg()[0].toFixed(2);
  const output = execFileSync('node', ['scripts/lighthouse.mjs', page, ...gzip], {
    encoding: 'utf8',
  });
  const run = Object.fromEntries(
    Object.entries(FIGURES).map(([name, pattern]) => [
      name,
      Number(pattern.exec(output)?.[1]?.replace(',', '') ?? NaN),
    ]),
  );
  results.push(run);
  console.log(`run ${i + 1} (load ${load}): ${JSON.stringify(run)}`);
  const tasks = /after first paint (.*);/.exec(output)?.[1];
  if (tasks) console.log(`  tasks ${tasks}`);
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
console.log(
  `median of ${runs}, ${page}${gzip.length ? ' (gzip)' : ''}: ${JSON.stringify(Object.fromEntries(Object.keys(FIGURES).map((name) => [name, median(results.map((r) => r[name]))])))}`,
);
