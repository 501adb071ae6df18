/**
 * Feed health in numbers, for the people who can fix a feed: how many records were read, shown and
 * left out, how many fields or list items were dropped and how many values were repaired. Computed
 * from a parsed (or merged) feed and its issues, so it holds for one feed and for several merged.
 */
import { REPAIR_CODES } from './repair-codes.js';
import type { Feed, FeedIssue } from './types.js';

export interface FeedCounts {
  /** Records in the input (products, producers, outlets, categories, regions): shown plus dropped. */
  read: number;
  /** Records kept. */
  shown: number;
  /** Products kept: what a visitor can find. */
  products: number;
  /** Records left out (a required field unusable, a duplicate id, an unknown producer). */
  dropped: number;
  /** Fields and list items left out while their record stayed. */
  droppedParts: number;
  /** Values repaired with a warning (`www.…` → `https://www.…`, `Rp 25.000` → 25000 …). */
  repaired: number;
  errors: number;
  warnings: number;
}

const REPAIRS = new Set(REPAIR_CODES);

/** The counts of a feed and its issues; `feed` null counts nothing as shown. */
export function countFeed(feed: Feed | null, issues: readonly FeedIssue[]): FeedCounts {
  const shown = feed
    ? feed.products.length +
      feed.producers.length +
      feed.outlets.length +
      feed.categories.length +
      feed.regions.length
    : 0;
  // A record left out for two reasons is still one record: count their paths (`products[3]`).
  const droppedRecords = new Set<string>();
  let droppedParts = 0;
  let repaired = 0;
  let errors = 0;
  for (const issue of issues) {
    if (issue.severity === 'error') errors++;
    if (issue.dropped === 'record')
      droppedRecords.add(issue.path.slice(0, issue.path.indexOf(']') + 1) || issue.path);
    else if (issue.dropped) droppedParts++;
    if (REPAIRS.has(issue.code)) repaired++;
  }
  const dropped = droppedRecords.size;
  return {
    read: shown + dropped,
    shown,
    products: feed?.products.length ?? 0,
    dropped,
    droppedParts,
    repaired,
    errors,
    warnings: issues.length - errors,
  };
}
