/**
 * Rows: one per product with a known producer (in feed order), the facet values each carries, and the
 * bit set of every facet value, flag, producer and outlet. Built in one pass; everything else in the
 * query engine reads it and never changes it.
 */
import type { Feed, LocalizedText, Producer } from '../../model/types.js';
import { ancestorRegionCodes } from '../../model/region-code.js';
import { localize } from '../../format/text.js';
import { createBitset, fullBitset, setBit, type Bitset } from '../bitset.js';
import type { ProductHit } from '../types.js';

export type FacetName =
  'region' | 'category' | 'certification' | 'availability' | 'tags' | 'materials';
export const VALUE_FACETS: FacetName[] = [
  'region',
  'category',
  'certification',
  'availability',
  'tags',
  'materials',
];
export type FlagName = 'flagship' | 'bulk' | 'custom' | 'exportReady';
export const FLAGS: FlagName[] = ['flagship', 'bulk', 'custom', 'exportReady'];

export interface Row {
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

export interface RowIndex {
  rows: Row[];
  /** Number of rows (products with a known producer). */
  size: number;
  /** Every row. */
  all: Bitset;
  /** Per facet: value → rows that have it. */
  valueSets: Record<FacetName, Map<string, Bitset>>;
  /** Mean number of values per row, per facet (chooses how facets are counted). */
  valuesPerRow: Record<FacetName, number>;
  flagSets: Record<FlagName, Bitset>;
  /** Producer id → its rows (a list: thousands of producers, each with a handful of products). */
  byProducer: Map<string, number[]>;
  /** Product id → row. */
  byId: Map<string, number>;
  /** Outlet id → products it sells (listed products, and every product of listed producers). */
  byOutlet: Map<string, Bitset>;
  /** Material facet key → the material as the feed wrote it (for its label). */
  materialNames: Map<string, LocalizedText>;
}

/** Facet key of a tag: trimmed, lower case, single spaces (`"Oleh-Oleh "` → `"oleh-oleh"`). */
export const tagKey = (tag: string) => tag.trim().replace(/\s+/g, ' ').toLowerCase();
/** Facet key of a material: its Indonesian name as a tag key (`{id: "Rotan", en: "Rattan"}` → `"rotan"`). */
export const materialKey = (material: LocalizedText) => tagKey(localize(material, 'id'));

/** Builds a row index product by product, so the work can be spread over several tasks. */
export interface RowIndexBuilder {
  /** Adds rows until `deadline` (a `performance.now()` time); true when every product is in. */
  step(deadline: number): boolean;
  /** Adds what is left and returns the index. */
  finish(): RowIndex;
}

/** The row index of a feed, built at once. */
export const buildRowIndex = (feed: Feed): RowIndex => createRowIndexBuilder(feed).finish();

/**
 * One pass over the products: a row each, and each facet value's bit set. Values repeat a lot (a few
 * hundred tags and regions for thousands of products), so their keys and sets are looked up through
 * small caches.
 */
export function createRowIndexBuilder(feed: Feed): RowIndexBuilder {
  const producers = new Map<string, Producer>(feed.producers.map((p) => [p.id, p]));
  const materialNames = new Map<string, LocalizedText>();
  const products = feed.products.filter((product) => producers.has(product.producerId));
  const size = products.length;
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
  const byProducer = new Map<string, number[]>();
  const byId = new Map<string, number>();

  const rows: Row[] = [];
  const addRow = (i: number) => {
    const product = products[i]!;
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
    rows.push(row);
  };
  let next = 0;
  const step = (deadline: number) => {
    while (next < size) {
      addRow(next++);
      if ((next & 63) === 0 && performance.now() > deadline) break;
    }
    return next >= size;
  };
  let built: RowIndex | undefined;
  return { step, finish: () => (built ??= (step(Infinity), finishIndex())) };

  function finishIndex(): RowIndex {
    const valuesPerRow = {} as Record<FacetName, number>;
    for (const facet of VALUE_FACETS) {
      valuesPerRow[facet] =
        rows.reduce((sum, row) => sum + row.values[facet].length, 0) / Math.max(1, size);
    }

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

    return {
      rows,
      size,
      all: fullBitset(size),
      valueSets,
      valuesPerRow,
      flagSets,
      byProducer,
      byId,
      byOutlet,
      materialNames,
    };
  }
}
