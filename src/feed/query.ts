/**
 * The query engine: everything an element asks of a feed (filter, search, sort, page, facet counts)
 * answered from indexes built once per feed. This façade wires the parts in `query/`, each usable and
 * measurable alone: rows and value sets (`rows.ts`), filters (`filters.ts`), facet counts
 * (`facets.ts`), sort orders (`sort.ts`), the text index (`text-pack.ts` builds, `text-index.ts`
 * searches) and suggestions (`suggest.ts`). The indexes are typed arrays: the feed worker builds them and
 * hands them over (`adoptWorkerIndexes`); without a worker the same builders run here, in slices.
 */
import type { Feed, Outlet, Producer } from '../model/types.js';
import { nextTask } from '../model/yield.js';
import type { Bitset } from './bitset.js';
import { localize } from '../format/text.js';
import { computeFacets, emptyFacets } from './query/facets.js';
import { activeFilters, matching, relatedOutlets, type ActiveFilters } from './query/filters.js';
import { createAttributes, type AttributeWords } from './query/attributes.js';
import { createCategoryLabel } from './query/labels.js';
import {
  buildRowIndex,
  createRowIndexBuilder,
  rowIndexOf,
  type RowData,
  type RowIndex,
} from './query/rows.js';
import { createSortOrders } from './query/sort.js';
import { createSuggester } from './query/suggest.js';
import type { PackedText } from './query/text-pack.js';
import {
  createTextIndexBuilder,
  textIndexOf,
  type TextIndex,
  type TextIndexBuilder,
} from './query/text-index.js';
import type { QueryEngine, QueryEngineOptions } from './query/types.js';
import type { Facets, FilterState, QueryResult } from './types.js';

export { tagKey, materialKey } from './query/rows.js';
export type {
  CategorySuggestion,
  QueryEngine,
  QueryEngineOptions,
  PlaceSuggestion,
  QueryOptions,
  Suggestions,
} from './query/types.js';

export const DEFAULT_PAGE_SIZE = 24;

/** Indexes the feed worker built for a feed it sent (see `adoptWorkerIndexes`). */
const prebuilt = new WeakMap<Feed, WorkerIndexes>();

/**
 * The row index and the packed text index of a feed, as the feed worker sends them; the text index
 * comes after the feed (no card waits on it), or never (`undefined`: the engine builds its own).
 */
export interface WorkerIndexes {
  rows: RowData;
  text: PackedText | Promise<PackedText | undefined>;
}

/**
 * @internal The feed worker built `indexes` from `feed`'s records (in the same order): the engines of
 * `feed` start from them instead of indexing on the page.
 */
export function adoptWorkerIndexes(feed: Feed, indexes: WorkerIndexes): void {
  prebuilt.set(feed, indexes);
}

/** Builds the indexes of a parsed feed (or takes the worker's); every later call is answered from them. */
export function createQueryEngine(feed: Feed, options: QueryEngineOptions = {}): QueryEngine {
  const built = prebuilt.get(feed);
  if (built) return engineOf(feed, rowIndexOf(feed, built.rows), options, built.text);
  return engineOf(feed, buildRowIndex(feed, [options.lang ?? 'id']), options);
}

/**
 * `createQueryEngine` with the rows built in slices of `sliceMs` (default 8) and a macrotask between
 * them, so a page stays responsive while a large feed is indexed. Rejects with the signal's reason
 * when aborted.
 */
export async function createQueryEngineInSlices(
  feed: Feed,
  options: QueryEngineOptions & { sliceMs?: number; signal?: AbortSignal } = {},
): Promise<QueryEngine> {
  const { sliceMs = 8, signal } = options;
  if (prebuilt.has(feed)) return createQueryEngine(feed, options);
  const builder = createRowIndexBuilder(feed, [options.lang ?? 'id']);
  while (!builder.step(performance.now() + sliceMs)) {
    await nextTask();
    signal?.throwIfAborted();
  }
  // The index's last pass (outlets, facet statistics) and then the sort orders in tasks of their
  // own, not after the last slice.
  await nextTask();
  signal?.throwIfAborted();
  const index = rowIndexOf(feed, builder.finish());
  await nextTask();
  signal?.throwIfAborted();
  return engineOf(feed, index, options);
}

/** The engine over a row index, with the text index `text` or one built on the first search. */
function engineOf(
  feed: Feed,
  index: RowIndex,
  options: QueryEngineOptions,
  text?: WorkerIndexes['text'],
): QueryEngine {
  const lang = options.lang ?? 'id';
  const categoryLabel = createCategoryLabel(feed, lang);
  const orders = createSortOrders(index, lang, feed);
  const suggester = createSuggester(index, feed.producers, orders.defaultRank, categoryLabel);
  const attributes = createAttributes(feed, index);

  // The worker's text index, once it has come (it may still be on its way, or never come).
  let packed = text instanceof Promise ? undefined : text;
  const arriving = text instanceof Promise ? text.then((sent) => (packed = sent)) : undefined;
  // Else built on the first search: many visits only browse, and the filters need none of it.
  let textIndex: TextIndex | undefined;
  let textBuilder: TextIndexBuilder | undefined;
  const builder = () =>
    (textBuilder ??= createTextIndexBuilder(index, categoryLabel, attributes.words));
  // The builder's working arrays are dropped with it once the index is done.
  const finishText = () => {
    textIndex ??= packed ? textIndexOf(packed, index.size, attributes.words) : builder().finish();
    textBuilder = undefined;
    return textIndex;
  };
  const search = (text: string) => finishText().search(text);
  const filtersOf = (state: FilterState) => activeFilters(index, state, search);
  /** Producers of the listed rows, each once, in list order (for the map). */
  const producersOf = (list: number[]) => {
    // By position, not id (the feed's producers are unique): no string hashing for 10,000 rows.
    const seen = new Uint8Array(feed.producers.length);
    const producers: Producer[] = [];
    for (const i of list) {
      const at = index.data.producer[i]!;
      if (!seen[at]) {
        seen[at] = 1;
        producers.push(feed.producers[at]!);
      }
    }
    return producers;
  };

  /**
   * The last query's work, kept for the next one: "load more" changes only the page, so it slices the
   * same ordered list; a new sort order reuses the matches, facet counts and outlets. Keyed by the
   * state without `page` and `sort`.
   */
  let last:
    | {
        key: string;
        words: AttributeWords | undefined;
        filters: ActiveFilters;
        matched: Bitset;
        facets?: Facets;
        outlets: Outlet[];
        sortKey?: string;
        list?: number[];
        producers?: Producer[];
      }
    | undefined;
  const matchesOf = (state: FilterState) => {
    const { page: _, sort: __, ...rest } = state;
    // Words may name districts once their names have loaded: a new attribute map, new matches.
    const words = state.q ? attributes.words() : undefined;
    const key = JSON.stringify(rest);
    if (last?.key !== key || last.words !== words) {
      const filters = filtersOf(state);
      const matched = matching(index.all, filters);
      const outlets = relatedOutlets(feed.outlets, index, matched, state);
      last = { key, words, filters, matched, outlets };
    }
    return last;
  };

  return {
    size: index.size,
    query(state, { pageSize = DEFAULT_PAGE_SIZE, facets: withFacets = true } = {}) {
      const memo = matchesOf(state);
      const { filters, matched } = memo;
      const sortKey = String(state.sort);
      if (memo.sortKey !== sortKey || !memo.list) {
        memo.sortKey = sortKey;
        memo.list = orders.sorted(state.sort, matched, filters.scores);
        memo.producers = producersOf(memo.list);
      }
      const list = memo.list;
      const perPage = Math.max(1, Math.floor(pageSize));
      const pages = Math.max(1, Math.ceil(list.length / perPage));
      const page = Math.min(Math.max(1, Math.floor(state.page ?? 1)), pages);
      if (withFacets) memo.facets ??= computeFacets(index, filters, matched);
      const result: QueryResult = {
        hits: list.slice((page - 1) * perPage, page * perPage).map((i) => index.hit(i)),
        total: list.length,
        page,
        pageSize: perPage,
        facets: withFacets ? memo.facets! : emptyFacets(),
        producers: memo.producers!,
        outlets: memo.outlets,
      };
      if (filters.correction) result.didYouMean = filters.correction;
      return result;
    },
    facets(state) {
      const memo = matchesOf(state);
      return (memo.facets ??= computeFacets(index, memo.filters, memo.matched));
    },
    suggest(text, limit = 5) {
      const found = search(text);
      const suggestions = suggester.suggest(found, text, limit);
      suggestions.places = attributes.placesIn(text).slice(0, limit);
      if (found?.correction) suggestions.didYouMean = found.correction;
      return suggestions;
    },
    places(text, limit = 5) {
      return attributes.placesIn(text).slice(0, limit);
    },
    prepareSearch() {
      finishText();
      suggester.prepare();
    },
    async prepareSearchInSlices({ sliceMs = 8, signal } = {}) {
      // The worker's, when it sends one: wait for it rather than index the same words here.
      if (arriving) await arriving;
      if (signal?.aborted) return;
      const steps = packed ? undefined : builder();
      while (!textIndex && steps && !steps.step(performance.now() + sliceMs)) {
        await nextTask();
        if (signal?.aborted) return;
      }
      finishText();
      // The suggestions' producer words too (2.5 ms for 10,000 products, 10 at 4× CPU): here, not in
      // the visitor's first keystroke.
      suggester.prepare();
    },
    get(productId) {
      const i = index.rowOf(productId);
      return i === undefined ? undefined : index.hit(i);
    },
    categoryLabel,
    materialLabel(key, language = lang) {
      const name = index.materialName(key);
      return name === undefined ? key : localize(name, language);
    },
  };
}
