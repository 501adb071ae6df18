/**
 * Rows: one per product with a known producer (in feed order). The builder turns a feed into
 * `RowData` — typed columns and bit sets only, so the feed worker can build it and hand it to the page
 * by transfer, and the page keeps no object per row; `rowIndexOf` reads it back against the feed's
 * records. Everything else in the query engine reads the index and never changes it.
 */
import type { Feed, LocalizedText, Producer, Product } from '../../model/types.js';
import type { Language } from '../../model/vocabulary.js';
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

/** One facet's values and, both ways, which rows have which. */
export interface FacetColumn {
  /** The values (region codes at every level, category ids, tag keys, …), by value id. */
  values: string[];
  /** Value `v`'s rows: the bit set in words `[v × w, (v + 1) × w)`, `w` the words of a row set. */
  bits: Uint32Array;
  /** Row `i`'s value ids: `ids[starts[i]]` up to `ids[starts[i + 1]]` (region: own code and ancestors). */
  starts: Int32Array;
  ids: Int32Array | Uint16Array;
}

/** A feed's row index as plain data: typed arrays and strings (structured-cloneable, transferable). */
export interface RowData {
  /** Number of rows (products with a known producer). */
  size: number;
  /** Row → position of its product in `feed.products`, and of its producer in `feed.producers`. */
  product: Int32Array;
  producer: Int32Array;
  facets: Record<FacetName, FacetColumn>;
  /** Flag `f` (position in `FLAGS`)'s rows: words `[f × w, (f + 1) × w)`. */
  flags: Uint32Array;
  /** Price bounds and lead time in days per row; NaN where the product has none. */
  priceMin: Float64Array;
  priceMax: Float64Array;
  leadTimeDays: Float64Array;
  /** Outlet `o` (position in `feed.outlets`)'s products: words `[o × w, (o + 1) × w)`. */
  outlets: Uint32Array;
  /** Rows by lower-case name, per language built (a language missing is sorted when asked). */
  byName: Partial<Record<Language, Int32Array>>;
}

export interface RowIndex {
  data: RowData;
  size: number;
  /** Every row. */
  all: Bitset;
  /** Row `i`'s product, producer and region. */
  hit(i: number): ProductHit;
  /** Row of a product id (a map made on first use). */
  rowOf(productId: string): number | undefined;
  /** Rows of a producer id. */
  producerRows(producerId: string): number[];
  /** Per facet: value → rows that have it (views into `data`). */
  valueSets: Record<FacetName, Map<string, Bitset>>;
  /** Mean number of values per row, per facet (chooses how facets are counted). */
  valuesPerRow: Record<FacetName, number>;
  flagSets: Record<FlagName, Bitset>;
  /** Outlet id → products it sells (listed products, and every product of listed producers). */
  byOutlet: Map<string, Bitset>;
  /** The material of a facet key as the feed wrote it (for its label). */
  materialName(key: string): LocalizedText | undefined;
}

/** Facet key of a tag: trimmed, lower case, single spaces (`"Oleh-Oleh "` → `"oleh-oleh"`). */
export const tagKey = (tag: string) => tag.trim().replace(/\s+/g, ' ').toLowerCase();
/** Facet key of a material: its Indonesian name as a tag key (`{id: "Rotan", en: "Rattan"}` → `"rotan"`). */
export const materialKey = (material: LocalizedText) => tagKey(localize(material, 'id'));

/**
 * Each material's name by its key (`materialKey`), as the first product that has it spells it. Each
 * shared value is keyed once: products share their materials' strings (and the objects the feed worker
 * sends once), and keying every product's took ≈ 10 ms at 10,000 products.
 */
export function materialNames(products: Iterable<Product>): Map<string, LocalizedText> {
  const names = new Map<string, LocalizedText>();
  const seen = new Set<LocalizedText>();
  for (const product of products)
    for (const material of product.materials ?? []) {
      if (seen.has(material)) continue;
      seen.add(material);
      const key = materialKey(material);
      if (!names.has(key)) names.set(key, material);
    }
  return names;
}

/** Builds a row index product by product, so the work can be spread over several tasks. */
export interface RowIndexBuilder {
  /** Adds rows until `deadline` (a `performance.now()` time); true when every product is in. */
  step(deadline: number): boolean;
  /** Adds what is left and returns the data. */
  finish(): RowData;
}

/** The row index of a feed, built at once. */
export const buildRowIndex = (feed: Feed, langs: Language[] = ['id']): RowIndex =>
  rowIndexOf(feed, createRowIndexBuilder(feed, langs).finish());

/** Rows in the order of their lower-case names in `lang` (ties: feed order). */
export function sortByName(feed: Feed, product: Int32Array, lang: Language): Int32Array {
  const keys = Array.from(product, (p) => localize(feed.products[p]!.name, lang).toLowerCase());
  const order = Int32Array.from(keys, (_, i) => i);
  return order.sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
}

/** The rows of `feed`: the positions in `feed.products` of products with a known producer. */
export function rowProducts(
  feed: Feed,
  producerAt: ReadonlyMap<string, unknown> = new Map(feed.producers.map((p) => [p.id, p])),
): Int32Array {
  const positions: number[] = [];
  feed.products.forEach((product, p) => producerAt.has(product.producerId) && positions.push(p));
  return Int32Array.from(positions);
}

/**
 * One pass over the products: each row's columns, and each facet value's bit set. Values repeat a lot
 * (a few hundred tags and regions for thousands of products), so their ids are looked up through
 * small caches. `langs`: the languages whose name order is sorted now; `sortedNames`: name orders of
 * these rows already sorted (by the feed worker's preview), used as they are.
 */
export function createRowIndexBuilder(
  feed: Feed,
  langs: Language[] = ['id'],
  sortedNames: RowData['byName'] = {},
): RowIndexBuilder {
  const producerAt = new Map<string, number>(feed.producers.map((p, i) => [p.id, i]));
  const product = rowProducts(feed, producerAt);
  const size = product.length;
  const producer = new Int32Array(size);
  const words = createBitset(size).length;

  /** A facet's values, their sets, and each row's value ids as the rows come. */
  const columns = {} as Record<
    FacetName,
    { ids: Map<string, number>; sets: Bitset[]; starts: Int32Array; rowIds: number[] }
  >;
  for (const facet of VALUE_FACETS)
    columns[facet] = { ids: new Map(), sets: [], starts: new Int32Array(size + 1), rowIds: [] };
  const idOf = (facet: FacetName, value: string) => {
    const column = columns[facet];
    let id = column.ids.get(value);
    if (id === undefined) {
      id = column.sets.length;
      column.ids.set(value, id);
      column.sets.push(createBitset(size));
    }
    return id;
  };
  const add = (facet: FacetName, id: number, i: number) => {
    const column = columns[facet];
    // A value once per row (a tag written twice, a certification of product and producer).
    for (let k = column.starts[i]!; k < column.rowIds.length; k++)
      if (column.rowIds[k] === id) return;
    column.rowIds.push(id);
    setBit(column.sets[id]!, i);
  };
  const chains = new Map<string, number[]>();
  const regionChain = (code: string) => {
    let chain = chains.get(code);
    if (!chain) {
      const codes = [code, ...ancestorRegionCodes(code)];
      chains.set(code, (chain = codes.map((c) => idOf('region', c))));
    }
    return chain;
  };
  const tagIds = new Map<string, number>();
  const tagId = (tag: string) => {
    let id = tagIds.get(tag);
    if (id === undefined) {
      const key = tagKey(tag);
      tagIds.set(tag, (id = key ? idOf('tags', key) : -1));
    }
    return id;
  };
  const flags = new Uint32Array(FLAGS.length * words);
  const flagSet = (f: number) => flags.subarray(f * words, (f + 1) * words);
  const priceMin = new Float64Array(size).fill(NaN);
  const priceMax = new Float64Array(size).fill(NaN);
  const leadTimeDays = new Float64Array(size).fill(NaN);

  const addRow = (i: number) => {
    const record = feed.products[product[i]!]!;
    const at = producerAt.get(record.producerId)!;
    const owner: Producer = feed.producers[at]!;
    producer[i] = at;
    for (const facet of VALUE_FACETS) columns[facet].starts[i] = columns[facet].rowIds.length;
    for (const id of regionChain(record.regionCode ?? owner.regionCode)) add('region', id, i);
    add('category', idOf('category', record.category), i);
    if (record.availability) add('availability', idOf('availability', record.availability), i);
    for (const c of record.certifications ?? [])
      add('certification', idOf('certification', c.type), i);
    for (const c of owner.certifications ?? [])
      add('certification', idOf('certification', c.type), i);
    for (const tag of record.tags ?? []) {
      const id = tagId(tag);
      if (id !== -1) add('tags', id, i);
    }
    for (const material of record.materials ?? []) {
      const key = materialKey(material);
      if (key) add('materials', idOf('materials', key), i);
    }
    const own = record.orders;
    const inherited = owner.orders;
    const flagged = [
      record.flagship === true,
      (own?.bulk ?? inherited?.bulk) === true,
      (own?.custom ?? inherited?.custom) === true,
      record.exportReady === true,
    ];
    flagged.forEach((on, f) => on && setBit(flagSet(f), i));
    // Something in stock can be had today.
    const lead =
      own?.leadTimeDays ??
      inherited?.leadTimeDays ??
      (record.availability === 'in_stock' ? 0 : undefined);
    if (lead !== undefined) leadTimeDays[i] = lead;
    if (record.price) {
      const { min, max } = record.price;
      priceMin[i] = min ?? max ?? NaN;
      priceMax[i] = max ?? min ?? NaN;
    }
  };
  let next = 0;
  const step = (deadline: number) => {
    while (next < size) {
      addRow(next++);
      if ((next & 63) === 0 && performance.now() > deadline) break;
    }
    return next >= size;
  };
  let built: RowData | undefined;
  return { step, finish: () => (built ??= (step(Infinity), finishData())) };

  function finishData(): RowData {
    const facets = {} as Record<FacetName, FacetColumn>;
    for (const facet of VALUE_FACETS) {
      const { ids, sets, starts, rowIds } = columns[facet];
      starts[size] = rowIds.length;
      const bits = new Uint32Array(sets.length * words);
      sets.forEach((set, v) => bits.set(set, v * words));
      // Value ids in 16 bits while they fit (a few hundred regions and tags).
      const packed = ids.size <= 0x10000 ? Uint16Array.from(rowIds) : Int32Array.from(rowIds);
      facets[facet] = { values: [...ids.keys()], bits, starts, ids: packed };
    }
    const outlets = new Uint32Array(feed.outlets.length * words);
    const productRow = new Map<string, number>();
    product.forEach((p, i) => productRow.set(feed.products[p]!.id, i));
    feed.outlets.forEach((outlet, o) => {
      const bits = outlets.subarray(o * words, (o + 1) * words);
      for (const id of outlet.productIds ?? []) {
        const i = productRow.get(id);
        if (i !== undefined) setBit(bits, i);
      }
      const listed = new Set(
        (outlet.producerIds ?? []).map((id) => producerAt.get(id)).filter((p) => p !== undefined),
      );
      if (listed.size) producer.forEach((p, i) => listed.has(p) && setBit(bits, i));
    });
    const byName: RowData['byName'] = { ...sortedNames };
    for (const lang of langs) byName[lang] ??= sortByName(feed, product, lang);
    return {
      size,
      product,
      producer,
      facets,
      flags,
      priceMin,
      priceMax,
      leadTimeDays,
      outlets,
      byName,
    };
  }
}

/** The row index over `data`, built from `feed` (here or in the feed worker). */
export function rowIndexOf(feed: Feed, data: RowData): RowIndex {
  const { size } = data;
  const words = createBitset(size).length;
  const slice = (bits: Uint32Array, k: number) => bits.subarray(k * words, (k + 1) * words);
  const valueSets = {} as Record<FacetName, Map<string, Bitset>>;
  const valuesPerRow = {} as Record<FacetName, number>;
  for (const facet of VALUE_FACETS) {
    const column = data.facets[facet];
    valueSets[facet] = new Map(column.values.map((value, v) => [value, slice(column.bits, v)]));
    valuesPerRow[facet] = column.ids.length / Math.max(1, size);
  }
  const flagSets = {} as Record<FlagName, Bitset>;
  FLAGS.forEach((flag, f) => (flagSets[flag] = slice(data.flags, f)));
  let rows: Map<string, number> | undefined;
  let materials: Map<string, LocalizedText> | undefined;
  return {
    data,
    size,
    all: fullBitset(size),
    hit(i) {
      const product = feed.products[data.product[i]!]!;
      const producer = feed.producers[data.producer[i]!]!;
      return { product, producer, regionCode: product.regionCode ?? producer.regionCode };
    },
    rowOf(productId) {
      if (!rows) {
        rows = new Map();
        for (let i = 0; i < size; i++) rows.set(feed.products[data.product[i]!]!.id, i);
      }
      return rows.get(productId);
    },
    producerRows(producerId) {
      const list: number[] = [];
      for (let i = 0; i < size; i++)
        if (feed.producers[data.producer[i]!]!.id === producerId) list.push(i);
      return list;
    },
    valueSets,
    valuesPerRow,
    flagSets,
    byOutlet: new Map(feed.outlets.map((outlet, o) => [outlet.id, slice(data.outlets, o)])),
    materialName(key) {
      if (!materials) {
        materials = materialNames(Array.from(data.product, (p) => feed.products[p]!));
      }
      return materials.get(key);
    },
  };
}

/** The buffers of `data`, each once: the list to transfer it with. */
export function rowDataBuffers(data: RowData): ArrayBuffer[] {
  const arrays: ArrayBufferView[] = [
    data.product,
    data.producer,
    data.flags,
    data.priceMin,
    data.priceMax,
    data.leadTimeDays,
    data.outlets,
    ...Object.values(data.byName),
  ];
  for (const column of Object.values(data.facets))
    arrays.push(column.bits, column.starts, column.ids);
  return [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))];
}
