import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createQueryEngine } from '../../src/feed/query.js';
import type { FilterState } from '../../src/feed/types.js';
import { smallFeed } from '../feed/fixtures/small-feed.js';

const engine = createQueryEngine(smallFeed());
const ids = (state: FilterState, pageSize = 50) =>
  engine.query(state, { pageSize }).hits.map((h) => h.product.id);
const total = (state: FilterState) => engine.query(state).total;

describe('query engine: filters (hand-checked on the small feed)', () => {
  it('returns every product for an empty state, flagship products first', () => {
    assert.deepEqual(ids({}), [
      'amplang',
      'kain-batik',
      'tas-rotan',
      'kemeja-batik',
      'kerupuk-basah',
      'kue-bingka',
      'selendang-sasirangan',
      'tikar-lampit',
    ]);
  });

  it('filters by region at every level', () => {
    assert.equal(total({ region: ['62'] }), 6);
    assert.deepEqual(ids({ region: ['62.71'], sort: 'name' }), [
      'amplang',
      'kerupuk-basah',
      'tas-rotan',
      'tikar-lampit',
    ]);
    assert.deepEqual(ids({ region: ['62.71.02'], sort: 'name' }), ['tas-rotan', 'tikar-lampit']);
    assert.deepEqual(ids({ region: ['63'], sort: 'name' }), ['kue-bingka', 'selendang-sasirangan']);
    assert.equal(total({ region: ['62.01', '63.71'] }), 4);
    assert.equal(total({ region: ['11'] }), 0);
  });

  it('combines facets with AND and values with OR', () => {
    assert.deepEqual(ids({ region: ['62'], category: ['kuliner'], sort: 'name' }), [
      'amplang',
      'kerupuk-basah',
    ]);
    assert.equal(total({ category: ['kuliner', 'kriya'] }), 5);
    assert.deepEqual(ids({ category: ['kuliner'], availability: ['in_stock'], sort: 'name' }), [
      'amplang',
      'kue-bingka',
    ]);
  });

  it('counts producer certificates for their products', () => {
    assert.deepEqual(ids({ certification: ['halal'], sort: 'name' }), [
      'amplang',
      'kerupuk-basah',
      'kue-bingka',
    ]);
    assert.deepEqual(ids({ certification: ['pirt'] }), ['amplang']);
  });

  it('matches price ranges that overlap the bounds', () => {
    assert.deepEqual(ids({ priceMin: 100000, priceMax: 300000, sort: 'name' }), [
      'kemeja-batik',
      'tas-rotan',
    ]);
    assert.deepEqual(ids({ priceMin: 800000 }), ['kain-batik']);
    assert.equal(total({ priceMax: 30000 }), 3);
  });

  it('applies order options, with the product overriding its producer', () => {
    assert.deepEqual(ids({ bulk: true, sort: 'name' }), ['tas-rotan', 'tikar-lampit']);
    assert.deepEqual(ids({ custom: true }), ['kain-batik']);
    assert.deepEqual(ids({ flagship: true, sort: 'name' }), ['amplang', 'kain-batik', 'tas-rotan']);
  });

  it('filters by lead time, counting products in stock as ready today', () => {
    assert.deepEqual(ids({ maxLeadTimeDays: 7, sort: 'name' }), [
      'amplang',
      'kue-bingka',
      'tas-rotan',
      'tikar-lampit',
    ]);
  });

  it('filters by outlet, producer, tag and material', () => {
    assert.deepEqual(ids({ outlet: 'galeri-dekranasda', sort: 'name' }), [
      'amplang',
      'tas-rotan',
      'tikar-lampit',
    ]);
    assert.deepEqual(ids({ producer: 'batik-kumala', sort: 'name' }), [
      'kain-batik',
      'kemeja-batik',
    ]);
    assert.deepEqual(ids({ tags: ['Batik'], sort: 'name' }), ['kain-batik', 'kemeja-batik']);
    assert.deepEqual(ids({ tags: ['oleh-oleh'], sort: 'name' }), ['amplang', 'tas-rotan']);
    assert.deepEqual(ids({ materials: ['rotan'], sort: 'name' }), ['tas-rotan', 'tikar-lampit']);
    assert.equal(total({ outlet: 'no-such-outlet' }), 0);
  });
});

describe('query engine: text search', () => {
  it('ranks a name match before a tag or description match', () => {
    assert.deepEqual(ids({ q: 'rotan' }), ['tas-rotan', 'tikar-lampit']);
    assert.deepEqual(ids({ q: 'camilan' }), ['amplang', 'kerupuk-basah']);
  });

  it('stems both the index and the query', () => {
    // "anyam" is the stem of "anyaman" (name) and "dianyam" (description).
    assert.deepEqual(ids({ q: 'anyam' }), ['tas-rotan', 'tikar-lampit']);
    assert.deepEqual(ids({ q: 'menganyam' }), ['tas-rotan', 'tikar-lampit']);
  });

  it('folds reduplication, case and punctuation', () => {
    assert.equal(ids({ q: 'KUE-KUE' })[0], 'kue-bingka');
    assert.deepEqual(ids({ q: 'kue' }), ids({ q: 'kue-kue' }));
    assert.deepEqual(ids({ q: 'oleh oleh' }), ['amplang', 'tas-rotan']);
  });

  it('matches the word being typed as a prefix, and all words must match', () => {
    assert.equal(ids({ q: 'ampl' })[0], 'amplang');
    assert.deepEqual(ids({ q: 'tas rot' }), ['tas-rotan']);
    assert.deepEqual(ids({ q: 'rotan amplang' }), []);
  });

  it('searches both languages of a name', () => {
    assert.deepEqual(ids({ q: 'rattan bag' }), ['tas-rotan']);
    assert.deepEqual(ids({ q: 'scarf' }), ['selendang-sasirangan']);
  });

  it('combines text with filters', () => {
    assert.deepEqual(ids({ q: 'batik', category: ['fesyen'] }), ['kemeja-batik']);
  });
});

describe('query engine: sort and paging', () => {
  it('sorts by price both ways, products without a price last', () => {
    assert.deepEqual(ids({ sort: 'price-asc' }), [
      'kue-bingka',
      'amplang',
      'kerupuk-basah',
      'tas-rotan',
      'kemeja-batik',
      'kain-batik',
      'tikar-lampit',
      'selendang-sasirangan',
    ]);
    assert.deepEqual(ids({ sort: 'price-desc' }).slice(0, 3), [
      'kain-batik',
      'tikar-lampit',
      'tas-rotan',
    ]);
    assert.equal(ids({ sort: 'price-desc' }).at(-1), 'selendang-sasirangan');
  });

  it('sorts by newest update', () => {
    assert.deepEqual(ids({ sort: 'newest' }).slice(0, 3), ['amplang', 'tas-rotan', 'tikar-lampit']);
  });

  it('pages, clamping a page past the end', () => {
    const all = ids({ sort: 'name' });
    const third = engine.query({ sort: 'name', page: 3 }, { pageSize: 3 });
    assert.equal(third.total, 8);
    assert.equal(third.page, 3);
    assert.deepEqual(
      third.hits.map((h) => h.product.id),
      all.slice(6),
    );
    assert.equal(engine.query({ page: 99 }, { pageSize: 3 }).page, 3);
  });

  it('lists the producers and outlets of every match, not only the page', () => {
    const result = engine.query({ region: ['62.71'] }, { pageSize: 1 });
    assert.deepEqual(result.producers.map((p) => p.id).sort(), ['amplang-bu-sri', 'rotan-jaya']);
    assert.deepEqual(
      result.outlets.map((o) => o.id),
      ['galeri-dekranasda'],
    );
    assert.deepEqual(engine.query({ region: ['63'] }).outlets, []);
  });
});

describe('query engine: facet counts', () => {
  it('counts each facet under the other filters (hand-checked)', () => {
    const facets = engine.facets({ region: ['62'], category: ['kuliner'] });
    assert.deepEqual(
      { ...facets.region },
      { '62': 2, '62.71': 2, '62.71.01': 2, '63': 1, '63.71': 1 },
    );
    assert.deepEqual({ ...facets.category }, { kriya: 2, kuliner: 2, wastra: 1, fesyen: 1 });
    assert.deepEqual({ ...facets.availability }, { in_stock: 1, seasonal: 1 });
    assert.deepEqual({ ...facets.certification }, { halal: 2, pirt: 1 });
    assert.equal(facets.flagship, 1);
    assert.deepEqual(facets.priceRange, { min: 25000, max: 30000 });
  });

  it('keeps hierarchical region counts right at every level with other filters (instantsearch#5086)', () => {
    // A district is selected together with a category: every level still counts what choosing it gives.
    const state: FilterState = { region: ['62.71.01'], category: ['kuliner'] };
    const facets = engine.facets(state);
    assert.deepEqual(
      { ...facets.region },
      { '62': 2, '62.71': 2, '62.71.01': 2, '63': 1, '63.71': 1 },
    );
    for (const [code, count] of Object.entries(facets.region)) {
      assert.equal(count, total({ ...state, region: [code] }), `count of ${code}`);
    }
  });

  it('gives the price range of the other filters, ignoring the price filter itself', () => {
    const facets = engine.facets({ category: ['kriya'], priceMax: 200000 });
    assert.deepEqual(facets.priceRange, { min: 150000, max: 500000 });
  });
});

describe('query engine: suggestions and lookups', () => {
  it('suggests products, producers and categories for a prefix', () => {
    const suggestions = engine.suggest('ampl', 5);
    assert.equal(suggestions.products[0]?.product.id, 'amplang');
    assert.deepEqual(
      suggestions.producers.map((p) => p.id),
      ['amplang-bu-sri'],
    );
    assert.deepEqual(suggestions.categories, [{ id: 'kuliner', label: 'Kuliner', count: 2 }]);
    assert.deepEqual(engine.suggest('   ', 5), {
      products: [],
      producers: [],
      categories: [],
      places: [],
    });
  });

  it('finds a product by id and labels categories and materials', () => {
    assert.equal(engine.get('amplang')?.regionCode, '62.71.01');
    assert.equal(engine.get('nope'), undefined);
    assert.equal(engine.categoryLabel('kriya', 'en'), 'Crafts');
    assert.equal(engine.materialLabel('rotan', 'en'), 'rattan');
  });
});
