// The page's share of setting up the query engine for 10,000 generated products: built on the page
// (no worker: the fallback, SSR, CLI) against started from the indexes the feed worker sends (after a
// structured clone, as a message), then the first query and the search's readiness. Medians of 7.
//   node --import tsx scripts/bench/engine-setup.ts [--products 10000]
// Run it on a quiet machine and state the load average it prints.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { adoptWorkerIndexes, createQueryEngine } from '../../src/feed/query.js';
import { createCategoryLabel } from '../../src/feed/query/labels.js';
import { createRowIndexBuilder, rowIndexOf } from '../../src/feed/query/rows.js';
import { createTextPackBuilder } from '../../src/feed/query/text-pack.js';
import type { Feed } from '../../src/model/types.js';
import { parseFeed } from '../../src/model/parse.js';
import { generateFeedJson } from '../../test/fixtures/generate-feed.js';

const { values } = parseArgs({ options: { products: { type: 'string', default: '10000' } } });
const products = Number(values.products);
const text = JSON.stringify(
  parseFeed(JSON.parse(generateFeedJson({ products, seed: 1 })) as unknown).feed,
);
const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
const time = (fn: () => void) => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};
const onPage: number[] = [];
const onPageSearch: number[] = [];
const adopted: number[] = [];
const firstQuery: number[] = [];
const search: number[] = [];
for (let run = 0; run < 7; run++) {
  const feed = JSON.parse(text) as Feed;
  let built = createQueryEngine(feed);
  onPage.push(time(() => (built = createQueryEngine(feed)).query({})));
  onPageSearch.push(time(() => built.prepareSearch()));
  // What the worker does, then what the page does with it.
  const sent = JSON.parse(text) as Feed;
  const rows = createRowIndexBuilder(sent, ['id', 'en']).finish();
  const packed = createTextPackBuilder(rowIndexOf(sent, rows), createCategoryLabel(sent)).pack();
  adoptWorkerIndexes(sent, structuredClone({ rows, text: packed }));
  let engine = createQueryEngine(sent);
  adopted.push(time(() => (engine = createQueryEngine(sent))));
  firstQuery.push(time(() => engine.query({})));
  search.push(time(() => engine.prepareSearch()));
}
const ms = (xs: number[]) => `${median(xs).toFixed(1)} ms`;
console.log(`engine set-up on the page, ${products.toLocaleString('en')} products (medians of 7)`);
console.log(`  built on the page, with the first query:   ${ms(onPage)}`);
console.log(`                             search ready    ${ms(onPageSearch)}`);
console.log(`  from the worker's indexes: engine          ${ms(adopted)}`);
console.log(`                             first query     ${ms(firstQuery)}`);
console.log(`                             search ready    ${ms(search)}`);
console.log(
  `load average: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')} (shared machine?)`,
);
