import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createQueryEngine, mergeFeeds } from '../../src/feed/index.js';
import type { Feed } from '../../src/model/types.js';

// Ids, categories and tags are feed text: named like `Object.prototype`'s members they must be
// ordinary values, never an inherited method (issue 14: an undeclared category `toString` threw).
const NAMES = ['toString', 'hasOwnProperty', 'constructor', 'valueOf', '__proto__'];

const feed = {
  version: 1,
  publisher: { name: 'Uji', regionCode: '62' },
  updatedAt: '2026-11-20',
  categories: [],
  regions: [],
  outlets: [],
  producers: [{ id: 'constructor', name: 'Produsen', regionCode: '62.71', contact: {} }],
  products: NAMES.map((name) => ({
    id: name,
    producerId: 'constructor',
    name: `Produk ${name}`,
    category: name,
    tags: [name],
    images: [],
  })),
} as unknown as Feed;

describe('ids named like Object.prototype members', () => {
  const engine = createQueryEngine(feed);

  it('label, count and find each such category, tag and product', () => {
    for (const name of NAMES) {
      assert.equal(engine.categoryLabel(name), name);
      assert.equal(engine.get(name)?.product.id, name);
    }
    const { facets, total } = engine.query({}, { pageSize: 10 });
    assert.equal(total, NAMES.length);
    for (const name of NAMES) {
      assert.ok(Object.hasOwn(facets.category, name), name);
      assert.equal(facets.category[name], 1, name);
      assert.equal(facets.tags[name.toLowerCase()], 1, name);
    }
    // Under another filter too; and a name that is not in the feed is not counted.
    assert.equal(engine.query({ category: ['kriya'] }).facets.category['toString'], 1);
    assert.equal(engine.query({ tags: ['x'] }).facets.tags['isPrototypeOf'], undefined);
  });

  it('search and suggestions take them as words', () => {
    for (const name of NAMES) {
      assert.ok(engine.query({ q: name }).total >= 1, name);
      assert.doesNotThrow(() => engine.suggest(name, 6));
    }
  });

  it('merge provenance knows only merged ids', () => {
    const { provenance } = mergeFeeds([{ url: 'https://a.example/feed.json', feed }]);
    assert.equal(provenance.products['toString'], 'https://a.example/feed.json');
    assert.equal(provenance.outlets['toString'], undefined);
    assert.equal(provenance.categories['hasOwnProperty'], undefined);
  });
});
