/**
 * Malformed feeds, one fault each, with the issue a data steward must see: its code, its path and
 * its severity. Each case starts from the valid fixture feed and breaks one thing.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../src/model/parse.js';
import { TODAY, validFeed, type LooseFeed as Feed } from './model-fixtures.js';

interface Case {
  name: string;
  /** Breaks the feed in place, or returns a replacement input. */
  breaks: (feed: Feed) => unknown;
  code: string;
  path: string;
  severity?: 'error' | 'warning';
}

const cases: Case[] = [
  { name: 'an array instead of a feed', breaks: () => [], code: 'not-an-object', path: '' },
  { name: 'null instead of a feed', breaks: () => null, code: 'not-an-object', path: '' },
  { name: 'a string instead of a feed', breaks: () => 'produk', code: 'not-an-object', path: '' },
  {
    name: 'version 2',
    breaks: (f) => void (f.version = 2),
    code: 'unsupported-version',
    path: 'version',
  },
  {
    name: 'no version',
    breaks: (f) => void delete f.version,
    code: 'unsupported-version',
    path: 'version',
  },
  {
    name: 'no publisher',
    breaks: (f) => void delete f.publisher,
    code: 'missing-field',
    path: 'publisher',
  },
  {
    name: 'a non-ISO updatedAt',
    breaks: (f) => void (f.updatedAt = 'kemarin'),
    code: 'invalid-date',
    path: 'updatedAt',
  },
  {
    name: 'a day-first updatedAt (repaired)',
    breaks: (f) => void (f.updatedAt = '24/11/2026'),
    code: 'repaired-date',
    path: 'updatedAt',
    severity: 'warning',
  },
  {
    name: 'a day that does not exist',
    breaks: (f) => void (f.products[0].updatedAt = '2026-02-30'),
    code: 'invalid-date',
    path: 'products[0].updatedAt',
  },
  {
    name: 'products as an object',
    breaks: (f) => void (f.products = {}),
    code: 'not-a-list',
    path: 'products',
  },
  {
    name: 'no producers',
    breaks: (f) => void delete f.producers,
    code: 'missing-field',
    path: 'producers',
  },
  {
    name: 'includes as a string',
    breaks: (f) => void (f.includes = 'kota.json'),
    code: 'not-a-list',
    path: 'includes',
  },
  {
    name: 'a javascript: include',
    breaks: (f) => void (f.includes = ['javascript:alert(1)']),
    code: 'unsafe-url',
    path: 'includes[0]',
  },
  {
    name: 'a language name instead of a code',
    breaks: (f) => void (f.languages = ['Indonesian']),
    code: 'invalid-language',
    path: 'languages[0]',
  },
  {
    name: 'a product id with a space',
    breaks: (f) => void (f.products[0].id = 'tas rotan'),
    code: 'invalid-id',
    path: 'products[0].id',
  },
  {
    name: 'a duplicate product id',
    breaks: (f) => void (f.products[1].id = 'tas-rotan-01'),
    code: 'duplicate-id',
    path: 'products[1].id',
  },
  {
    name: 'a duplicate region code',
    breaks: (f) => void f.regions.push({ code: '6499', name: 'Lagi' }),
    code: 'duplicate-id',
    path: 'regions[1].code',
  },
  {
    name: 'an unknown producerId',
    breaks: (f) => void (f.products[0].producerId = 'tidak-ada'),
    code: 'unknown-producer',
    path: 'products[0].producerId',
  },
  {
    name: 'a product without a name',
    breaks: (f) => void delete f.products[0].name,
    code: 'missing-field',
    path: 'products[0].name',
  },
  {
    name: 'a blank product name',
    breaks: (f) => void (f.products[1].name = '   '),
    code: 'empty',
    path: 'products[1].name',
  },
  {
    name: 'a number as a name',
    breaks: (f) => void (f.products[1].name = 42),
    code: 'wrong-type',
    path: 'products[1].name',
  },
  {
    name: 'an over-long name',
    breaks: (f) => void (f.products[1].name = 'x'.repeat(201)),
    code: 'too-long',
    path: 'products[1].name',
  },
  {
    name: 'an empty tag',
    breaks: (f) => void (f.products[0].tags = ['']),
    code: 'empty',
    path: 'products[0].tags[0]',
  },
  {
    name: 'flagship as "yes"',
    breaks: (f) => void (f.products[0].flagship = 'yes'),
    code: 'wrong-type',
    path: 'products[0].flagship',
  },
  {
    name: 'a price written as text (repaired)',
    breaks: (f) => void (f.products[1].price.min = 'Rp 25.000'),
    code: 'repaired-number',
    path: 'products[1].price.min',
    severity: 'warning',
  },
  {
    name: 'a price that is no number',
    breaks: (f) => void (f.products[1].price.min = 'hubungi kami'),
    code: 'wrong-type',
    path: 'products[1].price.min',
  },
  {
    name: 'a negative price',
    breaks: (f) => void (f.products[1].price.min = -5),
    code: 'negative-price',
    path: 'products[1].price.min',
  },
  {
    name: 'price min above max',
    breaks: (f) => void (f.products[0].price.min = 900000),
    code: 'price-range',
    path: 'products[0].price.max',
  },
  {
    name: 'a price with neither min nor max',
    breaks: (f) => void (f.products[1].price = { unit: 'toples' }),
    code: 'price-empty',
    path: 'products[1].price',
  },
  {
    name: 'a currency name',
    breaks: (f) => void (f.products[1].price.currency = 'rupiah'),
    code: 'invalid-currency',
    path: 'products[1].price.currency',
  },
  {
    name: 'an unknown availability',
    breaks: (f) => void (f.products[0].availability = 'ready'),
    code: 'invalid-value',
    path: 'products[0].availability',
  },
  {
    name: 'an image without alt',
    breaks: (f) => void delete f.products[0].images[0].alt,
    code: 'missing-alt',
    path: 'products[0].images[0].alt',
  },
  {
    name: 'a javascript: image',
    breaks: (f) => void (f.products[0].images[0].src = 'javascript:alert(1)'),
    code: 'unsafe-url',
    path: 'products[0].images[0].src',
  },
  {
    name: 'a protocol-relative image',
    breaks: (f) => void (f.products[0].images[0].src = '//evil.example/x.png'),
    code: 'unsafe-url',
    path: 'products[0].images[0].src',
  },
  {
    name: 'an image width of 0',
    breaks: (f) => void (f.products[0].images[0].width = 0),
    code: 'too-small',
    path: 'products[0].images[0].width',
  },
  {
    name: 'a fractional image width',
    breaks: (f) => void (f.products[0].images[0].width = 400.5),
    code: 'not-integer',
    path: 'products[0].images[0].width',
  },
  {
    name: 'an image without size',
    breaks: (f) => void delete f.products[1].images[0].height,
    code: 'image-size-missing',
    path: 'products[1].images[0]',
    severity: 'warning',
  },
  {
    name: 'a product without images',
    breaks: (f) => void delete f.products[1].images,
    code: 'no-image',
    path: 'products[1].images',
    severity: 'warning',
  },
  {
    name: 'a short P-IRT number',
    breaks: (f) => void (f.products[1].certifications[0].number = '12345'),
    code: 'invalid-pirt',
    path: 'products[1].certifications[0].number',
  },
  {
    name: 'a BPOM number without 12 digits',
    breaks: (f) => void (f.products[1].certifications[2].number = 'MD 123'),
    code: 'invalid-bpom',
    path: 'products[1].certifications[2].number',
  },
  {
    name: 'a BPOM number with the wrong prefix',
    breaks: (f) => void (f.products[1].certifications[2].number = 'PIRT 123456789012'),
    code: 'invalid-bpom',
    path: 'products[1].certifications[2].number',
  },
  {
    name: 'an unknown certification type',
    breaks: (f) => void (f.products[1].certifications[1].type = 'iso'),
    code: 'invalid-value',
    path: 'products[1].certifications[1].type',
  },
  {
    name: 'an expired certificate',
    breaks: (f) => void (f.products[1].certifications[0].validUntil = '2020-01-01'),
    code: 'certificate-expired',
    path: 'products[1].certifications[0].validUntil',
    severity: 'warning',
  },
  {
    name: 'an unknown category',
    breaks: (f) => void (f.products[0].category = 'elektronik'),
    code: 'unknown-category',
    path: 'products[0].category',
    severity: 'warning',
  },
  {
    name: 'a misspelt field',
    breaks: (f) => void (f.products[0].harga = 350000),
    code: 'unknown-field',
    path: 'products[0].harga',
    severity: 'warning',
  },
  {
    name: 'an unknown top-level field',
    breaks: (f) => void (f.produk = []),
    code: 'unknown-field',
    path: 'produk',
    severity: 'warning',
  },
  {
    name: 'a 12-digit NIB',
    breaks: (f) => void (f.producers[0].nib = '912000000000'),
    code: 'invalid-nib',
    path: 'producers[0].nib',
  },
  {
    name: 'a WhatsApp number in words',
    breaks: (f) => void (f.producers[0].contact.whatsapp = 'hubungi kami'),
    code: 'invalid-whatsapp',
    path: 'producers[0].contact.whatsapp',
  },
  {
    name: 'a "+62 0812" WhatsApp typo',
    breaks: (f) => void (f.producers[0].contact.whatsapp = '+62 0812 0000 0101'),
    code: 'invalid-whatsapp',
    path: 'producers[0].contact.whatsapp',
  },
  {
    name: 'a phone number in words',
    breaks: (f) => void (f.producers[0].contact.phone = 'call me'),
    code: 'invalid-phone',
    path: 'producers[0].contact.phone',
  },
  {
    name: 'an e-mail without @',
    breaks: (f) => void (f.producers[0].contact.email = 'rotan-example.org'),
    code: 'invalid-email',
    path: 'producers[0].contact.email',
  },
  {
    name: 'an ftp: website',
    breaks: (f) => void (f.producers[0].contact.website = 'ftp://example.org'),
    code: 'unsafe-or-relative-url',
    path: 'producers[0].contact.website',
  },
  {
    name: 'a relative website',
    breaks: (f) => void (f.producers[0].contact.website = '/rotan.html'),
    code: 'unsafe-or-relative-url',
    path: 'producers[0].contact.website',
  },
  {
    name: 'an http: website',
    breaks: (f) => void (f.producers[0].contact.website = 'http://example.org'),
    code: 'insecure-url',
    path: 'producers[0].contact.website',
    severity: 'warning',
  },
  {
    name: 'an http: marketplace link',
    breaks: (f) => void (f.products[0].marketplaces[0].url = 'http://tokopedia.com/x'),
    code: 'insecure-url',
    path: 'products[0].marketplaces[0].url',
    severity: 'warning',
  },
  {
    name: 'a region name instead of a code',
    breaks: (f) => void (f.producers[0].regionCode = 'Palangka Raya'),
    code: 'invalid-region-code',
    path: 'producers[0].regionCode',
  },
  {
    name: 'an unknown region code',
    breaks: (f) => void (f.producers[0].regionCode = '99.99'),
    code: 'unknown-region',
    path: 'producers[0].regionCode',
  },
  {
    name: 'an unknown publisher region',
    breaks: (f) => void (f.publisher.regionCode = '99'),
    code: 'unknown-region',
    path: 'publisher.regionCode',
    severity: 'warning',
  },
  {
    name: 'a latitude of 100',
    breaks: (f) => void (f.producers[0].location.lat = 100),
    code: 'invalid-latitude',
    path: 'producers[0].location.lat',
  },
  {
    name: 'a longitude of 200',
    breaks: (f) => void (f.producers[0].location.lng = 200),
    code: 'invalid-longitude',
    path: 'producers[0].location.lng',
  },
  {
    name: 'coordinates in Paris',
    breaks: (f) => void (f.producers[0].location = { lat: 48.85, lng: 2.35 }),
    code: 'outside-indonesia',
    path: 'producers[0].location',
    severity: 'warning',
  },
  {
    name: 'swapped coordinates',
    breaks: (f) => void (f.outlets[0].location = { lat: 113.9, lng: -2.2 }),
    code: 'invalid-latitude',
    path: 'outlets[0].location.lat',
  },
  {
    name: 'a lead time over a year',
    breaks: (f) => void (f.producers[0].orders.leadTimeDays = 400),
    code: 'lead-time-too-long',
    path: 'producers[0].orders.leadTimeDays',
  },
  {
    name: 'a negative capacity',
    breaks: (f) => void (f.producers[0].orders.monthlyCapacity = -1),
    code: 'negative-number',
    path: 'producers[0].orders.monthlyCapacity',
  },
  {
    name: 'an unknown outlet kind',
    breaks: (f) => void (f.outlets[0].kind = 'mall'),
    code: 'invalid-value',
    path: 'outlets[0].kind',
  },
  {
    name: 'an expo ending before it starts',
    breaks: (f) => void (f.outlets[1].endDate = '2026-08-01'),
    code: 'date-range',
    path: 'outlets[1].endDate',
  },
  {
    name: 'an outlet naming an unknown product',
    breaks: (f) => void (f.outlets[0].productIds = ['hilang']),
    code: 'unknown-reference',
    path: 'outlets[0].productIds[0]',
    severity: 'warning',
  },
  {
    name: 'an outlet naming an unknown producer',
    breaks: (f) => void (f.outlets[0].producerIds = ['hilang']),
    code: 'unknown-reference',
    path: 'outlets[0].producerIds[0]',
    severity: 'warning',
  },
];

describe('parseFeed: malformed feeds', () => {
  it('has at least 30 cases and the fixture itself is clean', () => {
    assert.ok(cases.length >= 30);
    assert.deepEqual(parseFeed(validFeed(), { now: TODAY }).issues, []);
  });

  for (const testCase of cases) {
    it(`reports ${testCase.code} at "${testCase.path}" for ${testCase.name}`, () => {
      const feed = validFeed();
      const replaced = testCase.breaks(feed);
      const input = replaced === undefined ? feed : replaced;
      const { issues } = parseFeed(input, { now: TODAY });
      const found = issues.find(
        (issue) => issue.code === testCase.code && issue.path === testCase.path,
      );
      assert.ok(
        found,
        `expected ${testCase.code} at ${testCase.path}; got ${JSON.stringify(issues.map((i) => [i.code, i.path]))}`,
      );
      assert.equal(found.severity, testCase.severity ?? 'error');
      assert.match(found.message.id, /Perbaiki/);
      assert.match(found.message.en, /Fix/);
    });
  }
});
