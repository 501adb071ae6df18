import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRegionIndex, loadRegionIndex } from '../../src/feed/region-index.js';
import { smallFeed } from '../feed/fixtures/small-feed.js';
import { createQueryEngine } from '../../src/feed/query.js';
import { parseFeed } from '../../src/model/parse.js';
import { generateFeed } from '../fixtures/generate-feed.js';

describe('region index', () => {
  it('builds the tree from codes with counts rolled up', () => {
    const index = createRegionIndex(smallFeed());
    assert.deepEqual(
      index.roots.map((r) => [r.code, r.name, r.productCount]),
      [
        ['63', 'Kalimantan Selatan', 2],
        ['62', 'Kalimantan Tengah', 6],
      ],
    );
    const palangkaraya = index.get('62.71')!;
    assert.equal(palangkaraya.level, 'city');
    assert.equal(palangkaraya.productCount, 4);
    assert.deepEqual(palangkaraya.children.map((c) => [c.code, c.productCount]).sort(), [
      ['62.71.01', 2],
      ['62.71.02', 2],
    ]);
    assert.equal(index.get('62.01')?.level, 'regency');
    assert.deepEqual(
      index.path('62.71.02').map((n) => n.code),
      ['62', '62.71', '62.71.02'],
    );
  });

  it('finds regions by name, tolerant of spacing, case and the Kota/Kabupaten prefix', () => {
    const index = createRegionIndex(smallFeed());
    for (const name of [
      'Palangka Raya',
      'palangkaraya',
      'KOTA PALANGKARAYA',
      ' Kota  Palangka-Raya ',
    ]) {
      assert.equal(index.findByName(name)[0]?.code, '62.71', name);
    }
    assert.equal(index.findByName('kotawaringin barat')[0]?.code, '62.01');
    assert.deepEqual(
      index
        .findByName('kalimantan')
        .map((n) => n.code)
        .sort(),
      ['62', '63'],
    );
    assert.deepEqual(index.findByName('jakarta'), []);
  });

  it('names districts once the district table is loaded, and prefers names declared in the feed', async () => {
    const feed = smallFeed();
    const index = await loadRegionIndex({
      ...feed,
      regions: [{ code: '62.71.02', name: 'Kecamatan Contoh' }],
    });
    assert.notEqual(index.get('62.71.01')!.name, '62.71.01');
    assert.equal(index.get('62.71.01')!.level, 'district');
    assert.equal(index.nameOf('62.71.02'), 'Kecamatan Contoh');
    assert.equal(index.nameOf('35.78'), 'Kota Surabaya');
    assert.equal(index.findByName('contoh')[0]?.code, '62.71.02');
  });

  it('is the same tree from the query engine’s unfiltered region counts (the showcase builds it so)', () => {
    const tree = (index: ReturnType<typeof createRegionIndex>) =>
      index.nodes().map((n) => [n.code, n.name, n.level, n.parent, n.productCount]);
    for (const feed of [smallFeed(), parseFeed(generateFeed({ products: 500, seed: 11 })).feed!]) {
      const counts = createQueryEngine(feed).facets({}).region;
      assert.deepEqual(tree(createRegionIndex(feed, counts)), tree(createRegionIndex(feed)));
    }
  });
});
