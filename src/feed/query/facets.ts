/**
 * Facet counts: for each facet, the rows passing every *other* filter, counted per value — so a count
 * always equals the total a visitor gets by ticking that value, at every level of the region tree.
 */
import { andInto, countAnd, countBits, forEachBit, type Bitset } from '../bitset.js';
import type { Facets } from '../types.js';
import { matching, type ActiveFilters, type CountedFilter } from './filters.js';
import { FLAGS, VALUE_FACETS, type RowIndex } from './rows.js';

/** Counts of every facet under `filters`, whose full match is `matched`. */
export function computeFacets(index: RowIndex, filters: ActiveFilters, matched: Bitset): Facets {
  const { data, valueSets, valuesPerRow, flagSets } = index;
  const active = new Set(filters.counted.map(([name]) => name));
  const base = (name: CountedFilter) =>
    active.has(name) ? matching(index.all, filters, name) : matched;
  const facets = { priceRange: null } as Facets;
  for (const facet of VALUE_FACETS) {
    // No prototype: a tag or category named `toString` or `__proto__` is counted like any other.
    const counts: Record<string, number> = Object.create(null);
    const bits = base(facet);
    const sets = valueSets[facet];
    // Few matches: walk them and their values. Many: one AND-and-count per value is cheaper.
    if (countBits(bits) * valuesPerRow[facet] < sets.size * bits.length) {
      const { values, starts, ids } = data.facets[facet];
      forEachBit(bits, (i) => {
        for (let k = starts[i]!; k < starts[i + 1]!; k++) {
          const value = values[ids[k]!]!;
          counts[value] = (counts[value] ?? 0) + 1;
        }
      });
    } else {
      for (const [value, set] of sets) {
        const count = countAnd(set, bits);
        if (count > 0) counts[value] = count;
      }
    }
    facets[facet] = counts;
  }
  for (const flag of FLAGS) {
    const bits = base(flag).slice();
    andInto(bits, flagSets[flag]);
    facets[flag] = countBits(bits);
  }
  let min = Infinity;
  let max = -Infinity;
  const { priceMin, priceMax } = data;
  // Rows without a price hold NaN, which no comparison takes.
  forEachBit(base('price'), (i) => {
    if (priceMin[i]! < min) min = priceMin[i]!;
    if (priceMax[i]! > max) max = priceMax[i]!;
  });
  facets.priceRange = min <= max ? { min, max } : null;
  return facets;
}

/** Facets with nothing counted (a query that skipped counting). */
export const emptyFacets = (): Facets => ({
  region: {},
  category: {},
  certification: {},
  availability: {},
  tags: {},
  materials: {},
  flagship: 0,
  bulk: 0,
  custom: 0,
  exportReady: 0,
  priceRange: null,
});
