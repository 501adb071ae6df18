/**
 * Matching spreadsheet headers to columns: `Nama Produk`, `NAMA_PRODUK` and `nama-produk` all mean
 * `nama_produk`; `nama_produk_en` is its English text; `gambar_2` is the second picture.
 */
import { wordKey } from './cells.js';
import { imageColumns, type ColumnSpec, type TableSpec } from './columns.js';

/** A header of the file, resolved to a column. */
export interface ResolvedColumn {
  spec: ColumnSpec;
  /** Language of a text column's variant (`en` for `nama_produk_en`); undefined for the main text. */
  lang?: string;
  /** Header as written in the file (reports quote it). */
  header: string;
  /** Position in the row. */
  index: number;
}

/** `Nama Produk (EN)` → `nama_produk_en`. */
export const normalizeHeader = wordKey;

const LANG_SUFFIX = /^(.+)_([a-z]{2,3})$/;
const NUMBER_SUFFIX = /^(.+?)_?(\d+)$/;
const MAX_IMAGES = 20;

const TEXT_KINDS = new Set(['localized', 'localizedList']);

/** Units stewards write after a header: `harga_rp`, `harga_idr`, `berat_kg`. */
const UNIT_SUFFIX = /_(rp|idr|rupiah|kg|gram|g|pcs|buah|hari|days)$/;

/** Lookup of every accepted spelling of a table's columns. */
export class HeaderIndex {
  private readonly byName = new Map<string, ColumnSpec>();

  constructor(readonly table: TableSpec) {
    for (const spec of table.columns) this.add(spec);
  }

  private add(spec: ColumnSpec) {
    for (const name of [spec.id, spec.en, ...(spec.aliases ?? [])]) {
      const key = normalizeHeader(name);
      if (!this.byName.has(key)) this.byName.set(key, spec);
    }
  }

  /**
   * The column a header means, with its language variant; undefined for an unknown header. A unit
   * in brackets or at the end (`Harga (Rp)`, `Harga Maksimal Rp`, `Berat (kg)`) does not count.
   */
  resolve(header: string): { spec: ColumnSpec; lang?: string } | undefined {
    const found = this.resolveKey(normalizeHeader(header));
    if (found) return found;
    const withoutUnit = normalizeHeader(header.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')).replace(
      UNIT_SUFFIX,
      '',
    );
    return withoutUnit ? this.resolveKey(withoutUnit) : undefined;
  }

  private resolveKey(key: string): { spec: ColumnSpec; lang?: string } | undefined {
    if (key === '') return undefined;
    const direct = this.lookup(key);
    if (direct) return { spec: direct };
    const lang = LANG_SUFFIX.exec(key);
    if (lang) {
      const base = this.lookup(lang[1]!);
      if (base && TEXT_KINDS.has(base.kind))
        return lang[2] === 'id' ? { spec: base } : { spec: base, lang: lang[2]! };
    }
    return undefined;
  }

  private lookup(key: string): ColumnSpec | undefined {
    const found = this.byName.get(key);
    if (found) return found;
    // Numbered image columns: `gambar_2`, `alt_gambar_2`, `foto2`.
    const numbered = NUMBER_SUFFIX.exec(key);
    if (!numbered) return undefined;
    const n = Number(numbered[2]);
    const base = this.byName.get(numbered[1]!);
    if (!base?.group || base.group.at.join('.') !== 'images' || n < 2 || n > MAX_IMAGES)
      return undefined;
    const spec = imageColumns('images', n).find(
      (candidate) => candidate.path.join('.') === base.path.join('.'),
    );
    return spec;
  }

  /** All spellings, for suggesting the nearest one to an unknown header. */
  names(): string[] {
    return [...this.byName.keys()];
  }

  /** The column name templates use for a spelling (`harga` → `harga_min`). */
  canonical(name: string): string | undefined {
    return this.byName.get(name)?.id;
  }
}

/** Edit distance, for "did you mean" suggestions. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The closest known header, when it is close enough to be a typo. */
export function suggestHeader(index: HeaderIndex, header: string): string | undefined {
  const key = normalizeHeader(header);
  let best: { name: string; d: number } | undefined;
  for (const name of index.names()) {
    const d = distance(key, name);
    if (!best || d < best.d) best = { name, d };
  }
  if (best && best.d <= (key.length <= 6 ? 1 : Math.floor(key.length / 4))) return best.name;
  // No near spelling: a known name whose words all appear in the header (`Harga Grosir` → harga_min).
  const words = new Set(key.split('_'));
  let within: string | undefined;
  for (const name of index.names()) {
    if (name.length < 3 || !name.split('_').every((word) => words.has(word))) continue;
    if (!within || name.length > within.length) within = name;
  }
  return within === undefined ? undefined : (index.canonical(within) ?? within);
}
