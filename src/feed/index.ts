/**
 * `etalase/feed`: from a URL to what an element shows — loading with timeouts, retries and an offline
 * cache, merging publishers, the region tree and the query engine. Uses only `fetch` and storage APIs;
 * the zod parser is loaded on demand, so importing this module costs little.
 */
export * from './types.js';
export { normalizeText, stemIndonesian, tokenize } from './text.js';
export {
  createRegionIndex,
  loadRegionIndex,
  regionNameKey,
  type RegionIndex,
} from './region-index.js';
export {
  createQueryEngine,
  createQueryEngineInSlices,
  DEFAULT_PAGE_SIZE,
  tagKey,
  materialKey,
  type CategorySuggestion,
  type QueryEngine,
  type QueryEngineOptions,
  type QueryOptions,
  type Suggestions,
} from './query.js';
export { filterStateToSearchParams, searchParamsToFilterState, URL_PARAMS } from './url-state.js';
export {
  FEED_DEFAULTS,
  type FeedLoadFailure,
  type FeedLoadResult,
  type FeedLoadSuccess,
  type LoadFeedOptions,
  type LoadedSource,
  type RevalidationOutcome,
  type SourcedIssue,
} from './load.js';
// A feed, or a whole shard set from its index.json (the worker's feed-only `loadFeed` is in load.ts).
export { loadFeed } from './shards/load.js';
export {
  loadFeedOffThread,
  WORKER_POLICY,
  type LoadFeedOffThreadOptions,
} from './load-off-thread.js';
export type { FeedPreview } from './worker-preview.js';
export {
  mergeFeeds,
  type FeedSource,
  type MergeConflict,
  type MergedList,
  type MergeResult,
} from './merge.js';
export { FEED_ERROR_CODES, feedError, type FeedError, type FeedErrorCode } from './errors.js';
export {
  cacheApiStore,
  indexedDbStore,
  defaultFeedCache,
  noCache,
  DEFAULT_CACHE_NAME,
  type CachedFeed,
  type FeedCache,
} from './cache.js';
export type { FetchProgress } from './fetch.js';
export {
  openShardSet,
  type OpenShardSetOptions,
  type OpenShardSetResult,
  type ShardSet,
  type ShardView,
} from './shards/read.js';
export { isShardIndex, type ShardIndex, type ShardEntry } from './shards/format.js';
