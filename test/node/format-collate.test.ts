import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareNames } from '../../src/format/collate.js';
import { builtinRegions, loadDistricts } from '../../src/model/regions/index.js';
import feed from '../../demo/data/produk-unggulan.json' with { type: 'json' };

const intl = { id: new Intl.Collator('id'), en: new Intl.Collator('en') };

/** Every string of `value` (a feed's localized names, tags, materials). */
function strings(value: unknown, into: Set<string>): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (value && typeof value === 'object')
    for (const inner of Object.values(value)) strings(inner, into);
  return into;
}

// First: the collators are made once per language and process.
test('plain names are sorted without making a collator (a page’s first one is a long task)', (t) => {
  let made = 0;
  const Collator = Intl.Collator;
  t.mock.method(Intl, 'Collator', function (...args: ConstructorParameters<typeof Collator>) {
    made++;
    return new Collator(...args);
  });
  const regions = builtinRegions().map((region) => region.name);
  regions.sort((a, b) => compareNames(a, b, 'id'));
  assert.equal(made, 0);
  assert.ok(compareNames('Café', 'Cafe', 'id') > 0);
  assert.equal(made, 1);
});

test('names sort exactly as Intl.Collator sorts them, in Indonesian and English', async () => {
  await loadDistricts();
  const names = [
    ...builtinRegions().map((region) => region.name),
    ...strings(feed, new Set()),
    // Case, punctuation and accents: what the shortcut must leave to the collator or get right.
    ...['kota Baru', 'Kota baru', 'KOTA BARU', "Ma'ruf", 'Maruf', 'Ma-ruf', 'Café', 'Cafe', 'cafz'],
    ...[
      'Rotan & Bambu',
      'Rotan, Bambu',
      'Rotan (alami)',
      'Rotan_1',
      'Rotan 1',
      'Rotan-1',
      'Rotan.1',
    ],
    ...['Kab. Tanah Laut', 'Kabupaten Tanah Laut', '10 Ulin', '9 Ulin', 'Ñame', 'zebra', 'Éclair'],
  ];
  for (const lang of ['id', 'en'] as const) {
    const expected = [...names].sort(intl[lang].compare);
    const sorted = [...names].sort((a, b) => compareNames(a, b, lang));
    assert.deepEqual(sorted, expected, lang);
  }
});

test('random printable text compares as Intl.Collator compares it', () => {
  const chars = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
  let seed = 11;
  const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
  const text = () => Array.from({ length: 1 + next(5) }, () => chars[next(chars.length)]).join('');
  for (let i = 0; i < 50_000; i++) {
    const a = text();
    const b = text();
    for (const lang of ['id', 'en'] as const)
      assert.equal(
        Math.sign(compareNames(a, b, lang)),
        Math.sign(intl[lang].compare(a, b)),
        JSON.stringify([a, b, lang]),
      );
  }
});
