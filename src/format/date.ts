import type { Language } from './language.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: Language, withTime: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${withTime}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
      // Dates written without a zone in the feed are read as local dates; keep them as written.
      timeZone: withTime ? undefined : 'UTC',
    });
    formatters.set(key, format);
  }
  return format;
}

/**
 * Month names as `Intl.DateTimeFormat` writes them (`id-ID`, `en-GB`, `month: 'long'`). A date without
 * its time is written from these: the first `Intl.DateTimeFormat` of a page costs tens of ms at 4× CPU
 * (its locale data), inside the showcase's first render or hydration.
 */
const MONTHS: Record<Language, readonly string[]> = {
  id: 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember'.split(
    ' ',
  ),
  en: 'January February March April May June July August September October November December'.split(
    ' ',
  ),
};

/** `2026-08-24` → `24 Agustus 2026` / `24 August 2026`; `''` for an invalid date. */
export function formatDate(
  iso: string | undefined,
  lang: Language,
  options: { withTime?: boolean } = {},
): string {
  if (!iso) return '';
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const time = Date.parse(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(time)) return '';
  if (options.withTime && !dateOnly) return dateFormat(lang, true).format(time);
  // The date in UTC, as `dateFormat(lang, false)` (timeZone 'UTC') writes it.
  const date = new Date(time);
  return `${date.getUTCDate()} ${MONTHS[lang][date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** A date range for expos: `29 Januari – 2 Februari 2020`. */
export function formatDateRange(
  start: string | undefined,
  end: string | undefined,
  lang: Language,
): string {
  if (!start) return formatDate(end, lang);
  if (!end || end === start) return formatDate(start, lang);
  const from = Date.parse(`${start.slice(0, 10)}T00:00:00Z`);
  const to = Date.parse(`${end.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(from) || Number.isNaN(to)) return formatDate(start, lang);
  return dateFormat(lang, false).formatRange(from, to);
}

/** Whether an ISO date lies before today (for "expired" and "past expo"). */
export function isPast(iso: string | undefined, now = new Date()): boolean {
  return iso !== undefined && iso.slice(0, 10) < now.toISOString().slice(0, 10);
}

/** `2027-01-29` → `Januari 2027` / `January 2027` (a heading of a calendar list). */
export function formatMonth(iso: string, lang: Language): string {
  const time = Date.parse(`${iso.slice(0, 7)}-01T00:00:00Z`);
  if (Number.isNaN(time)) return '';
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(time);
}
