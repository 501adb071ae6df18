/**
 * Reading and writing single spreadsheet cells the way Indonesian stewards type them: `Rp 350.000`,
 * `350.000,00`, `24/08/2020`, `ya`/`tidak`, lists separated by `|` or `;`. Pure functions, no node.
 *
 * A reader returns `{ value }` or `{ error }` with a bilingual fix; the caller attaches row and column.
 */
import { parseAmount, parseLooseDate } from '../../model/readers.js';

export { parseAmount };

import type { Bilingual } from '../../model/vocabulary.js';

export type { Bilingual };
export type CellResult<T> =
  { value: T; error?: undefined } | { value?: undefined; error: Bilingual };

const fail = (id: string, en: string): { error: Bilingual } => ({ error: { id, en } });

const shown = (raw: string) => (raw.length > 40 ? `${raw.slice(0, 37)}…` : raw);

export function readMoney(raw: string): CellResult<number> {
  const value = parseAmount(raw);
  if (value === undefined) {
    return fail(
      `Harga "${shown(raw)}" tidak terbaca. Perbaiki: tulis angka saja, misalnya 350000, 350.000 atau Rp 350.000.`,
      `Price "${shown(raw)}" cannot be read. Fix: write a number, e.g. 350000, 350.000 or Rp 350.000.`,
    );
  }
  return { value };
}

export function readInteger(raw: string): CellResult<number> {
  const value = parseAmount(raw);
  if (value === undefined || !Number.isInteger(value)) {
    return fail(
      `"${shown(raw)}" bukan bilangan bulat. Perbaiki: tulis angka tanpa desimal, misalnya 50.`,
      `"${shown(raw)}" is not a whole number. Fix: write a number without decimals, e.g. 50.`,
    );
  }
  return { value };
}

/** Coordinates: a decimal point or comma, never thousands separators (`-6,175` is -6.175). */
export function readCoordinate(raw: string): CellResult<number> {
  const text = raw.replace(/[\s\u00a0°]/g, '').replace(',', '.');
  if (!/^[-+]?\d+(\.\d+)?$/.test(text)) {
    return fail(
      `Koordinat "${shown(raw)}" tidak terbaca. Perbaiki: tulis derajat desimal, misalnya -2.2096 (lintang) dan 113.9135 (bujur).`,
      `Coordinate "${shown(raw)}" cannot be read. Fix: write decimal degrees, e.g. -2.2096 (latitude) and 113.9135 (longitude).`,
    );
  }
  return { value: Number(text) };
}

const TRUE_WORDS = new Set(['ya', 'y', 'yes', 'true', 'benar', 'betul', '1', 'x', '✓', 'v']);
const FALSE_WORDS = new Set(['tidak', 'tdk', 'no', 'n', 'false', 'salah', '0', '-', 'bukan']);

export function readBoolean(raw: string): CellResult<boolean> {
  const word = raw.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return { value: true };
  if (FALSE_WORDS.has(word)) return { value: false };
  return fail(
    `"${shown(raw)}" bukan ya/tidak. Perbaiki: tulis "ya" atau "tidak".`,
    `"${shown(raw)}" is not yes/no. Fix: write "yes" or "no" (or "ya"/"tidak").`,
  );
}

/**
 * `2020-08-24` and ISO date-times pass through; `24/08/2020`, `24-08-2020`, `24.08.2020` (day first,
 * as in Indonesia) and `24 Agustus 2020` become `2020-08-24`.
 */
export function readDate(raw: string): CellResult<string> {
  const value = parseLooseDate(raw);
  if (value !== undefined) return { value };
  return fail(
    `Tanggal "${shown(raw)}" tidak terbaca. Perbaiki: tulis hari/bulan/tahun, misalnya 24/08/2026, atau 2026-08-24.`,
    `Date "${shown(raw)}" cannot be read. Fix: write day/month/year, e.g. 24/08/2026, or 2026-08-24.`,
  );
}

/** Normalises a word for lookups: `Pesan Dulu` → `pesan_dulu`, `Pre-Order` → `pre_order`. */
export function wordKey(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** Reads one of a fixed set of values, accepting Indonesian and English spellings. */
export function readChoice<T extends string>(
  raw: string,
  synonyms: Record<T, readonly string[]>,
): CellResult<T> {
  const key = wordKey(raw);
  for (const [value, words] of Object.entries(synonyms) as [T, readonly string[]][]) {
    if (key === value || words.some((word) => wordKey(word) === key)) return { value };
  }
  const allowed = Object.values<readonly string[]>(synonyms)
    .map((words) => words[0])
    .join(', ');
  return fail(
    `Nilai "${shown(raw)}" tidak dikenal. Perbaiki: gunakan salah satu dari: ${allowed}.`,
    `Unknown value "${shown(raw)}". Fix: use one of: ${allowed}.`,
  );
}

/**
 * Splits a multi-valued cell. `|` wins when present (so items may contain `;`); otherwise `;` or a
 * line break separates items. Empty items are dropped.
 */
export function splitList(raw: string, extraSeparators = ''): string[] {
  const separator = raw.includes('|') ? /\|/ : new RegExp(`[;\\n${extraSeparators}]`);
  return raw
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export const LIST_SEPARATOR = ' | ';

/** Numbers are written plainly (`350000`, `-6.175`): every spreadsheet and `parseAmount` read them back. */
export function writeNumber(value: number): string {
  return String(value);
}

export function writeBoolean(value: boolean, lang: 'id' | 'en'): string {
  return value ? (lang === 'en' ? 'yes' : 'ya') : lang === 'en' ? 'no' : 'tidak';
}
