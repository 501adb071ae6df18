/**
 * CSV files → a feed validated by the model, with every problem pinned to a file, row and column.
 *
 * Rows whose cells cannot be read, or that the model refuses, are left out and listed; the model runs
 * again without them until nothing else falls away (a product whose producer row was refused is
 * refused too, and says why). Nothing is dropped without an issue.
 */
import { withDroppedNote } from '../../model/issues.js';
import { parseFeed } from '../../model/parse.js';
import type { Feed, FeedInput, FeedIssue } from '../../model/types.js';
import { wordKey, type Bilingual } from './cells.js';
import { imageColumns, TABLES, type ColumnSpec, type TableName } from './columns.js';
import { headerFor, readTable, type CsvIssue, type TableRead } from './table.js';

export interface CsvFile {
  /** Name shown in reports (`produk.csv`). */
  name: string;
  text: string;
}

export type CsvFiles = Partial<Record<TableName, CsvFile>>;

export interface ImportOptions {
  /** Publisher name (overrides `penerbit.csv`). */
  publisher?: string;
  /** Publisher region code (overrides `penerbit.csv`); also the region of rows that leave theirs empty. */
  region?: string;
  /** The feed's `updatedAt`; default now. */
  updatedAt?: string;
  /** Language of the column names reports suggest. */
  lang?: 'id' | 'en';
  /** "Today" for certificate expiry checks. */
  now?: Date;
}

export interface RefusedRow {
  file: string;
  row: number;
  /** The record's id, when its cell could be read. */
  id?: string;
}

export interface ImportResult {
  /** The valid feed (refused rows left out); null when the files cannot make a feed at all. */
  feed: Feed | null;
  /** What was handed to the model (only rows that were not refused). */
  input: FeedInput;
  issues: CsvIssue[];
  refused: RefusedRow[];
  /** Records imported per list. */
  counts: Record<'producers' | 'products' | 'outlets' | 'categories' | 'regions', number>;
}

type ListName = 'producers' | 'products' | 'outlets' | 'categories' | 'regions';
const LISTS: ListName[] = ['regions', 'categories', 'producers', 'products', 'outlets'];

/** Names a field's column: as the row has it, else as the file would head it. */
type NameOf = (field: string) => string;

/** Messages of model codes that read better in spreadsheet words. */
const CSV_MESSAGES: Record<string, (column: string, nameOf: NameOf, path: string) => Bilingual> = {
  'missing-field': (column) => ({
    id: `Wajib diisi. Perbaiki: isi kolom ${column} pada baris ini.`,
    en: `Required. Fix: fill in column ${column} on this row.`,
  }),
  'price-range': (_, nameOf) => ({
    id: `Harga minimum lebih besar dari harga maksimum. Perbaiki: tukar isi ${nameOf('price.min')} dan ${nameOf('price.max')}.`,
    en: `The minimum price is above the maximum. Fix: swap ${nameOf('price.min')} and ${nameOf('price.max')}.`,
  }),
  'price-empty': (_, nameOf) => ({
    id: `Satuan atau mata uang diisi tanpa harga. Perbaiki: isi ${nameOf('price.min')} atau ${nameOf('price.max')}, atau kosongkan ${nameOf('price.unit')} dan ${nameOf('price.currency')}.`,
    en: `Unit or currency without a price. Fix: fill in ${nameOf('price.min')} or ${nameOf('price.max')}, or empty ${nameOf('price.unit')} and ${nameOf('price.currency')}.`,
  }),
  'no-image': (_, nameOf) => ({
    id: `Produk tanpa foto; ditampilkan dengan gambar pengganti. Perbaiki: isi kolom ${nameOf('images[0].src')} dan ${nameOf('images[0].alt')}.`,
    en: `Product without a photo; a placeholder is shown. Fix: fill in the ${nameOf('images[0].src')} and ${nameOf('images[0].alt')} columns.`,
  }),
  'image-size-missing': (_, nameOf, path) => ({
    id: `Foto tanpa ukuran; halaman bisa bergeser saat foto dimuat. Perbaiki: isi ${nameOf(`${path}.width`)} dan ${nameOf(`${path}.height`)} (piksel).`,
    en: `Photo without a size; the page may shift while it loads. Fix: fill in ${nameOf(`${path}.width`)} and ${nameOf(`${path}.height`)} (pixels).`,
  }),
  'missing-alt': (column) => ({
    id: `Foto tanpa keterangan untuk pembaca layar. Perbaiki: isi ${column}, misalnya "Amplang ikan belida dalam kemasan 250 g".`,
    en: `Photo without a description for screen readers. Fix: fill in ${column}, e.g. "Fish crackers in a 250 g pack".`,
  }),
};

function unknownProducerMessage(id: string, producersFile: string): Bilingual {
  return {
    id: `Produsen "${id}" tidak ada di ${producersFile} (atau barisnya tidak dapat diimpor). Perbaiki: tambahkan produsen itu, perbaiki barisnya, atau perbaiki id_produsen di sini.`,
    en: `Producer "${id}" is not in ${producersFile} (or its row could not be imported). Fix: add that producer, fix its row, or correct producer_id here.`,
  };
}

const PATH = /^(\w+)\[(\d+)\]\.?(.*)$/;

const rowIndexes = new WeakMap<TableRead, Map<number, TableRead['rows'][number]>>();
/** Rows by spreadsheet row number (a feed of thousands of rows can have thousands of warnings). */
function rowIndex(read: TableRead): Map<number, TableRead['rows'][number]> {
  let index = rowIndexes.get(read);
  if (!index) {
    index = new Map(read.rows.map((row) => [row.row, row]));
    rowIndexes.set(read, index);
  }
  return index;
}

/** The column a field path came from: exact, else the nearest enclosing field, else the fields inside it. */
function columnOf(fields: Map<string, string>, rest: string): string | undefined {
  let path = rest;
  while (path !== '') {
    const found = fields.get(path);
    if (found) return found;
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    if (cut <= 0) break;
    path = path.slice(0, cut);
  }
  if (rest === '') return undefined;
  const inside = [
    ...new Set(
      [...fields]
        .filter(([field]) => field.startsWith(`${rest}.`) || field.startsWith(`${rest}[`))
        .map(([, header]) => header),
    ),
  ];
  return inside.length ? inside.join(', ') : undefined;
}

/** For a field the row lacks: the header its column has (or would have) in this file. */
function expectedColumn(read: TableRead, rest: string): string | undefined {
  const top = rest.split(/[.[]/)[0];
  const item = /^(\w+)\[(\d+)\]\.(\w+)/.exec(rest);
  let spec: ColumnSpec | undefined;
  if (item?.[1] === 'images') {
    spec = imageColumns('images', Number(item[2]) + 1).find((c) => c.path[0] === item[3]);
    const known = spec && read.table.columns.find((c) => c.id === spec!.id);
    spec = known ?? spec;
  }
  spec ??=
    read.table.columns.find((c) => !c.group && c.path.join('.') === rest) ??
    read.table.columns.find((c) => (c.group ? c.group.at[0] : c.path[0]) === top);
  return spec ? headerFor(read, spec) : undefined;
}

export function importFeed(files: CsvFiles, options: ImportOptions = {}): ImportResult {
  const lang = options.lang ?? 'id';
  const issues: CsvIssue[] = [];
  const reads: Partial<Record<TableName, TableRead>> = {};
  for (const name of Object.keys(files) as TableName[]) {
    const file = files[name];
    if (!file) continue;
    const optional: string[] = [];
    if (name === 'info') {
      if (options.publisher) optional.push('penerbit');
      if (options.region) optional.push('kode_wilayah');
    } else if (options.region && (name === 'producers' || name === 'outlets'))
      optional.push('kode_wilayah');
    const read = readTable(TABLES[name], file.name, file.text, { optional, lang });
    reads[name] = read;
    issues.push(...read.issues);
  }

  // The envelope: penerbit.csv's first row, then the command-line options.
  const info = reads.info;
  const infoRecord: Record<string, unknown> = { ...(info?.rows[0]?.decoded.record ?? {}) };
  if (info && info.rows.length > 1) {
    issues.push({
      file: info.file,
      row: info.rows[1]!.row,
      severity: 'warning',
      code: 'extra-info-rows',
      message: {
        id: 'Berkas ini cukup berisi satu baris data; baris berikutnya diabaikan. Perbaiki: hapus baris tambahan.',
        en: 'This file holds one data row; later rows are ignored. Fix: delete the extra rows.',
      },
    });
  }
  const publisher = { ...((infoRecord['publisher'] as Record<string, unknown> | undefined) ?? {}) };
  if (options.publisher) publisher['name'] = options.publisher;
  if (options.region) publisher['regionCode'] = options.region;
  const defaultRegion =
    options.region ??
    (typeof publisher['regionCode'] === 'string' ? publisher['regionCode'] : undefined);

  const refusedRows = new Map<TableName, Set<number>>();
  const refuse = (list: TableName, row: number) => {
    const set = refusedRows.get(list) ?? new Set();
    refusedRows.set(list, set);
    set.add(row);
  };
  for (const name of LISTS) {
    const read = reads[name];
    if (!read) continue;
    for (const row of read.rows) if (read.missing.length) refuse(name, row.row);
  }

  // Categories declared in kategori.csv may be named by their label in produk.csv ("Paket Acara").
  const declaredIds = new Set<string>();
  const byLabel = new Map<string, string>();
  for (const row of reads.categories?.rows ?? []) {
    const { id, name } = row.decoded.record;
    if (typeof id !== 'string') continue;
    declaredIds.add(id);
    const labels = typeof name === 'string' ? [name] : Object.values(name ?? {});
    for (const label of labels) if (typeof label === 'string') byLabel.set(wordKey(label), id);
  }
  const categoryOf = (value: unknown) =>
    typeof value === 'string' && !declaredIds.has(value)
      ? (byLabel.get(wordKey(value)) ?? value)
      : value;

  // A row with an unreadable cell goes to the model without that cell: an optional field is then
  // simply absent (the cell's issue says why), and only a missing required field refuses the row.
  const recordsOf = (name: ListName) => {
    const read = reads[name];
    if (!read) return { records: [] as Record<string, unknown>[], rows: [] as number[] };
    const kept = read.rows.filter((row) => !refusedRows.get(name)?.has(row.row));
    const records = kept.map((row) => {
      const record = { ...row.decoded.record };
      if (
        (name === 'producers' || name === 'outlets') &&
        record['regionCode'] === undefined &&
        defaultRegion
      )
        record['regionCode'] = defaultRegion;
      if (name === 'products' && record['category'] !== undefined)
        record['category'] = categoryOf(record['category']);
      return record;
    });
    return { records, rows: kept.map((row) => row.row) };
  };

  const seen = new Set<string>();
  const addIssue = (issue: CsvIssue) => {
    // Paths shift between passes (refused rows leave the lists), rows and columns do not.
    const key = `${issue.file}|${issue.row}|${issue.column}|${issue.code}|${issue.message.en}`;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(issue);
    }
  };

  let input!: FeedInput;
  let parsed!: ReturnType<typeof parseFeed>;
  for (let pass = 0; pass < 10; pass++) {
    const lists = Object.fromEntries(LISTS.map((name) => [name, recordsOf(name)])) as Record<
      ListName,
      ReturnType<typeof recordsOf>
    >;
    const { version: _v, updatedAt: _u, ...envelope } = infoRecord;
    input = {
      version: 1,
      ...envelope,
      publisher,
      updatedAt: options.updatedAt ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      ...(reads.categories ? { categories: lists.categories.records } : {}),
      ...(reads.regions ? { regions: lists.regions.records } : {}),
      producers: lists.producers.records,
      products: lists.products.records,
      ...(reads.outlets ? { outlets: lists.outlets.records } : {}),
    } as FeedInput;
    parsed = parseFeed(input, { now: options.now });
    let refusedMore = false;
    for (const issue of parsed.issues) {
      const located = locate(issue, lists, reads, options, lang);
      if (!located.skip) addIssue(located.issue);
      // Only what the model left out as a whole refuses a row; a dropped field or item does not.
      if (
        issue.dropped === 'record' &&
        located.list &&
        located.row !== undefined &&
        !refusedRows.get(located.list)?.has(located.row)
      ) {
        refuse(located.list, located.row);
        refusedMore = true;
      }
    }
    if (!refusedMore) break;
  }

  const refused: RefusedRow[] = [];
  for (const name of LISTS) {
    const read = reads[name];
    if (!read) continue;
    for (const row of read.rows) {
      if (!refusedRows.get(name)?.has(row.row)) continue;
      const id = row.decoded.record[name === 'regions' ? 'code' : 'id'];
      refused.push({ file: read.file, row: row.row, ...(typeof id === 'string' ? { id } : {}) });
    }
  }
  // An unreadable cell of a row that was imported: the row stays, without that value.
  const CELL_ERRORS = new Set(['unreadable-cell', 'scientific-notation', 'half-location']);
  const tableOf = new Map(
    LISTS.flatMap((name) => (reads[name] ? [[reads[name]!.file, name]] : [])),
  );
  const kept = issues.map((issue) => {
    const table = tableOf.get(issue.file);
    if (!CELL_ERRORS.has(issue.code) || issue.row === undefined || !table) return issue;
    if (refusedRows.get(table)?.has(issue.row)) return issue;
    return { ...issue, message: withDroppedNote(issue.message, 'field') };
  });
  const feed = parsed.feed;
  return {
    feed,
    input,
    issues: sortIssues(kept, reads),
    refused,
    counts: {
      producers: feed?.producers.length ?? 0,
      products: feed?.products.length ?? 0,
      outlets: feed?.outlets.length ?? 0,
      categories: feed?.categories.length ?? 0,
      regions: feed?.regions.length ?? 0,
    },
  };
}

interface Located {
  issue: CsvIssue;
  list?: TableName;
  row?: number;
  skip?: boolean;
}

function locate(
  issue: FeedIssue,
  lists: Record<ListName, { records: Record<string, unknown>[]; rows: number[] }>,
  reads: Partial<Record<TableName, TableRead>>,
  options: ImportOptions,
  lang: 'id' | 'en',
): Located {
  const base = {
    severity: issue.severity,
    code: issue.code,
    message: issue.message,
    path: issue.path,
  };
  const match = PATH.exec(issue.path);
  if (match && (LISTS as string[]).includes(match[1]!)) {
    const list = match[1] as ListName;
    const read = reads[list]!;
    const index = Number(match[2]);
    const row = lists[list].rows[index]!;
    const rest = match[3]!;
    const decoded = rowIndex(read).get(row)!.decoded;
    // A missing field is named by its own column (the caption, not the photo it belongs to).
    const missing = issue.code === 'missing-field' || issue.code === 'missing-alt';
    const column =
      (missing ? (decoded.fields.get(rest) ?? expectedColumn(read, rest)) : undefined) ??
      columnOf(decoded.fields, rest) ??
      expectedColumn(read, rest);
    // The cell itself was unreadable and already reported; the model only misses its value.
    const unreadable = decoded.issues.some(
      (cell) => cell.severity === 'error' && cell.column.header === column,
    );
    if (unreadable) return { issue: { ...base, file: read.file }, list, row, skip: true };
    let message = issue.message;
    if (issue.code === 'unknown-producer') {
      const producersFile = reads.producers?.file ?? TABLES.producers.file[lang];
      message = unknownProducerMessage(
        String(lists.products.records[index]?.['producerId'] ?? ''),
        producersFile,
      );
    } else if (CSV_MESSAGES[issue.code] && column) {
      const nameOf: NameOf = (field) =>
        decoded.fields.get(field) ?? expectedColumn(read, field) ?? field;
      message = CSV_MESSAGES[issue.code]!(column, nameOf, rest);
      if (issue.dropped) message = withDroppedNote(message, issue.dropped);
    }
    return {
      issue: { ...base, message, file: read.file, row, ...(column ? { column } : {}) },
      list,
      row,
    };
  }
  // Envelope fields: penerbit.csv, or the command-line option that set them.
  const info = reads.info;
  const top = issue.path.split(/[.[]/)[0] ?? '';
  const fromOption =
    (issue.path.startsWith('publisher.name') && options.publisher) ||
    (issue.path.startsWith('publisher.regionCode') && options.region);
  if (fromOption) {
    const flag = issue.path.startsWith('publisher.name') ? '--publisher' : '--region';
    return { issue: { ...base, file: flag } };
  }
  if (info && info.rows[0] && top !== 'producers' && top !== 'products') {
    const rest = issue.path;
    const column = columnOf(info.rows[0].decoded.fields, rest) ?? expectedColumn(info, rest);
    const message =
      issue.code === 'missing-field' && column
        ? CSV_MESSAGES['missing-field']!(column, (field) => field, rest)
        : issue.message;
    return {
      issue: {
        ...base,
        message,
        file: info.file,
        row: info.rows[0].row,
        ...(column ? { column } : {}),
      },
    };
  }
  if (issue.path.startsWith('publisher') && issue.code === 'missing-field') {
    const flag = issue.path.startsWith('publisher.regionCode') ? '--region' : '--publisher';
    return {
      issue: {
        ...base,
        file: flag,
        message: {
          id: `Data penerbit belum ada. Perbaiki: tambahkan ${flag} (misalnya ${flag === '--region' ? '--region 62.71' : '--publisher "Dinas Koperasi dan UKM Kota Palangka Raya"'}) atau isi penerbit.csv.`,
          en: `The publisher is missing. Fix: add ${flag} (e.g. ${flag === '--region' ? '--region 62.71' : '--publisher "Palangka Raya Cooperatives and SME Office"'}) or fill in publisher.csv.`,
        },
      },
    };
  }
  // A required list with no file (`producers`, `products`): the command checks this; keep the model's words.
  return { issue: { ...base, file: top ? `${top}` : '(feed)' } };
}

function sortIssues(issues: CsvIssue[], reads: Partial<Record<TableName, TableRead>>): CsvIssue[] {
  const order = ['info', 'regions', 'categories', 'producers', 'products', 'outlets'].map(
    (name) => reads[name as TableName]?.file,
  );
  const rank = (issue: CsvIssue) => {
    const i = order.indexOf(issue.file);
    return i === -1 ? -1 : i;
  };
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort(
      (a, b) =>
        rank(a.issue) - rank(b.issue) || (a.issue.row ?? 0) - (b.issue.row ?? 0) || a.i - b.i,
    )
    .map(({ issue }) => issue);
}

/** `produk.csv baris 12, kolom harga_min: …` / `produk.csv row 12, column harga_min: …` */
export function formatCsvIssue(issue: CsvIssue, lang: 'id' | 'en'): string {
  const where = [issue.file];
  if (issue.row !== undefined) where.push(`${lang === 'id' ? 'baris' : 'row'} ${issue.row}`);
  const place = issue.column
    ? `${where.join(' ')}, ${lang === 'id' ? 'kolom' : 'column'} ${issue.column}`
    : where.join(' ');
  return `${place}: ${issue.message[lang]}`;
}

/** `produk.csv baris 5 (tas-01), 12; produsen.csv baris 3` */
export function formatRefused(refused: readonly RefusedRow[], lang: 'id' | 'en'): string[] {
  const byFile = new Map<string, RefusedRow[]>();
  for (const row of refused) byFile.set(row.file, [...(byFile.get(row.file) ?? []), row]);
  return [...byFile].map(
    ([file, rows]) =>
      `${file} ${lang === 'id' ? 'baris' : 'rows'} ${rows.map((r) => (r.id ? `${r.row} (${r.id})` : String(r.row))).join(', ')}`,
  );
}
