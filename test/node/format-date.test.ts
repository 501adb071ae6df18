import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate } from '../../src/format/date.js';

// formatDate writes dates without Intl (its first use costs a page tens of ms); it must write exactly
// what Intl.DateTimeFormat writes for the same date.
describe('formatDate', () => {
  const intl = (lang: 'id' | 'en', time: number) =>
    new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(time);

  it('writes every day of two years as Intl does, in Indonesian and English', () => {
    const start = Date.parse('2025-01-01T00:00:00Z');
    for (let day = 0; day < 731; day++) {
      const time = start + day * 86_400_000;
      const iso = new Date(time).toISOString().slice(0, 10);
      for (const lang of ['id', 'en'] as const)
        assert.equal(formatDate(iso, lang), intl(lang, time), `${iso} ${lang}`);
    }
  });

  it('writes a date with a time and zone as its UTC date, and with the time when asked', () => {
    assert.equal(formatDate('2026-11-20T09:00:00+08:00', 'id'), '20 November 2026');
    assert.equal(formatDate('2026-08-01T03:00:00+08:00', 'en'), '31 July 2026');
    assert.match(
      formatDate('2026-11-20T09:00:00Z', 'en', { withTime: true }),
      /20 November 2026.*\d\d:\d\d/,
    );
    assert.equal(formatDate('2026-08-24', 'id', { withTime: true }), '24 Agustus 2026');
  });

  it('gives an empty text for a missing or invalid date', () => {
    assert.equal(formatDate(undefined, 'id'), '');
    assert.equal(formatDate('kemarin', 'id'), '');
  });
});
