import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { generateFeed, generateFeedJson } from '../fixtures/generate-feed.js';
import { parseFeed } from '../../src/model/parse.js';
import { BUILTIN_CATEGORIES } from '../../src/model/vocabulary.js';
import { getBuiltinRegion } from '../../src/model/regions/index.js';

describe('generateFeed', () => {
  it('returns identical JSON for the same options', () => {
    const options = { products: 500, seed: 42 };
    assert.equal(generateFeedJson(options), generateFeedJson(options));
    assert.equal(
      generateFeedJson({ ...options, regions: 'national' }),
      generateFeedJson({ ...options, regions: 'national' }),
    );
  });

  it('gives different feeds for different seeds', () => {
    assert.notEqual(
      generateFeedJson({ products: 100, seed: 1 }),
      generateFeedJson({ products: 100, seed: 2 }),
    );
  });

  for (const [products, seed, regions] of [
    [0, 1, 'kalimantan'],
    [1, 2, 'kalimantan'],
    [7, 3, 'national'],
    [250, 4, 'kalimantan'],
    [2000, 5, 'national'],
  ] as const) {
    it(`is valid with ${products} products (seed ${seed}, ${regions})`, () => {
      const input = generateFeed({ products, seed, regions });
      const { feed, issues } = parseFeed(input, { now: new Date('2026-11-24') });
      assert.deepEqual(
        issues.filter((issue) => issue.severity === 'error'),
        [],
      );
      assert.deepEqual(issues, [], 'no warnings either');
      assert.equal(feed?.products.length, products);
    });
  }

  it('honours the producer and outlet counts', () => {
    const input = generateFeed({ products: 300, producers: 40, outlets: 9, seed: 1 });
    assert.equal(input.producers.length, 40);
    assert.equal(input.outlets?.length, 9);
    assert.equal(
      new Set(input.products.map((p) => p.producerId)).size,
      40,
      'every producer has products',
    );
  });

  it('has the variety a real feed has', () => {
    const input = generateFeed({ products: 1000, seed: 9 });
    const categories = new Set(input.products.map((p) => p.category));
    for (const category of Object.keys(BUILTIN_CATEGORIES))
      assert.ok(categories.has(category), category);
    const availabilities = new Set(input.products.map((p) => p.availability));
    assert.deepEqual([...availabilities].sort(), [
      'in_stock',
      'made_to_order',
      'out_of_stock',
      'seasonal',
    ]);
    assert.ok(
      input.products.some(
        (p) => p.availability === 'made_to_order' && (p.orders?.leadTimeDays ?? 0) > 0,
      ),
    );
    assert.ok(input.products.some((p) => p.flagship));
    assert.ok(
      input.products.some(
        (p) => p.price?.max !== undefined && p.price.min !== undefined && p.price.max > p.price.min,
      ),
    );
    const types = new Set(
      input.products.flatMap((p) => p.certifications?.map((c) => c.type) ?? []),
    );
    for (const type of ['halal', 'pirt', 'bpom']) assert.ok(types.has(type as never), type);
    assert.ok(input.producers.some((p) => p.orders?.bulk));
    assert.ok(input.outlets?.some((o) => o.kind === 'expo' && o.startDate && o.endDate));
  });

  it('spreads producers over real regions: Kalimantan by default, every province in national mode', () => {
    const provinceOf = (feed: ReturnType<typeof generateFeed>) =>
      new Set(feed.producers.map((p) => p.regionCode.slice(0, 2)));
    assert.deepEqual([...provinceOf(generateFeed({ products: 100, seed: 1 }))].sort(), [
      '61',
      '62',
      '63',
      '64',
      '65',
    ]);
    const national = generateFeed({ products: 200, seed: 1, regions: 'national' });
    assert.equal(provinceOf(national).size, 38);
    for (const producer of national.producers) {
      assert.ok(getBuiltinRegion(producer.regionCode.slice(0, 5)), producer.regionCode);
    }
  });

  it('points every image at an illustration shipped in demo/data/img', () => {
    const input = generateFeed({ products: 2000, seed: 3 });
    const sources = new Set(
      [...input.products, ...input.producers].flatMap((record) =>
        (record.images ?? []).map((image) => image.src),
      ),
    );
    assert.ok(sources.size > 10);
    for (const src of sources)
      assert.ok(existsSync(new URL(src, new URL('../../demo/data/', import.meta.url))), src);
  });
});
