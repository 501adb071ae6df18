import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatCount, formatMoney, formatPrice } from '../../src/format/money.js';

// What the formatters wrote when every call went through Intl.NumberFormat (the shortcut for whole
// rupiah and counts must write exactly the same).
const intlRupiah = new Intl.NumberFormat('id-ID', {
  style: 'currency',
  currency: 'IDR',
  currencyDisplay: 'symbol',
  maximumFractionDigits: 0,
});
const intlCount = {
  id: new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }),
};

test('prices and counts read as Intl writes them, rounding included', () => {
  const values = [0, 1, 9, 10, 999, 1000, 1249.5, 12_500, 99_999.49, 350_000, 1_000_000, 2 ** 40];
  let seed = 7;
  for (let i = 0; i < 300; i++) {
    seed = (seed * 48271) % 2147483647;
    values.push((seed % 10 ** (1 + (i % 12))) + (i % 3) * 0.25);
  }
  for (const value of values) {
    assert.equal(formatMoney(value), intlRupiah.format(value).replace(/^Rp\s+/, 'Rp'), `${value}`);
    assert.equal(formatCount(value, 'id'), intlCount.id.format(value), `${value}`);
    assert.equal(formatCount(value, 'en'), intlCount.en.format(value), `${value}`);
  }
  assert.equal(formatMoney(350_000), 'Rp350.000');
  assert.equal(formatCount(1250, 'id'), '1.250');
  assert.equal(formatCount(1250, 'en'), '1,250');
  assert.equal(
    formatPrice({ min: 50_000, max: 75_000, unit: 'toples' }, 'id'),
    'Rp50.000–Rp75.000 / toples',
  );
});

test('other currencies, negative and huge amounts still go through Intl', () => {
  assert.equal(formatMoney(-1500), intlRupiah.format(-1500).replace(/^Rp\s+/, 'Rp'));
  assert.equal(formatMoney(1e21), intlRupiah.format(1e21).replace(/^Rp\s+/, 'Rp'));
  assert.match(formatMoney(12.5, 'USD'), /12,50/);
  assert.equal(formatCount(-3, 'en'), '-3');
});
