/** parseFeedAsync: slices its work, lets other tasks run in between, and can be aborted. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../src/model/parse.js';
import { parseFeedAsync } from '../../src/model/parse-async.js';
import { generateFeed } from '../fixtures/generate-feed.js';
import { TODAY, validFeed } from './model-fixtures.js';

const big = () => JSON.parse(JSON.stringify(generateFeed({ products: 3000, seed: 7 })));

describe('parseFeedAsync', () => {
  it('gives what parseFeed gives, for a valid and a broken feed', async () => {
    const broken = validFeed();
    broken.products[0].price.min = -1;
    for (const feed of [validFeed(), broken, big()]) {
      assert.deepEqual(await parseFeedAsync(feed, { now: TODAY }), parseFeed(feed, { now: TODAY }));
    }
  });

  it('lets other tasks run while it works', async () => {
    let finished = false;
    let ranDuringParse = false;
    setTimeout(() => (ranDuringParse = !finished), 0);
    const result = await parseFeedAsync(big(), { now: TODAY, sliceMs: 0 });
    finished = true;
    assert.equal(result.feed?.products.length, 3000);
    assert.ok(ranDuringParse);
  });

  it('rejects with the abort reason when aborted, and at once when already aborted', async () => {
    const controller = new AbortController();
    const parsing = parseFeedAsync(big(), { now: TODAY, sliceMs: 0, signal: controller.signal });
    const reason = new Error('pengguna pindah halaman');
    setTimeout(() => controller.abort(reason), 0);
    await assert.rejects(parsing, (error) => error === reason);
    await assert.rejects(parseFeedAsync(validFeed(), { signal: AbortSignal.abort() }), {
      name: 'AbortError',
    });
  });

  it('never rejects for bad input', async () => {
    for (const input of [undefined, null, 42, 'feed', [], { version: 1, products: 'x' }]) {
      const result = await parseFeedAsync(input);
      assert.equal(result.feed, null);
      assert.ok(result.issues.length > 0);
    }
  });
});
