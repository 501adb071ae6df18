import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createQueryEngine } from '../../src/feed/query.js';
import { editDistanceWithin } from '../../src/feed/query/typo.js';
import { parseFeed } from '../../src/model/parse.js';
import type { Feed, FeedInput } from '../../src/model/types.js';

const raw = JSON.parse(
  readFileSync(new URL('../../demo/data/produk-unggulan.json', import.meta.url), 'utf8'),
) as FeedInput;
const feed = parseFeed(raw, { now: new Date(raw.updatedAt) }).feed as Feed;
const engine = createQueryEngine(feed);
const search = (q: string) => engine.query({ q }, { pageSize: 100, facets: false });
const ids = (q: string) => search(q).hits.map((hit) => hit.product.id);
const producerRegion = new Map(feed.producers.map((p) => [p.id, p.regionCode]));
const inRegion = (prefix: string) =>
  feed.products
    .filter((p) => {
      const code = p.regionCode ?? producerRegion.get(p.producerId)!;
      return code === prefix || code.startsWith(prefix + '.');
    })
    .map((p) => p.id)
    .sort();
const AMPLANG = [
  'amplang-ikan-pipih',
  'amplang-tenggiri-bontang',
  'amplang-udang-pedas',
  'paket-hantaran-amplang',
];

describe('search: typos, places and certifications (sample feed)', () => {
  it('finds "ampalng" (two letters swapped) as "amplang", and says what it meant', () => {
    assert.deepEqual(ids('ampalng').sort(), AMPLANG);
    assert.equal(search('ampalng').didYouMean, 'amplang');
    assert.equal(engine.suggest('ampalng').didYouMean, 'amplang');
    assert.equal(search('amplang').didYouMean, undefined);
  });

  it('corrects only the misspelt word of several', () => {
    assert.deepEqual(ids('kripik kelakai'), ['keripik-kelakai']);
    assert.equal(search('kripik kelakai').didYouMean, 'keripik kelakai');
  });

  it('ranks typo matches after exact ones', () => {
    // "nastar" names one product; "naster" (one edit away) another, which comes after it.
    const found = ids('nastar');
    assert.equal(found[0], 'nastar-balikpapan');
    assert.ok(found.includes('nanas-naster-500'));
    assert.equal(search('nastar').didYouMean, undefined);
  });

  it('tolerates no typo under five letters, one up to nine, two from ten', () => {
    assert.deepEqual(ids('kopu'), []);
    assert.deepEqual(ids('klampangn'), []); // 9 letters, two edits from "kalampangan"
    assert.ok(ids('klampanggan').includes('nanas-kalampangan')); // 11 letters, two edits
  });

  it('finds products by the name of their region at every level, however it is written', () => {
    const city = inRegion('62.71');
    assert.equal(city.length, 19);
    for (const q of ['Palangka Raya', 'palangkaraya', 'Kota Palangkaraya', 'PALANGKA-RAYA'])
      assert.deepEqual(ids(q).sort(), city, q);
    assert.deepEqual(ids('kalimantan tengah').sort(), inRegion('62'));
    assert.deepEqual(ids('kaltim').sort(), inRegion('64'));
    assert.deepEqual(ids('samrinda').sort(), inRegion('64.72'));
    assert.deepEqual(ids('kopi samarinda').sort(), ['kopi-liberika-sangrai', 'kopi-robusta-bubuk']);
  });

  it('finds products by certification, including the producer’s', () => {
    const halal = ids('halal');
    assert.equal(halal.length, 25);
    assert.deepEqual(ids('P-IRT').sort(), ids('pirt').sort());
    assert.ok(ids('pirt').length > 0);
    assert.deepEqual(ids('kue halal').sort(), halal.filter((id) => ids('kue').includes(id)).sort());
  });

  it('offers the place a query names, with the words left over', () => {
    assert.deepEqual(engine.suggest('kopi samarinda').places, [
      { code: '64.72', name: 'Kota Samarinda', count: 13, rest: 'kopi' },
    ]);
    assert.deepEqual(
      engine.suggest('Palangka Raya').places.map((p) => [p.code, p.rest]),
      [['62.71', '']],
    );
    assert.deepEqual(engine.suggest('rotan').places, []);
  });
});

describe('editDistanceWithin', () => {
  it('counts insertions, deletions, substitutions and neighbour swaps as one edit', () => {
    assert.equal(editDistanceWithin('amplang', 'amplang', 1), 0);
    assert.equal(editDistanceWithin('ampalng', 'amplang', 1), 1);
    assert.equal(editDistanceWithin('kripik', 'keripik', 1), 1);
    assert.equal(editDistanceWithin('keripik', 'kripik', 1), 1);
    assert.equal(editDistanceWithin('sutera', 'sutra', 1), 1);
    assert.equal(editDistanceWithin('batik', 'batak', 1), 1);
  });

  it('stops past the limit', () => {
    assert.equal(editDistanceWithin('amplang', 'kerupuk', 1), 2);
    assert.equal(editDistanceWithin('klampanggan', 'kalampangan', 2), 2);
    assert.equal(editDistanceWithin('abc', 'abcdef', 2), 3);
  });
});
