/**
 * Sort orders, computed once per feed (name and default at once, the others on first use); a query
 * walks the right one and keeps the matching rows. Names compare by their lower-case text, which for
 * Indonesian's Latin alphabet is the dictionary order, at a fraction of a collator's cost.
 */
import type { Language } from '../../model/vocabulary.js';
import { countBits, forEachBit, hasBit, type Bitset } from '../bitset.js';
import type { SortOrder } from '../types.js';
import type { Feed } from '../../model/types.js';
import { sortByName, type RowIndex } from './rows.js';

/**
 * Appends the rows of `order` that are set in `matched`, in that order. The bit test is written out
 * and the loop indexed: a visitor's first filter change runs this before the code is optimized, and
 * a call per row of 10,000 then costs most of a millisecond (four on a phone's CPU).
 */
function walk(order: Int32Array, matched: Bitset, list: number[]): void {
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if ((matched[i >>> 5]! >>> (i & 31)) & 1) list.push(i);
  }
}

export interface SortOrders {
  /** Rank of each row in the default order (flagship products first, then by name). */
  defaultRank: Int32Array;
  /** Matching rows in the order `sort` asks for; relevance uses `scores` when there are words. */
  sorted(sort: SortOrder | undefined, matched: Bitset, scores?: Float32Array): number[];
}

export function createSortOrders(index: RowIndex, lang: Language, feed: Feed): SortOrders {
  const { size, data } = index;
  const byName = data.byName[lang] ?? sortByName(feed, data.product, lang);
  const nameRank = new Int32Array(size);
  byName.forEach((row, rank) => (nameRank[row] = rank));
  // Default ("relevance" without words): flagship products first, then by name.
  const flagship = index.flagSets.flagship;
  const byDefault = Int32Array.from([
    ...byName.filter((i) => hasBit(flagship, i)),
    ...byName.filter((i) => !hasBit(flagship, i)),
  ]);
  const defaultRank = new Int32Array(size);
  byDefault.forEach((row, rank) => (defaultRank[row] = rank));
  // Rows without a price (NaN) go last.
  const priced = (prices: Float64Array, direction: 1 | -1) =>
    byName.slice().sort((a, b) => {
      const pa = prices[a]!;
      const pb = prices[b]!;
      if (pa !== pa || pb !== pb)
        return Number(pa !== pa) - Number(pb !== pb) || nameRank[a]! - nameRank[b]!;
      return (pa - pb) * direction || nameRank[a]! - nameRank[b]!;
    });
  const sorters: Record<Exclude<SortOrder, 'relevance'>, () => Int32Array> = {
    name: () => byName,
    'price-asc': () => priced(data.priceMin, 1),
    'price-desc': () => priced(data.priceMax, -1),
    newest: () => {
      const dates = Array.from(data.product, (p) => feed.products[p]!.updatedAt ?? '');
      return byName.slice().sort((a, b) => {
        const da = dates[a]!;
        const db = dates[b]!;
        return da < db ? 1 : da > db ? -1 : defaultRank[a]! - defaultRank[b]!;
      });
    },
  };
  const orders: Partial<Record<SortOrder, Int32Array>> = {};
  const orderOf = (sort: Exclude<SortOrder, 'relevance'>) => (orders[sort] ??= sorters[sort]());

  return {
    defaultRank,
    sorted(sort, matched, scores) {
      const list: number[] = [];
      if (sort && sort !== 'relevance' && Object.hasOwn(sorters, sort)) {
        walk(orderOf(sort), matched, list);
        return list;
      }
      if (!scores && countBits(matched) * 16 >= size) {
        // Many matches (a province, a category, everything): walking the default order is linear,
        // where sorting them took milliseconds of a visitor's click.
        walk(byDefault, matched, list);
        return list;
      }
      forEachBit(matched, (i) => list.push(i));
      if (scores) list.sort((a, b) => scores[b]! - scores[a]! || defaultRank[a]! - defaultRank[b]!);
      else list.sort((a, b) => defaultRank[a]! - defaultRank[b]!);
      return list;
    },
  };
}
