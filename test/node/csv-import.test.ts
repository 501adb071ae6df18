import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { importFeed, formatCsvIssue, type CsvFiles } from '../../src/cli/csv/import-feed.js';
import { decodeCsvBytes } from '../../src/cli/csv/text.js';
import { templateFiles } from '../../src/cli/csv/template.js';

const PRODUCERS = [
  'id_produsen,nama_produsen,kode_wilayah,no_wa',
  'rotan-lestari,UMKM Rotan Lestari,62.71,0812-3456-7890',
].join('\n');

const OPTIONS = {
  publisher: 'Dinas Koperasi dan UKM Kota Palangka Raya',
  region: '62.71',
  updatedAt: '2026-11-24',
};

function run(products: string, producers = PRODUCERS, extra: CsvFiles = {}) {
  return importFeed(
    {
      producers: { name: 'produsen.csv', text: producers },
      products: { name: 'produk.csv', text: products },
      ...extra,
    },
    OPTIONS,
  );
}

/** The report lines a steward reads, in Indonesian. */
const lines = (result: ReturnType<typeof run>, severity?: 'error' | 'warning') =>
  result.issues
    .filter((i) => !severity || i.severity === severity)
    .map((issue) => formatCsvIssue(issue, 'id'));

const PRODUCT_HEADER =
  'id_produk,id_produsen,nama_produk,kategori,harga_min,gambar,alt_gambar,lebar_gambar,tinggi_gambar';
const IMG = 'img/a.jpg,Foto produk,800,600';

describe('etalase import: real-world CSV quirks', () => {
  it('reads semicolon-separated files as Excel with Indonesian settings saves them', () => {
    const result = run(
      [
        'id_produk;id_produsen;nama_produk;kategori;harga_min;gambar;alt_gambar;lebar_gambar;tinggi_gambar',
        `tas-01;rotan-lestari;Tas Rotan;kriya;350.000,00;${IMG.replace(/,/g, ';')}`,
      ].join('\r\n'),
      PRODUCERS.replace(/,/g, ';'),
    );
    assert.deepEqual(lines(result), []);
    assert.equal(result.feed!.products[0]!.price!.min, 350000);
  });

  it('ignores a UTF-8 BOM and Windows line ends', () => {
    const text = `\ufeff${PRODUCT_HEADER}\r\ntas-01,rotan-lestari,Tas Rotan,kriya,350000,${IMG}\r\n`;
    const result = run(text);
    assert.deepEqual(lines(result), []);
    assert.equal(
      result.feed!.products[0]!.id,
      'tas-01',
      'the first header is not "\\ufeffid_produk"',
    );
  });

  it('reads Windows-1252 files from old Excel', () => {
    const bytes = Uint8Array.from([...Buffer.from('nama\r\nCaf'), 0xe9, ...Buffer.from('\r\n')]);
    const { text, encoding } = decodeCsvBytes(bytes);
    assert.equal(encoding, 'windows-1252');
    assert.match(text, /Café/);
  });

  it('keeps line breaks and separators inside quoted cells', () => {
    const text = `${PRODUCT_HEADER},deskripsi\n"tas-01",rotan-lestari,"Tas Rotan, besar",kriya,350000,${IMG},"Baris satu;\nbaris dua"\n`;
    const result = run(text);
    assert.deepEqual(lines(result), []);
    const product = result.feed!.products[0]!;
    assert.equal(product.name, 'Tas Rotan, besar');
    assert.equal(product.description, 'Baris satu;\nbaris dua');
  });

  it('numbers rows as the spreadsheet does, even after a cell spanning lines', () => {
    const text = `${PRODUCT_HEADER},deskripsi\ntas-01,rotan-lestari,Tas,kriya,350000,${IMG},"satu\ndua\ntiga"\ntas-02,rotan-lestari,Tas 2,kriya,mahal,${IMG},\n`;
    assert.deepEqual(lines(run(text)), [
      'produk.csv baris 3, kolom harga_min: Harga "mahal" tidak terbaca. Perbaiki: tulis angka saja, misalnya 350000, 350.000 atau Rp 350.000. (Kolom ini diabaikan; data lainnya tetap dipakai.)',
    ]);
  });

  it('understands thousands separators and Rupiah signs in prices', () => {
    const text = [
      `${PRODUCT_HEADER},harga_max`,
      `a,rotan-lestari,A,kriya,Rp 350.000,${IMG},"1.250.000"`,
      `b,rotan-lestari,B,kriya,"350,000",${IMG},Rp1.500.000`,
      `c,rotan-lestari,C,kriya,"50.000,00",${IMG},75rb`,
    ].join('\n');
    const result = run(text);
    assert.deepEqual(lines(result), []);
    assert.deepEqual(
      result.feed!.products.map((p) => [p.price!.min, p.price!.max]),
      [
        [350000, 1250000],
        [350000, 1500000],
        [50000, 75000],
      ],
    );
  });

  it('skips empty rows without shifting the row numbers of later rows', () => {
    const text = `${PRODUCT_HEADER}\n\n,,,,,,,,\r\ntas-01,rotan-lestari,Tas,kriya,-5,${IMG}\n`;
    const result = run(text);
    // The negative price goes; the product stays, without a price.
    assert.equal(result.feed!.products.length, 1);
    assert.equal(result.feed!.products[0]!.price, undefined);
    assert.deepEqual(lines(result), [
      'produk.csv baris 4, kolom harga_min: Harga tidak boleh negatif. Perbaiki: tulis 0 atau lebih. (Kolom ini diabaikan; data lainnya tetap dipakai.)',
    ]);
    assert.deepEqual(result.refused, []);
  });

  it('warns about extra columns and ignores them, suggesting the likely header', () => {
    const text = `${PRODUCT_HEADER},warna,hraga_max\ntas-01,rotan-lestari,Tas,kriya,1000,${IMG},coklat,2000\n`;
    const result = run(text);
    assert.deepEqual(lines(result, 'error'), []);
    assert.deepEqual(lines(result, 'warning'), [
      'produk.csv baris 1, kolom warna: Kolom "warna" tidak dikenal dan diabaikan. Perbaiki: periksa ejaan judul kolom (lihat PANDUAN.md), atau hapus kolom ini.',
      'produk.csv baris 1, kolom hraga_max: Kolom "hraga_max" tidak dikenal dan diabaikan. Maksudnya "harga_max"? Perbaiki: periksa ejaan judul kolom (lihat PANDUAN.md), atau hapus kolom ini.',
    ]);
    assert.equal(result.feed!.products[0]!.price!.max, undefined);
  });

  it('names a missing required column and lists the rows it blocks', () => {
    const text = 'id_produk,nama_produk,kategori\ntas-01,Tas,kriya\ntas-02,Tas 2,kriya\n';
    const result = run(text);
    assert.deepEqual(lines(result, 'error'), [
      'produk.csv, kolom id_produsen: Kolom wajib "id_produsen" (atau "producer_id") tidak ada, jadi tidak ada baris yang dapat diimpor. Perbaiki: tambahkan kolom itu dengan judul "id_produsen".',
    ]);
    assert.deepEqual(
      result.refused.map((r) => r.row),
      [2, 3],
    );
  });

  it('reports bad values with row, column and fix, and keeps rows whose mistakes are optional', () => {
    const text = [
      `${PRODUCT_HEADER},unggulan,ketersediaan,harga_max,kode_wilayah`,
      `ok-01,rotan-lestari,Tas,kriya,1000,${IMG},ya,pesan dulu,,`,
      `bad-01,rotan-lestari,Tas,kriya,1000,${IMG},mungkin,,,`,
      `bad-02,rotan-lestari,Tas,kriya,5000,${IMG},,banyak,4000,`,
      `bad-03,tidak-ada,Tas,kriya,1000,${IMG},,,,`,
      `bad 04,rotan-lestari,Tas,kriya,1000,${IMG},,,,99.99`,
    ].join('\n');
    const result = run(text);
    assert.deepEqual(lines(result, 'error'), [
      'produk.csv baris 3, kolom unggulan: "mungkin" bukan ya/tidak. Perbaiki: tulis "ya" atau "tidak". (Kolom ini diabaikan; data lainnya tetap dipakai.)',
      'produk.csv baris 4, kolom ketersediaan: Nilai "banyak" tidak dikenal. Perbaiki: gunakan salah satu dari: tersedia, pesan dulu, musiman, habis. (Kolom ini diabaikan; data lainnya tetap dipakai.)',
      'produk.csv baris 4, kolom harga_max: Harga minimum lebih besar dari harga maksimum. Perbaiki: tukar isi harga_min dan harga_max. (Kolom ini diabaikan; data lainnya tetap dipakai.)',
      'produk.csv baris 5, kolom id_produsen: Produsen "tidak-ada" tidak ada di produsen.csv (atau barisnya tidak dapat diimpor). Perbaiki: tambahkan produsen itu, perbaiki barisnya, atau perbaiki id_produsen di sini.',
      'produk.csv baris 6, kolom id_produk: ID tidak sah. Perbaiki: gunakan huruf, angka, titik, garis bawah atau tanda hubung saja, misalnya "tas-rotan-01". (Entri ini dilewati.)',
    ]);
    assert.deepEqual(
      result.feed!.products.map((p) => [p.id, p.availability, p.flagship, p.price?.max]),
      [
        ['ok-01', 'made_to_order', true, undefined],
        ['bad-01', undefined, undefined, undefined],
        ['bad-02', undefined, undefined, undefined],
      ],
    );
    assert.deepEqual(
      result.refused.map((r) => `${r.row} ${r.id}`),
      ['5 bad-03', '6 bad 04'],
    );
  });

  it('reports in English with the same rows and columns', () => {
    const result = run(`${PRODUCT_HEADER}\ntas-01,rotan-lestari,Tas,kriya,murah,${IMG}\n`);
    assert.deepEqual(
      result.issues.map((issue) => formatCsvIssue(issue, 'en')),
      [
        'produk.csv row 2, column harga_min: Price "murah" cannot be read. Fix: write a number, e.g. 350000, 350.000 or Rp 350.000. (This field is left out; the rest of the entry is kept.)',
      ],
    );
  });

  it('keeps a producer whose optional cell is wrong, with its products', () => {
    const producers =
      'id_produsen,nama_produsen,kode_wilayah,nib\nrotan-lestari,Rotan,62.71,12345\n';
    const result = run(
      `${PRODUCT_HEADER}\ntas-01,rotan-lestari,Tas,kriya,1000,${IMG}\n`,
      producers,
    );
    assert.deepEqual(lines(result, 'error'), [
      'produsen.csv baris 2, kolom nib: NIB harus 13 angka. Perbaiki: salin NIB dari OSS tanpa spasi atau tanda baca, misalnya "1234567890123". (Kolom ini diabaikan; data lainnya tetap dipakai.)',
    ]);
    assert.deepEqual(result.refused, []);
    assert.equal(result.feed!.products.length, 1);
  });

  it('refuses products of a refused producer, and says why', () => {
    const producers =
      'id_produsen,nama_produsen,kode_wilayah,nib\nrotan lestari,Rotan,62.71,1234567890123\n';
    const result = run(
      `${PRODUCT_HEADER}\ntas-01,rotan-lestari,Tas,kriya,1000,${IMG}\n`,
      producers,
    );
    assert.deepEqual(lines(result, 'error'), [
      'produsen.csv baris 2, kolom id_produsen: ID tidak sah. Perbaiki: gunakan huruf, angka, titik, garis bawah atau tanda hubung saja, misalnya "tas-rotan-01". (Entri ini dilewati.)',
      'produk.csv baris 2, kolom id_produsen: Produsen "rotan-lestari" tidak ada di produsen.csv (atau barisnya tidak dapat diimpor). Perbaiki: tambahkan produsen itu, perbaiki barisnya, atau perbaiki id_produsen di sini.',
    ]);
    assert.equal(result.refused.length, 2);
  });

  it('reads English headers, language columns, lists, booleans and dates', () => {
    const text = [
      'Product ID,Producer ID,Product Name,Product Name (EN),Category,Tags,Materials,Materials_EN,Flagship,Availability,Image,Image Alt,Image Width,Image Height,Halal Certificate,Halal Valid Until,Tokopedia,Updated At',
      `tas-01,rotan-lestari,Tas Rotan,Rattan bag,Kriya,anyaman | rotan,rotan | kayu ulin,rattan | ironwood,yes,pre-order,img/a.jpg,Tas,800,600,ID6211000012345,31/12/2030,https://www.tokopedia.com/contoh,24/08/2026`,
    ].join('\n');
    const result = run(text);
    assert.deepEqual(lines(result), []);
    const product = result.feed!.products[0]!;
    assert.deepEqual(product.name, { id: 'Tas Rotan', en: 'Rattan bag' });
    assert.equal(product.category, 'kriya');
    assert.deepEqual(product.tags, ['anyaman', 'rotan']);
    assert.deepEqual(product.materials, [
      { id: 'rotan', en: 'rattan' },
      { id: 'kayu ulin', en: 'ironwood' },
    ]);
    assert.equal(product.flagship, true);
    assert.equal(product.availability, 'made_to_order');
    assert.deepEqual(product.certifications, [
      { type: 'halal', number: 'ID6211000012345', validUntil: '2030-12-31' },
    ]);
    assert.deepEqual(product.marketplaces, [
      { platform: 'tokopedia', url: 'https://www.tokopedia.com/contoh' },
    ]);
    assert.equal(product.updatedAt, '2026-08-24');
  });

  it('repairs a region code that lost its trailing zero, with a warning', () => {
    const producers = 'id_produsen,nama_produsen,kode_wilayah\nrotan-lestari,Rotan,62.1\n';
    const result = run(
      `${PRODUCT_HEADER}\ntas-01,rotan-lestari,Tas,kriya,1000,${IMG}\n`,
      producers,
    );
    assert.equal(result.feed!.producers[0]!.regionCode, '62.10');
    assert.deepEqual(lines(result), [
      'produsen.csv baris 2, kolom kode_wilayah: Kode wilayah "62.1" dibaca sebagai "62.10" (angka 0 di belakang hilang, biasanya karena Excel). Perbaiki: format kolom ini sebagai Teks.',
    ]);
  });

  it('flags numbers a spreadsheet abbreviated, and half-filled coordinates', () => {
    const producers =
      'id_produsen,nama_produsen,kode_wilayah,nib,lintang,bujur\nrotan-lestari,Rotan,62.71,1.23457E+12,-2.2,\n';
    const result = run(`${PRODUCT_HEADER}\n`, producers);
    assert.deepEqual(
      result.issues.map((i) => `${i.row} ${i.column} ${i.code}`),
      ['2 nib scientific-notation', '2 lintang half-location'],
    );
  });

  it('uses --region for producers that leave kode_wilayah empty', () => {
    const producers = 'id_produsen,nama_produsen\nrotan-lestari,Rotan\n';
    const result = run(
      `${PRODUCT_HEADER}\ntas-01,rotan-lestari,Tas,kriya,1000,${IMG}\n`,
      producers,
    );
    assert.deepEqual(lines(result), []);
    assert.equal(result.feed!.producers[0]!.regionCode, '62.71');
  });

  it('reports duplicate ids on the later row', () => {
    const result = run(
      `${PRODUCT_HEADER}\ntas-01,rotan-lestari,Tas,kriya,1000,${IMG}\ntas-01,rotan-lestari,Tas lagi,kriya,1000,${IMG}\n`,
    );
    assert.deepEqual(
      result.issues.map((i) => `${i.file} ${i.row} ${i.column} ${i.code}`),
      ['produk.csv 3 id_produk duplicate-id'],
    );
  });

  it('imports its own templates without a single issue', () => {
    for (const lang of ['id', 'en'] as const) {
      const files = Object.fromEntries(templateFiles(lang).map((f) => [f.name, f]));
      const names =
        lang === 'id'
          ? ['penerbit', 'produsen', 'produk', 'outlet', 'kategori']
          : ['publisher', 'producers', 'products', 'outlets', 'categories'];
      const [info, producers, products, outlets, categories] = names.map((n) => files[`${n}.csv`]!);
      const result = importFeed({ info, producers, products, outlets, categories }, { lang });
      assert.deepEqual(result.issues, [], lang);
      assert.equal(result.feed!.products.length, 1);
      assert.equal(result.feed!.publisher.regionCode, '62.71');
    }
  });
});

describe('etalase import: outlets', () => {
  it('reports an unreadable required cell once, not again as missing', () => {
    const outlets =
      'id_outlet,nama_outlet,jenis,kode_wilayah,id_produsen\ngaleri,Galeri,gudang,62.71,rotan-lestari\npasar,Pasar UMKM,Pasar,62.71,"rotan-lestari, lain"\n';
    const result = run(`${PRODUCT_HEADER}\n`, PRODUCERS, {
      outlets: { name: 'outlet.csv', text: outlets },
    });
    assert.deepEqual(
      result.issues.map((i) => `${i.file} ${i.row} ${i.column} ${i.severity} ${i.code}`),
      [
        'outlet.csv 2 jenis error unreadable-cell',
        'outlet.csv 3 id_produsen warning unknown-reference',
      ],
    );
    assert.deepEqual(
      result.feed!.outlets.map((o) => [o.id, o.kind, o.producerIds]),
      [['pasar', 'market', ['rotan-lestari', 'lain']]],
    );
  });
});

describe('etalase import: model warnings in spreadsheet words', () => {
  it('names the columns of the picture that lacks a size, as the file heads them', () => {
    const result = run(
      `${PRODUCT_HEADER},Gambar 2,Alt Gambar 2\ntas-01,rotan-lestari,Tas,kriya,1000,${IMG},img/b.jpg,Tas dari samping\n`,
    );
    assert.deepEqual(lines(result), [
      'produk.csv baris 2, kolom Gambar 2: Foto tanpa ukuran; halaman bisa bergeser saat foto dimuat. Perbaiki: isi lebar_gambar_2 dan tinggi_gambar_2 (piksel).',
    ]);
    const english = importFeed(
      {
        producers: {
          name: 'producers.csv',
          text: 'producer_id,producer_name,region_code\nrl,Rotan,62.71\n',
        },
        products: {
          name: 'products.csv',
          text: 'product_id,producer_id,product_name,category,price_min,price_max,unit\nbag,rl,Bag,kriya,5000,,piece\nbag-2,rl,Bag 2,kriya,5000,4000,piece\n',
        },
      },
      { ...OPTIONS, lang: 'en' },
    );
    assert.deepEqual(
      english.issues.map((issue) => formatCsvIssue(issue, 'en')),
      [
        'products.csv row 2, column image: Product without a photo; a placeholder is shown. Fix: fill in the image and image_alt columns.',
        'products.csv row 3, column price_max: The minimum price is above the maximum. Fix: swap price_min and price_max. (This field is left out; the rest of the entry is kept.)',
        'products.csv row 3, column image: Product without a photo; a placeholder is shown. Fix: fill in the image and image_alt columns.',
      ],
    );
  });
});

describe('etalase import: broken files', () => {
  it("honours Excel's sep= line and reports an unclosed quote", () => {
    const withHint = run(
      `sep=;\r\n${PRODUCT_HEADER.replace(/,/g, ';')}\r\ntas-01;rotan-lestari;Tas;kriya;murah;${IMG.replace(/,/g, ';')}\r\n`,
    );
    assert.deepEqual(
      withHint.issues.map((i) => `${i.row} ${i.column} ${i.code}`),
      ['2 harga_min unreadable-cell'],
    );
    const unclosed = run(`${PRODUCT_HEADER}\ntas-01,rotan-lestari,"Tas,kriya,1000,${IMG}\n`);
    assert.ok(unclosed.issues.some((i) => i.code === 'csv-syntax' && i.severity === 'error'));
    assert.equal(unclosed.feed!.products.length, 0);
  });

  it('reports a file without a header row', () => {
    const result = run('');
    assert.deepEqual(
      result.issues.map((i) => `${i.file} ${i.row} ${i.code}`),
      ['produk.csv 1 no-header'],
    );
  });
});
