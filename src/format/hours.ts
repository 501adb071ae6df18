/**
 * Structured opening hours (`[{days: ["mon", …], opens: "08:00", closes: "16:00"}]`) as text in the
 * visitor's language, with `Intl`: "Senin–Jumat 08.00–16.00" / "Monday–Friday 08:00–16:00".
 */
import type { Outlet } from '../model/types.js';
import { WEEKDAYS, type Language, type Weekday } from '../model/vocabulary.js';
import { localize } from './text.js';

const locale = (lang: Language) => (lang === 'en' ? 'en-GB' : 'id-ID');

/** 5 January 2026 was a Monday: day `i` of `WEEKDAYS` is 5 + i January 2026. */
export function weekdayName(day: Weekday, lang: Language, width: 'long' | 'short' = 'long') {
  const date = Date.UTC(2026, 0, 5 + WEEKDAYS.indexOf(day));
  return new Intl.DateTimeFormat(locale(lang), { weekday: width, timeZone: 'UTC' }).format(date);
}

/** `08:00` → `08.00` (id) / `08:00` (en). */
export function formatTime(time: string, lang: Language): string {
  const [hours, minutes] = time.split(':').map(Number);
  if (hours === 24) return lang === 'en' ? '24:00' : '24.00';
  const date = Date.UTC(2026, 0, 5, hours ?? 0, minutes ?? 0);
  return new Intl.DateTimeFormat(locale(lang), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).format(date);
}

/** Runs of consecutive days: mon, tue, wed, fri → [[mon, wed], [fri, fri]]. */
export function dayRuns(days: readonly Weekday[]): [Weekday, Weekday][] {
  const sorted = [...new Set(days)].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
  const runs: [Weekday, Weekday][] = [];
  for (const day of sorted) {
    const last = runs[runs.length - 1];
    if (last && WEEKDAYS.indexOf(day) === WEEKDAYS.indexOf(last[1]) + 1) last[1] = day;
    else runs.push([day, day]);
  }
  return runs;
}

function formatDays(days: readonly Weekday[], lang: Language): string {
  if (new Set(days).size === 7) return lang === 'en' ? 'Daily' : 'Setiap hari';
  const list = dayRuns(days).map(([from, to]) =>
    from === to ? weekdayName(from, lang) : `${weekdayName(from, lang)}–${weekdayName(to, lang)}`,
  );
  return new Intl.ListFormat(locale(lang), { type: 'conjunction' }).format(list);
}

/**
 * One line per entry of `hours`; when the outlet has none, its free-text `openingHours` as one line.
 */
export function openingHoursLines(
  outlet: Pick<Outlet, 'hours' | 'openingHours'>,
  lang: Language,
): string[] {
  if (outlet.hours?.length) {
    return outlet.hours.map(
      (entry) =>
        `${formatDays(entry.days, lang)} ${formatTime(entry.opens, lang)}–${formatTime(entry.closes, lang)}`,
    );
  }
  const text = localize(outlet.openingHours, lang);
  return text ? [text] : [];
}
