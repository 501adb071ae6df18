import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createWordScanner, normalizeText, stemIndonesian, tokenize } from '../../src/feed/text.js';

describe('normalizeText', () => {
  it('folds case, diacritics and punctuation', () => {
    assert.equal(normalizeText('  Café  «Kopi»,  LIBERIKA! '), 'cafe kopi liberika');
    assert.equal(normalizeText('Tas/Rotan—Anyaman'), 'tas rotan anyaman');
  });

  it('collapses reduplication, formal and informal', () => {
    assert.equal(normalizeText('Kue-kue Basah'), 'kue basah');
    assert.equal(normalizeText('oleh-oleh khas'), 'oleh khas');
    assert.equal(normalizeText('kue2 tradisional'), 'kue tradisional');
    // Different halves are two words, not a reduplication.
    assert.equal(normalizeText('sayur-mayur'), 'sayur mayur');
  });

  it('keeps digits and splits into words', () => {
    assert.deepEqual(tokenize('Madu 250 ml'), ['madu', '250', 'ml']);
    assert.deepEqual(tokenize(' ,;- '), []);
  });
});

describe('stemIndonesian', () => {
  const cases: [string, string][] = [
    ['anyaman', 'anyam'],
    ['dianyam', 'anyam'],
    ['menganyam', 'anyam'],
    ['penganyam', 'anyam'],
    ['tenunan', 'tenun'],
    ['menenun', 'tenun'],
    ['menyulam', 'sulam'],
    ['sulaman', 'sulam'],
    ['bersertifikat', 'sertifikat'],
    ['manisan', 'manis'],
    ['makanan', 'makan'],
    ['olahannya', 'olah'],
    ['diolah', 'olah'],
    ['terbuat', 'buat'],
    ['bukanlah', 'bukan'],
  ];
  for (const [word, stem] of cases) {
    it(`${word} → ${stem}`, () => assert.equal(stemIndonesian(word), stem));
  }

  it('leaves short words and look-alike prefixes alone', () => {
    for (const word of [
      'kopi',
      'sapi',
      'rotan',
      'pempek',
      'beras',
      'batik',
      'tas',
      'madu',
      'dodol',
    ]) {
      assert.equal(stemIndonesian(word), word);
    }
  });
});

describe('createWordScanner', () => {
  it('finds exactly the words of tokenize, for any text', () => {
    const scan = createWordScanner((word) => word);
    const alphabet = fc.constantFrom(...'abc XYZ-2,.é09ñ\tk'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: alphabet, maxLength: 40 })), (text) => {
        const words: string[] = [];
        scan(text, (word) => words.push(word));
        assert.deepEqual(words, tokenize(text));
      }),
      { numRuns: 500 },
    );
  });

  it('makes one value per distinct word', () => {
    let made = 0;
    const scan = createWordScanner((word) => ({ word, n: made++ }));
    const seen: number[] = [];
    for (const text of ['Kopi kopi KOPI', 'kopi liberika', 'Kopi-kopi'])
      scan(text, (v) => seen.push(v.n));
    assert.equal(made, 2);
    assert.deepEqual(seen, [0, 0, 0, 0, 1, 0]);
  });
});
