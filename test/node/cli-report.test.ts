/** `etalase report certificates`: expired and expiring certificates for the office, soonest first. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseCommandArgs, UsageError } from '../../src/cli/args.js';
import { certificateRows, command, formatCertificateTable } from '../../src/cli/commands/report.js';
import { parseFeed } from '../../src/model/parse.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const input = {
  version: 1,
  publisher: { name: 'Dinas', regionCode: '62.71' },
  updatedAt: '2026-11-01',
  producers: [
    {
      id: 'p1',
      name: 'Dapur Mama',
      regionCode: '62.71',
      contact: { whatsapp: '0812-3456-7890' },
      certifications: [{ type: 'haki', number: 'IDM1', validUntil: '2026-12-20' }],
    },
  ],
  products: [
    {
      id: 'a',
      producerId: 'p1',
      name: { id: 'Madu kelulut', en: 'Stingless bee honey' },
      category: 'kuliner',
      certifications: [
        { type: 'pirt', number: '2066271010123-28', validUntil: '2026-10-01' },
        { type: 'halal', number: 'ID1', validUntil: '2029-01-01' },
      ],
      export: {
        certifications: [{ type: 'other', name: 'HACCP', number: 'H-1', validUntil: '2027-02-01' }],
      },
    },
  ],
};

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  let code: number;
  try {
    code = await command.run(parseCommandArgs(args, command.options, { LANG: 'C' }), {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      env: { LANG: 'C' },
      cwd: process.cwd(),
    });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    stderr += error.message;
    code = 2; // what the dispatcher does with a usage error
  }
  return { code, stdout, stderr };
}

describe('etalase report certificates', () => {
  const feed = parseFeed(input).feed!;

  it('lists expired and expiring certificates soonest first, valid ones left out', () => {
    const rows = certificateRows(feed, '2026-12-01');
    assert.deepEqual(
      rows.map((row) => [row.status, row.validUntil, row.days, row.type, row.path]),
      [
        ['expired', '2026-10-01', -61, 'pirt', 'products[0].certifications[0]'],
        ['expiring', '2026-12-20', 19, 'haki', 'producers[0].certifications[0]'],
        ['expiring', '2027-02-01', 62, 'HACCP', 'products[0].export.certifications[0]'],
      ],
    );
    assert.equal(rows[0]!.whatsapp, '6281234567890');
    assert.equal(certificateRows(feed, '2026-06-01').length, 0);
  });

  it('prints an aligned table with a summary, in Indonesian and English', () => {
    const rows = certificateRows(feed, '2026-12-01', 'en');
    const table = formatCertificateTable(rows, 'en', '2026-12-01').split('\n');
    assert.match(table[0]!, /^Status\s+Valid until\s+Days\s+Type/);
    assert.match(
      table[2]!,
      /^EXPIRED\s+2026-10-01\s+-61\s+pirt\s+2066271010123-28\s+Stingless bee honey/,
    );
    assert.ok(table.includes('1 expired, 2 expiring within 90 days (as of 2026-12-01).'));
    const id = formatCertificateTable(certificateRows(feed, '2026-12-01'), 'id', '2026-12-01');
    assert.match(id, /KEDALUWARSA\s+2026-10-01/);
    assert.match(id, /Madu kelulut/);
  });

  it('runs from the command line: exit 1 with rows, 0 without, 2 on usage errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'etalase-report-'));
    const path = join(dir, 'feed.json');
    writeFileSync(path, JSON.stringify(input));
    const listed = await cli(['certificates', path, '--today', '2026-12-01', '--json']);
    assert.equal(listed.code, 1);
    assert.equal(JSON.parse(listed.stdout).certificates.length, 3);
    const none = await cli(['certificates', path, '--today', '2026-01-01', '--lang', 'en']);
    assert.equal(none.code, 0, none.stderr + none.stdout);
    assert.match(none.stdout, /No certificate has expired/);
    assert.equal((await cli(['producers', path])).code, 2);
    assert.equal((await cli(['certificates', path, '--today', 'soon'])).code, 2);
  });
});
