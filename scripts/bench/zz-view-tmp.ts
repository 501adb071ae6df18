import { readFileSync } from 'node:fs';
import { openShardSet } from '../../src/feed/shards/read.ts';
const dir = process.argv[2]!;
const region = process.argv[3] ?? '35.78';
const fakeFetch = (async (url: string | URL) => {
  const path = dir + new URL(String(url)).pathname.replace(/^\/set/, '');
  return new Response(readFileSync(path), { headers: { 'content-type': 'application/json' } });
}) as typeof fetch;
async function main() {
const opened = await openShardSet('http://x/set/index.json', { fetch: fakeFetch, cache: false });
if (!opened.ok) throw new Error('open');
const set = opened.set;
let t = performance.now();
let v = await set.view({}, { pageSize: 24 });
console.log('first view', (performance.now() - t).toFixed(1));
await new Promise((r) => setTimeout(r, 50));
await set.view({ region: ['11'] }, { pageSize: 24 }); // loads the whole list
for (const r of [region, '35.77', '35.73', region, '35.01','35.02','35.03','35.04','35.05','35.06','35.07','35.08','35.09','35.10', '35.11','35.12','35.13','35.14','35.15','35.16','35.17',region, '35.77', '35.73', region]) {
  t = performance.now();
  v = await set.view({ region: [r] }, { pageSize: 24 });
  const t1 = performance.now();
  const result = v.engine.query({ region: [r] }, { pageSize: 24 });
  const t2 = performance.now();
  console.log(r, 'view', (t1 - t).toFixed(1), 'query', (t2 - t1).toFixed(1), result.total, v.engine.size);
}
}
void main();
