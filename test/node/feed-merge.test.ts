import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mergeFeeds } from '../../src/feed/merge.js';
import { parseFeed } from '../../src/model/parse.js';
import type { Feed, FeedInput } from '../../src/model/types.js';

const feedOf = (input: Omit<FeedInput, 'version'>): Feed => {
  const { feed } = parseFeed({ version: 1, ...input });
  assert.ok(feed);
  return feed;
};

const province = feedOf({
  publisher: { name: 'Provinsi Kalimantan Tengah', regionCode: '62' },
  updatedAt: '2026-11-01',
  includes: ['kota.json'],
  producers: [
    {
      id: 'rotan-jaya',
      name: 'UD Rotan Jaya',
      regionCode: '62.71',
      nib: '1234567890123',
      contact: {},
      updatedAt: '2026-06-01',
    },
    { id: 'madu-hutan', name: 'Madu Hutan Katingan', regionCode: '62.06', contact: {} },
  ],
  products: [
    {
      id: 'tas-rotan',
      producerId: 'rotan-jaya',
      name: 'Tas Rotan',
      category: 'kriya',
      updatedAt: '2026-06-01',
    },
    { id: 'madu', producerId: 'madu-hutan', name: 'Madu Kelulut', category: 'kuliner' },
  ],
  outlets: [
    {
      id: 'galeri',
      name: 'Galeri',
      kind: 'gallery',
      regionCode: '62.71',
      producerIds: ['rotan-jaya'],
    },
  ],
});

const city = feedOf({
  publisher: { name: 'Kota Palangka Raya', regionCode: '62.71' },
  updatedAt: '2026-10-01',
  languages: ['id', 'en'],
  producers: [
    // Same business (same NIB) under the city's own id, updated more recently.
    {
      id: 'ud-rotan-jaya',
      name: 'UD Rotan Jaya Palangka Raya',
      regionCode: '62.71',
      nib: '1234567890123',
      contact: {},
      updatedAt: '2026-09-01',
    },
  ],
  products: [
    // Newer copy of a province product.
    {
      id: 'tas-rotan',
      producerId: 'ud-rotan-jaya',
      name: 'Tas Rotan Anyaman',
      category: 'kriya',
      updatedAt: '2026-09-01',
    },
    // Same id, identical content in both: not a conflict.
    { id: 'madu', producerId: 'madu-hutan', name: 'Madu Kelulut', category: 'kuliner' },
  ],
});

describe('mergeFeeds', () => {
  const { feed, provenance, conflicts } = mergeFeeds([
    { url: 'https://prov.example/feed.json', feed: province },
    { url: 'https://kota.example/feed.json', feed: city },
  ]);

  it('keeps the newest copy of a product and records where it came from', () => {
    assert.equal(feed.products.length, 2);
    assert.equal(feed.products.find((p) => p.id === 'tas-rotan')?.name, 'Tas Rotan Anyaman');
    assert.equal(provenance.products['tas-rotan'], 'https://kota.example/feed.json');
    assert.equal(provenance.products['madu'], 'https://prov.example/feed.json');
  });

  it('treats producers with the same NIB as one, pointing products and outlets at the kept id', () => {
    assert.deepEqual(feed.producers.map((p) => p.id).sort(), ['madu-hutan', 'ud-rotan-jaya']);
    assert.ok(feed.products.every((p) => feed.producers.some((q) => q.id === p.producerId)));
    assert.deepEqual(feed.outlets[0]?.producerIds, ['ud-rotan-jaya']);
  });

  it('reports each real conflict once, and not identical duplicates', () => {
    assert.deepEqual(
      conflicts.map(({ list, id, reason, kept, dropped }) => [list, id, reason, kept, dropped]),
      [
        [
          'products',
          'tas-rotan',
          'same-id',
          'https://kota.example/feed.json',
          'https://prov.example/feed.json',
        ],
        [
          'producers',
          'ud-rotan-jaya',
          'same-nib',
          'https://kota.example/feed.json',
          'https://prov.example/feed.json',
        ],
      ],
    );
    assert.equal(conflicts[1]?.droppedId, 'rotan-jaya');
  });

  it('keeps the first publisher, the latest date, and drops resolved includes', () => {
    assert.equal(feed.publisher.regionCode, '62');
    assert.equal(feed.updatedAt, '2026-11-01');
    assert.equal(feed.includes, undefined);
    assert.deepEqual(feed.languages, ['id', 'en']);
  });

  it('on equal dates keeps the earlier source', () => {
    const a = feedOf({
      ...province,
      products: [{ id: 'x', producerId: 'madu-hutan', name: 'Satu', category: 'kuliner' }],
    } as never);
    const b = feedOf({
      ...province,
      products: [{ id: 'x', producerId: 'madu-hutan', name: 'Dua', category: 'kuliner' }],
    } as never);
    const merged = mergeFeeds([
      { url: 'a', feed: a },
      { url: 'b', feed: b },
    ]);
    assert.equal(merged.feed.products.find((p) => p.id === 'x')?.name, 'Satu');
    assert.equal(merged.conflicts.filter((c) => c.list === 'products').length, 1);
  });
});
