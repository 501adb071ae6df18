/**
 * The query engine: everything an element asks of a feed (filter, search, sort, page, facet counts)
 * answered from indexes built once per feed. Each facet value owns a bit set of the products that
 * have it; a filter is an OR of value sets, filters combine with AND, and a facet's counts come from
 * the products that pass every *other* filter — so a count always equals the total a visitor gets by
 * ticking that value, at every level of the region tree.
 */
import type { Feed, LocalizedText, Outlet, Producer } from '../model/types.js';
import { ancestorRegionCodes } from '../model/region-code.js';
import { BUILTIN_CATEGORIES, type Language } from '../model/vocabulary.js';
import { allTexts, localize } from '../format/text.js';
import {
  andInto,
  countAnd,
  countBits,
  createBitset,
  forEachBit,
  fullBitset,
  hasBit,
  orInto,
  setBit,
  type Bitset,
} from './bitset.js';
import { createWordScanner, stemIndonesian, tokenize } from './text.js';
import type { Facets, FilterState, ProductHit, QueryResult, SortOrder } from './types.js';

export interface QueryEngineOptions {
  /** Language of names for sorting by name and of category labels in suggestions. Default `id`. */
  lang?: Language;
}

export interface QueryOptions {
  /** Products per page; default 24. */
  pageSize?: number;
  /** Compute facet counts too (default true); with `false`, `facets` holds empty counts. */
  facets?: boolean;
}

export interface CategorySuggestion {
  id: string;
  /** Label in the engine's language (feed category name, built-in name, or the id). */
  label: string;
  /** Products in this category matching the text. */
  count: number;
}

/** Groups shown by the search combobox while typing. */
export interface Suggestions {
  products: ProductHit[];
  producers: Producer[];
  categories: CategorySuggestion[];
}

export interface QueryEngine {
  query(state: FilterState, options?: QueryOptions): QueryResult;
  facets(state: FilterState): Facets;
  /** Products, producers and categories matching what is typed so far (prefix of the last word). */
  suggest(text: string, limit?: number): Suggestions;
  /** Builds the text index now (it is otherwise built on the first search). */
  prepareSearch(): void;
  /**
   * Builds the text index in slices of `sliceMs` (default 8) with a macrotask between them, so the page
   * stays responsive; call it after the first render. A search meanwhile finishes the build at once.
   */
  prepareSearchInSlices(options?: { sliceMs?: number; signal?: AbortSignal }): Promise<void>;
  /** The hit for one product id. */
  get(productId: string): ProductHit | undefined;
  /** Display label of a category id. */
  categoryLabel(id: string, lang?: Language): string;
  /** Display label of a material facet key (facet keys are lower-case Indonesian names). */
  materialLabel(key: string, lang?: Language): string;
  /** Products in the feed (with a known producer). */
  readonly size: number;
}

export const DEFAULT_PAGE_SIZE = 24;

/** Field weights: a word in the name outranks one in tags, which outranks one in the description. */
const WEIGHT = {
  name: 16,
  tags: 8,
  materials: 6,
  producer: 4,
  category: 3,
  description: 1,
} as const;
/** A word that only starts with what was typed counts a little less than the whole word. */
const PREFIX_FACTOR = 0.75;
/** Shortest typed word matched as a prefix (shorter ones must match whole). */
const MIN_PREFIX = 2;

type FacetName = 'region' | 'category' | 'certification' | 'availability' | 'tags' | 'materials';
const VALUE_FACETS: FacetName[] = [
  'region',
  'category',
  'certification',
  'availability',
  'tags',
  'materials',
];
type FlagName = 'flagship' | 'bulk' | 'custom' | 'exportReady';
const FLAGS: FlagName[] = ['flagship', 'bulk', 'custom', 'exportReady'];
/** Every filter that has facet counts, and so is left out when counting itself. */
type CountedFilter = FacetName | FlagName | 'price';

interface Row {
  hit: ProductHit;
  /** Facet values of this product, per facet (region: own code and every ancestor). */
  values: Record<FacetName, string[]>;
  flagship: boolean;
  bulk: boolean;
  custom: boolean;
  exportReady: boolean;
  leadTimeDays: number | undefined;
  priceMin: number | undefined;
  priceMax: number | undefined;
}

interface Posting {
  rows: number[];
  weights: number[];
}

/** Facet key of a tag: trimmed, lower case, single spaces (`"Oleh-Oleh "` → `"oleh-oleh"`). */
export const tagKey = (tag: string) => tag.trim().replace(/\s+/g, ' ').toLowerCase();
/** Facet key of a material: its Indonesian name as a tag key (`{id: "Rotan", en: "Rattan"}` → `"rotan"`). */
export const materialKey = (material: LocalizedText) => tagKey(localize(material, 'id'));

/** Builds the indexes of a parsed feed; every later call is answered from them. */
export function createQueryEngine(feed: Feed, options: QueryEngineOptions = {}): QueryEngine {
  const lang = options.lang ?? 'id';
  const producers = new Map(feed.producers.map((p) => [p.id, p]));
  const categoryNames = new Map(feed.categories.map((c) => [c.id, c.name]));
  const categoryLabel = (id: string, language: Language = lang) => {
    const declared = categoryNames.get(id);
    if (declared !== undefined) return localize(declared, language);
    const builtin = (BUILTIN_CATEGORIES as Record<string, { id: string; en: string } | undefined>)[
      id
    ];
    return builtin ? builtin[language] : id;
  };
  const materialNames = new Map<string, LocalizedText>();

  // One pass over the products: a row each (those with a known producer, in feed order), and each
  // facet value's bit set. Values repeat a lot (a few hundred tags and regions for thousands of
  // products), so their keys and sets are looked up through small caches.
  const products = feed.products.filter((product) => producers.has(product.producerId));
  const size = products.length;
  const all = fullBitset(size);
  const valueSets = {} as Record<FacetName, Map<string, Bitset>>;
  for (const facet of VALUE_FACETS) valueSets[facet] = new Map();
  const setOf = (facet: FacetName, value: string) => {
    let bits = valueSets[facet].get(value);
    if (!bits) valueSets[facet].set(value, (bits = createBitset(size)));
    return bits;
  };
  const chains = new Map<string, { codes: string[]; sets: Bitset[] }>();
  const regionChain = (code: string) => {
    let chain = chains.get(code);
    if (!chain) {
      const codes = [code, ...ancestorRegionCodes(code)];
      chains.set(code, (chain = { codes, sets: codes.map((c) => setOf('region', c)) }));
    }
    return chain;
  };
  // Rows share their value lists (most products repeat a few combinations): less memory, less GC.
  const NONE: string[] = [];
  const sharedLists = new Map<string, string[]>();
  const shared = (list: string[]) => {
    if (list.length === 0) return NONE;
    const key = list.length === 1 ? list[0]! : list.join('\u0000');
    const known = sharedLists.get(key);
    if (known) return known;
    sharedLists.set(key, list);
    return list;
  };
  const tagKeys = new Map<string, string>();
  const cachedTagKey = (tag: string) => {
    let key = tagKeys.get(tag);
    if (key === undefined) tagKeys.set(tag, (key = tagKey(tag)));
    return key;
  };
  const flagSets = {} as Record<FlagName, Bitset>;
  for (const flag of FLAGS) flagSets[flag] = createBitset(size);
  // Producer → its rows (a list: thousands of producers, each with a handful of products).
  const byProducer = new Map<string, number[]>();
  const byId = new Map<string, number>();

  const rows: Row[] = products.map((product, i) => {
    const producer = producers.get(product.producerId)!;
    const regionCode = product.regionCode ?? producer.regionCode;
    const chain = regionChain(regionCode);
    for (const bits of chain.sets) setBit(bits, i);
    setBit(setOf('category', product.category), i);
    if (product.availability) setBit(setOf('availability', product.availability), i);

    let certifications: string[] = NONE;
    const addCertification = (type: string) => {
      if (certifications.includes(type)) return;
      if (certifications === NONE) certifications = [];
      certifications.push(type);
    };
    if (product.certifications) for (const c of product.certifications) addCertification(c.type);
    if (producer.certifications) for (const c of producer.certifications) addCertification(c.type);
    certifications = shared(certifications);
    let tags: string[] = NONE;
    for (const tag of product.tags ?? []) {
      const key = cachedTagKey(tag);
      if (!key || tags.includes(key)) continue;
      if (tags === NONE) tags = [];
      tags.push(key);
    }
    tags = shared(tags);
    let materials: string[] = NONE;
    for (const material of product.materials ?? []) {
      const key = cachedTagKey(localize(material, 'id'));
      if (!materialNames.has(key)) materialNames.set(key, material);
      if (!key || materials.includes(key)) continue;
      if (materials === NONE) materials = [];
      materials.push(key);
    }
    materials = shared(materials);
    for (const value of certifications) setBit(setOf('certification', value), i);
    for (const value of tags) setBit(setOf('tags', value), i);
    for (const value of materials) setBit(setOf('materials', value), i);

    const own = product.orders;
    const inherited = producer.orders;
    const row: Row = {
      hit: { product, producer, regionCode },
      values: {
        region: chain.codes,
        category: shared([product.category]),
        certification: certifications,
        availability: product.availability ? shared([product.availability]) : NONE,
        tags,
        materials,
      },
      flagship: product.flagship === true,
      bulk: (own?.bulk ?? inherited?.bulk) === true,
      custom: (own?.custom ?? inherited?.custom) === true,
      exportReady: product.exportReady === true,
      // Something in stock can be had today.
      leadTimeDays:
        own?.leadTimeDays ??
        inherited?.leadTimeDays ??
        (product.availability === 'in_stock' ? 0 : undefined),
      priceMin: product.price ? (product.price.min ?? product.price.max) : undefined,
      priceMax: product.price ? (product.price.max ?? product.price.min) : undefined,
    };
    for (const flag of FLAGS) if (row[flag]) setBit(flagSets[flag], i);
    const list = byProducer.get(producer.id);
    if (list) list.push(i);
    else byProducer.set(producer.id, [i]);
    byId.set(product.id, i);
    return row;
  });

  const valuesPerRow = {} as Record<FacetName, number>;
  for (const facet of VALUE_FACETS) {
    valuesPerRow[facet] =
      rows.reduce((sum, row) => sum + row.values[facet].length, 0) / Math.max(1, size);
  }

  // Outlet → products it sells (listed products, and every product of listed producers).
  const byOutlet = new Map<string, Bitset>();
  for (const outlet of feed.outlets) {
    const bits = createBitset(size);
    for (const id of outlet.productIds ?? []) {
      const i = byId.get(id);
      if (i !== undefined) setBit(bits, i);
    }
    for (const id of outlet.producerIds ?? []) {
      for (const i of byProducer.get(id) ?? []) setBit(bits, i);
    }
    byOutlet.set(outlet.id, bits);
  }

  // Built on the first search: many visits only browse, and the filters need none of it.
  let textIndex: TextIndex | undefined;
  let textBuilder: TextIndexBuilder | undefined;
  const builder = () => (textBuilder ??= createTextIndexBuilder(rows, categoryLabel));
  let producerWords: string[][] | undefined;
  const search = (text: string) => (textIndex ??= builder().finish()).search(text);

  // Sort orders, computed once; a query walks the right one and keeps the matching rows.
  // Names compare by their lower-case text, which for Indonesian's Latin alphabet is the dictionary
  // order, at a fraction of a collator's cost.
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
  // The other orders are sorted on first use.
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

  /** Union of the sets of the chosen values; `undefined` when the filter is not active. */
  const unionOf = (
    sets: Map<string, Bitset>,
    values: string[] | undefined,
    key = (v: string) => v,
  ) => {
    if (!values || values.length === 0) return undefined;
    const bits = createBitset(size);
    for (const value of values) {
      const set = sets.get(key(value));
      if (set) orInto(bits, set);
    }
    return bits;
  };

  const bitsOf = (list: number[]) => {
    const bits = createBitset(size);
    for (const i of list) setBit(bits, i);
    return bits;
  };

  const scan = (test: (row: Row) => boolean) => {
    const bits = createBitset(size);
    for (let i = 0; i < size; i++) if (test(rows[i]!)) setBit(bits, i);
    return bits;
  };

  /** Every active filter as a bit set, named by the facet it belongs to (or `fixed`). */
  function activeFilters(state: FilterState) {
    const counted: [CountedFilter, Bitset][] = [];
    const fixed: Bitset[] = [];
    const add = (name: CountedFilter, bits: Bitset | undefined) =>
      bits && counted.push([name, bits]);
    add('region', unionOf(valueSets.region, state.region));
    add('category', unionOf(valueSets.category, state.category));
    add('certification', unionOf(valueSets.certification, state.certification));
    add('availability', unionOf(valueSets.availability, state.availability));
    add('tags', unionOf(valueSets.tags, state.tags, tagKey));
    add('materials', unionOf(valueSets.materials, state.materials, tagKey));
    for (const flag of FLAGS) if (state[flag] === true) add(flag, flagSets[flag]);
    const { priceMin, priceMax } = state;
    if (isNumber(priceMin) || isNumber(priceMax)) {
      const low = isNumber(priceMin) ? priceMin : -Infinity;
      const high = isNumber(priceMax) ? priceMax : Infinity;
      add(
        'price',
        scan((row) => row.priceMin !== undefined && row.priceMax! >= low && row.priceMin <= high),
      );
    }
    const maxDays = state.maxLeadTimeDays;
    if (isNumber(maxDays))
      fixed.push(scan((row) => row.leadTimeDays !== undefined && row.leadTimeDays <= maxDays));
    if (state.outlet) fixed.push(byOutlet.get(state.outlet) ?? createBitset(size));
    if (state.producer) fixed.push(bitsOf(byProducer.get(state.producer) ?? []));
    const text = state.q ? search(state.q) : undefined;
    if (text) fixed.push(text.bits);
    return { counted, fixed, scores: text?.scores };
  }

  /** Products passing every filter except `skip`. */
  function matching(filters: ReturnType<typeof activeFilters>, skip?: CountedFilter): Bitset {
    const bits = all.slice();
    for (const [name, set] of filters.counted) if (name !== skip) andInto(bits, set);
    for (const set of filters.fixed) andInto(bits, set);
    return bits;
  }

  function computeFacets(filters: ReturnType<typeof activeFilters>, matched: Bitset): Facets {
    const active = new Set(filters.counted.map(([name]) => name));
    const base = (name: CountedFilter) => (active.has(name) ? matching(filters, name) : matched);
    const facets = { priceRange: null } as Facets;
    for (const facet of VALUE_FACETS) {
      const counts: Record<string, number> = {};
      const bits = base(facet);
      const sets = valueSets[facet];
      // Few matches: walk them and their values. Many: one AND-and-count per value is cheaper.
      if (countBits(bits) * valuesPerRow[facet] < sets.size * bits.length) {
        forEachBit(bits, (i) => {
          for (const value of rows[i]!.values[facet]) counts[value] = (counts[value] ?? 0) + 1;
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
    forEachBit(base('price'), (i) => {
      const row = rows[i]!;
      if (row.priceMin === undefined) return;
      if (row.priceMin < min) min = row.priceMin;
      if (row.priceMax! > max) max = row.priceMax!;
    });
    facets.priceRange = min <= max ? { min, max } : null;
    return facets;
  }

  function sortedMatches(
    state: FilterState,
    matched: Bitset,
    scores: Float32Array | undefined,
  ): number[] {
    const sort = state.sort && Object.hasOwn(sorters, state.sort) ? state.sort : 'relevance';
    if (sort !== 'relevance') return orderOf(sort).filter((i) => hasBit(matched, i));
    const list: number[] = [];
    forEachBit(matched, (i) => list.push(i));
    if (scores) list.sort((a, b) => scores[b]! - scores[a]! || defaultRank[a]! - defaultRank[b]!);
    else list.sort((a, b) => defaultRank[a]! - defaultRank[b]!);
    return list;
  }

  function relatedOutlets(matched: Bitset, state: FilterState): Outlet[] {
    return feed.outlets.filter((outlet) => {
      const bits = byOutlet.get(outlet.id)!;
      for (let w = 0; w < bits.length; w++) if ((bits[w]! & matched[w]!) !== 0) return true;
      // An outlet that lists nothing still shows when it lies in the chosen region.
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

  return {
    size,
    query(state, { pageSize = DEFAULT_PAGE_SIZE, facets: withFacets = true } = {}) {
      const filters = activeFilters(state);
      const matched = matching(filters);
      const list = sortedMatches(state, matched, filters.scores);
      const perPage = Math.max(1, Math.floor(pageSize));
      const pages = Math.max(1, Math.ceil(list.length / perPage));
      const page = Math.min(Math.max(1, Math.floor(state.page ?? 1)), pages);
      const seen = new Set<string>();
      const matchedProducers: Producer[] = [];
      for (const i of list) {
        const producer = rows[i]!.hit.producer;
        if (!seen.has(producer.id)) {
          seen.add(producer.id);
          matchedProducers.push(producer);
        }
      }
      return {
        hits: list.slice((page - 1) * perPage, page * perPage).map((i) => rows[i]!.hit),
        total: list.length,
        page,
        pageSize: perPage,
        facets: withFacets ? computeFacets(filters, matched) : emptyFacets(),
        producers: matchedProducers,
        outlets: relatedOutlets(matched, state),
      };
    },
    facets(state) {
      const filters = activeFilters(state);
      return computeFacets(filters, matching(filters));
    },
    suggest(text, limit = 5) {
      const found = search(text);
      if (!found) return { products: [], producers: [], categories: [] };
      const list: number[] = [];
      forEachBit(found.bits, (i) => list.push(i));
      list.sort((a, b) => found.scores[b]! - found.scores[a]! || defaultRank[a]! - defaultRank[b]!);
      const words = tokenize(text);
      producerWords ??= feed.producers.map((producer) =>
        tokenize(allTexts(producer.name).join(' ')),
      );
      const producerMatches: Producer[] = [];
      for (let p = 0; p < feed.producers.length && producerMatches.length < limit; p++) {
        const name = producerWords[p]!;
        if (words.every((word) => name.some((w) => w.startsWith(word))))
          producerMatches.push(feed.producers[p]!);
      }
      const categoryCounts = new Map<string, number>();
      for (const i of list) {
        const id = rows[i]!.hit.product.category;
        categoryCounts.set(id, (categoryCounts.get(id) ?? 0) + 1);
      }
      return {
        products: list.slice(0, limit).map((i) => rows[i]!.hit),
        producers: producerMatches.slice(0, limit),
        categories: [...categoryCounts]
          .sort((a, b) => b[1] - a[1])
          .slice(0, limit)
          .map(([id, count]) => ({ id, label: categoryLabel(id), count })),
      };
    },
    prepareSearch() {
      textIndex ??= builder().finish();
    },
    async prepareSearchInSlices({ sliceMs = 8, signal } = {}) {
      const steps = builder();
      while (!textIndex && !steps.step(performance.now() + sliceMs)) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (signal?.aborted) return;
      }
      textIndex ??= steps.finish();
    },
    get(productId) {
      const i = byId.get(productId);
      return i === undefined ? undefined : rows[i]!.hit;
    },
    categoryLabel,
    materialLabel(key, language = lang) {
      const name = materialNames.get(key);
      return name === undefined ? key : localize(name, language);
    },
  };
}

const emptyFacets = (): Facets => ({
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

const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

interface TextIndex {
  /** Products containing every word (the last one may be a prefix), with their scores. */
  search(text: string): { bits: Bitset; scores: Float32Array } | undefined;
}

/** Inverted index: word (and its stem) → products with the best field weight it appears in. */
interface TextIndexBuilder {
  /** Indexes rows until `deadline` (a `performance.now()` time); true when every row is in. */
  step(deadline: number): boolean;
  /** Indexes what is left and returns the index. */
  finish(): TextIndex;
}

function createTextIndexBuilder(
  rows: Row[],
  categoryLabel: (id: string, lang: Language) => string,
): TextIndexBuilder {
  const size = rows.length;
  // Words get numeric ids; per word, the rows it occurs in and the best field weight in each row.
  const termIds = new Map<string, number>();
  const termRows: number[][] = [];
  const termWeights: number[][] = [];
  const idOf = (key: string) => {
    let id = termIds.get(key);
    if (id === undefined) {
      id = termRows.length;
      termIds.set(key, id);
      termRows.push([]);
      termWeights.push([]);
    }
    return id;
  };
  // Each distinct word: its own id, and its stem's id when that differs (-1 when not).
  const scan = createWordScanner((word): [number, number] => {
    const stem = stemIndonesian(word);
    return [idOf(word), stem === word ? -1 : idOf(stem)];
  });
  // Per row: the weight each touched word got, without a Map per row.
  const lastRow: number[] = [];
  const best: number[] = [];
  const touched: number[] = [];
  let current = -1;
  let weight = 0;
  const touch = (id: number) => {
    if (lastRow[id] !== current) {
      lastRow[id] = current;
      best[id] = weight;
      touched.push(id);
    } else if (best[id]! < weight) best[id] = weight;
  };
  const visit = (pair: [number, number]) => {
    touch(pair[0]);
    if (pair[1] !== -1) touch(pair[1]);
  };
  const addText = (text: string, fieldWeight: number) => {
    weight = fieldWeight;
    scan(text, visit);
  };
  /** Every language's text of a localized value, without building an array. */
  const addLocalized = (value: LocalizedText | undefined, fieldWeight: number) => {
    if (value === undefined) return;
    if (typeof value === 'string') addText(value, fieldWeight);
    else for (const key in value) addText(value[key]!, fieldWeight);
  };
  const indexRow = (i: number) => {
    current = i;
    const { product, producer } = rows[i]!.hit;
    addLocalized(product.name, WEIGHT.name);
    for (const tag of product.tags ?? []) addText(tag, WEIGHT.tags);
    for (const material of product.materials ?? []) addLocalized(material, WEIGHT.materials);
    addLocalized(producer.name, WEIGHT.producer);
    addText(categoryLabel(product.category, 'id'), WEIGHT.category);
    addText(categoryLabel(product.category, 'en'), WEIGHT.category);
    addLocalized(product.description, WEIGHT.description);
    for (const id of touched) {
      termRows[id]!.push(i);
      termWeights[id]!.push(best[id]!);
    }
    touched.length = 0;
  };
  let next = 0;
  let built: TextIndex | undefined;
  const step = (deadline: number) => {
    while (next < size) {
      indexRow(next++);
      if ((next & 127) === 0 && performance.now() > deadline) break;
    }
    return next >= size;
  };
  return {
    step,
    finish: () => (built ??= (step(Infinity), finishIndex())),
  };

  function finishIndex(): TextIndex {
    const postings = new Map<string, Posting>();
    for (const [key, id] of termIds)
      postings.set(key, { rows: termRows[id]!, weights: termWeights[id]! });
    const words = [...postings.keys()].sort();

    /** Index of the first word ≥ `prefix`. */
    const lowerBound = (prefix: string) => {
      let lo = 0;
      let hi = words.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (words[mid]! < prefix) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };

    return {
      search(text) {
        const terms = [...new Set(tokenize(text))];
        if (terms.length === 0) return undefined;
        let bits: Bitset | undefined;
        const total = new Float32Array(size);
        terms.forEach((term, t) => {
          const isLast = t === terms.length - 1;
          const best = new Float32Array(size);
          const apply = (key: string, factor: number) => {
            const posting = postings.get(key);
            if (!posting) return;
            for (let k = 0; k < posting.rows.length; k++) {
              const score = posting.weights[k]! * factor;
              const row = posting.rows[k]!;
              if (score > best[row]!) best[row] = score;
            }
          };
          apply(term, 1);
          apply(stemIndonesian(term), 1);
          // The word being typed: every indexed word it starts.
          if (isLast && term.length >= MIN_PREFIX) {
            for (let k = lowerBound(term); k < words.length && words[k]!.startsWith(term); k++) {
              if (words[k] !== term) apply(words[k]!, PREFIX_FACTOR);
            }
          }
          const termBits = createBitset(size);
          for (let i = 0; i < size; i++) {
            if (best[i]! > 0) {
              setBit(termBits, i);
              total[i]! += best[i]!;
            }
          }
          if (bits) andInto(bits, termBits);
          else bits = termBits;
        });
        return { bits: bits!, scores: total };
      },
    };
  }
}
