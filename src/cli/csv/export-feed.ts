/**
 * A feed → the CSV files a steward edits, such that importing them gives the same feed back.
 *
 * Each record is written into the columns, then read back from those very cells; any field that does
 * not come back identical (a second certificate of the same type, image variants, links in an order
 * the columns cannot keep) is written whole, as JSON, into the `data_lain` column instead, and its
 * ordinary columns are left empty for that row.
 */
import * as z from 'zod/mini';
import { envelopeShape, recordSchemas } from '../../model/schema.js';
import type { Feed } from '../../model/types.js';
import {
  imageColumns,
  TABLES,
  type ColumnSpec,
  type TableName,
  type TableSpec,
} from './columns.js';
import type { ResolvedColumn } from './headers.js';
import { decodeRow, encodeCell } from './rows.js';
import { writeCsv } from './text.js';

type Json = Record<string, unknown>;

export interface ExportOptions {
  /** Header and value language (`nama_produk`, `tersedia` / `product_name`, `in_stock`). Default `id`. */
  lang?: 'id' | 'en';
  /** Cell separator: `,` (default) or `;`. */
  delimiter?: string;
}

export interface ExportedFile {
  table: TableName;
  name: string;
  text: string;
  rows: number;
  /** Rows that needed the JSON column. */
  jsonRows: number;
}

const InfoSchema = z.object({
  publisher: envelopeShape.publisher,
  license: envelopeShape.license,
  languages: envelopeShape.languages,
  includes: envelopeShape.includes,
  $schema: envelopeShape.$schema,
  certificateLookups: envelopeShape.certificateLookups,
});

const SCHEMAS: Record<TableName, z.ZodMiniType> = { ...recordSchemas, info: InfoSchema };

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Json)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Json)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => deepEqual((a as Json)[k], (b as Json)[k]));
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Languages other than Indonesian used by a text field across records. */
function languagesAt(records: readonly Json[], read: (record: Json) => unknown[]): string[] {
  const langs = new Set<string>();
  for (const record of records) {
    for (const value of read(record))
      if (isObject(value)) for (const key of Object.keys(value)) if (key !== 'id') langs.add(key);
  }
  return [...langs].sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
}

function valuesAt(record: Json, spec: ColumnSpec): unknown[] {
  let owners: unknown[] = [record];
  if (spec.group) {
    let node: unknown = record;
    for (const key of spec.group.at) node = isObject(node) ? node[key] : undefined;
    owners = Array.isArray(node) ? node : [node];
  }
  return owners.flatMap((owner) => {
    let node: unknown = owner;
    for (const key of spec.path) node = isObject(node) ? node[key] : undefined;
    return spec.kind === 'localizedList' && Array.isArray(node) ? node : [node];
  });
}

/**
 * Links are read back in column order, so the platform columns are ordered to agree with the order
 * of links inside the records (a topological order of "comes before", defaulting to the usual order):
 * records then keep their own order without the JSON column, unless two records disagree.
 */
function orderLinkColumns(columns: readonly ColumnSpec[], records: readonly Json[]): ColumnSpec[] {
  const ordered = [...columns];
  for (let start = 0; start < ordered.length; start++) {
    const path = ordered[start]!.path[0]!;
    if (ordered[start]!.kind !== 'link') continue;
    let end = start;
    while (ordered[end + 1]?.kind === 'link' && ordered[end + 1]!.path[0] === path) end++;
    const block = ordered.slice(start, end + 1);
    const position = new Map(block.map((spec, i) => [spec.platform!, i]));
    const after = block.map(() => new Set<number>());
    const before = block.map(() => 0);
    for (const record of records) {
      const links = record[path];
      if (!Array.isArray(links)) continue;
      const seen = links
        .map((link) => position.get(String(isObject(link) ? link['platform'] : '')))
        .filter((i): i is number => i !== undefined);
      for (let i = 1; i < seen.length; i++) {
        const [a, b] = [seen[i - 1]!, seen[i]!];
        if (a !== b && !after[a]!.has(b)) {
          after[a]!.add(b);
          before[b]!++;
        }
      }
    }
    const result: number[] = [];
    const ready = block.map((_, i) => i).filter((i) => before[i] === 0);
    while (ready.length) {
      ready.sort((a, b) => a - b);
      const next = ready.shift()!;
      result.push(next);
      for (const b of after[next]!) if (--before[b]! === 0) ready.push(b);
    }
    // Records that disagree (a cycle): the rest keep the usual order; those records use the JSON column.
    for (let i = 0; i < block.length; i++) if (!result.includes(i)) result.push(i);
    ordered.splice(start, block.length, ...result.map((i) => block[i]!));
    start = end;
  }
  return ordered;
}

/** Every column this table could need for these records, in order. */
function candidateColumns(
  table: TableSpec,
  records: readonly Json[],
  lang: 'id' | 'en',
): Omit<ResolvedColumn, 'index'>[] {
  const images = Math.max(
    0,
    ...records.map((r) => (Array.isArray(r['images']) ? r['images'].length : 0)),
  );
  const specs: ColumnSpec[] = [];
  for (const spec of orderLinkColumns(table.columns, records)) {
    specs.push(spec);
    // Further images right after the first image's columns.
    if (
      spec.group?.at.join('.') === 'images' &&
      spec.group.key === '1' &&
      spec.path[0] === 'height'
    ) {
      for (let n = 2; n <= images; n++) specs.push(...imageColumns('images', n));
    }
  }
  const columns: Omit<ResolvedColumn, 'index'>[] = [];
  for (const spec of specs) {
    const header = lang === 'en' ? spec.en : spec.id;
    columns.push({ spec, header });
    if (spec.kind === 'localized' || spec.kind === 'localizedList') {
      const langs = languagesAt(records, (record) => valuesAt(record, spec));
      for (const variant of langs)
        columns.push({ spec, lang: variant, header: `${header}_${variant}` });
    }
  }
  return columns;
}

/** Writes one table; records must be valid (as `parseFeed` returns them). */
export function exportTable(
  name: TableName,
  records: readonly Json[],
  options: ExportOptions = {},
): ExportedFile {
  const lang = options.lang ?? 'id';
  const table = TABLES[name];
  const schema = SCHEMAS[name];
  const columns: ResolvedColumn[] = candidateColumns(table, records, lang).map((c, index) => ({
    ...c,
    index,
  }));
  const jsonColumn = columns.find((c) => c.spec.kind === 'json');
  let jsonRows = 0;

  const rows = records.map((record) => {
    const cells = columns.map((column) => encodeCell(record, column, lang));
    const back = schema.safeParse(decodeRow(columns, cells).record);
    const decoded: Json = back.success ? (back.data as Json) : {};
    const extra: Json = {};
    for (const key of new Set([...Object.keys(record), ...Object.keys(decoded)])) {
      if (!deepEqual(record[key], decoded[key])) extra[key] = record[key] ?? null;
    }
    if (Object.keys(extra).length && jsonColumn) {
      jsonRows++;
      for (const column of columns) {
        const top = column.spec.group ? column.spec.group.at[0] : column.spec.path[0];
        if (top !== undefined && top in extra) cells[column.index] = '';
      }
      cells[jsonColumn.index] = JSON.stringify(extra);
    }
    return cells;
  });

  // Keep the columns a steward is expected to fill in, and any other column with data.
  const keep = columns.filter(
    (c) =>
      (c.spec.core && (!c.lang || c.lang === 'en')) || rows.some((cells) => cells[c.index] !== ''),
  );
  const text = writeCsv(
    keep.map((c) => c.header),
    rows.map((cells) => keep.map((c) => cells[c.index]!)),
    { delimiter: options.delimiter },
  );
  return { table: name, name: table.file[lang], text, rows: rows.length, jsonRows };
}

/** The feed's CSV files: `penerbit.csv`, `produsen.csv`, `produk.csv`, and the optional lists it has. */
export function exportFeed(feed: Feed, options: ExportOptions = {}): ExportedFile[] {
  const info: Json = { publisher: feed.publisher };
  for (const key of ['license', 'languages', 'includes', '$schema', 'certificateLookups'] as const)
    if (feed[key] !== undefined) info[key] = feed[key];
  const files: ExportedFile[] = [exportTable('info', [info], options)];
  if (feed.regions.length)
    files.push(exportTable('regions', feed.regions as unknown as Json[], options));
  if (feed.categories.length)
    files.push(exportTable('categories', feed.categories as unknown as Json[], options));
  files.push(exportTable('producers', feed.producers as unknown as Json[], options));
  files.push(exportTable('products', feed.products as unknown as Json[], options));
  if (feed.outlets.length)
    files.push(exportTable('outlets', feed.outlets as unknown as Json[], options));
  return files;
}
