/**
 * Sort orders, computed once per feed (name and default at once, the others on first use); a query
 * walks the right one and keeps the matching rows. Names compare by their lower-case text, which for
 * Indonesian's Latin alphabet is the dictionary order, at a fraction of a collator's cost.
 */
import type { Language } from '../../model/vocabulary.js';
import { localize } from '../../format/text.js';
import { forEachBit, hasBit, type Bitset } from '../bitset.js';
import type { SortOrder } from '../types.js';
import type { Row } from './rows.js';

export interface SortOrders {
  /** Rank of each row in the default order (flagship products first, then by name). */
  defaultRank: Int32Array;
  /** Matching rows in the order `sort` asks for; relevance uses `scores` when there are words. */
  sorted(sort: SortOrder | undefined, matched: Bitset, scores?: Float32Array): number[];
}

export function createSortOrders(rows: Row[], lang: Language): SortOrders {
  const size = rows.length;
  const nameKeys = rows.map((row) => localize(row.hit.product.name, lang).toLowerCase());
  const positions = rows.map((_, i) => i);
  const byName = [...positions].sort((a, b) =>
    nameKeys[a]! < nameKeys[b]! ? -1 : nameKeys[a]! > nameKeys[b]! ? 1 : a - b,
  );
  const nameRank = new Int32Array(size);
  byName.forEach((row, rank) => (nameRank[row] = rank));
  // Default ("relevance" without words): flagship products first, then by name.
  const byDefault = [
    ...byName.filter((i) => rows[i]!.flagship),
    ...byName.filter((i) => !rows[i]!.flagship),
  ];
  const defaultRank = new Int32Array(size);
  byDefault.forEach((row, rank) => (defaultRank[row] = rank));
  const priced = (key: 'priceMin' | 'priceMax', direction: 1 | -1) =>
    [...positions].sort((a, b) => {
      const pa = rows[a]![key];
      const pb = rows[b]![key];
      if (pa === undefined || pb === undefined)
        return Number(pa === undefined) - Number(pb === undefined) || nameRank[a]! - nameRank[b]!;
      return (pa - pb) * direction || nameRank[a]! - nameRank[b]!;
    });
  const sorters: Record<Exclude<SortOrder, 'relevance'>, () => number[]> = {
    name: () => byName,
    'price-asc': () => priced('priceMin', 1),
    'price-desc': () => priced('priceMax', -1),
    newest: () =>
      [...positions].sort((a, b) => {
        const da = rows[a]!.hit.product.updatedAt ?? '';
        const db = rows[b]!.hit.product.updatedAt ?? '';
        return da < db ? 1 : da > db ? -1 : defaultRank[a]! - defaultRank[b]!;
      }),
  };
  const orders: Partial<Record<SortOrder, number[]>> = {};
  const orderOf = (sort: Exclude<SortOrder, 'relevance'>) => (orders[sort] ??= sorters[sort]());

  return {
    defaultRank,
    sorted(sort, matched, scores) {
      if (sort && sort !== 'relevance' && Object.hasOwn(sorters, sort))
        return orderOf(sort).filter((i) => hasBit(matched, i));
      const list: number[] = [];
      forEachBit(matched, (i) => list.push(i));
      if (scores) list.sort((a, b) => scores[b]! - scores[a]! || defaultRank[a]! - defaultRank[b]!);
      else list.sort((a, b) => defaultRank[a]! - defaultRank[b]!);
      return list;
    },
  };
}
