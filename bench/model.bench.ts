/**
 * Feed model on the path the showcase takes (npm run bench:model), for 1,000 and 10,000 generated
 * products: UTF-8 decoding of the body, `JSON.parse`, validation with the synchronous `parseFeed`
 * (what `loadFeed` calls), then what the showcase builds before its first render — the query engine,
 * the region index and the first page of results. Medians, and the main-thread total of the path.
 * Budget: 10,000 products validated in ≤ 100 ms.
 *   npm run bench:model
 */
import { createQueryEngine } from '../src/feed/query.js';
import { createRegionIndex } from '../src/feed/region-index.js';
import { parseFeed } from '../src/model/parse.js';
import { generateFeedJson } from '../test/fixtures/generate-feed.js';
import { done, median, printTable } from './util.js';

const rows: Record<string, string | number>[] = [];
const now = new Date('2026-11-24');
for (const products of [1000, 10000]) {
  const text = generateFeedJson({ products, seed: 1 });
  const bytes = new TextEncoder().encode(text);
  const json = JSON.parse(text) as unknown;
  const check = parseFeed(json, { now });
  const feed = check.feed;
  if (
    !feed ||
    feed.products.length !== products ||
    check.issues.some((i) => i.severity === 'error')
  ) {
    window.benchFail(
      `generated feed of ${products} does not validate cleanly: ${JSON.stringify(check.issues.slice(0, 3))}`,
    );
  }

  const decode = await median(() => new TextDecoder('utf-8').decode(bytes), 9, 2);
  const jsonParse = await median(() => JSON.parse(text), 9, 2);
  const validate = await median(() => parseFeed(json, { now }), 9, 2);
  const engine = await median(() => createQueryEngine(feed!), 9, 2);
  const regions = await median(() => createRegionIndex(feed!), 9, 2);
  const built = createQueryEngine(feed!);
  // The engine keeps its last query: alternate two states with the same answer (an empty region
  // list filters nothing) so each call computes the first page in full, as after a load.
  let turn = 0;
  const firstPage = await median(
    () => built.query(turn++ % 2 ? { region: [] } : {}, { pageSize: 24 }),
    9,
    2,
  );
  const path = await median(
    () => {
      const parsed = parseFeed(JSON.parse(new TextDecoder('utf-8').decode(bytes)), { now });
      createQueryEngine(parsed.feed!).query({}, { pageSize: 24 });
      createRegionIndex(parsed.feed!);
    },
    5,
    1,
  );
  rows.push({
    products: String(products),
    'feed KB': String(Math.round(bytes.length / 1024)),
    'decode ms': decode,
    'JSON.parse ms': jsonParse,
    'parseFeed ms': validate,
    'parseFeed / JSON.parse': validate / jsonParse,
    'query engine ms': engine,
    'region index ms': regions,
    'first page ms': firstPage,
    'whole path ms': path,
  });
}
printTable('Feed model on the showcase path (medians)', rows);
console.log(
  '\nwhole path: decode → JSON.parse → parseFeed → query engine + first page → region index, run back to back' +
    ' (on the main thread today, so it is also the longest task the visitor waits for).',
);
console.log('budget: 10,000 products validated (parseFeed) ≤ 100 ms');
done();
