import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../src/model/parse.js';
import type { Producer, Product } from '../../src/model/types.js';
import { createRecordPacker, createRecordUnpacker } from '../../src/feed/worker-records.js';
import { generateFeed } from '../fixtures/generate-feed.js';

const { feed } = parseFeed(generateFeed({ products: 600, seed: 3 }));
assert.ok(feed);

/** The worker's slices (JSON text and table entries) read back as the page reads them. */
function sendAndRead(producers: Producer[], products: Product[], slice = 50) {
  const packer = createRecordPacker();
  const messages: { list: 'producers' | 'products'; json: string; shared: unknown[] }[] = [];
  for (let i = 0; i < producers.length; i += slice) {
    const json = JSON.stringify(producers.slice(i, i + slice).map(packer.producer));
    messages.push({ list: 'producers', json, shared: packer.take() });
  }
  for (let i = 0; i < products.length; i += slice) {
    const json = JSON.stringify(products.slice(i, i + slice).map(packer.product));
    messages.push({ list: 'products', json, shared: packer.take() });
  }
  const unpacker = createRecordUnpacker();
  const read = { producers: [] as Producer[], products: [] as Product[] };
  for (const message of structuredClone(messages)) {
    const records = JSON.parse(message.json) as (Producer & Product)[];
    unpacker.add(message.shared as never);
    for (const record of records)
      if (message.list === 'producers') unpacker.producer(record);
      else unpacker.product(record);
    read[message.list].push(...records);
  }
  return { read, bytes: messages.reduce((sum, m) => sum + m.json.length, 0) };
}

describe('feed worker records: repeated values sent once', () => {
  it('gives the page the same records as plain JSON would', () => {
    const { read } = sendAndRead(feed.producers, feed.products);
    assert.deepEqual(read.producers, JSON.parse(JSON.stringify(feed.producers)));
    assert.deepEqual(read.products, JSON.parse(JSON.stringify(feed.products)));
  });

  it('shares one copy of a repeated value between records (a picture’s alt text and its name too)', () => {
    const { read } = sendAndRead(feed.producers, feed.products);
    const withAltAsName = read.products.find((p) =>
      p.images.some((image) => JSON.stringify(image.alt) === JSON.stringify(p.name)),
    );
    assert.ok(withAltAsName, 'the generated feed has a picture whose alt text is the name');
    assert.ok(withAltAsName.images.some((image) => image.alt === withAltAsName.name));
    // Two products with the same unit hold the same object (or string), not two copies.
    const byUnit = new Map<string, unknown>();
    let shared = 0;
    for (const product of read.products) {
      const unit = product.price?.unit;
      if (unit === undefined || typeof unit === 'string') continue;
      const key = JSON.stringify(unit);
      if (byUnit.has(key)) {
        assert.equal(byUnit.get(key), unit);
        shared++;
      } else byUnit.set(key, unit);
    }
    assert.ok(shared > 0, 'some units repeat');
  });

  it('keeps values that look like table numbers or JSON apart', () => {
    const product = feed.products[0]!;
    const odd: Product = {
      ...product,
      name: '0',
      tags: ['1', '__proto__', '{"id":"x"}'],
      materials: [{ id: '0', en: '1' }, '{"id":"0","en":"1"}'],
      images: [{ src: 'img/1.svg', alt: { id: '0', en: '1' } }],
    };
    const { read } = sendAndRead([], [odd, { ...odd, id: 'b' }]);
    assert.deepEqual(read.products[0], JSON.parse(JSON.stringify(odd)));
    assert.deepEqual(read.products[1], { ...JSON.parse(JSON.stringify(odd)), id: 'b' });
  });

  it('sends less text than plain JSON', () => {
    const plain = JSON.stringify(feed.products).length + JSON.stringify(feed.producers).length;
    const { bytes } = sendAndRead(feed.producers, feed.products);
    assert.ok(bytes < plain * 0.9, `${bytes} of ${plain} bytes`);
  });
});
