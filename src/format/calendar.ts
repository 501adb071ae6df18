/**
 * Calendar arithmetic on the feed's plain dates (`2026-12-01`): the visitor's today, days between two
 * dates, and where an outlet or a certificate stands on a given day. Dates without a time are local
 * dates (the feed's region), compared as written; the visitor's today is their own local date.
 */
import type { Certification, Outlet } from '../model/types.js';
import {
  CERTIFICATE_EXPIRY_WARNING_DAYS,
  EVENT_OUTLET_KINDS,
  type OutletKind,
} from '../model/vocabulary.js';

/** The local calendar date of `now` as `YYYY-MM-DD` (the visitor's "today"). */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD…`; negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const day = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Math.round((day(to) - day(from)) / 86_400_000);
}

/** Whether an outlet kind is an event (expo, bazaar, fair) rather than a permanent place. */
export function isEventKind(kind: OutletKind): boolean {
  return (EVENT_OUTLET_KINDS as readonly string[]).includes(kind);
}

/**
 * Where an outlet stands on `today`: `upcoming` (an event not yet started, a place opening soon),
 * `ongoing` (an event on now, a place open for business) or `finished` (an event over, a place closed).
 */
export type OutletStatus = 'upcoming' | 'ongoing' | 'finished';

export function outletStatus(
  outlet: Pick<Outlet, 'kind' | 'startDate' | 'endDate'>,
  today: string,
): OutletStatus {
  const { startDate, endDate } = outlet;
  if (startDate && today < startDate.slice(0, 10)) return 'upcoming';
  // An event with only a start date lasts that one day.
  const last = endDate ?? (isEventKind(outlet.kind) ? startDate : undefined);
  if (last && today > last.slice(0, 10)) return 'finished';
  return 'ongoing';
}

/** Outlets still worth offering on `today` (finished events and closed places left out). */
export function currentOutlets<T extends Pick<Outlet, 'kind' | 'startDate' | 'endDate'>>(
  outlets: readonly T[],
  today: string,
): T[] {
  const current = outlets.filter((outlet) => outletStatus(outlet, today) !== 'finished');
  return current.length === outlets.length ? (outlets as T[]) : current;
}

/** `expired`, `expiring` (within 90 days), `valid`, or `undefined` without a `validUntil`. */
export type CertificateStatus = 'valid' | 'expiring' | 'expired';

export function certificateStatus(
  certificate: Pick<Certification, 'validUntil'>,
  today: string,
): CertificateStatus | undefined {
  const until = certificate.validUntil;
  if (!until) return undefined;
  const days = daysBetween(today, until);
  if (days < 0) return 'expired';
  return days <= CERTIFICATE_EXPIRY_WARNING_DAYS ? 'expiring' : 'valid';
}
