/**
 * Spreadsheets as offices write them: their own headers, title rows above the header row, Windows-1252
 * ("ANSI") files, category labels, and numbers damaged by Excel — and an export that survives a round
 * trip through Excel with Indonesian settings.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { parseFeed } from '../../src/model/parse.js';
import type { Feed } from '../../src/model/types.js';
import { readCsvFile } from '../../src/cli/csv/files.js';
import { exportFeed } from '../../src/cli/csv/export-feed.js';
import { formatCsvIssue, importFeed, type CsvFiles } from '../../src/cli/csv/import-feed.js';
import { readCsv, writeCsv } from '../../src/cli/csv/text.js';
import { generateFeed } from '../fixtures/generate-feed.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/csv/', import.meta.url));
const OPTIONS = {
  publisher: 'Dinas',
  region: '62.71',
  updatedAt: '2026-11-01',
  now: new Date('2026-11-24'),
};

async function importDir(dir: string) {
  const producers = await readCsvFile(`${FIXTURES}${dir}/produsen.csv`);
  const products = await readCsvFile(`${FIXTURES}${dir}/produk.csv`);
  return { producers, products, result: importFeed({ producers, products }, OPTIONS) };
}

const codes = (result: ReturnType<typeof importFeed>) =>
  result.issues.map((i) => `${i.severity} ${i.file}:${i.row ?? ''} ${i.code}`);

describe('etalase import: spreadsheets as offices write them', () => {
  it('reads an office sheet: title rows, own headers, Windows-1252, category labels, prices as typed', async () => {
    const { products, result } = await importDir('office');
    assert.equal(products.encoding, 'windows-1252');
    assert.deepEqual(result.counts, {
      producers: 2,
      products: 4,
      outlets: 0,
      categories: 0,
      regions: 0,
    });
    assert.deepEqual(result.refused, []);
    const feed = result.feed!;
    assert.deepEqual(
      feed.products.map((p) => [p.id, p.category, p.price?.min, p.price?.max]),
      [
        ['amplang-01', 'kuliner', 25000, 45000],
        ['tas-01', 'kriya', 350000, undefined],
        ['kain-01', 'wastra', 1500000, undefined],
        ['kopi-01', 'minuman', 25000, undefined],
      ],
    );
    // Windows-1252 punctuation arrives as itself, not as control characters.
    assert.equal(feed.products[1]!.name, 'Tas Rotan ’Dayak’');
    assert.match(String(feed.products[0]!.description), /Kalimantan – renyah/);
    const amplang = feed.products[0]!;
    assert.deepEqual(amplang.images[0], {
      src: 'img/amplang.jpg',
      alt: 'Amplang dalam toples 250 g',
    });
    assert.deepEqual(
      amplang.certifications?.map((c) => [c.type, c.number, c.validUntil]),
      [
        ['pirt', '2066271010123-27', undefined],
        ['halal', 'ID62110000123456789', '2027-12-31'],
      ],
    );
    assert.deepEqual(
      feed.producers.map((p) => [
        p.id,
        p.name,
        p.regionCode,
        p.contact.whatsapp,
        p.contact.website,
      ]),
      [
        ['dapur-kahayan', 'Dapur Kahayan', '62.71', '6281234567890', 'https://www.dapurkahayan.id'],
        ['rotan-lestari', 'Rotan Lestari', '62.71.02', '6281355550000', undefined],
      ],
    );
    // No "unknown column" for the office's own headers (nor for the running number "No").
    assert.deepEqual(
      result.issues.filter((i) => i.code === 'unknown-column'),
      [],
    );
    assert.deepEqual(
      codes(result).filter((c) => c.includes('title-rows') || c.startsWith('error')),
      [
        'warning produsen.csv:2 title-rows',
        'warning produk.csv:3 title-rows',
        // The 4th product has a photo without a caption: the photo goes, named by its caption column.
        'error produk.csv:7 missing-alt',
      ],
    );
    const caption = result.issues.find((i) => i.code === 'missing-alt')!;
    assert.equal(caption.column, 'Keterangan Foto');
  });

  it('names the spreadsheet’s shortened numbers and keeps their rows', async () => {
    const { result } = await importDir('excel-damage');
    assert.deepEqual(result.counts.producers, 2);
    assert.deepEqual(result.refused, []);
    const lines = result.issues
      .filter((i) => i.code === 'scientific-notation')
      .map((i) => formatCsvIssue(i, 'en'));
    assert.deepEqual(lines, [
      'produsen.csv row 2, column no_wa: The spreadsheet shortened this number to "6,28123E+12"; the original digits are lost. Fix: format the column as Text, then type the number again. (This field is left out; the rest of the entry is kept.)',
      'produsen.csv row 2, column nib: The spreadsheet shortened this number to "9,12E+12"; the original digits are lost. Fix: format the column as Text, then type the number again. (This field is left out; the rest of the entry is kept.)',
    ]);
    // A NIB written in groups (as the export writes it) reads back as its 13 digits.
    assert.equal(result.feed!.producers[1]!.nib, '1234567890123');
  });

  it('says which header was ignored and what it might have meant', () => {
    const result = importFeed(
      {
        producers: { name: 'produsen.csv', text: 'id_produsen,nama_produsen\np1,P\n' },
        products: {
          name: 'produk.csv',
          text: 'id_produk,id_produsen,nama_produk,kategori,Harga Grosir (Rp),Warna\na,p1,A,Kerajinan,10,merah\n',
        },
      },
      OPTIONS,
    );
    const unknown = result.issues.filter((i) => i.code === 'unknown-column');
    assert.deepEqual(
      unknown.map((i) => [i.column, /Maksudnya "([^"]+)"/.exec(i.message.id)?.[1]]),
      [
        ['Harga Grosir (Rp)', 'pesanan_grosir'],
        ['Warna', undefined],
      ],
    );
    assert.equal(result.feed!.products[0]!.category, 'kriya');
  });
});

/**
 * What Excel with Indonesian settings does to a CSV cell in General format when it opens the file
 * and saves it again: long digit strings become `6,28123E+12`, `1.234` is one thousand two hundred
 * and thirty-four, a decimal point followed by other than three digits stays text.
 */
function indonesianExcel(cell: string): string {
  if (/^\d{12,}$/.test(cell)) {
    const exponent = cell.length - 1;
    const mantissa = (Number(cell) / 10 ** exponent)
      .toFixed(5)
      .replace(/0+$/, '')
      .replace('.', ',');
    return `${mantissa}E+${exponent}`;
  }
  if (/^-?\d{1,3}(\.\d{3})+$/.test(cell)) return cell.replace(/\./g, '');
  return cell;
}

function throughExcel(text: string): string {
  const sheet = readCsv(text);
  return writeCsv(
    sheet.header,
    sheet.rows
      .filter((row) => row.some((cell) => cell !== ''))
      .map((row) => row.map(indonesianExcel)),
    { delimiter: sheet.delimiter },
  );
}

describe('etalase export: survives a round trip through Indonesian Excel', () => {
  it('keeps WhatsApp numbers, NIB and coordinates', () => {
    const feed = parseFeed(generateFeed({ products: 60, seed: 3 })).feed as Feed;
    feed.producers[0]!.location = { lat: -6.175, lng: 106.827 };
    const files = exportFeed(feed, { delimiter: ';' });
    const csv: CsvFiles = Object.fromEntries(
      files.map((f) => [f.table, { name: f.name, text: throughExcel(f.text) }]),
    );
    const back = importFeed(csv, { updatedAt: feed.updatedAt }).feed!;
    const contact = (f: Feed) =>
      f.producers.map((p) => [p.id, p.contact.whatsapp, p.contact.phone, p.nib, p.location]);
    assert.deepEqual(contact(back), contact(feed));
    assert.ok(
      feed.producers.some((p) => p.nib),
      'the generated feed has NIBs',
    );
  });
});

describe('CSV docs: accepted headers', () => {
  it('list every accepted spelling, in both languages', async () => {
    const { readFileSync } = await import('node:fs');
    const { TABLES } = await import('../../src/cli/csv/columns.js');
    for (const file of ['csv-import.md', 'csv-import.id.md']) {
      const doc = readFileSync(new URL(`../../docs/${file}`, import.meta.url), 'utf8');
      for (const table of Object.values(TABLES))
        for (const column of table.columns)
          for (const alias of column.aliases ?? [])
            assert.ok(doc.includes(`\`${alias}\``), `${file}: ${table.name} ${alias}`);
    }
  });
});

describe('etalase import: categories by label', () => {
  it('maps a label from kategori.csv to its id', () => {
    const result = importFeed(
      {
        categories: {
          name: 'kategori.csv',
          text: 'id_kategori,nama_kategori\npaket-acara,Paket Acara & Seminar\n',
        },
        producers: { name: 'produsen.csv', text: 'id_produsen,nama_produsen\np1,P\n' },
        products: {
          name: 'produk.csv',
          text: 'id_produk,id_produsen,nama_produk,kategori\na,p1,A,paket acara & seminar\nb,p1,B,Camilan\nc,p1,C,paket-acara\n',
        },
      },
      OPTIONS,
    );
    assert.deepEqual(
      result.feed!.products.map((p) => p.category),
      ['paket-acara', 'kuliner', 'paket-acara'],
    );
    assert.deepEqual(
      result.issues.filter((i) => i.code === 'unknown-category'),
      [],
    );
  });
});
