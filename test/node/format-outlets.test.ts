/**
 * Outlets and certificates in time: status on the visitor's date, opening hours in id/en, the .ics
 * file and the schema.org Event of an expo.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  certificateStatus,
  currentOutlets,
  daysBetween,
  localDate,
  outletStatus,
} from '../../src/format/calendar.js';
import { openingHoursLines } from '../../src/format/hours.js';
import { icsFileName, outletIcs } from '../../src/format/ics.js';
import { eventJsonLd } from '../../src/format/json-ld.js';
import type { Outlet } from '../../src/model/types.js';

const TODAY = '2026-12-01';
const expo: Outlet = {
  id: 'kalsel-expo-2027',
  name: { id: 'Kalsel Expo 2027', en: 'South Kalimantan Expo 2027' },
  kind: 'expo',
  regionCode: '63.71',
  address: 'Siring Menara Pandang, Jl. Kapten Piere Tendean; Banjarmasin',
  location: { lat: -3.3199, lng: 114.5946 },
  startDate: '2027-01-29',
  endDate: '2027-02-02',
  booth: { id: 'Stan B12', en: 'Booth B12' },
  description: 'Pameran produk UMKM, dengan temu dagang.\nGratis.',
};
const fair: Outlet = {
  id: 'isen-mulang-2026',
  name: 'Pameran Isen Mulang 2026',
  kind: 'fair',
  regionCode: '62.71',
  startDate: '2026-05-18',
  endDate: '2026-05-23',
};
const gallery: Outlet = {
  id: 'galeri',
  name: 'Galeri Dekranasda',
  kind: 'gallery',
  regionCode: '64.72',
  hours: [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '16:00' },
    { days: ['sat'], opens: '09:00', closes: '13:30' },
  ],
};

describe('outlets and certificates in time', () => {
  it("takes the visitor's local date, not the UTC one", () => {
    const late = new Date(2026, 11, 1, 23, 30); // 23:30 local time on 1 December
    assert.equal(localDate(late), '2026-12-01');
    assert.equal(daysBetween('2026-12-01', '2027-03-01'), 90);
    assert.equal(daysBetween('2026-12-01', '2026-11-30'), -1);
  });

  it('tells upcoming, ongoing and finished events apart, the last day included', () => {
    assert.equal(outletStatus(expo, TODAY), 'upcoming');
    assert.equal(outletStatus(expo, '2027-01-29'), 'ongoing');
    assert.equal(outletStatus(expo, '2027-02-02'), 'ongoing');
    assert.equal(outletStatus(expo, '2027-02-03'), 'finished');
    assert.equal(outletStatus(fair, TODAY), 'finished');
    // A one-day bazaar without an end date is over the next day.
    assert.equal(outletStatus({ kind: 'bazaar', startDate: '2026-11-30' }, TODAY), 'finished');
  });

  it('reads permanent places as opening soon, open, or closed', () => {
    assert.equal(outletStatus(gallery, TODAY), 'ongoing');
    assert.equal(outletStatus({ ...gallery, startDate: '2027-01-05' }, TODAY), 'upcoming');
    assert.equal(outletStatus({ ...gallery, startDate: '2020-01-05' }, TODAY), 'ongoing');
    assert.equal(outletStatus({ ...gallery, endDate: '2026-11-30' }, TODAY), 'finished');
  });

  it('leaves finished events and closed places out of the outlets offered', () => {
    assert.deepEqual(
      currentOutlets([fair, expo, gallery], TODAY).map((o) => o.id),
      ['kalsel-expo-2027', 'galeri'],
    );
    assert.deepEqual(
      currentOutlets([fair, expo], '2026-05-20').map((o) => o.id),
      ['isen-mulang-2026', 'kalsel-expo-2027'],
    );
  });

  it('marks certificates expired, expiring within 90 days, or valid', () => {
    assert.equal(certificateStatus({ validUntil: '2026-11-30' }, TODAY), 'expired');
    assert.equal(certificateStatus({ validUntil: '2026-12-01' }, TODAY), 'expiring');
    assert.equal(certificateStatus({ validUntil: '2027-03-01' }, TODAY), 'expiring');
    assert.equal(certificateStatus({ validUntil: '2027-03-02' }, TODAY), 'valid');
    assert.equal(certificateStatus({}, TODAY), undefined);
  });

  it('formats structured opening hours with Intl in Indonesian and English', () => {
    assert.deepEqual(openingHoursLines(gallery, 'id'), [
      'Senin–Jumat 08.00–16.00',
      'Sabtu 09.00–13.30',
    ]);
    assert.deepEqual(openingHoursLines(gallery, 'en'), [
      'Monday–Friday 08:00–16:00',
      'Saturday 09:00–13:30',
    ]);
    const split = {
      hours: [{ days: ['sat', 'mon', 'sun', 'wed'] as const, opens: '10:00', closes: '22:00' }],
    };
    assert.deepEqual(
      openingHoursLines({ hours: split.hours.map((h) => ({ ...h, days: [...h.days] })) }, 'en'),
      ['Monday, Wednesday and Saturday–Sunday 10:00–22:00'],
    );
    const daily = [
      {
        days: [...(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const)],
        opens: '08:00',
        closes: '21:00',
      },
    ];
    assert.deepEqual(openingHoursLines({ hours: daily }, 'id'), ['Setiap hari 08.00–21.00']);
    // Without structured hours, the free text in the visitor's language.
    assert.deepEqual(
      openingHoursLines({ openingHours: { id: 'Sabtu–Minggu', en: 'Weekends' } }, 'en'),
      ['Weekends'],
    );
  });

  it('writes an all-day iCalendar event with an exclusive end, escaped and folded', () => {
    const ics = outletIcs(expo, {
      lang: 'id',
      regionName: 'Kota Banjarmasin',
      url: 'https://umkm.example.go.id/?pameran=1',
      now: new Date('2026-12-01T02:03:04Z'),
    })!;
    const lines = ics.split('\r\n');
    assert.ok(ics.endsWith('\r\n'));
    assert.equal(lines[0], 'BEGIN:VCALENDAR');
    assert.ok(lines.includes('DTSTART;VALUE=DATE:20270129'));
    assert.ok(lines.includes('DTEND;VALUE=DATE:20270203'));
    assert.ok(lines.includes('DTSTAMP:20261201T020304Z'));
    assert.ok(lines.includes('UID:kalsel-expo-2027@etalase'));
    assert.ok(lines.includes('SUMMARY:Kalsel Expo 2027'));
    assert.ok(lines.includes('GEO:-3.3199;114.5946'));
    for (const line of lines) assert.ok(new TextEncoder().encode(line).length <= 75, line);
    const unfolded = ics.replace(/\r\n /g, '');
    assert.match(
      unfolded,
      /LOCATION:Stan B12\\, Siring Menara Pandang\\, Jl\. Kapten Piere Tendean\\; Banjarmasin\\, Kota Banjarmasin/,
    );
    assert.match(unfolded, /DESCRIPTION:Pameran produk UMKM\\, dengan temu dagang\.\\nGratis\./);
    assert.equal(icsFileName(expo), 'kalsel-expo-2027.ics');
    assert.equal(outletIcs(gallery, { lang: 'id' }), undefined);
  });

  it('never splits a character when folding long non-ASCII lines', () => {
    const ics = outletIcs(
      { ...expo, description: 'Pameran — produk “unggulan” '.repeat(10) },
      {
        lang: 'en',
      },
    )!;
    const unfolded = ics.replace(/\r\n /g, '');
    assert.ok(unfolded.includes('Pameran — produk “unggulan” '.repeat(10).trim()));
  });

  it('describes an expo as a schema.org Event at a Place', () => {
    const data = eventJsonLd(expo, { lang: 'en', regionName: 'Kota Banjarmasin' })!;
    assert.equal(data['@type'], 'Event');
    assert.equal(data['name'], 'South Kalimantan Expo 2027');
    assert.equal(data['startDate'], '2027-01-29');
    assert.equal(data['endDate'], '2027-02-02');
    assert.equal(data['eventAttendanceMode'], 'https://schema.org/OfflineEventAttendanceMode');
    const location = data['location'] as { address: { addressLocality: string } };
    assert.equal(location.address.addressLocality, 'Kota Banjarmasin');
    assert.equal(eventJsonLd(gallery, { lang: 'en' }), undefined);
  });
});
