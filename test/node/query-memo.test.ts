import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createQueryEngine, type QueryEngine } from '../../src/feed/query.js';
import { SORT_ORDERS, type FilterState, type QueryResult } from '../../src/feed/types.js';
import { parseFeed } from '../../src/model/parse.js';
import { generateFeed } from '../fixtures/generate-feed.js';

const { feed } = parseFeed(generateFeed({ products: 300, seed: 7 }));
assert.ok(feed);

/** A small seeded generator (mulberry32): the same sequence of states on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const next = random(20);
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
const regions = [...new Set(feed.producers.map((p) => p.regionCode))];
const categories = [...new Set(feed.products.map((p) => p.category))];
const words = ['kopi', 'batik', 'rotan', 'keripik', 'madu', 'tenun', 'kain'];

/** A new filter: a few of region, category, words, flagship, price. */
function newFilter(): FilterState {
  const state: FilterState = {};
  if (next() < 0.5)
    state.region = [
      pick(regions)
        .split('.')
        .slice(0, 1 + Math.floor(next() * 2))
        .join('.'),
    ];
  if (next() < 0.4) state.category = [pick(categories)];
  if (next() < 0.4) state.q = pick(words);
  if (next() < 0.2) state.flagship = true;
  if (next() < 0.2) state.priceMax = 50_000 + Math.floor(next() * 200_000);
  return state;
}

/** What a visitor sees of a result, comparable across engines. */
const view = (result: QueryResult) => ({
  hits: result.hits.map((hit) => hit.product.id),
  total: result.total,
  page: result.page,
  pageSize: result.pageSize,
  facets: result.facets,
  producers: result.producers.map((producer) => producer.id),
  outlets: result.outlets.map((outlet) => outlet.id),
  didYouMean: result.didYouMean,
});

describe('query engine: the last query is reused', () => {
  it('answers a sequence of page, sort and filter changes as a fresh engine does', () => {
    const engine = createQueryEngine(feed);
    let state: FilterState = {};
    let hits = 0;
    for (let step = 0; step < 60; step++) {
      const roll = next();
      if (roll < 0.45) state = { ...state, page: 1 + Math.floor(next() * 4) };
      else if (roll < 0.7) state = { ...state, sort: pick(SORT_ORDERS) };
      else state = { ...newFilter(), sort: state.sort };
      const pageSize = pick([6, 12, 24]);
      const withFacets = next() < 0.8;
      const fresh: QueryEngine = createQueryEngine(feed);
      const got = view(engine.query(state, { pageSize, facets: withFacets }));
      assert.deepEqual(
        got,
        view(fresh.query(state, { pageSize, facets: withFacets })),
        `step ${step}`,
      );
      assert.deepEqual(engine.facets(state), fresh.facets(state), `facets, step ${step}`);
      hits += got.hits.length;
    }
    assert.ok(hits > 100, 'the sequence shows products');
  });

  it('"load more" and a new sort order keep the facet counts; a new filter counts again', () => {
    const engine = createQueryEngine(feed);
    const state: FilterState = { region: [regions[0]!.split('.')[0]!] };
    const first = engine.query(state, { pageSize: 12 });
    const second = engine.query({ ...state, page: 2 }, { pageSize: 12 });
    assert.notDeepEqual(second.hits, first.hits);
    assert.equal(second.facets, first.facets, 'the page change reused the counts');
    assert.equal(second.producers, first.producers);
    const byPrice = engine.query({ ...state, sort: 'price-asc' }, { pageSize: 12 });
    assert.equal(byPrice.facets, first.facets, 'the sort change reused the counts');
    assert.equal(engine.facets({ ...state, sort: 'name', page: 3 }), first.facets);
    const narrowed = engine.query({ ...state, flagship: true }, { pageSize: 12 });
    assert.notEqual(narrowed.facets, first.facets);
    assert.ok(narrowed.total < first.total);
  });
});
