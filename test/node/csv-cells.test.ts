import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  parseAmount,
  readBoolean,
  readChoice,
  readCoordinate,
  readDate,
  readInteger,
  splitList,
} from '../../src/cli/csv/cells.js';
import { AVAILABILITY_WORDS } from '../../src/cli/csv/columns.js';
import { HeaderIndex } from '../../src/cli/csv/headers.js';
import { PRODUCTS } from '../../src/cli/csv/columns.js';
import { detectDelimiter, readCsv, writeCsv } from '../../src/cli/csv/text.js';

describe('CSV cells', () => {
  it('reads Indonesian and English amounts', () => {
    const cases: [string, number][] = [
      ['350000', 350000],
      ['Rp 350.000', 350000],
      ['Rp350.000', 350000],
      ['350.000,00', 350000],
      ['350.000,50', 350000.5],
      ['1.250.000', 1250000],
      ['1,250,000.75', 1250000.75],
      ['1,5 jt', 1500000],
      ['25rb', 25000],
      ['12.5', 12.5],
      ['IDR 75.000', 75000],
    ];
    for (const [raw, expected] of cases) assert.equal(parseAmount(raw), expected, raw);
    for (const raw of ['murah', '', '1.2.3,4,5', 'Rp'])
      assert.equal(parseAmount(raw), undefined, raw);
  });

  it('refuses a decimal where a whole number is needed, with a fix', () => {
    assert.equal(readInteger('1.000').value, 1000);
    assert.match(readInteger('2,5').error!.id, /bilangan bulat/);
  });

  it('reads coordinates with a decimal comma as well as a point', () => {
    assert.equal(readCoordinate('-6,175').value, -6.175);
    assert.equal(readCoordinate('113.9135').value, 113.9135);
    assert.ok(readCoordinate('6°10′S').error);
  });

  it('reads day-first dates, month names and ISO dates', () => {
    assert.equal(readDate('24/08/2020').value, '2020-08-24');
    assert.equal(readDate('4-8-2020').value, '2020-08-04');
    assert.equal(readDate('24 Agustus 2020').value, '2020-08-24');
    assert.equal(readDate('2020-08-24').value, '2020-08-24');
    assert.equal(readDate('2026-11-01T08:00:00+07:00').value, '2026-11-01T08:00:00+07:00');
    assert.match(readDate('31/02/2020').error!.en, /day\/month\/year/);
    assert.ok(readDate('08/24/2020').error, 'month-first dates are not guessed');
  });

  it('reads yes/no in both languages', () => {
    for (const yes of ['ya', 'Ya', 'YES', '1', 'true'])
      assert.equal(readBoolean(yes).value, true, yes);
    for (const no of ['tidak', 'No', '0', 'false']) assert.equal(readBoolean(no).value, false, no);
    assert.match(readBoolean('mungkin').error!.id, /"ya" atau "tidak"/);
  });

  it('reads Indonesian availability words', () => {
    assert.equal(readChoice('Pesan Dulu', AVAILABILITY_WORDS).value, 'made_to_order');
    assert.equal(readChoice('pre-order', AVAILABILITY_WORDS).value, 'made_to_order');
    assert.equal(readChoice('HABIS', AVAILABILITY_WORDS).value, 'out_of_stock');
    assert.equal(readChoice('in_stock', AVAILABILITY_WORDS).value, 'in_stock');
    assert.match(
      readChoice('banyak', AVAILABILITY_WORDS).error!.id,
      /tersedia, pesan dulu, musiman, habis/,
    );
  });

  it('splits lists on | first, else on ; or line breaks', () => {
    assert.deepEqual(splitList('rotan | kayu ulin'), ['rotan', 'kayu ulin']);
    assert.deepEqual(splitList('gula; garam'), ['gula', 'garam']);
    assert.deepEqual(splitList('a; b | c'), ['a; b', 'c']);
    assert.deepEqual(splitList('satu\ndua\n'), ['satu', 'dua']);
  });
});

describe('CSV headers', () => {
  const index = new HeaderIndex(PRODUCTS);
  it('matches headers whatever their case, spacing or language', () => {
    for (const header of [
      'nama_produk',
      'Nama Produk',
      'NAMA_PRODUK',
      'nama-produk',
      'Product Name',
    ]) {
      assert.equal(index.resolve(header)?.spec.path.join('.'), 'name', header);
    }
    assert.deepEqual(index.resolve('Nama Produk (EN)'), {
      spec: index.resolve('nama_produk')!.spec,
      lang: 'en',
    });
    assert.equal(index.resolve('harga_min')?.spec.path.join('.'), 'price.min');
    assert.equal(index.resolve('gambar_3')?.spec.group?.key, '3');
    assert.equal(index.resolve('alt_gambar_2_en')?.lang, 'en');
    assert.equal(index.resolve('warna'), undefined);
  });
});

describe('CSV text', () => {
  it('detects the separator from the header line', () => {
    assert.equal(detectDelimiter('a;b;c\n1,5;2;3'), ';');
    assert.equal(detectDelimiter('a,b,"c;d"\n'), ',');
    assert.equal(detectDelimiter('a\tb\n'), '\t');
  });

  it('writes cells that spreadsheets would run as formulas escaped, and reads them back', () => {
    const text = writeCsv(['a', 'b', 'c'], [['=HYPERLINK("x")', '-6.2', "'=x"]]);
    assert.match(text, /'=HYPERLINK/);
    assert.match(text, /,-6\.2,/);
    assert.deepEqual(readCsv(text).rows[0], ['=HYPERLINK("x")', '-6.2', "'=x"]);
  });
});

describe('CSV docs', () => {
  it('document every column header, in both languages', async () => {
    const { readFileSync } = await import('node:fs');
    const { TABLES } = await import('../../src/cli/csv/columns.js');
    const docs = {
      en: readFileSync(new URL('../../docs/csv-import.md', import.meta.url), 'utf8'),
      id: readFileSync(new URL('../../docs/csv-import.id.md', import.meta.url), 'utf8'),
    };
    for (const table of Object.values(TABLES)) {
      for (const column of table.columns) {
        for (const doc of Object.values(docs)) {
          assert.ok(
            doc.includes(`\`${column.id}\``) && doc.includes(`\`${column.en}\``),
            `${table.name}: ${column.id} / ${column.en}`,
          );
        }
      }
    }
  });
});
