import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { countBits, forEachBit, hasBit, type Bitset } from '../../src/feed/bitset.js';
import { computeFacets } from '../../src/feed/query/facets.js';
import { activeFilters, matching } from '../../src/feed/query/filters.js';
import { createCategoryLabel } from '../../src/feed/query/labels.js';
import {
  buildRowIndex,
  createRowIndexBuilder,
  rowIndexOf,
  VALUE_FACETS,
} from '../../src/feed/query/rows.js';
import { createQueryEngine, createQueryEngineInSlices } from '../../src/feed/query.js';
import { createSortOrders } from '../../src/feed/query/sort.js';
import { createSuggester } from '../../src/feed/query/suggest.js';
import { createTextIndexBuilder, PREFIX_FACTOR, WEIGHT } from '../../src/feed/query/text-index.js';
import type { FilterState } from '../../src/feed/types.js';
import { parseFeed } from '../../src/model/parse.js';
import { smallFeed } from '../feed/fixtures/small-feed.js';
import { generateFeed } from '../fixtures/generate-feed.js';

const small = smallFeed();
const smallIndex = buildRowIndex(small);
const { feed: big } = parseFeed(generateFeed({ products: 600, seed: 11 }));
assert.ok(big);
const bigIndex = buildRowIndex(big);
const noSearch = () => undefined;

const positions = (bits: Bitset) => {
  const list: number[] = [];
  forEachBit(bits, (i) => list.push(i));
  return list;
};
const idsOf = (index: typeof smallIndex, list: ArrayLike<number>) =>
  Array.from(list, (i) => index.hit(i).product.id);
/** A row's values of one facet, from the index's columns. */
const valuesOf = (index: typeof smallIndex, facet: (typeof VALUE_FACETS)[number], i: number) => {
  const { values, starts, ids } = index.data.facets[facet];
  return Array.from(ids.subarray(starts[i]!, starts[i + 1]!), (id) => values[id]!);
};

describe('query parts: rows', () => {
  it('drops products of unknown producers and keeps feed order', () => {
    const feed = {
      ...small,
      products: [...small.products, { ...small.products[0]!, id: 'orphan', producerId: 'nobody' }],
    };
    const index = buildRowIndex(feed);
    assert.equal(index.size, 8);
    assert.deepEqual(
      idsOf(
        index,
        Array.from({ length: index.size }, (_, i) => i),
      ),
      small.products.map((p) => p.id),
    );
    assert.equal(index.rowOf('orphan'), undefined);
  });

  it('built in slices, holds the same rows and value sets as a build in one go', async () => {
    const builder = createRowIndexBuilder(big);
    // A deadline in the past stops after the first batch of products.
    assert.equal(builder.step(0), false);
    let steps = 1;
    while (!builder.step(0)) steps++;
    assert.ok(steps >= 5, `took ${steps} steps`);
    const sliced = rowIndexOf(big, builder.finish());
    assert.deepEqual(sliced.data, bigIndex.data);
    for (const facet of VALUE_FACETS)
      assert.deepEqual(sliced.valueSets[facet], bigIndex.valueSets[facet], facet);
    const state: FilterState = {
      region: [big.producers[0]!.regionCode.slice(0, 2)],
      q: 'kopi',
      sort: 'price-asc',
    };
    const engine = await createQueryEngineInSlices(big, { sliceMs: 0 });
    assert.deepEqual(engine.query(state), createQueryEngine(big).query(state));
  });

  it('gives each row its region and every ancestor, and a set per value', () => {
    const row = smallIndex.rowOf('tas-rotan')!;
    assert.deepEqual(valuesOf(smallIndex, 'region', row).sort(), ['62', '62.71', '62.71.02']);
    assert.equal(countBits(smallIndex.valueSets.region.get('62')!), 6);
  });

  it('folds tag spelling into one key and lets product orders override the producer', () => {
    assert.deepEqual(idsOf(smallIndex, positions(smallIndex.valueSets.tags.get('batik')!)), [
      'kain-batik',
      'kemeja-batik',
    ]);
    assert.equal(smallIndex.valueSets.tags.has('Batik'), false);
    const tas = smallIndex.rowOf('tas-rotan')!;
    assert.equal(hasBit(smallIndex.flagSets.bulk, tas), true);
    assert.equal(smallIndex.data.leadTimeDays[tas], 7);
  });

  it('indexes an outlet by its listed products and every product of its listed producers', () => {
    assert.deepEqual(
      idsOf(smallIndex, positions(smallIndex.byOutlet.get('galeri-dekranasda')!)).sort(),
      ['amplang', 'tas-rotan', 'tikar-lampit'],
    );
  });
});

describe('query parts: filters and facets', () => {
  it('leaves out one counted filter on request, never the fixed ones', () => {
    const state: FilterState = {
      region: ['62.71'],
      category: ['kuliner'],
      producer: 'amplang-bu-sri',
    };
    const filters = activeFilters(smallIndex, state, noSearch);
    assert.deepEqual(
      filters.counted.map(([name]) => name),
      ['region', 'category'],
    );
    assert.equal(filters.fixed.length, 1);
    assert.deepEqual(idsOf(smallIndex, positions(matching(smallIndex.all, filters))), [
      'amplang',
      'kerupuk-basah',
    ]);
    // Without the category filter the producer still limits the rows.
    assert.equal(countBits(matching(smallIndex.all, filters, 'category')), 2);
    // Without the region filter, the category and producer still apply.
    assert.equal(countBits(matching(smallIndex.all, filters, 'region')), 2);
  });

  it('counts every facet value as a walk over the matching rows would, broad or narrow', () => {
    // No filter takes the per-value AND-and-count path, a narrow one walks the matches: both must agree
    // with counting row by row.
    const region = [...bigIndex.valueSets.region.keys()].find((code) => code.length === 5)!;
    for (const state of [
      {},
      { region: [region] },
      { category: ['kuliner'], bulk: true },
    ] as FilterState[]) {
      const filters = activeFilters(bigIndex, state, noSearch);
      const matched = matching(bigIndex.all, filters);
      const facets = computeFacets(bigIndex, filters, matched);
      for (const facet of VALUE_FACETS) {
        const base = filters.counted.some(([name]) => name === facet)
          ? matching(bigIndex.all, filters, facet)
          : matched;
        const expected: Record<string, number> = {};
        forEachBit(base, (i) => {
          for (const value of valuesOf(bigIndex, facet, i))
            expected[value] = (expected[value] ?? 0) + 1;
        });
        assert.deepEqual({ ...facets[facet] }, expected, `${facet} under ${JSON.stringify(state)}`);
      }
    }
  });
});

describe('query parts: sort orders', () => {
  const orders = createSortOrders(smallIndex, 'id', small);

  it('puts flagship products first by default and unpriced products last by price', () => {
    assert.deepEqual(idsOf(smallIndex, orders.sorted(undefined, smallIndex.all)).slice(0, 3), [
      'amplang',
      'kain-batik',
      'tas-rotan',
    ]);
    assert.equal(
      idsOf(smallIndex, orders.sorted('price-asc', smallIndex.all)).at(-1),
      'selendang-sasirangan',
    );
  });

  it('treats an unknown order as relevance, and ranks by scores when given', () => {
    const relevance = orders.sorted('relevance', smallIndex.all);
    assert.deepEqual(orders.sorted('toString' as never, smallIndex.all), relevance);
    const scores = new Float32Array(smallIndex.size);
    scores[smallIndex.rowOf('kue-bingka')!] = 5;
    assert.equal(
      idsOf(smallIndex, orders.sorted(undefined, smallIndex.all, scores))[0],
      'kue-bingka',
    );
  });
});

describe('query parts: default order of many or few matches', () => {
  const orders = createSortOrders(bigIndex, 'id', big);
  const regions = [...bigIndex.valueSets.region].sort((a, b) => countBits(b[1]) - countBits(a[1]));
  const byRank = (bits: Bitset) =>
    positions(bits).sort((a, b) => orders.defaultRank[a]! - orders.defaultRank[b]!);

  it('lists a large set (walked in the default order) and a small one (sorted) the same way', () => {
    const large = regions[0]![1];
    const few = regions.find(
      ([, bits]) => countBits(bits) > 1 && countBits(bits) * 16 < bigIndex.size,
    )!;
    assert.ok(countBits(large) * 16 >= bigIndex.size, 'a set that takes the walk');
    assert.ok(few, 'a set that takes the sort');
    for (const bits of [large, few[1], bigIndex.all]) {
      const list = orders.sorted(undefined, bits);
      assert.deepEqual(list, byRank(bits));
      assert.ok(
        list.every(
          (row, i) => i === 0 || orders.defaultRank[list[i - 1]!]! < orders.defaultRank[row]!,
        ),
      );
    }
  });
});

describe('query parts: text index', () => {
  const label = createCategoryLabel(big);

  it('scores a whole-word name match above a prefix match', () => {
    const index = createTextIndexBuilder(smallIndex, createCategoryLabel(small)).finish();
    const amplang = smallIndex.rowOf('amplang')!;
    assert.equal(index.search('amplang')!.scores[amplang], WEIGHT.name);
    assert.equal(index.search('ampl')!.scores[amplang], WEIGHT.name * PREFIX_FACTOR);
    assert.equal(index.search('  '), undefined);
  });

  it('built in slices, finds exactly what a build in one go finds', () => {
    const whole = createTextIndexBuilder(bigIndex, label).finish();
    const sliced = createTextIndexBuilder(bigIndex, label);
    // A deadline in the past stops after the first batch of rows.
    assert.equal(sliced.step(0), false);
    let steps = 1;
    while (!sliced.step(0)) steps++;
    assert.ok(steps >= 3, `took ${steps} steps`);
    const index = sliced.finish();
    for (const q of ['kopi', 'rotan anyam', 'ke', 'batik tulis']) {
      const a = whole.search(q)!;
      const b = index.search(q)!;
      assert.deepEqual(positions(b.bits), positions(a.bits), q);
      assert.deepEqual([...b.scores], [...a.scores], q);
    }
  });
});

describe('query parts: suggestions', () => {
  const label = createCategoryLabel(small);
  const text = createTextIndexBuilder(smallIndex, label).finish();
  const orders = createSortOrders(smallIndex, 'id', small);
  const suggester = createSuggester(smallIndex, small.producers, orders.defaultRank, label);

  it('lists products, producers and categories for the words typed, within the limit', () => {
    const found = suggester.suggest(text.search('rot'), 'rot', 1);
    assert.deepEqual(
      found.products.map((h) => h.product.id),
      ['tas-rotan'],
    );
    assert.deepEqual(
      found.producers.map((p) => p.id),
      ['rotan-jaya'],
    );
    assert.deepEqual(found.categories, [{ id: 'kriya', label: 'Kriya', count: 2 }]);
  });

  it('suggests nothing when nothing was typed', () => {
    assert.deepEqual(suggester.suggest(undefined, '', 5), {
      products: [],
      producers: [],
      categories: [],
      places: [],
    });
  });
});
