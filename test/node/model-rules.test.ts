/**
 * The rules of parseFeed beyond single fields: what is kept, dropped, normalised or warned about,
 * lenient and strict mode, and the bilingual messages.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ISSUE_CODES, createIssue, formatIssue } from '../../src/model/issues.js';
import { parseFeed } from '../../src/model/parse.js';
import { normalizeWhatsapp } from '../../src/model/phone.js';
import { TODAY, validFeed } from './model-fixtures.js';

const parse = (feed: unknown, options = {}) => parseFeed(feed, { now: TODAY, ...options });
const codes = (feed: unknown, options = {}) =>
  parse(feed, options).issues.map((issue) => `${issue.code} ${issue.path}`);

describe('parseFeed rules', () => {
  describe('lenient and strict mode', () => {
    it('drops an invalid optional field and keeps its product', () => {
      const feed = validFeed();
      feed.products[1].price.min = -1;
      const { feed: parsed, issues } = parse(feed);
      assert.deepEqual(
        parsed?.products.map((p) => p.id),
        ['tas-rotan-01', 'amplang-tenggiri', 'paket-seminar'],
      );
      // Without its only amount the price says nothing, so it goes too; the product stays.
      assert.equal(parsed?.products[1]?.price, undefined);
      assert.deepEqual(
        issues.map((i) => [i.code, i.path, i.dropped]),
        [['negative-price', 'products[1].price.min', 'field']],
      );
    });

    it('drops a product whose required field is unusable, and keeps the others', () => {
      const feed = validFeed();
      feed.products[1].name = '';
      const { feed: parsed, issues } = parse(feed);
      assert.deepEqual(
        parsed?.products.map((p) => p.id),
        ['tas-rotan-01', 'paket-seminar'],
      );
      assert.deepEqual(
        issues.map((i) => [i.code, i.path, i.dropped]),
        [['empty', 'products[1].name', 'record']],
      );
    });

    it('returns no feed in strict mode when there is an error', () => {
      const feed = validFeed();
      feed.products[1].price.min = -1;
      const result = parse(feed, { strict: true });
      assert.equal(result.feed, null);
      assert.ok(result.issues.some((issue) => issue.code === 'negative-price'));
    });

    it('keeps the feed in strict mode when there are only warnings', () => {
      const feed = validFeed();
      delete feed.products[1].images;
      const result = parse(feed, { strict: true });
      assert.equal(result.feed?.products.length, 3);
      assert.deepEqual(codes(feed, { strict: true }), ['no-image products[1].images']);
    });

    it('drops an invalid optional top-level field but keeps the feed', () => {
      const feed = validFeed();
      feed.license = '';
      const result = parse(feed);
      assert.equal(result.feed?.license, undefined);
      assert.equal(result.feed?.products.length, 3);
    });

    it('gives no feed when a required top-level field is broken', () => {
      const feed = validFeed();
      feed.updatedAt = 'kemarin';
      assert.equal(parse(feed).feed, null);
    });
  });

  describe('ids and references', () => {
    it('keeps the first of two records with the same id', () => {
      const feed = validFeed();
      feed.producers[1].id = 'rotan-bukit-batu';
      feed.products = feed.products.slice(0, 1);
      const result = parse(feed);
      assert.equal(result.feed?.producers.length, 1);
      assert.equal(result.feed?.producers[0]?.regionCode, '62.71.02');
      assert.deepEqual(codes(feed).slice(0, 1), ['duplicate-id producers[1].id']);
    });

    it('drops a product whose producer was dropped', () => {
      const feed = validFeed();
      feed.producers[1].id = 'salah id';
      const result = parse(feed);
      assert.deepEqual(
        result.feed?.products.map((p) => p.id),
        ['tas-rotan-01'],
      );
      assert.deepEqual(codes(feed), [
        'invalid-id producers[1].id',
        'unknown-producer products[1].producerId',
        'unknown-producer products[2].producerId',
      ]);
    });

    it('accepts a category declared by the feed, and warns about one that is not', () => {
      const feed = validFeed();
      assert.deepEqual(codes(feed), []);
      feed.categories = [];
      assert.deepEqual(codes(feed), ['unknown-category products[2].category']);
      assert.equal(parse(feed).feed?.products.length, 3);
    });
  });

  describe('region codes', () => {
    it('normalises undotted codes', () => {
      const result = parse(validFeed());
      assert.equal(result.feed?.producers[1]?.regionCode, '64.72');
    });

    it('accepts a region declared by the feed that the built-in table does not know', () => {
      const feed = validFeed();
      assert.equal(parse(feed).feed?.products[2]?.regionCode, '64.99');
      feed.regions = [];
      assert.deepEqual(codes(feed), ['unknown-region products[2].regionCode']);
    });

    it('drops an outlet in an unknown region', () => {
      const feed = validFeed();
      feed.outlets[1].regionCode = '64.98';
      const result = parse(feed);
      assert.deepEqual(
        result.feed?.outlets.map((o) => o.id),
        ['galeri-dekranasda'],
      );
    });
  });

  describe('certificates and numbers', () => {
    it('accepts P-IRT numbers with punctuation and BPOM numbers with or without a space', () => {
      const feed = validFeed();
      feed.products[1].certifications = [
        { type: 'pirt', number: '2.0664.7201.0123-27' },
        { type: 'bpom', number: 'ML123456789012' },
        { type: 'bpom', number: 'md 123456789012' },
      ];
      assert.deepEqual(codes(feed), []);
    });

    it('warns about a certificate that expired before "now" only', () => {
      const feed = validFeed();
      feed.products[1].certifications[0].validUntil = '2026-11-23';
      assert.deepEqual(codes(feed), [
        'certificate-expired products[1].certifications[0].validUntil',
      ]);
      // Three weeks before, it is expiring (≤ 90 days), not yet expired; four months before, fine.
      assert.deepEqual(codes(feed, { now: new Date('2026-11-01') }), [
        'certificate-expiring products[1].certifications[0].validUntil',
      ]);
      assert.deepEqual(codes(feed, { now: new Date('2026-07-01') }), []);
    });

    it('normalises WhatsApp numbers to 62…', () => {
      for (const input of [
        '0812-3456-7890',
        '+62 812 3456 7890',
        '6281234567890',
        '812 3456 7890',
        '(0812) 3456-7890',
      ]) {
        assert.equal(normalizeWhatsapp(input), '6281234567890', input);
      }
      assert.equal(normalizeWhatsapp('+65 9123 4567'), '6591234567');
      for (const input of ['0536 322 1234', '+62 0812 3456 7890', '12345', 'wa.me/62812']) {
        assert.equal(normalizeWhatsapp(input), undefined, input);
      }
      const result = parse(validFeed());
      assert.equal(result.feed?.producers[0]?.contact.whatsapp, '6281200000101');
    });
  });

  describe('URLs', () => {
    it('accepts https: and relative image URLs, warns on http:, refuses other schemes', () => {
      const feed = validFeed();
      const image = feed.products[0].images[0];
      for (const [src, expected] of [
        ['https://example.org/a.png', []],
        ['img/a.png', []],
        ['../a.png', []],
        ['http://example.org/a.png', ['insecure-url products[0].images[0].src']],
        // Only the image is dropped; the product stays (and has no image left).
        [
          'data:image/png;base64,AAAA',
          ['unsafe-url products[0].images[0].src', 'no-image products[0].images'],
        ],
        [
          'java\tscript:alert(1)',
          ['unsafe-url products[0].images[0].src', 'no-image products[0].images'],
        ],
        ['vbscript:x', ['unsafe-url products[0].images[0].src', 'no-image products[0].images']],
      ] as const) {
        image.src = src;
        assert.deepEqual(codes(feed), expected, src);
      }
    });

    it('warns about http: in nested links, such as image variants', () => {
      const feed = validFeed();
      feed.products[0].images[0].variants[0].src = 'http://example.org/big.webp';
      assert.deepEqual(codes(feed), ['insecure-url products[0].images[0].variants[0].src']);
    });
  });

  describe('coordinates', () => {
    it('warns outside Indonesia and accepts the far corners inside it', () => {
      const feed = validFeed();
      feed.producers[0].location = { lat: 5.9, lng: 95.3 }; // Sabang
      feed.outlets[0].location = { lat: -8.5, lng: 140.4 }; // Merauke
      assert.deepEqual(codes(feed), []);
      feed.producers[0].location = { lat: 1.35, lng: 103.8 }; // Singapore is inside the box; still no warning
      feed.outlets[0].location = { lat: -33.9, lng: 151.2 }; // Sydney
      assert.deepEqual(codes(feed), ['outside-indonesia outlets[0].location']);
    });
  });

  describe('output', () => {
    it('trims text, fills in defaults and drops unknown fields', () => {
      const feed = validFeed();
      feed.products[1].name = '  Amplang ikan tenggiri  ';
      feed.products[1].typo = 1;
      delete feed.producers[1].contact;
      const result = parse(feed);
      const product = result.feed?.products[1];
      assert.equal(product?.name, 'Amplang ikan tenggiri');
      assert.equal(product?.price?.currency, 'IDR');
      assert.equal('typo' in (product ?? {}), false);
      assert.deepEqual(result.feed?.producers[1]?.contact, {});
      assert.deepEqual(result.feed?.products[2]?.images.length, 1);
    });

    it('can skip unknown-field warnings', () => {
      const feed = validFeed();
      feed.products[0].harga = 1;
      assert.deepEqual(codes(feed, { unknownFields: false }), []);
    });

    it('never mutates its input', () => {
      const feed = validFeed();
      feed.products[1].name = '  Amplang  ';
      const before = structuredClone(feed);
      parse(feed);
      assert.deepEqual(feed, before);
    });
  });

  describe('messages', () => {
    it('has an Indonesian and an English message with a fix for every code', () => {
      assert.ok(ISSUE_CODES.length >= 40);
      for (const code of ISSUE_CODES) {
        const issue = createIssue('products[0].x', code, 'error', {
          expected: 'number',
          received: 'string',
          value: 3,
        });
        assert.match(issue.message.id, /Perbaiki/, code);
        assert.match(issue.message.en, /Fix/, code);
        assert.notEqual(issue.message.id, issue.message.en, code);
      }
    });

    it('formats an issue with its path for people', () => {
      const issue = createIssue('products[3].price.min', 'negative-price', 'error');
      assert.match(
        formatIssue(issue, 'en'),
        /^products\[3\]\.price\.min: A price cannot be negative/,
      );
      assert.match(formatIssue(createIssue('', 'not-an-object', 'error')), /^\(feed\): /);
    });

    it('quotes odd keys in paths', () => {
      const feed = validFeed();
      feed.products[1].name = { 'bahasa indonesia': 'Amplang' };
      assert.deepEqual(codes(feed), ['invalid-language products[1].name["bahasa indonesia"]']);
    });
  });
});
