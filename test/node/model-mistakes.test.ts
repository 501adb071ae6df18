/**
 * One ordinary steward mistake at a time on a valid feed: what survives (products and producers), and
 * which issues say so. The smallest invalid unit goes, never more; obvious intent is repaired with a
 * warning. This table is also the "what survives" list of issue 13.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../src/model/parse.js';
import { isWellFormed } from '../../src/model/well-formed.js';
import { TODAY, validFeed, type LooseFeed } from './model-fixtures.js';

const ALL_PRODUCTS = ['tas-rotan-01', 'amplang-tenggiri', 'paket-seminar'];
const ALL_PRODUCERS = ['rotan-bukit-batu', 'amplang-samarinda'];

interface Mistake {
  name: string;
  breaks: (feed: LooseFeed) => void;
  /** Issues expected, as `code path`, in any order (the clean fixture has none). */
  issues: string[];
  products?: string[];
  producers?: string[];
  /** A check of the parsed feed beyond the survivors. */
  then?: (feed: LooseFeed) => void;
}

const mistakes: Mistake[] = [
  {
    name: 'a producer website written www.… (no https://)',
    breaks: (f) => void (f.producers[1].contact.website = 'www.tokoku.com'),
    issues: ['repaired-url producers[1].contact.website'],
    then: (f) => assert.equal(f.producers[1].contact.website, 'https://www.tokoku.com'),
  },
  {
    name: 'an e-mail written "umkm at gmail.com"',
    breaks: (f) => void (f.producers[1].contact.email = 'umkm at gmail.com'),
    issues: ['invalid-email producers[1].contact.email'],
    then: (f) => assert.equal(f.producers[1].contact.email, undefined),
  },
  {
    name: 'a WhatsApp number that is no phone number',
    breaks: (f) => void (f.producers[0].contact.whatsapp = 'hubungi kami'),
    issues: ['invalid-whatsapp producers[0].contact.whatsapp'],
  },
  {
    name: 'a NIB with 12 digits',
    breaks: (f) => void (f.producers[0].nib = '912000000000'),
    issues: ['invalid-nib producers[0].nib'],
  },
  {
    name: 'a producer address of an empty string',
    breaks: (f) => void (f.producers[0].address = '   '),
    issues: ['empty producers[0].address'],
  },
  {
    name: 'a producer location with lat and lng out of range',
    breaks: (f) => void (f.producers[0].location = { lat: 113.7, lng: -2.05 }),
    issues: ['invalid-latitude producers[0].location.lat'],
    then: (f) => assert.equal(f.producers[0].location, undefined),
  },
  {
    name: 'one bad product image (javascript: URL)',
    breaks: (f) => void (f.products[1].images[0].src = 'javascript:alert(1)'),
    issues: ['unsafe-url products[1].images[0].src', 'no-image products[1].images'],
  },
  {
    name: 'one image of two without alt',
    breaks: (f) => void f.products[0].images.push({ src: 'img/b.svg', width: 400, height: 300 }),
    issues: ['missing-alt products[0].images[1].alt'],
    then: (f) => assert.equal(f.products[0].images.length, 1),
  },
  {
    name: 'a bad certificate link',
    breaks: (f) => void (f.products[1].certifications[1].url = 'javascript:void(0)'),
    issues: ['unsafe-or-relative-url products[1].certifications[1].url'],
    then: (f) => assert.equal(f.products[1].certifications.length, 3),
  },
  {
    name: 'a P-IRT number too short',
    breaks: (f) => void (f.products[1].certifications[0].number = '12345'),
    issues: ['invalid-pirt products[1].certifications[0].number'],
    then: (f) =>
      assert.deepEqual(
        f.products[1].certifications.map((c: { type: string }) => c.type),
        ['halal', 'bpom'],
      ),
  },
  {
    name: 'a bad marketplace link',
    breaks: (f) => void (f.products[0].marketplaces[0].url = 'tokopedia'),
    issues: ['unsafe-or-relative-url products[0].marketplaces[0].url'],
  },
  {
    name: 'a price written "Rp 25.000"',
    breaks: (f) => void (f.products[1].price.min = 'Rp 25.000'),
    issues: ['repaired-number products[1].price.min'],
    then: (f) => assert.equal(f.products[1].price.min, 25000),
  },
  {
    name: 'a price written "25rb"',
    breaks: (f) => void (f.products[1].price.min = '25rb'),
    issues: ['repaired-number products[1].price.min'],
    then: (f) => assert.equal(f.products[1].price.min, 25000),
  },
  {
    name: 'a price written "1,5 jt"',
    breaks: (f) => void (f.products[0].price.max = '1,5 jt'),
    issues: ['repaired-number products[0].price.max'],
    then: (f) => assert.equal(f.products[0].price.max, 1500000),
  },
  {
    name: 'a price "hubungi kami"',
    breaks: (f) => void (f.products[2].price.max = 'hubungi kami'),
    issues: ['wrong-type products[2].price.max'],
    then: (f) => assert.equal(f.products[2].price, undefined),
  },
  {
    name: 'a minimum price above the maximum',
    breaks: (f) => void (f.products[0].price.min = 900000),
    issues: ['price-range products[0].price.max'],
    then: (f) => assert.deepEqual(f.products[0].price.min, 900000),
  },
  {
    name: 'a date written 24/08/2026',
    breaks: (f) => void (f.products[0].updatedAt = '24/08/2026'),
    issues: ['repaired-date products[0].updatedAt'],
    then: (f) => assert.equal(f.products[0].updatedAt, '2026-08-24'),
  },
  {
    name: 'a day that does not exist (2026-02-30)',
    breaks: (f) => void (f.products[0].updatedAt = '2026-02-30'),
    issues: ['invalid-date products[0].updatedAt'],
    then: (f) => assert.equal(f.products[0].updatedAt, undefined),
  },
  {
    name: 'a region code written 6472',
    breaks: (f) => void (f.producers[1].regionCode = '6472'),
    issues: ['repaired-region-code producers[1].regionCode'],
    then: (f) => assert.equal(f.producers[1].regionCode, '64.72'),
  },
  {
    name: 'an id with spaces around it',
    breaks: (f) => void (f.producers[1].id = ' amplang-samarinda '),
    issues: ['repaired-id producers[1].id'],
  },
  {
    name: 'a producerId with a trailing space',
    breaks: (f) => void (f.products[1].producerId = 'amplang-samarinda '),
    issues: ['repaired-id products[1].producerId'],
  },
  {
    name: 'a product region the table does not know',
    breaks: (f) => void (f.products[0].regionCode = '62.98'),
    issues: ['unknown-region products[0].regionCode'],
    then: (f) => assert.equal(f.products[0].regionCode, undefined),
  },
  {
    name: 'an unknown availability word',
    breaks: (f) => void (f.products[1].availability = 'ready'),
    issues: ['invalid-value products[1].availability'],
  },
  {
    name: 'a lead time of 500 days',
    breaks: (f) => void (f.products[0].orders.leadTimeDays = 500),
    issues: ['lead-time-too-long products[0].orders.leadTimeDays'],
    then: (f) => assert.deepEqual(f.products[0].orders, { custom: true }),
  },
  {
    name: 'a minimum order written as text "50"',
    breaks: (f) => void (f.products[2].orders.minOrder = '50'),
    issues: ['repaired-number products[2].orders.minOrder'],
  },
  {
    name: 'flagship written "ya"',
    breaks: (f) => void (f.products[0].flagship = 'ya'),
    issues: ['wrong-type products[0].flagship'],
  },
  {
    name: 'tags as one string',
    breaks: (f) => void (f.products[0].tags = 'anyaman, rotan'),
    issues: ['wrong-type products[0].tags'],
  },
  {
    name: 'one empty tag',
    breaks: (f) => void f.products[0].tags.push(''),
    issues: ['empty products[0].tags[2]'],
    then: (f) => assert.deepEqual(f.products[0].tags, ['anyaman', 'rotan']),
  },
  {
    name: 'a lone surrogate in a product name',
    breaks: (f) => void (f.products[1].name = 'Minuman Lidah Buaya \ud83e'),
    issues: ['repaired-text products[1].name'],
    then: (f) => assert.equal(f.products[1].name, 'Minuman Lidah Buaya \ufffd'),
  },
  {
    name: 'the publisher url written www.…',
    breaks: (f) => void (f.publisher.url = 'www.kota.go.id'),
    issues: ['repaired-url publisher.url'],
  },
  {
    name: 'a publisher logo without alt',
    breaks: (f) => void delete f.publisher.logo.alt,
    issues: ['missing-alt publisher.logo.alt'],
    then: (f) => assert.equal(f.publisher.logo, undefined),
  },
  {
    name: 'an outlet end date before its start',
    breaks: (f) => void (f.outlets[1].endDate = '2026-08-01'),
    issues: ['date-range outlets[1].endDate'],
  },
  // Required fields: the record goes, and only that record (and what needs it).
  {
    name: 'a product without a name',
    breaks: (f) => void delete f.products[0].name,
    issues: ['missing-field products[0].name', 'unknown-reference outlets[0].productIds[0]'],
    products: ['amplang-tenggiri', 'paket-seminar'],
  },
  {
    name: 'a producer whose id is unusable',
    breaks: (f) => void (f.producers[0].id = 'rotan bukit batu'),
    issues: [
      'invalid-id producers[0].id',
      'unknown-producer products[0].producerId',
      'unknown-reference outlets[0].producerIds[0]',
      'unknown-reference outlets[0].productIds[0]',
    ],
    products: ['amplang-tenggiri', 'paket-seminar'],
    producers: ['amplang-samarinda'],
  },
  {
    name: 'a product naming a producer that does not exist',
    breaks: (f) => void (f.products[2].producerId = 'amplang-samarind'),
    issues: ['unknown-producer products[2].producerId'],
    products: ['tas-rotan-01', 'amplang-tenggiri'],
  },
];

const parse = (feed: unknown) => parseFeed(feed, { now: TODAY });

describe('one steward mistake at a time', () => {
  it('starts from a clean feed and has at least 25 mistakes', () => {
    assert.deepEqual(parse(validFeed()).issues, []);
    assert.ok(mistakes.length >= 25, String(mistakes.length));
  });

  for (const mistake of mistakes) {
    it(mistake.name, () => {
      const input = validFeed();
      mistake.breaks(input);
      const { feed, issues } = parse(input);
      assert.ok(feed, 'the feed stays usable');
      assert.deepEqual(
        feed.products.map((p) => p.id),
        mistake.products ?? ALL_PRODUCTS,
        'products shown',
      );
      assert.deepEqual(
        feed.producers.map((p) => p.id),
        mistake.producers ?? ALL_PRODUCERS,
        'producers shown',
      );
      assert.deepEqual(issues.map((i) => `${i.code} ${i.path}`).sort(), [...mistake.issues].sort());
      // Every error says what it dropped; no record goes unless a required field did.
      for (const issue of issues) {
        if (issue.severity === 'error' && !issue.code.startsWith('unknown-reference'))
          assert.ok(issue.dropped, `${issue.code} says what was dropped`);
      }
      if (!mistake.products && !mistake.producers)
        assert.ok(!issues.some((i) => i.dropped === 'record'));
      mistake.then?.(feed as unknown as LooseFeed);
    });
  }
});

describe('strict mode', () => {
  it('refuses a feed that needed a repair, and keeps one with other warnings', () => {
    const repaired = validFeed();
    repaired.producers[1].contact.website = 'www.tokoku.com';
    assert.equal(parseFeed(repaired, { now: TODAY, strict: true }).feed, null);
    assert.ok(parseFeed(repaired, { now: TODAY }).feed);
    const warned = validFeed();
    delete warned.products[1].images;
    assert.ok(parseFeed(warned, { now: TODAY, strict: true }).feed);
  });
});

describe('well-formed text', () => {
  it('leaves no lone surrogate in the feed or in any issue, even in unknown keys', () => {
    const input = validFeed();
    input.products[0].description = { id: 'Tas \udc00 rotan', en: 'Bag' };
    input.products[0]['nama\ud800'] = 'x';
    input.producers[0].address = 'Jl. \ud83e';
    const { feed, issues } = parseFeed(input, { now: TODAY });
    const text = JSON.stringify({ feed, issues });
    assert.ok(isWellFormed(text), 'well-formed');
    assert.doesNotThrow(() => encodeURIComponent(text));
    assert.equal(
      feed?.products[0]?.description && JSON.stringify(feed.products[0].description),
      '{"id":"Tas \ufffd rotan","en":"Bag"}',
    );
  });
});

describe('a record with several problems', () => {
  it('names every problem of a record it skips', () => {
    const input = validFeed();
    input.products[1].id = 'amplang tenggiri';
    delete input.products[1].name;
    input.products[1].price.min = 'gratis';
    const { issues } = parseFeed(input, { now: TODAY });
    assert.deepEqual(
      issues
        .filter((i) => i.path.startsWith('products[1]'))
        .map((i) => `${i.code} ${i.path} ${i.dropped}`),
      [
        'invalid-id products[1].id record',
        'wrong-type products[1].price.min record',
        'missing-field products[1].name record',
      ],
    );
  });
});
