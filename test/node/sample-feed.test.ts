import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { parseFeed } from '../../src/model/parse.js';
import { registerDistricts } from '../../src/model/regions/index.js';
import { DISTRICTS } from '../../src/model/regions/data-districts.js';
import type { Feed, FeedInput } from '../../src/model/types.js';
import { buildSampleFeed } from '../../scripts/build-sample-feed.js';

const dataDir = new URL('../../demo/data/', import.meta.url);
const raw = JSON.parse(readFileSync(new URL('produk-unggulan.json', dataDir), 'utf8')) as FeedInput;
// District names loaded, so district codes are checked exactly rather than by their regency.
registerDistricts(DISTRICTS);
// "Today" is the feed's own date, so certificate expiry cannot make this test flaky.
const { feed: parsed, issues } = parseFeed(raw, { now: new Date(raw.updatedAt) });
const feed = parsed as Feed;

const inRegion = (code: string, prefix: string) => code === prefix || code.startsWith(prefix + '.');
const texts = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as Record<string, string>) : {};

describe('sample feed demo/data/produk-unggulan.json', () => {
  it('validates with no errors and no warnings', () => {
    assert.deepEqual(issues, []);
    assert.ok(feed);
  });

  it('is what scripts/build-sample-feed.ts produces', () => {
    assert.deepEqual(raw, JSON.parse(JSON.stringify(buildSampleFeed())));
  });

  it('has at least 44 products, 22 producers and 5 outlets', () => {
    assert.ok(feed.products.length >= 44, `${feed.products.length} products`);
    assert.ok(feed.producers.length >= 22, `${feed.producers.length} producers`);
    assert.ok(feed.outlets.length >= 5, `${feed.outlets.length} outlets`);
    for (const producer of feed.producers) {
      assert.ok(
        feed.products.some((p) => p.producerId === producer.id),
        `${producer.id} has products`,
      );
    }
  });

  it('covers the Kalimantan regions of the seed facts', () => {
    const codes = feed.producers.map((p) => p.regionCode);
    for (const region of ['62.71.02', '62.71.05', '64.72', '64.74', '64.71', '63.71', '63.72']) {
      assert.ok(
        codes.some((code) => inRegion(code, region)),
        `a producer in ${region}`,
      );
    }
    for (const producer of feed.producers) {
      assert.ok(['62', '63', '64'].includes(producer.regionCode.slice(0, 2)), producer.regionCode);
      assert.ok(producer.location, `${producer.id} has a location`);
    }
  });

  it('lists the Samarinda souvenir gallery, a Dekranasda gallery and an expo with dates', () => {
    const souvenir = feed.outlets.find(
      (o) => o.kind === 'souvenir_shop' && inRegion(o.regionCode, '64.72'),
    );
    assert.match(souvenir?.address ?? '', /Basuki Rahmat/);
    assert.ok(
      feed.outlets.some((o) => o.kind === 'gallery' && /Dekranasda/.test(texts(o.name).id ?? '')),
    );
    const expo = feed.outlets.find((o) => o.kind === 'expo' && o.startDate && o.endDate);
    assert.ok(expo && expo.startDate! <= expo.endDate!);
  });

  it('certifies foods: halal on every food, P-IRT on shelf-stable ones', () => {
    const foods = feed.products.filter((p) => p.category === 'kuliner');
    assert.ok(foods.length >= 10);
    for (const food of foods) {
      assert.ok(
        food.certifications?.some((c) => c.type === 'halal'),
        `${food.id} halal`,
      );
    }
    const withPirt = foods.filter((p) => p.certifications?.some((c) => c.type === 'pirt'));
    assert.ok(
      withPirt.length >= foods.length / 2,
      `${withPirt.length} of ${foods.length} foods with P-IRT`,
    );
  });

  it('has plausible rupiah prices, bulk event ordering and made-to-order lead times', () => {
    for (const product of feed.products) {
      assert.ok(product.price, `${product.id} has a price`);
      assert.equal(product.price.currency, 'IDR');
      assert.ok(
        product.price.min! >= 1000 && product.price.min! <= 5_000_000,
        `${product.id} price`,
      );
    }
    assert.ok(feed.producers.filter((p) => p.orders?.bulk && p.orders.notes).length >= 5);
    for (const product of feed.products.filter((p) => p.availability === 'made_to_order')) {
      const leadTime =
        product.orders?.leadTimeDays ??
        feed.producers.find((p) => p.id === product.producerId)?.orders?.leadTimeDays;
      assert.ok(leadTime !== undefined && leadTime > 0, `${product.id} lead time`);
    }
  });

  it('has Indonesian and English texts', () => {
    for (const product of feed.products) {
      for (const field of [product.name, product.description]) {
        assert.ok(texts(field).id && texts(field).en, `${product.id}: ${JSON.stringify(field)}`);
      }
    }
  });

  it('uses only fictitious contacts and sample shop links', () => {
    const contacts = [
      ...feed.producers.map((p) => p.contact),
      ...feed.outlets.flatMap((o) => (o.contact ? [o.contact] : [])),
    ];
    for (const contact of contacts) {
      if (contact.whatsapp) assert.match(contact.whatsapp, /^6281200000\d{3}$/);
      if (contact.email) assert.match(contact.email, /@example\.org$/);
    }
    const links = feed.producers.flatMap((p) => [...(p.marketplaces ?? []), ...(p.social ?? [])]);
    assert.ok(links.length > 10);
    for (const { url } of links) assert.match(url, /^https:\/\/[a-z.]+\.(com|co\.id|id)\/.*contoh/);
  });

  it('references only shipped images whose size matches their file', () => {
    const images = [...feed.products, ...feed.producers].flatMap((record) => record.images ?? []);
    assert.ok(images.length >= feed.products.length);
    for (const image of images) {
      const file = new URL(image.src, dataDir);
      const svg = readFileSync(file, 'utf8');
      const [, width, height] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg) ?? [];
      assert.equal(image.width, Number(width), image.src);
      assert.equal(image.height, Number(height), image.src);
      assert.ok(statSync(file).size <= 3072, `${image.src} is at most 3 KB`);
      assert.doesNotMatch(
        svg,
        /href|<script|@import|url\((?!#)/i,
        `${image.src} is self-contained`,
      );
      assert.ok(texts(image.alt).id && texts(image.alt).en, `${image.src} alt in both languages`);
    }
  });
});
