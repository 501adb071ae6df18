/**
 * An iCalendar (RFC 5545) file for an event outlet (expo, bazaar, fair), so a visitor can put it in
 * their calendar. Pure: the element turns the text into a download.
 */
import type { Outlet } from '../model/types.js';
import type { Language } from '../model/vocabulary.js';
import { localize } from './text.js';

export interface IcsOptions {
  lang: Language;
  /** Names the place after the address (e.g. "Kota Banjarmasin"). */
  regionName?: string;
  /** The page a visitor came from, written as the event's URL. */
  url?: string;
  /** When the file is made (`DTSTAMP`); the real time by default. */
  now?: Date;
}

/** Text value escaping: backslash, `;`, `,` and line breaks. */
function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets (continuation lines start with a space), never inside a character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (iso: string) => iso.slice(0, 10).replace(/-/g, '');
const isDateOnly = (iso: string) => /^\d{4}-\d{2}-\d{2}$/.test(iso);
const utcStamp = (time: number) =>
  new Date(time)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** The day after a `YYYY-MM-DD` date, compacted (an all-day `DTEND` is exclusive). */
function nextDay(iso: string): string {
  const next = new Date(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) + 86_400_000);
  return next.toISOString().slice(0, 10).replace(/-/g, '');
}

/** `undefined` when the outlet has no start date. */
export function outletIcs(outlet: Outlet, options: IcsOptions): string | undefined {
  const { startDate } = outlet;
  if (!startDate) return undefined;
  const endDate = outlet.endDate ?? startDate;
  const { lang } = options;
  const allDay = isDateOnly(startDate) || isDateOnly(endDate);
  const dates = allDay
    ? [`DTSTART;VALUE=DATE:${compact(startDate)}`, `DTEND;VALUE=DATE:${nextDay(endDate)}`]
    : [`DTSTART:${utcStamp(Date.parse(startDate))}`, `DTEND:${utcStamp(Date.parse(endDate))}`];
  const place = [localize(outlet.booth, lang), outlet.address, options.regionName]
    .filter(Boolean)
    .join(', ');
  const description = localize(outlet.description, lang);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Etalase//Produk Unggulan UMKM//ID',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${outlet.id}@etalase`,
    `DTSTAMP:${utcStamp((options.now ?? new Date()).getTime())}`,
    ...dates,
    `SUMMARY:${escapeText(localize(outlet.name, lang))}`,
    ...(place ? [`LOCATION:${escapeText(place)}`] : []),
    ...(outlet.location ? [`GEO:${outlet.location.lat};${outlet.location.lng}`] : []),
    ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
    ...(options.url ? [`URL:${options.url}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** A file name for the download: `umkm-expo-2027.ics`. */
export function icsFileName(outlet: Pick<Outlet, 'id'>): string {
  return `${outlet.id}.ics`;
}
