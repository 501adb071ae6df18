/**
 * Feed model: for 1,000 and 10,000 generated products, JSON.parse against validation (`parseFeed`,
 * and `parseFeedAsync` in slices), their ratio, and the longest task each way.
 * Budget: 10,000 products validated in ≤ 100 ms, no task over 50 ms (with `parseFeedAsync`).
 *   npm run bench:model
 */
import { parseFeed } from '../src/model/parse.js';
import { parseFeedAsync } from '../src/model/parse-async.js';
import { generateFeedJson } from '../test/fixtures/generate-feed.js';
import { done, longestTask, median, printTable } from './util.js';

interface YieldingScheduler {
  yield?: () => Promise<void>;
}

/**
 * The longest slice of `parseFeedAsync`: `scheduler.yield()` is wrapped to time the work between
 * one resumption and the next yield (and from the start and to the end), so each slice — one task —
 * is measured exactly, GC pauses inside it included.
 */
async function longestSlice(fn: () => Promise<unknown>): Promise<number | undefined> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  const original = scheduler?.yield;
  if (!scheduler || !original) return undefined;
  let resumedAt = performance.now();
  let longest = 0;
  scheduler.yield = async () => {
    longest = Math.max(longest, performance.now() - resumedAt);
    await original.call(scheduler);
    resumedAt = performance.now();
  };
  try {
    await fn();
    longest = Math.max(longest, performance.now() - resumedAt);
  } finally {
    scheduler.yield = original;
  }
  return longest;
}

const rows: Record<string, string | number>[] = [];
const now = new Date('2026-11-24');
for (const products of [1000, 10000]) {
  const text = generateFeedJson({ products, seed: 1 });
  const json = JSON.parse(text) as unknown;
  const check = parseFeed(json, { now });
  if (
    !check.feed ||
    check.feed.products.length !== products ||
    check.issues.some((i) => i.severity === 'error')
  ) {
    window.benchFail(
      `generated feed of ${products} does not validate cleanly: ${JSON.stringify(check.issues.slice(0, 3))}`,
    );
  }

  const jsonParse = await median(() => JSON.parse(text));
  const validate = await median(() => parseFeed(json, { now }));
  const both = await median(() => parseFeed(JSON.parse(text), { now }));
  const asyncTotal = await median(() => parseFeedAsync(json, { now }), 7, 1);
  const asyncSlice = await longestSlice(() => parseFeedAsync(json, { now }));
  const asyncLongTask = await longestTask(() => parseFeedAsync(json, { now }));
  const syncLongTask = await longestTask(() => parseFeed(json, { now }));
  rows.push({
    products: String(products),
    'feed KB': String(Math.round(text.length / 1024)),
    'JSON.parse ms': jsonParse,
    'parseFeed ms': validate,
    ratio: validate / jsonParse,
    'JSON.parse+parseFeed ms': both,
    'parseFeedAsync ms': asyncTotal,
    'sync long task ms': syncLongTask ? syncLongTask.toFixed(1) : 'none',
    'async longest slice ms': asyncSlice ?? 'n/a',
    'async long task ms': asyncLongTask ? asyncLongTask.toFixed(1) : 'none',
  });
}
printTable('Feed model: validation against JSON.parse (medians)', rows);
console.log(
  'long task: longest PerformanceObserver longtask entry (> 50 ms; sync parseFeed is one task); longest slice: the longest task of parseFeedAsync, timed around scheduler.yield()',
);
console.log('\nbudget: 10,000 products validated ≤ 100 ms; parseFeedAsync: no task > 50 ms');
done();
