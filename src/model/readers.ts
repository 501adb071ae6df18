/**
 * Readers of values as people type them (`Rp 25.000`, `1,5 jt`, `24/08/2026`, `24 Agustus 2026`),
 * shared by the lenient feed parser (its repairs) and the CSV importer (its cell readers), so the
 * browser and the CLI read a value the same way. Pure; no DOM, no node.
 */

/**
 * A decimal number with Indonesian or English separators and an optional `Rp`, `jt`/`juta` (million)
 * or `rb`/`ribu` (thousand). A lone dot or comma followed by exactly three digits groups thousands
 * (`1.250.000`, `1,500`); the last separator of two kinds marks the decimals (`350.000,50`).
 */
export function parseAmount(raw: string): number | undefined {
  let text = raw
    .toLowerCase()
    .replace(/^rp\.?|idr/g, '')
    .replace(/[\s\u00a0]/g, '');
  let factor = 1;
  const suffix = /(jt|juta|rb|ribu|k)$/.exec(text);
  if (suffix) {
    factor = suffix[1] === 'jt' || suffix[1] === 'juta' ? 1e6 : 1e3;
    text = text.slice(0, -suffix[1]!.length);
  }
  const negative = text.startsWith('-');
  if (negative) text = text.slice(1);
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return undefined;
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  let normalised: string;
  if (lastDot !== -1 && lastComma !== -1) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    normalised = text.split(group).join('').replace(decimal, '.');
  } else if (lastDot !== -1 || lastComma !== -1) {
    const separator = lastDot !== -1 ? '.' : ',';
    const grouped = new RegExp(`^\\d{1,3}(\\${separator}\\d{3})+$`).test(text);
    normalised = grouped ? text.split(separator).join('') : text.replace(separator, '.');
  } else normalised = text;
  if (!/^\d+(\.\d+)?$/.test(normalised)) return undefined;
  const value = Number(normalised) * factor * (negative ? -1 : 1);
  return Number.isFinite(value) ? value : undefined;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  januari: 1,
  january: 1,
  feb: 2,
  februari: 2,
  february: 2,
  pebruari: 2,
  mar: 3,
  maret: 3,
  march: 3,
  apr: 4,
  april: 4,
  mei: 5,
  may: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  agu: 8,
  agt: 8,
  agustus: 8,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oktober: 10,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  nopember: 11,
  des: 12,
  desember: 12,
  dec: 12,
  december: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` when the day exists in the calendar (no 30 February), else undefined. */
export function calendarDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid =
    year >= 1000 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day;
  return valid ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Whether `value` is an ISO 8601 date or date-time (`2026-11-24`, `2026-11-24T08:00:00+07:00`) whose
 * day exists in the calendar and whose time of day is a real one.
 */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  if (!calendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59))
    return false;
  return true;
}

/**
 * A date as people write it, as ISO: ISO dates and date-times pass through; `24/08/2026`,
 * `24-08-2026`, `24.08.2026` (day first, as in Indonesia) and `24 Agustus 2026` become `2026-08-24`.
 * Undefined when it cannot be read or the day does not exist.
 */
export function parseLooseDate(raw: string): string | undefined {
  const text = raw.trim();
  if (isIsoDate(text)) return text;
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (numeric) return calendarDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const named = /^(\d{1,2})[\s-]+([a-z]+)\.?[\s-]+(\d{4})$/i.exec(text);
  const month = named ? MONTHS[named[2]!.toLowerCase()] : undefined;
  if (named && month) return calendarDate(Number(named[3]), month, Number(named[1]));
  return undefined;
}
