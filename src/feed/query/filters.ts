/**
 * Filters: a visitor's choices as bit sets over the rows. Values of one facet combine with OR, facets
 * with AND; `matching` can leave one counted filter out, which is what a facet's counts need.
 */
import type { Outlet } from '../../model/types.js';
import { andInto, createBitset, orInto, setBit, type Bitset } from '../bitset.js';
import type { FilterState } from '../types.js';
import { FLAGS, tagKey, type FacetName, type FlagName, type RowIndex } from './rows.js';

/** Every filter that has facet counts, and so is left out when counting itself. */
export type CountedFilter = FacetName | FlagName | 'price';

/** What a text search contributes: its matching rows and their scores. */
export interface TextMatch {
  bits: Bitset;
  scores: Float32Array;
  /** The words with each misspelt one corrected, when some word matched only as a typo. */
  correction?: string;
}

export interface ActiveFilters {
  /** Filters with facet counts, by name. */
  counted: [CountedFilter, Bitset][];
  /** Filters without counts (lead time, outlet, producer, words). */
  fixed: Bitset[];
  /** Text scores when the state has words. */
  scores: Float32Array | undefined;
  /** The search's correction of misspelt words, if any. */
  correction: string | undefined;
}

export const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** Every active filter of `state` as a bit set; `search` answers the words, if any. */
export function activeFilters(
  index: RowIndex,
  state: FilterState,
  search: (text: string) => TextMatch | undefined,
): ActiveFilters {
  const { valueSets, flagSets, size } = index;
  const counted: [CountedFilter, Bitset][] = [];
  const fixed: Bitset[] = [];
  const add = (name: CountedFilter, bits: Bitset | undefined) => bits && counted.push([name, bits]);
  add('region', unionOf(size, valueSets.region, state.region));
  add('category', unionOf(size, valueSets.category, state.category));
  add('certification', unionOf(size, valueSets.certification, state.certification));
  add('availability', unionOf(size, valueSets.availability, state.availability));
  add('tags', unionOf(size, valueSets.tags, state.tags, tagKey));
  add('materials', unionOf(size, valueSets.materials, state.materials, tagKey));
  for (const flag of FLAGS) if (state[flag] === true) add(flag, flagSets[flag]);
  const { priceMin, priceMax } = state;
  if (isNumber(priceMin) || isNumber(priceMax)) {
    const low = isNumber(priceMin) ? priceMin : -Infinity;
    const high = isNumber(priceMax) ? priceMax : Infinity;
    const { priceMin: min, priceMax: max } = index.data;
    // A row without a price has NaN bounds: every comparison with NaN is false.
    add(
      'price',
      scan(size, (i) => max[i]! >= low && min[i]! <= high),
    );
  }
  const maxDays = state.maxLeadTimeDays;
  if (isNumber(maxDays)) fixed.push(scan(size, (i) => index.data.leadTimeDays[i]! <= maxDays));
  if (state.outlet) fixed.push(index.byOutlet.get(state.outlet) ?? createBitset(size));
  if (state.producer) {
    const bits = createBitset(size);
    for (const i of index.producerRows(state.producer)) setBit(bits, i);
    fixed.push(bits);
  }
  const text = state.q ? search(state.q) : undefined;
  if (text) fixed.push(text.bits);
  return { counted, fixed, scores: text?.scores, correction: text?.correction };
}

/** Rows passing every filter except `skip`. */
export function matching(all: Bitset, filters: ActiveFilters, skip?: CountedFilter): Bitset {
  const bits = all.slice();
  for (const [name, set] of filters.counted) if (name !== skip) andInto(bits, set);
  for (const set of filters.fixed) andInto(bits, set);
  return bits;
}

/** Outlets selling a matching product, and outlets that list nothing but lie in the chosen region. */
export function relatedOutlets(
  outlets: Outlet[],
  index: RowIndex,
  matched: Bitset,
  state: FilterState,
): Outlet[] {
  return outlets.filter((outlet) => {
    const bits = index.byOutlet.get(outlet.id)!;
    for (let w = 0; w < bits.length; w++) if ((bits[w]! & matched[w]!) !== 0) return true;
    const listsNothing = !outlet.productIds?.length && !outlet.producerIds?.length;
    return (
      listsNothing &&
      (!state.region?.length ||
        state.region.some(
          (code) => outlet.regionCode === code || outlet.regionCode.startsWith(code + '.'),
        ))
    );
  });
}

/** Union of the sets of the chosen values; `undefined` when the filter is not active. */
function unionOf(
  size: number,
  sets: Map<string, Bitset>,
  values: string[] | undefined,
  key = (v: string) => v,
): Bitset | undefined {
  if (!values || values.length === 0) return undefined;
  const bits = createBitset(size);
  for (const value of values) {
    const set = sets.get(key(value));
    if (set) orInto(bits, set);
  }
  return bits;
}

function scan(size: number, test: (row: number) => boolean): Bitset {
  const bits = createBitset(size);
  for (let i = 0; i < size; i++) if (test(i)) setBit(bits, i);
  return bits;
}
