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

/**
 * Runs `fn` while a message-channel ping-pong measures how long the main thread stays busy:
 * the longest gap between two pings is the longest task (PerformanceObserver only reports > 50 ms).
 */
async function longestBusy(fn: () => Promise<unknown>): Promise<number> {
  const channel = new MessageChannel();
  let last = performance.now();
  let longest = 0;
  let running = true;
  channel.port1.onmessage = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) channel.port2.postMessage(null);
  };
  channel.port2.postMessage(null);
  await fn();
  running = false;
  // The gap that includes the last slice ends at the next ping.
  await new Promise((resolve) => setTimeout(resolve, 0));
  channel.port1.close();
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
  const asyncLongest = await longestBusy(() => parseFeedAsync(json, { now }));
  const asyncLongTask = await longestTask(() => parseFeedAsync(json, { now }));
  rows.push({
    products: String(products),
    'feed KB': String(Math.round(text.length / 1024)),
    'JSON.parse ms': jsonParse,
    'parseFeed ms': validate,
    ratio: validate / jsonParse,
    'JSON.parse+parseFeed ms': both,
    'parseFeedAsync ms': asyncTotal,
    'async longest task ms': asyncLongest,
    'async long tasks >50ms': asyncLongTask ? asyncLongTask.toFixed(1) : 'none',
  });
}
printTable('Feed model: validation against JSON.parse (medians; sync parseFeed is one task)', rows);
console.log('\nbudget: 10,000 products validated ≤ 100 ms; parseFeedAsync: no task > 50 ms');
done();
