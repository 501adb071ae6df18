// Size budget of the drop-in build (run after `npm run build`): fails when the core file or the map
// chunk grows past its budget, or when any built file uses eval/new Function (CSP: no 'unsafe-eval').
//   node scripts/size.mjs [--json]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const budgets = [
  { name: 'core (dist/etalase.min.js)', match: (f) => f === 'etalase.min.js', limit: 30 * KB },
  { name: 'map chunk', match: (f) => /^chunks\/producer-map[^/]*\.js$/.test(f), limit: 20 * KB },
  { name: 'map base data', match: (f) => /^chunks\/basemap[^/]*\.js$/.test(f), limit: 30 * KB },
  // Loaded beside the core, off the main thread: fetch, parser (zod), validation, merge, cache, and
  // the query engine's row and text index builders (35 → 37 KB: the page no longer indexes).
  { name: 'feed worker', match: (f) => f === 'etalase-worker.min.js', limit: 37 * KB },
  // Loaded only by a showcase with `order-planner` (or an <etalase-order-planner> in the page).
  {
    name: 'order planner chunk',
    match: (f) => /^chunks\/order-planner[^/]*\.js$/.test(f),
    limit: 10 * KB,
  },
  // The planner's printable sheet and CSV writer, loaded on the first print or CSV download.
  {
    name: 'order plan sheet chunk',
    match: (f) => /^chunks\/print-sheet[^/]*\.js$/.test(f),
    limit: 4 * KB,
  },
];

function filesUnder(dir, prefix = '') {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? filesUnder(path, `${prefix}${name}/`)
      : [`${prefix}${name}`];
  });
}

const built = filesUnder('dist').filter((f) => f.endsWith('.js'));
if (!built.includes('etalase.min.js')) {
  console.error('dist/etalase.min.js not found: run `npm run build` first.');
  process.exit(2);
}
const gzip = (file) => gzipSync(readFileSync(join('dist', file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

let failed = false;
const dropIn = built.filter(
  (f) => f === 'etalase.min.js' || f === 'etalase-worker.min.js' || f.startsWith('chunks/'),
);
console.log('drop-in files (gzip -9):');
for (const file of dropIn.sort()) console.log(`  ${kb(gzip(file)).padStart(9)}  ${file}`);
for (const budget of budgets) {
  const files = dropIn.filter(budget.match);
  if (files.length === 0) continue;
  const size = files.reduce((sum, f) => sum + gzip(f), 0);
  const ok = size <= budget.limit;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${budget.name}: ${kb(size)} of ${kb(budget.limit)}`);
}

/** A built file and every file it imports statically (what the browser must fetch before it runs). */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join('dist', file), 'utf8');
  for (const [, spec] of code.matchAll(
    /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]*from\s*)?["'](\.{1,2}\/[^"']+)["']/g,
  )) {
    staticClosure(join(file, '..', spec).replace(/^\.\//, ''), seen);
  }
  return seen;
}
const firstRender = new Set(staticClosure('etalase.min.js'));
for (const lazy of dropIn.filter((f) => /^chunks\/(showcase|parse)[.-]/.test(f)))
  staticClosure(lazy, firstRender);
const firstRenderSize = [...firstRender].reduce((sum, f) => sum + gzip(f), 0);
console.log(
  `info showcase first render (core, showcase and its elements, parser): ${kb(firstRenderSize)}`,
);

// `eval(`, `new Function(` or an alias of the Function constructor (`x=Function`) in any shipped
// file would need 'unsafe-eval' under a strict CSP.
const evalPattern =
  /(?<![\w$.])(eval\s*\(|new\s+Function\s*\(|Function\s*\(|=\s*Function\b(?!\s*\.))/;
for (const file of built) {
  const code = readFileSync(join('dist', file), 'utf8');
  const hit = evalPattern.exec(code);
  if (hit) {
    failed = true;
    console.log(`FAIL dist/${file} uses ${hit[1].trim()}… (needs 'unsafe-eval' under CSP)`);
  }
}
if (!failed) console.log('no eval/new Function in any built file');
process.exit(failed ? 1 : 0);
