/**
 * An unknown district inside a known regency (`61.71.99`, Kota Pontianak has no district 99): the
 * browser (which parses before the district table loads) and the CLI (which loads it first) agree —
 * the record is kept and shows under its regency; where the table is known, a warning says so.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFeed } from '../../src/model/parse.js';
import { hasDistricts, loadDistricts } from '../../src/model/regions/index.js';
import { createRegionIndex, loadRegionIndex } from '../../src/feed/region-index.js';
import { TODAY, validFeed } from './model-fixtures.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function feedWithUnknownDistrict() {
  const feed = validFeed();
  feed.producers[1].regionCode = '61.71.99';
  feed.products[2].regionCode = '61.71.98';
  return feed;
}

const summary = (result: ReturnType<typeof parseFeed>) => ({
  producers: result.feed?.producers.map((p) => [p.id, p.regionCode]),
  products: result.feed?.products.map((p) => p.id),
});

function validate(path: string): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(root, 'src/cli/etalase.ts'), 'validate', path, '--json'],
      { cwd: root, env: { ...process.env, NO_COLOR: '1' } },
    );
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
  });
}

describe('unknown district codes: browser and CLI agree', () => {
  it('keeps the records in both paths, under their regency', async () => {
    // Browser path: districts not loaded yet.
    assert.equal(hasDistricts(), false);
    const browser = parseFeed(feedWithUnknownDistrict(), { now: TODAY });
    const index = createRegionIndex(browser.feed!);
    // CLI path: the district table is loaded before parsing.
    await loadDistricts();
    const cli = parseFeed(feedWithUnknownDistrict(), { now: TODAY });
    assert.deepEqual(summary(cli), summary(browser));
    assert.deepEqual(summary(cli).products, ['tas-rotan-01', 'amplang-tenggiri', 'paket-seminar']);
    assert.deepEqual(
      cli.issues.map((i) => `${i.severity} ${i.code} ${i.path}`),
      [
        'warning unknown-district producers[1].regionCode',
        'warning unknown-district products[2].regionCode',
      ],
    );
    // Both products of the producer in 61.71.99 count under Kota Pontianak, before and after the
    // district names load.
    assert.equal(index.get('61.71')?.productCount, 2);
    assert.equal((await loadRegionIndex(cli.feed!)).get('61.71')?.productCount, 2);
  });

  it('`etalase validate` keeps them too: valid, with warnings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'etalase-district-'));
    const path = join(dir, 'feed.json');
    writeFileSync(path, JSON.stringify(feedWithUnknownDistrict()));
    const { code, stdout } = await validate(path);
    const report = JSON.parse(stdout);
    assert.equal(code, 0);
    assert.equal(report.summary.products, 3);
    assert.equal(report.summary.producers, 2);
    assert.deepEqual(
      report.issues
        .map((i: { code: string }) => i.code)
        .filter((c: string) => c !== 'certificate-expired'),
      ['unknown-district', 'unknown-district'],
    );
  });

  it('still refuses a district in a regency that does not exist', () => {
    const feed = validFeed();
    feed.producers[1].regionCode = '61.98.01';
    const result = parseFeed(feed, { now: TODAY });
    assert.deepEqual(
      result.feed?.producers.map((p) => p.id),
      ['rotan-bukit-batu'],
    );
    assert.ok(result.issues.some((i) => i.code === 'unknown-region' && i.dropped === 'record'));
  });
});
