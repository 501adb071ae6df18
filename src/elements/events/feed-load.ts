import { countFeed, type FeedCounts } from '../../model/health.js';
import type { Feed, FeedIssue } from '../../model/types.js';

/** A feed finished loading (first load, or an update after revalidation). */
export class EtalaseFeedLoadEvent extends Event {
  static readonly eventName = 'etalase-feed-load';

  constructor(
    readonly feed: Feed,
    /** Problems found in the feed (invalid records, fields and list items were left out). */
    readonly issues: readonly FeedIssue[],
    /** True when the data came from the cache and may be out of date. */
    readonly stale: boolean,
    /**
     * Feed health: records read, shown and dropped, fields or items dropped, values repaired, and
     * the number of errors and warnings.
     */
    readonly counts: FeedCounts = countFeed(feed, issues),
  ) {
    super(EtalaseFeedLoadEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'etalase-feed-load': EtalaseFeedLoadEvent;
  }
  // They bubble out of shadow roots up to the document, where analytics code listens.
  interface DocumentEventMap {
    'etalase-feed-load': EtalaseFeedLoadEvent;
  }
}
