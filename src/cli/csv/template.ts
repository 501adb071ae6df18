/**
 * `etalase import --template`: empty CSV files with the expected headers and one example row each,
 * and a short guide for data stewards (PANDUAN.md in Indonesian, GUIDE.md in English), generated from
 * the column list so it never drifts from what the importer accepts.
 */
import { TABLES, type ColumnSpec, type TableName, type TableSpec } from './columns.js';
import { writeCsv } from './text.js';

export interface TemplateFile {
  name: string;
  text: string;
}

const TEMPLATE_TABLES: TableName[] = ['info', 'producers', 'products', 'outlets', 'categories'];

const headerOf = (spec: ColumnSpec, lang: 'id' | 'en') => (lang === 'en' ? spec.en : spec.id);

function coreColumns(table: TableSpec, lang: 'id' | 'en'): { header: string; example: string }[] {
  return table.columns
    .filter((spec) => spec.core)
    .flatMap((spec) => {
      const header = headerOf(spec, lang);
      const main = { header, example: spec.example ?? '' };
      return spec.kind === 'localized' || spec.kind === 'localizedList'
        ? [main, { header: `${header}_en`, example: '' }]
        : [main];
    });
}

export function templateFiles(lang: 'id' | 'en' = 'id', delimiter = ','): TemplateFile[] {
  const files = TEMPLATE_TABLES.map((name) => {
    const table = TABLES[name];
    const columns = coreColumns(table, lang);
    return {
      name: table.file[lang],
      text: writeCsv(
        columns.map((c) => c.header),
        [columns.map((c) => c.example)],
        { delimiter },
      ),
    };
  });
  return [
    ...files,
    { name: 'PANDUAN.md', text: guide('id') },
    { name: 'GUIDE.md', text: guide('en') },
  ];
}

const WORDS = {
  id: {
    title: 'Panduan mengisi berkas CSV Etalase',
    intro:
      'Isi berkas-berkas ini di Excel, LibreOffice atau Google Sheets, simpan sebagai CSV (UTF-8), lalu jalankan:',
    rules: [
      'Baris pertama adalah judul kolom. Judul boleh bahasa Indonesia atau Inggris, huruf besar/kecil dan spasi bebas (`Nama Produk` = `nama_produk`). Kolom yang tidak perlu boleh dihapus; kolom tambahan boleh ditambah dari daftar di bawah.',
      'Baris contoh boleh ditimpa atau dihapus.',
      'Pemisah sel: koma atau titik koma (Excel berbahasa Indonesia menyimpan dengan titik koma); keduanya dikenali.',
      'Beberapa nilai dalam satu sel (tag, bahan, ID): pisahkan dengan `|`, misalnya `amplang | oleh-oleh`. `;` juga bisa, tetapi jika berkas memakai titik koma sebagai pemisah sel, sel itu harus diberi tanda kutip — pakailah `|`.',
      'Harga: `25000`, `25.000`, `Rp 25.000` atau `1,5 jt` semuanya terbaca.',
      'Tanggal: `24/08/2026` (hari/bulan/tahun), `24 Agustus 2026` atau `2026-08-24`.',
      'Ya/tidak: `ya`, `tidak` (juga `yes`/`no`, `1`/`0`).',
      'Teks bahasa Inggris: kolom yang sama dengan akhiran `_en`, misalnya `nama_produk_en`.',
      'Format kolom kode wilayah, NIB dan nomor telepon sebagai **Teks** agar spreadsheet tidak membuang angka 0 atau meringkas angka.',
      'Foto berikutnya: `gambar_2`, `alt_gambar_2`, `lebar_gambar_2`, `tinggi_gambar_2`, dan seterusnya.',
      'Kolom `data_lain` berisi JSON untuk isian yang jarang; biasanya diisi oleh `etalase export`. Biarkan apa adanya.',
    ],
    after:
      'Setiap masalah dilaporkan dengan nama berkas, nomor baris dan nama kolom, beserta cara memperbaikinya. Baris yang tidak dapat diimpor disebutkan semuanya.',
    roundTrip:
      'Untuk menyunting feed yang sudah ada: `etalase export feed.json --out-dir csv/`, sunting, lalu `etalase import --dir csv/ --out feed.json`.',
    files: 'Berkas',
    column: 'Kolom',
    example: 'Contoh',
    required: 'wajib',
    more: 'Kolom lain yang dikenali',
    docs: 'Panduan lengkap: docs/csv-import.id.md',
  },
  en: {
    title: 'Guide to the Etalase CSV files',
    intro:
      'Fill these files in Excel, LibreOffice or Google Sheets, save them as CSV (UTF-8), then run:',
    rules: [
      'The first row holds the column headers, in Indonesian or English; case and spaces do not matter (`Product Name` = `product_name`). Delete columns you do not need; add more from the lists below.',
      'Overwrite or delete the example row.',
      'Cell separator: comma or semicolon (Excel with Indonesian settings saves semicolons); both are recognised.',
      'Several values in one cell (tags, materials, ids): separate them with `|`, e.g. `amplang | oleh-oleh`. `;` works too, but when the file uses semicolons between cells that cell must be quoted — use `|`.',
      'Prices: `25000`, `25.000`, `Rp 25.000` and `1,5 jt` are all understood.',
      'Dates: `24/08/2026` (day/month/year), `24 August 2026` or `2026-08-24`.',
      'Yes/no: `yes`, `no` (also `ya`/`tidak`, `1`/`0`).',
      'English text: the same column with an `_en` suffix, e.g. `product_name_en`.',
      'Format the region code, NIB and phone columns as **Text**, so the spreadsheet keeps leading and trailing zeros and long numbers.',
      'More photos: `image_2`, `image_alt_2`, `image_width_2`, `image_height_2`, and so on.',
      'The `extra_json` column holds JSON for rare fields; `etalase export` fills it when needed. Leave it as it is.',
    ],
    after:
      'Every problem is reported with the file name, row number and column name, and how to fix it. Every row that cannot be imported is listed.',
    roundTrip:
      'To edit an existing feed: `etalase export feed.json --out-dir csv/ --lang en`, edit, then `etalase import --dir csv/ --out feed.json`.',
    files: 'File',
    column: 'Column',
    example: 'Example',
    required: 'required',
    more: 'Other recognised columns',
    docs: 'Full guide: docs/csv-import.md',
  },
} as const;

function guide(lang: 'id' | 'en'): string {
  const w = WORDS[lang];
  const file = (name: TableName) => TABLES[name].file[lang];
  const lines = [
    `# ${w.title}`,
    '',
    w.intro,
    '',
    '```sh',
    `etalase import --dir . --out feed.json`,
    `# ${lang === 'id' ? 'atau' : 'or'}: etalase import --producers ${file('producers')} --products ${file('products')} --outlets ${file('outlets')} --publisher "…" --region 62.71 --out feed.json`,
    '```',
    '',
    ...w.rules.map((rule) => `- ${rule}`),
    '',
    w.after,
    '',
    w.roundTrip,
    '',
  ];
  for (const name of TEMPLATE_TABLES) {
    const table = TABLES[name];
    lines.push(
      `## ${table.file[lang]}`,
      '',
      `| ${w.column} | ${w.example} | |`,
      '| --- | --- | --- |',
    );
    for (const spec of table.columns.filter((c) => c.core)) {
      const cell = (text: string) => text.replace(/\|/g, '\\|');
      const name = `\`${headerOf(spec, lang)}\`${spec.required ? ` (${w.required})` : ''}`;
      lines.push(
        `| ${name} | ${spec.example ? `\`${cell(spec.example)}\`` : ''} | ${cell(spec.help?.[lang] ?? '')} |`,
      );
    }
    const others = table.columns.filter((c) => !c.core).map((c) => `\`${headerOf(c, lang)}\``);
    if (others.length) lines.push('', `${w.more}: ${others.join(', ')}.`);
    lines.push('');
  }
  lines.push(w.docs, '');
  return lines.join('\n');
}
