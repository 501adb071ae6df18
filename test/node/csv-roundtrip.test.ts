import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { parseFeed } from '../../src/model/parse.js';
import type { Feed, FeedInput } from '../../src/model/types.js';
import { exportFeed, type ExportOptions } from '../../src/cli/csv/export-feed.js';
import { importFeed, type CsvFiles } from '../../src/cli/csv/import-feed.js';
import { generateFeed } from '../fixtures/generate-feed.js';

const SAMPLE = new URL('../../demo/data/produk-unggulan.json', import.meta.url);

function parsed(input: FeedInput | unknown): Feed {
  const { feed, issues } = parseFeed(input);
  assert.ok(feed);
  assert.deepEqual(
    issues.filter((i) => i.severity === 'error'),
    [],
  );
  return feed;
}

/** import(export(feed)) through real CSV text; returns the re-imported feed and the export. */
function roundTrip(feed: Feed, options: ExportOptions = {}) {
  const files = exportFeed(feed, options);
  const csv: CsvFiles = Object.fromEntries(
    files.map((f) => [f.table, { name: f.name, text: f.text }]),
  );
  const result = importFeed(csv, { updatedAt: feed.updatedAt, lang: options.lang });
  assert.deepEqual(
    result.issues.filter((i) => i.severity === 'error'),
    [],
  );
  assert.deepEqual(result.refused, []);
  return { back: result.feed!, files };
}

/** Deep equality of the JSON a feed is published as. */
const json = (feed: Feed) => JSON.parse(JSON.stringify(feed)) as unknown;

describe('etalase export → import round trip', () => {
  for (const [label, options] of [
    ['Kalimantan, 400 products', { products: 400, seed: 1 }],
    ['national, 1500 products', { products: 1500, seed: 7, regions: 'national' as const }],
  ] as const) {
    for (const exportOptions of [
      { lang: 'id' as const },
      { lang: 'en' as const, delimiter: ';' },
    ]) {
      it(`is lossless on a generated feed (${label}, ${exportOptions.lang}, "${exportOptions.delimiter ?? ','}")`, () => {
        const feed = parsed(generateFeed(options));
        const { back, files } = roundTrip(feed, exportOptions);
        assert.deepEqual(json(back), json(feed));
        // Everything a generated feed holds fits in ordinary columns: no JSON fallback needed.
        assert.deepEqual(
          files.map((f) => f.jsonRows),
          files.map(() => 0),
        );
      });
    }
  }

  it(
    'is lossless on the sample feed',
    { skip: !existsSync(SAMPLE) && 'demo/data/produk-unggulan.json not there yet' },
    () => {
      const feed = parsed(JSON.parse(readFileSync(SAMPLE, 'utf8')));
      for (const options of [{ lang: 'id' as const }, { lang: 'en' as const, delimiter: ';' }]) {
        const { back, files } = roundTrip(feed, options);
        assert.deepEqual(json(back), json(feed));
        assert.deepEqual(
          files.map((f) => f.jsonRows),
          files.map(() => 0),
          'the sample feed fits in ordinary columns',
        );
      }
    },
  );

  it('keeps fields the columns cannot hold, through the JSON column', () => {
    const input: FeedInput = {
      version: 1,
      publisher: {
        name: { id: 'Dinas Koperasi', en: 'Cooperatives Office', jv: 'Dinas Koperasi (jv)' },
        regionCode: '62.71',
        url: 'https://example.org',
        logo: { src: 'img/logo.svg', alt: 'Logo', width: 64, height: 64 },
      },
      updatedAt: '2026-11-24T10:00:00+07:00',
      license: 'CC BY 4.0',
      languages: ['id', 'en', 'jv'],
      includes: ['kota/feed.json'],
      regions: [{ code: '62.13', name: 'Kabupaten Baru' }],
      categories: [
        { id: 'makanan-ringan', name: 'Makanan ringan', parent: 'kuliner' },
        { id: 'Seni', name: { en: 'Art only in English' } },
      ],
      producers: [
        {
          id: 'p1',
          name: { id: 'Rotan' },
          regionCode: '62.13',
          location: { lat: -2.2096, lng: 113.9135 },
          description: 'Baris satu\nbaris dua | dengan garis',
          contact: {
            whatsapp: '0812-3456-7890',
            phone: '(0536) 322-1234',
            website: 'https://rotan.example',
          },
          social: [
            { platform: 'Instagram', url: 'https://instagram.com/rotan' },
            { platform: 'x', url: 'https://x.com/rotan' },
          ],
          marketplaces: [
            { platform: 'shopee', url: 'https://shopee.co.id/rotan' },
            { platform: 'tokopedia', url: 'https://tokopedia.com/rotan' },
          ],
          certifications: [
            {
              type: 'other',
              number: 'IG-01',
              name: { id: 'Indikasi Geografis', en: 'Geographical indication' },
            },
          ],
          orders: { notes: 'Hanya pesanan besar' },
        },
      ],
      products: [
        {
          id: 'x1',
          producerId: 'p1',
          name: '=HYPERLINK("https://evil.example")',
          category: 'Seni',
          tags: ['a|b', 'c'],
          materials: ['rotan', { id: 'kayu', en: 'wood' }],
          images: [
            {
              src: 'img/a.jpg',
              alt: 'A',
              width: 800,
              height: 600,
              variants: [{ src: 'img/a-400.jpg', width: 400 }],
            },
            { src: 'https://cdn.example/b.jpg', alt: { en: 'B only English' } },
          ],
          price: { min: 1.234, max: 2, currency: 'USD', unit: { id: 'pasang', en: 'pair' } },
          certifications: [
            {
              type: 'halal',
              number: 'ID1',
              validUntil: '2030-01-01',
              issuer: 'BPJPH',
              url: 'https://halal.go.id/x',
            },
            { type: 'halal', number: 'ID2' },
          ],
          flagship: false,
          availability: 'seasonal',
          exportReady: true,
          regionCode: '62.71',
          orders: { bulk: false, custom: true, minOrder: 1, leadTimeDays: 0, monthlyCapacity: 0 },
          marketplaces: [{ platform: 'Toko Web', url: 'https://toko.example/x1' }],
          updatedAt: '2026-01-02T03:04:05Z',
        },
      ],
      outlets: [
        {
          id: 'o1',
          name: 'Pameran',
          kind: 'expo',
          regionCode: '62.71',
          location: { lat: -2.21, lng: 113.92 },
          startDate: '2026-08-20',
          endDate: '2026-08-24',
          contact: {},
          url: 'https://expo.example',
          productIds: ['x1'],
        },
      ],
    };
    const feed = parsed(input);
    for (const options of [{ lang: 'id' as const }, { lang: 'en' as const, delimiter: ';' }]) {
      const { back, files } = roundTrip(feed, options);
      assert.deepEqual(json(back), json(feed));
      const jsonRows = Object.fromEntries(files.map((f) => [f.table, f.jsonRows]));
      assert.equal(
        jsonRows['products'],
        1,
        'two halal certificates and image variants need the JSON column',
      );
      assert.equal(jsonRows['outlets'], 1, 'an empty contact object needs the JSON column');
      assert.equal(
        jsonRows['producers'],
        1,
        '"Instagram" has no column of its own and comes first',
      );
    }
  });
});

describe('etalase export: link columns', () => {
  it('orders platform columns as the feed orders its links, so no JSON is needed', () => {
    const base = generateFeed({ products: 6, producers: 3, seed: 1 });
    const [a, b, c] = base.producers;
    a!.marketplaces = [
      { platform: 'inaproc', url: 'https://katalog.inaproc.id/a' },
      { platform: 'padiumkm', url: 'https://padiumkm.id/a' },
    ];
    b!.marketplaces = [
      { platform: 'shopee', url: 'https://shopee.co.id/b' },
      { platform: 'inaproc', url: 'https://katalog.inaproc.id/b' },
    ];
    c!.marketplaces = [{ platform: 'tokopedia', url: 'https://tokopedia.com/c' }];
    const feed = parsed(base);
    const { back, files } = roundTrip(feed);
    assert.deepEqual(json(back), json(feed));
    const producers = files.find((f) => f.table === 'producers')!;
    assert.equal(producers.jsonRows, 0);
    const header = producers.text.slice(1, producers.text.indexOf('\r\n')).split(',');
    assert.ok(header.indexOf('shopee') < header.indexOf('inaproc'));
    assert.ok(header.indexOf('inaproc') < header.indexOf('padiumkm'));
  });
});
