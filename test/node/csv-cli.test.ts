import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFeed } from '../../src/model/parse.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BAD = join(ROOT, 'test/fixtures/csv/bad');
const SAMPLE = join(ROOT, 'demo/data/produk-unggulan.json');

function etalase(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/etalase.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LANG: 'C' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('etalase import / export (CLI)', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'etalase-csv-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 1 on a bad import, naming file, row, column and fix, and writes nothing', () => {
    const out = join(dir, 'bad.json');
    const { code, stdout } = etalase(
      'import',
      '--producers',
      join(BAD, 'produsen.csv'),
      '--products',
      join(BAD, 'produk.csv'),
      '--publisher',
      'Dinas Koperasi dan UKM Kota Palangka Raya',
      '--region',
      '62.71',
      '--out',
      out,
    );
    assert.equal(code, 1);
    assert.match(
      stdout,
      /^galat {2}produk\.csv baris 4, kolom harga_min: Harga "murah" tidak terbaca\. Perbaiki: /m,
    );
    assert.match(
      stdout,
      /^galat {2}produsen\.csv baris 3, kolom Skala: Nilai "besar" tidak dikenal\./m,
    );
    // Every mistake of these files is in an optional cell: no row is refused, each loses a value.
    assert.doesNotMatch(stdout, /tidak diimpor/);
    assert.match(stdout, /Feed tidak ditulis/);
    assert.equal(existsSync(out), false);
  });

  it('writes the valid rows with --partial, still exiting 1', () => {
    const out = join(dir, 'partial.json');
    const { code } = etalase(
      'import',
      '--producers',
      join(BAD, 'produsen.csv'),
      '--products',
      join(BAD, 'produk.csv'),
      '--publisher',
      'Dinas',
      '--region',
      '62.71',
      '--out',
      out,
      '--partial',
      '--lang',
      'en',
    );
    assert.equal(code, 1);
    const feed = parseFeed(JSON.parse(readFileSync(out, 'utf8'))).feed!;
    assert.deepEqual(
      feed.products.map((p) => p.id),
      ['tas-01', 'tas-02', 'kain-01'],
    );
  });

  it('gives a JSON report with rows and columns', () => {
    const { code, stdout } = etalase(
      'import',
      '--producers',
      join(BAD, 'produsen.csv'),
      '--products',
      join(BAD, 'produk.csv'),
      '--publisher',
      'Dinas',
      '--region',
      '62.71',
      '--json',
    );
    assert.equal(code, 1);
    const report = JSON.parse(stdout) as {
      valid: boolean;
      issues: { file: string; row: number; column: string; code: string }[];
    };
    assert.equal(report.valid, false);
    assert.ok(
      report.issues.some(
        (i) =>
          i.file === 'produk.csv' &&
          i.row === 5 &&
          i.column === 'harga_max' &&
          i.code === 'price-range',
      ),
    );
  });

  it('exits 2 on wrong usage and unreadable files', () => {
    assert.equal(etalase('import', '--producers', join(BAD, 'produsen.csv')).code, 2);
    assert.equal(
      etalase(
        'import',
        '--producers',
        join(BAD, 'produsen.csv'),
        '--products',
        join(BAD, 'produk.csv'),
      ).code,
      2,
      'no publisher',
    );
    const missing = etalase(
      'import',
      '--producers',
      'tidak-ada.csv',
      '--products',
      join(BAD, 'produk.csv'),
      '--publisher',
      'D',
      '--region',
      '62.71',
    );
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /Berkas tidak ditemukan: tidak-ada\.csv/);
    assert.equal(etalase('export', SAMPLE).code, 2, 'export without --out-dir');
  });

  it('writes templates that import cleanly (exit 0), and refuses to overwrite them', () => {
    const templates = join(dir, 'templat');
    assert.equal(etalase('import', '--template', '--out-dir', templates).code, 0);
    for (const name of [
      'penerbit.csv',
      'produsen.csv',
      'produk.csv',
      'outlet.csv',
      'kategori.csv',
      'PANDUAN.md',
      'GUIDE.md',
    ]) {
      assert.ok(existsSync(join(templates, name)), name);
    }
    assert.equal(etalase('import', '--template', '--out-dir', templates).code, 2);
    const out = join(dir, 'template-feed.json');
    const { code, stdout } = etalase('import', '--dir', templates, '--out', out);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /Feed sah\./);
    assert.equal(etalase('validate', out).code, 0);
  });

  it(
    'round-trips the sample feed through export and import --dir',
    { skip: !existsSync(SAMPLE) },
    () => {
      const csv = join(dir, 'csv');
      const exported = etalase('export', SAMPLE, '--out-dir', csv, '--delimiter', ';');
      assert.equal(exported.code, 0, exported.stderr);
      const original = JSON.parse(readFileSync(SAMPLE, 'utf8')) as { updatedAt: string };
      const out = join(dir, 'back.json');
      const imported = etalase(
        'import',
        '--dir',
        csv,
        '--out',
        out,
        '--updated-at',
        original.updatedAt,
      );
      assert.equal(imported.code, 0, imported.stdout);
      const before = parseFeed(original).feed;
      const after = parseFeed(JSON.parse(readFileSync(out, 'utf8'))).feed;
      assert.deepEqual(JSON.parse(JSON.stringify(after)), JSON.parse(JSON.stringify(before)));
    },
  );
});

describe('etalase export (CLI): stale files', () => {
  it('empties an outlet file left by an earlier export when the feed has no outlets any more', () => {
    const dir = mkdtempSync(join(tmpdir(), 'etalase-csv-'));
    try {
      const feed = JSON.parse(readFileSync(SAMPLE, 'utf8')) as Record<string, unknown>;
      assert.equal(etalase('export', SAMPLE, '--out-dir', dir).code, 0);
      assert.match(
        readFileSync(join(dir, 'outlet.csv'), 'utf8'),
        /\r\n.+/,
        'the first export has outlet rows',
      );
      delete feed['outlets'];
      const without = join(dir, 'tanpa-outlet.json');
      writeFileSync(without, JSON.stringify(feed));
      assert.equal(etalase('export', without, '--out-dir', dir).code, 0);
      const out = join(dir, 'back.json');
      assert.equal(etalase('import', '--dir', dir, '--out', out).code, 0);
      assert.deepEqual(parseFeed(JSON.parse(readFileSync(out, 'utf8'))).feed!.outlets, []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
