import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createQueryEngine } from '../../src/feed/query.js';
import type { FilterState } from '../../src/feed/types.js';
import { filterStateToSearchParams, searchParamsToFilterState } from '../../src/feed/url-state.js';
import { parseFeed } from '../../src/model/parse.js';
import { ancestorRegionCodes } from '../../src/model/region-code.js';
import { AVAILABILITIES, CERTIFICATION_TYPES } from '../../src/model/vocabulary.js';
import { generateFeed } from '../fixtures/generate-feed.js';

const { feed } = parseFeed(generateFeed({ products: 400, seed: 7 }));
assert.ok(feed);
const engine = createQueryEngine(feed);

const regionCodes = [
  ...new Set(
    feed.products.map(
      (p) => p.regionCode ?? feed.producers.find((q) => q.id === p.producerId)!.regionCode,
    ),
  ),
].flatMap((code) => [code, ...ancestorRegionCodes(code)]);
const categories = [...new Set(feed.products.map((p) => p.category))];
const tags = [...new Set(feed.products.flatMap((p) => p.tags ?? []))].slice(0, 30);
const words = [
  'kopi',
  'tenun',
  'batik',
  'rotan',
  'madu',
  'keripik',
  'manis',
  'anyam',
  'kain',
  'kue',
];

const subset = <T>(values: readonly T[]) =>
  fc.uniqueArray(fc.constantFrom(...values), { maxLength: 3 });
const filterState: fc.Arbitrary<FilterState> = fc.record(
  {
    q: fc.constantFrom(...words),
    region: subset([...new Set(regionCodes)]),
    category: subset(categories),
    tags: subset(tags),
    certification: subset(CERTIFICATION_TYPES),
    availability: subset(AVAILABILITIES),
    priceMin: fc.integer({ min: 0, max: 500000 }),
    priceMax: fc.integer({ min: 10000, max: 2000000 }),
    flagship: fc.constant(true),
    bulk: fc.constant(true),
    custom: fc.constant(true),
    maxLeadTimeDays: fc.integer({ min: 0, max: 30 }),
    sort: fc.constantFrom('relevance', 'name', 'price-asc', 'price-desc', 'newest'),
  },
  { requiredKeys: [] },
);

const all = (state: FilterState) => engine.query(state, { pageSize: 100000 });

describe('query engine properties (400 generated products)', () => {
  it('filtering is idempotent: the matches of the matches are the matches', () => {
    fc.assert(
      fc.property(filterState, (state) => {
        const first = all(state).hits.map((h) => h.product.id);
        const again = createQueryEngine({
          ...feed,
          products: all(state).hits.map((h) => h.product),
        });
        const second = again.query(state, { pageSize: 100000 }).hits.map((h) => h.product.id);
        assert.deepEqual([...second].sort(), [...first].sort());
      }),
      { numRuns: 60 },
    );
  });

  it('every facet count equals the number of products that choosing the value gives', () => {
    fc.assert(
      fc.property(filterState, (state) => {
        const facets = engine.facets(state);
        for (const [code, count] of Object.entries(facets.region))
          assert.equal(count, all({ ...state, region: [code] }).total, `region ${code}`);
        for (const [id, count] of Object.entries(facets.category))
          assert.equal(count, all({ ...state, category: [id] }).total, `category ${id}`);
        for (const [type, count] of Object.entries(facets.certification)) {
          assert.equal(
            count,
            all({ ...state, certification: [type as 'halal'] }).total,
            `certification ${type}`,
          );
        }
        for (const [value, count] of Object.entries(facets.availability)) {
          assert.equal(
            count,
            all({ ...state, availability: [value as 'in_stock'] }).total,
            `availability ${value}`,
          );
        }
        for (const [tag, count] of Object.entries(facets.tags))
          assert.equal(count, all({ ...state, tags: [tag] }).total, `tag ${tag}`);
        for (const [material, count] of Object.entries(facets.materials)) {
          assert.equal(
            count,
            all({ ...state, materials: [material] }).total,
            `material ${material}`,
          );
        }
        assert.equal(facets.flagship, all({ ...state, flagship: true }).total);
        assert.equal(facets.bulk, all({ ...state, bulk: true }).total);
        // Counts never include products another filter excludes.
        const matched = all(state).total;
        if (state.category?.length)
          assert.equal(
            state.category.reduce((sum, c) => sum + (facets.category[c] ?? 0), 0),
            matched,
          );
      }),
      { numRuns: 40 },
    );
  });

  it('pages partition the results', () => {
    fc.assert(
      fc.property(filterState, fc.integer({ min: 1, max: 30 }), (state, pageSize) => {
        const every = all(state).hits.map((h) => h.product.id);
        const pages = Math.max(1, Math.ceil(every.length / pageSize));
        const joined = Array.from({ length: pages }, (_, i) =>
          engine.query({ ...state, page: i + 1 }, { pageSize }).hits.map((h) => h.product.id),
        ).flat();
        assert.deepEqual(joined, every);
      }),
      { numRuns: 30 },
    );
  });

  it('URL round trip: state → URL → state → URL is stable and keeps the results', () => {
    fc.assert(
      fc.property(filterState, fc.integer({ min: 1, max: 5 }), (state, page) => {
        const withPage = { ...state, page };
        const url = filterStateToSearchParams(withPage).toString();
        const back = searchParamsToFilterState(url);
        assert.equal(filterStateToSearchParams(back).toString(), url);
        assert.deepEqual(
          engine.query(back).hits.map((h) => h.product.id),
          engine.query(withPage).hits.map((h) => h.product.id),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('never throws on arbitrary query strings', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (key, value) => {
        const state = searchParamsToFilterState(
          new URLSearchParams([
            [key, value],
            ['wilayah', value],
            ['hal', value],
          ]),
        );
        engine.query(state);
      }),
      { numRuns: 200 },
    );
  });
});

describe('text index built in slices', () => {
  it('gives the same results as a build in one go, even when a search comes mid-way', async () => {
    const sliced = createQueryEngine(feed);
    const building = sliced.prepareSearchInSlices({ sliceMs: 0 });
    // The first slice has run synchronously; searching now must finish the index, not see half of it.
    const midway = sliced.query({ q: 'kopi' }, { pageSize: 1000 }).hits.map((h) => h.product.id);
    await building;
    const direct = createQueryEngine(feed);
    direct.prepareSearch();
    for (const q of words) {
      assert.deepEqual(
        sliced.query({ q }, { pageSize: 1000 }).hits.map((h) => h.product.id),
        direct.query({ q }, { pageSize: 1000 }).hits.map((h) => h.product.id),
        q,
      );
    }
    assert.deepEqual(
      midway,
      direct.query({ q: 'kopi' }, { pageSize: 1000 }).hits.map((h) => h.product.id),
    );
    assert.ok(midway.length > 0);
  });

  it('builds fully in slices when nothing interrupts', async () => {
    const sliced = createQueryEngine(feed);
    await sliced.prepareSearchInSlices({ sliceMs: 0 });
    assert.equal(sliced.query({ q: 'batik' }).total, engine.query({ q: 'batik' }).total);
  });
});
