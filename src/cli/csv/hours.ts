/**
 * Opening hours in one spreadsheet cell, the way stewards write them: `Senin–Jumat 08.00–16.00 |
 * Sabtu 08.00–12.00`, `Setiap hari 10:00-22:00`, `mon-fri 8:00-16:00; sat, sun 9.00-12.00`. Read into
 * the feed's `hours` (`[{days, opens, closes}]`) and written back the same way.
 */
import { WEEKDAYS, type Weekday } from '../../model/vocabulary.js';
import { dayRuns } from '../../format/hours.js';
import type { Bilingual, CellResult } from './cells.js';

type Hours = { days: Weekday[]; opens: string; closes: string }[];

const DAY_WORDS: Record<Weekday, string[]> = {
  mon: ['senin', 'sen', 'mon', 'monday'],
  tue: ['selasa', 'sel', 'tue', 'tues', 'tuesday'],
  wed: ['rabu', 'rab', 'wed', 'wednesday'],
  thu: ['kamis', 'kam', 'thu', 'thur', 'thurs', 'thursday'],
  fri: ['jumat', "jum'at", 'jum', 'fri', 'friday'],
  sat: ['sabtu', 'sab', 'sat', 'saturday'],
  sun: ['minggu', 'min', 'ahad', 'sun', 'sunday'],
};
const DAY_BY_WORD = new Map(
  Object.entries(DAY_WORDS).flatMap(([day, words]) => words.map((w) => [w, day as Weekday])),
);
const EVERY_DAY_WORDS = ['setiap hari', 'tiap hari', 'daily', 'every day', 'everyday'];
const NAMES: Record<'id' | 'en', Record<Weekday, string>> = {
  id: {
    mon: 'Senin',
    tue: 'Selasa',
    wed: 'Rabu',
    thu: 'Kamis',
    fri: 'Jumat',
    sat: 'Sabtu',
    sun: 'Minggu',
  },
  en: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
};

const error = (raw: string): { error: Bilingual } => ({
  error: {
    id: `Jam buka "${raw}" tidak terbaca. Perbaiki: tulis hari lalu jam, dipisah |, misalnya "Senin–Jumat 08.00–16.00 | Sabtu 08.00–12.00".`,
    en: `Opening hours "${raw}" cannot be read. Fix: write days then times, separated by |, e.g. "Mon–Fri 08:00–16:00 | Sat 08:00–12:00".`,
  },
});

function readTime(text: string): string | undefined {
  const match = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(text.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

function readDays(text: string): Weekday[] | undefined {
  const words = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (EVERY_DAY_WORDS.includes(words)) return [...WEEKDAYS];
  const days = new Set<Weekday>();
  for (const part of words.split(/\s*(?:,|\bdan\b|\band\b|&)\s*/).filter(Boolean)) {
    const range = part.split(/\s*(?:[-–—]|\bs\.?d\.?|\bsampai\b|\bto\b)\s*/).filter(Boolean);
    const from = DAY_BY_WORD.get(range[0]!);
    const to = DAY_BY_WORD.get(range[range.length - 1]!);
    if (!from || !to || range.length > 2) return undefined;
    const start = WEEKDAYS.indexOf(from);
    const end = WEEKDAYS.indexOf(to);
    for (let i = start; ; i = (i + 1) % 7) {
      days.add(WEEKDAYS[i]!);
      if (i === end) break;
    }
  }
  return days.size ? WEEKDAYS.filter((day) => days.has(day)) : undefined;
}

export function readHours(raw: string): CellResult<Hours> {
  const hours: Hours = [];
  for (const entry of raw.split(/\s*[|;\n]\s*/).filter(Boolean)) {
    const match =
      /^(.*?)\s*(\d{1,2}(?:[.:]\d{2})?)\s*(?:[-–—]|s\.?d\.?|sampai|to)\s*(\d{1,2}(?:[.:]\d{2})?)$/i.exec(
        entry.trim(),
      );
    const days = match ? readDays(match[1]!) : undefined;
    const opens = match ? readTime(match[2]!) : undefined;
    const closes = match ? readTime(match[3]!) : undefined;
    if (!days || !opens || !closes) return error(raw);
    hours.push({ days, opens, closes });
  }
  return hours.length ? { value: hours } : error(raw);
}

/** The days as runs: `Senin–Jumat`, `Sabtu–Minggu`, `Setiap hari`. */
function writeDays(days: readonly string[], lang: 'id' | 'en'): string {
  const known = WEEKDAYS.filter((day) => days.includes(day));
  if (known.length === 7) return lang === 'id' ? 'Setiap hari' : 'Daily';
  const runs = dayRuns(known);
  const names = NAMES[lang];
  return runs
    .map(([from, to]) => (from === to ? names[from] : `${names[from]}–${names[to]}`))
    .join(', ');
}

export function writeHours(value: unknown, lang: 'id' | 'en'): string {
  if (!Array.isArray(value)) return '';
  const time = (t: unknown) => (lang === 'id' ? String(t).replace(':', '.') : String(t));
  return value
    .map(
      (entry: { days?: string[]; opens?: string; closes?: string }) =>
        `${writeDays(entry.days ?? [], lang)} ${time(entry.opens)}–${time(entry.closes)}`,
    )
    .join(' | ');
}
