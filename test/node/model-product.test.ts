/** What a product inherits from its producer, and how certificate types are read. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { productJsonLd } from '../../src/format/json-ld.js';
import { formatPrice } from '../../src/format/money.js';
import { certificationKind, leadTimeDays, regionCodeOf } from '../../src/model/product.js';
import { CERTIFICATION_TYPES } from '../../src/model/vocabulary.js';
import type { Producer, Product } from '../../src/model/types.js';

const producer = {
  id: 'rotan-katingan',
  name: 'Rotan Katingan',
  regionCode: '62.06',
  contact: {},
  orders: { leadTimeDays: 14 },
} as Producer;
const product = {
  id: 'tas-rotan',
  producerId: 'rotan-katingan',
  name: 'Tas rotan',
  category: 'kriya',
  images: [],
} as unknown as Product;

describe('product rules', () => {
  it("a product without its own lead time or region takes its producer's", () => {
    assert.equal(leadTimeDays(product, producer), 14);
    assert.equal(regionCodeOf(product, producer), '62.06');
    assert.equal(leadTimeDays(product), undefined);
  });

  it("a product's own lead time and region win over its producer's", () => {
    const own = { ...product, regionCode: '62.06.01', orders: { leadTimeDays: 3 } } as Product;
    assert.equal(leadTimeDays(own, producer), 3);
    assert.equal(regionCodeOf(own, producer), '62.06.01');
  });

  it('reads every certificate type of the vocabulary, and anything else as other', () => {
    for (const type of CERTIFICATION_TYPES) assert.equal(certificationKind(type), type);
    assert.equal(certificationKind('iso9001'), 'other');
    assert.equal(certificationKind('HALAL'), 'other');
  });

  it('a price built by hand without a currency is shown and published as rupiah', () => {
    const priced: Product = { ...product, price: { min: 350000, max: 350000 } };
    assert.match(formatPrice(priced.price, 'id'), /Rp\s?350\.000/);
    const data = JSON.stringify(productJsonLd({ product: priced, producer }, { lang: 'id' }));
    assert.match(data, /"priceCurrency":"IDR"/);
  });
});
