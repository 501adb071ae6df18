/**
 * The showcase on a shard set (docs/shards.md): what differs from a whole feed, kept out of the
 * element. Before any filter the totals and facet counts come from the index (every product); once a
 * filter or words narrow the view they are counted over the shards loaded for it.
 */
import { narrowingFilters, type ShardSet, type ShardView } from '../../feed/shards/read.js';
import type { FilterState, QueryResult } from '../../feed/types.js';

/** True when `filter` shows the whole set. */
const showsEverything = (filter: FilterState) => narrowingFilters(filter).length === 0;

/**
 * `result` with the whole set's total and facet counts when the filter shows everything, and with the
 * exact number of matches of words the text index counted (however few shards are loaded).
 */
export function withSetCounts(
  result: QueryResult,
  filter: FilterState,
  set: ShardSet | null,
): QueryResult {
  if (!set) return result;
  if (showsEverything(filter))
    return { ...result, total: set.index.counts.products, facets: set.index.facets };
  const total = set.totalFor(filter);
  return total === undefined ? result : { ...result, total };
}

/**
 * True when a narrowed view shows only part of its matches: it needed more shards than a view loads
 * (`maxShardsPerView`, the best-matching first) and could not count them from the text index, so the
 * visitor is told to narrow by region or category. Words the text index counts load more on "load more".
 */
export function showsPartOfMatches(view: ShardView, filter: FilterState): boolean {
  return !view.complete && !showsEverything(filter);
}

/** The names of the regions whose shards could not be loaded ("Kota Samarinda, Kota Bontang"). */
export function failedRegionNames(
  snapshot: { failedRegions?: readonly string[] },
  nameOf: (code: string) => string | undefined,
): string {
  const codes = [...new Set(snapshot.failedRegions ?? [])];
  return codes.map((code) => nameOf(code) ?? code).join(', ');
}
