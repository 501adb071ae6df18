/** The English product sheet a trading house forwards: what it says, and that feed text stays text. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { productSheetHtml } from '../../src/format/product-sheet.js';
import type { Producer, Product } from '../../src/model/types.js';

const producer: Producer = {
  id: 'nanas',
  name: 'KUB Nanas Tamban',
  regionCode: '63.04',
  contact: { whatsapp: '6281200000777', email: 'nanas@example.id' },
  group: { members: 24 },
  nib: '1234567890123',
  orders: { minOrder: 100, leadTimeDays: 10, monthlyCapacity: 6000 },
};
const product: Product = {
  id: 'keripik',
  producerId: 'nanas',
  name: { id: 'Keripik nanas', en: 'Pineapple chips' },
  category: 'kuliner',
  description: { id: 'Renyah.', en: 'Crisp <b>vacuum-fried</b> chips & more.' },
  images: [
    {
      src: 'img/chips.jpg',
      alt: { id: 'Keripik', en: 'Chips in a pouch' },
      width: 800,
      height: 600,
    },
  ],
  price: { min: 25000, currency: 'IDR' },
  exportReady: true,
  export: {
    hsCode: '2008.20',
    shelfLifeDays: 365,
    markets: ['MY', 'JP'],
    monthlyCapacity: 4000,
    certifications: [{ type: 'other', name: 'HACCP', number: 'H-1', validUntil: '2027-01-15' }],
  },
  certifications: [
    { type: 'halal', number: 'ID1', url: 'https://bpjph.halal.go.id/x' },
    { type: 'pirt', number: '"><script>alert(1)</script>' },
  ],
};

describe('product sheet', () => {
  const sheet = productSheetHtml(product, producer, {
    regionName: 'Kabupaten Barito Kuala',
    base: 'https://umkm.example.go.id/data/feed.json',
    url: 'https://umkm.example.go.id/?produk=keripik',
    source: { publisher: 'Dinas Koperasi Kalsel', updatedAt: '2026-11-20' },
    now: new Date('2026-12-01T03:00:00Z'),
  });

  it('is an English document with what a buyer abroad needs', () => {
    assert.match(sheet, /^<!doctype html>\n<html lang="en">/);
    assert.match(sheet, /<h1>Pineapple chips<\/h1>/);
    for (const expected of [
      '<dt>HS code</dt><dd>2008.20</dd>',
      '<dt>Shelf life</dt><dd>365 days</dd>',
      '<dt>Already exported to</dt><dd>Malaysia and Japan</dd>',
      '<dt>Export capacity per month</dt><dd>4,000 units</dd>',
      '<dt>Minimum order</dt><dd>100 units</dd>',
      'KUB Nanas Tamban (a group of 24 makers)',
      'WhatsApp +6281200000777',
      'HACCP: H-1, valid until 15 January 2027',
      '(check at <a href="https://bpjph.halal.go.id/x">',
      'Data from Dinas Koperasi Kalsel, as of 20 November 2026.',
      'Sheet made on 1 December 2026.',
      '<img src="https://umkm.example.go.id/data/img/chips.jpg" alt="Chips in a pouch" width="800" height="600">',
    ]) {
      assert.ok(sheet.includes(expected), expected);
    }
  });

  it('escapes every feed text, so no markup from the feed runs', () => {
    assert.ok(sheet.includes('Crisp &lt;b&gt;vacuum-fried&lt;/b&gt; chips &amp; more.'));
    assert.ok(!sheet.includes('<script>'));
    assert.ok(sheet.includes('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;'));
    const hostile = productSheetHtml(
      { ...product, certifications: [{ type: 'halal', number: '1', url: 'javascript:alert(1)' }] },
      producer,
    );
    assert.ok(!hostile.includes('javascript:'));
  });

  it('can be written in Indonesian too', () => {
    const id = productSheetHtml(product, producer, { lang: 'id' });
    assert.match(id, /<html lang="id">/);
    assert.ok(id.includes('<dt>Sudah diekspor ke</dt><dd>Malaysia dan Jepang</dd>'));
  });
});
