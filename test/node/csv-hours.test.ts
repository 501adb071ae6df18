/** Opening hours in one spreadsheet cell (`jadwal_buka`), read the way stewards write them. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readHours, writeHours } from '../../src/cli/csv/hours.js';

describe('CSV opening hours cell', () => {
  it('reads Indonesian and English days, ranges, lists and times', () => {
    assert.deepEqual(readHours('Senin–Jumat 08.00–16.00 | Sabtu 8.00 - 12.00').value, [
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '16:00' },
      { days: ['sat'], opens: '08:00', closes: '12:00' },
    ]);
    assert.deepEqual(readHours('Setiap hari 10:00-22:00').value, [
      { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '10:00', closes: '22:00' },
    ]);
    assert.deepEqual(readHours("sat, sun 9 s.d. 12; Jum'at 13.30 sampai 17.00").value, [
      { days: ['sat', 'sun'], opens: '09:00', closes: '12:00' },
      { days: ['fri'], opens: '13:30', closes: '17:00' },
    ]);
    // A range across the week's end.
    assert.deepEqual(readHours('Sabtu–Senin 08.00–12.00').value?.[0]?.days, ['mon', 'sat', 'sun']);
  });

  it('says how to fix what it cannot read', () => {
    for (const raw of [
      'pagi sampai sore',
      'Senin 25.00–26.00',
      'Senin',
      'Kamis–Funday 08.00–10.00',
    ]) {
      const result = readHours(raw);
      assert.equal(result.value, undefined, raw);
      assert.match(result.error!.id, /Senin–Jumat 08\.00–16\.00/);
      assert.match(result.error!.en, /Mon–Fri 08:00–16:00/);
    }
  });

  it('writes hours back so they read the same', () => {
    const hours = [
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '16:00' },
      { days: ['sat', 'sun'], opens: '09:00', closes: '12:00' },
    ];
    assert.equal(writeHours(hours, 'id'), 'Senin–Jumat 08.00–16.00 | Sabtu–Minggu 09.00–12.00');
    assert.equal(writeHours(hours, 'en'), 'Mon–Fri 08:00–16:00 | Sat–Sun 09:00–12:00');
    for (const lang of ['id', 'en'] as const)
      assert.deepEqual(readHours(writeHours(hours, lang)).value, hours);
  });
});
