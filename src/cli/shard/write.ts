/// <reference types="node" />
/**
 * The shard set writer (node only: it hashes with `node:crypto` and writes files; browser code reads
 * shard sets through `src/feed/shards/`). A merged feed becomes `index.json`, one shard per province —
 * per regency/city, then numbered parts, where a province would exceed the size limit — and text-index
 * chunks keyed by word prefix. The same feed always gives the same files, and every file but
 * `index.json` is named by its content hash, so a change rewrites only what it touches.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Feed, Image, Outlet, Producer, Product } from '../../model/types.js';
import type { Facets, ProductHit } from '../../feed/types.js';
import { regionCodeOf } from '../../model/product.js';
import type { MergeResult } from '../../feed/merge.js';
import { computeFacets } from '../../feed/query/facets.js';
import { activeFilters } from '../../feed/query/filters.js';
import { createSortOrders } from '../../feed/query/sort.js';
import { buildRowIndex, type RowData, type RowIndex } from '../../feed/query/rows.js';
import { createAttributes } from '../../feed/query/attributes.js';
import { createCategoryLabel } from '../../feed/query/labels.js';
import { createTextPackBuilder, type Posting } from '../../feed/query/text-pack.js';
import type { Bitset } from '../../feed/bitset.js';
import {
  SHARD_FORMAT_VERSION,
  SHARD_INDEX_KIND,
  SHARD_COUNTS_KIND,
  SHARD_KIND,
  SHARD_LIST_KIND,
  SHARD_ROWS_KIND,
  TEXT_CHUNK_KIND,
  TEXT_INDEX_KIND,
  rowOf,
  safeName,
  shardPath,
  type ShardEntry,
  type ShardFile,
  type ShardIndex,
  type ShardCountsFile,
  type ShardListFile,
  type ShardPlaceRows,
  type ShardRowsFile,
  type TextChunkEntry,
  type TextChunkFile,
  type TextIndexFile,
} from '../../feed/shards/format.js';

export interface ShardOptions {
  /** Largest shard, in KB (uncompressed); a province above it is split by regency/city, then in parts. Default 200. */
  maxShardKb?: number;
  /** Largest text-index chunk, in KB, before its prefix is split one letter further. Default 48. */
  maxChunkKb?: number;
  /** Products copied into the `first` shard (the first page of the whole set). Default 48. */
  firstPageSize?: number;
  /**
   * The folder the set is written to. Given, a relative image path (`img/tas.jpg`) is rewritten to
   * resolve from there as it did from its feed: relative to the folder when the feed is a file,
   * absolute when the feed came from a URL. Without it, image paths are copied as they are.
   */
  outDir?: string;
}

export const SHARD_DEFAULTS = { maxShardKb: 200, maxChunkKb: 48, firstPageSize: 48 } as const;

/** A file of the set: its path relative to the output folder, and its text. */
export interface ShardSetFile {
  path: string;
  text: string;
}

export interface ShardSet {
  index: ShardIndex;
  /** The shards the index's `shardList` file lists. */
  shards: ShardEntry[];
  /** Every file, `index.json` last. */
  files: ShardSetFile[];
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');
const byteLength = (text: string) => Buffer.byteLength(text);
/** Province (`62`) and regency/city (`62.71`) of a region code. */
const provinceOf = (code: string) => code.split('.')[0] || '_';
const regencyOf = (code: string) => code.split('.').slice(0, 2).join('.') || '_';

interface Group {
  region: string;
  products: Product[];
}

/** A shard's index entry before its file is made (the file gives its path, size and hash). */
type ShardDraft = Omit<ShardEntry, 'file' | 'bytes' | 'hash'>;

/**
 * Receives each file of a set as it is made: its path, its text, and a way to make the text again
 * (for a caller that keeps the file without keeping half a gigabyte of shard text).
 */
type Emit = (path: string, text: string, remake?: () => string) => void;

/** Builds the whole shard set in memory (pure but for hashing). */
export function buildShardSet(merged: MergeResult, options: ShardOptions = {}): ShardSet {
  const files: ShardSetFile[] = [];
  const steps = shardSetSteps(merged, options, (path, text, remake) =>
    // Shard text is made again when written: half a gigabyte of it at 300,000 products is not kept.
    files.push(
      remake
        ? {
            path,
            get text() {
              return remake();
            },
          }
        : { path, text },
    ),
  );
  let step = steps.next();
  while (!step.done) step = steps.next();
  return { ...step.value, files };
}

/**
 * Builds a shard set and writes it into `dir` as it goes (see `writeShardSet`): each shard and text
 * chunk is written when it is made and not kept, so a national feed shards in far less memory than
 * `buildShardSet` followed by `writeShardSet` needs.
 */
export async function writeShards(
  dir: string,
  merged: MergeResult,
  options: ShardOptions = {},
): Promise<{ index: ShardIndex; shards: ShardEntry[]; report: WriteReport }> {
  const writer = createWriter(dir);
  const steps = shardSetSteps(merged, options, (path, text) => writer.write(path, text));
  // Between steps, a task boundary and a full collection: what the step before let go (the raw JSON
  // of the feed just parsed, the row index's bit sets, written shard text) is given back at once.
  // Left to itself, node let it pile up to a 2.1 GB peak at 300,000 products; live data is under 1 GB.
  const gc = fullCollection();
  const tick = () =>
    new Promise<void>((resolve) =>
      setImmediate(() => {
        gc?.();
        resolve();
      }),
    );
  await tick();
  let step = steps.next();
  while (!step.done) {
    await tick();
    step = steps.next();
  }
  return { ...step.value, report: writer.finish() };
}

/**
 * The writer's core: lays out the shards, hands each file to `emit` as soon as it is made (shards, the
 * first page, text chunks, the chunk list, `index.json` last) and returns the index; it pauses
 * (`yield`) where it has let go of large structures. Records are visited in feed order and every map
 * is sorted before it is written, so the same feed gives the same bytes.
 */
function* shardSetSteps(
  merged: MergeResult,
  options: ShardOptions,
  emit: Emit,
): Generator<void, { index: ShardIndex; shards: ShardEntry[] }> {
  const { maxShardKb, maxChunkKb, firstPageSize } = { ...SHARD_DEFAULTS, ...options };
  const maxShardBytes = maxShardKb * 1024;
  const { credits, provenance } = merged;
  const { feed } = merged;
  // Relative image paths are rewritten as each shard is made (copies of that shard's records only).
  const images = imagesFrom(merged, options.outDir);
  const sourceIndex = new Map<string, number>();
  credits.forEach((credit, i) => {
    if (!sourceIndex.has(credit.url)) sourceIndex.set(credit.url, i);
  });
  const sourceOf = (list: 'producers' | 'products' | 'outlets', id: string) =>
    sourceIndex.get(provenance[list][id] ?? '') ?? 0;
  const producersById = new Map(feed.producers.map((producer) => [producer.id, producer]));
  const regionOfProduct = (product: Product) =>
    regionCodeOf(product, producersById.get(product.producerId)) ?? '_';

  // Products by province, in feed order; a province too large for one shard splits by regency, then in parts.
  const byProvince = groupBy(feed.products, (product) => provinceOf(regionOfProduct(product)));
  // A product's size with its producer's: a bound, as products of one producer share it. Measured once.
  const producerBytes = new Map(
    feed.producers.map((producer) => [
      producer.id,
      byteLength(JSON.stringify(images.producer(producer))) + 1,
    ]),
  );
  const productBytes = new Map<Product, number>();
  for (const product of feed.products)
    productBytes.set(
      product,
      byteLength(JSON.stringify(images.product(product))) +
        1 +
        (producerBytes.get(product.producerId) ?? 0),
    );
  producerBytes.clear();
  const sizeOf = (product: Product) => productBytes.get(product)!;
  const groups: Group[] = [];
  for (const [province, products] of byProvince) {
    const total = products.reduce((sum, product) => sum + sizeOf(product), 0);
    if (total <= maxShardBytes) {
      groups.push({ region: province, products });
      continue;
    }
    const byRegency = groupBy(products, (product) => regencyOf(regionOfProduct(product)));
    for (const [regency, list] of byRegency) groups.push({ region: regency, products: list });
  }
  byProvince.clear();

  // Records without products (producers, outlets) go with the first shard of their region.
  const orphanProducers = new Map<string, Producer[]>();
  const used = new Set(feed.products.map((product) => product.producerId));
  for (const producer of feed.producers)
    if (!used.has(producer.id)) push(orphanProducers, producer.regionCode, producer);
  used.clear();
  const outletsByRegion = new Map<string, Outlet[]>();
  for (const outlet of feed.outlets) push(outletsByRegion, outlet.regionCode, outlet);

  const sortedGroups = groups.sort((a, b) => compareCodes(a.region, b.region));
  const groupRegions = sortedGroups.map((group) => group.region);
  const claim = <T>(records: Map<string, T[]>, region: string): T[] => {
    const out: T[] = [];
    for (const [code, list] of records) {
      if (ownerRegion(groupRegions, code) === region) {
        out.push(...list);
        records.delete(code);
      }
    }
    return out;
  };
  const producerOrder = new Map(feed.producers.map((producer, i) => [producer.id, i]));
  const shards: ShardEntry[] = [];
  /** A product's shard (position in `shards`) and its row there, by product id. */
  const placeOf = new Map<string, { shard: number; row: number }>();
  /** Makes a shard's file, hands it on, and lists it; the file itself is not kept. */
  const addShard = (entry: ShardDraft, file: ShardFile) => {
    const shard = shards.length;
    file.products.forEach((product, row) => placeOf.set(product.id, { shard, row }));
    shards.push(entryOf(entry, file));
  };
  const entryOf = (entry: ShardDraft, records: ShardFile): ShardEntry => {
    const file = {
      ...records,
      producers: records.producers.map(images.producer),
      products: records.products.map(images.product),
    };
    const text = JSON.stringify(file);
    const hash = hashOf(text).slice(0, 16);
    const path = shardPath(entry.key, hash);
    emit(path, text, () => JSON.stringify(file));
    return { ...entry, file: path, bytes: byteLength(text), hash };
  };
  for (const [g, group] of sortedGroups.entries()) {
    // Now and then a pause, so the shard text written so far is given back.
    if (g > 0 && g % 256 === 0) yield;
    const parts = splitBySize(group.products, sizeOf, maxShardBytes);
    parts.forEach((products, part) => {
      const key = part === 0 ? group.region : `${group.region}~${part + 1}`;
      // The products' producers, in feed order.
      const producers = [...new Set(products.map((product) => product.producerId))]
        .filter((id) => producerOrder.has(id))
        .sort((a, b) => producerOrder.get(a)! - producerOrder.get(b)!)
        .map((id) => feed.producers[producerOrder.get(id)!]!);
      if (part === 0) producers.push(...claim(orphanProducers, group.region));
      const outlets = part === 0 ? claim(outletsByRegion, group.region) : [];
      addShard(
        {
          key,
          region: group.region,
          products: products.length,
          categories: countBy(products, (product) => [product.category]),
          certifications: countBy(products, (product) =>
            (product.certifications ?? []).map((c) => c.type),
          ),
        },
        {
          kind: SHARD_KIND,
          version: SHARD_FORMAT_VERSION,
          key,
          region: group.region,
          producers,
          products,
          outlets,
          sources: {
            producers: producers.map((record) => sourceOf('producers', record.id)),
            products: products.map((record) => sourceOf('products', record.id)),
            outlets: outlets.map((record) => sourceOf('outlets', record.id)),
          },
        },
      );
    });
  }
  productBytes.clear();
  producerOrder.clear();
  yield;
  // Producers and outlets of regions with no product at all: a shard of their province.
  const leftovers = new Map<string, { producers: Producer[]; outlets: Outlet[] }>();
  for (const [code, list] of orphanProducers) {
    const province = provinceOf(code);
    const entry = leftovers.get(province) ?? { producers: [], outlets: [] };
    entry.producers.push(...list);
    leftovers.set(province, entry);
  }
  for (const [code, list] of outletsByRegion) {
    const province = provinceOf(code);
    const entry = leftovers.get(province) ?? { producers: [], outlets: [] };
    entry.outlets.push(...list);
    leftovers.set(province, entry);
  }
  for (const [province, { producers, outlets }] of [...leftovers].sort((a, b) =>
    compareCodes(a[0], b[0]),
  )) {
    const key = `${province}~records`;
    addShard(
      { key, region: province, products: 0, categories: {}, certifications: {} },
      {
        kind: SHARD_KIND,
        version: SHARD_FORMAT_VERSION,
        key,
        region: province,
        producers,
        products: [],
        outlets,
        sources: {
          producers: producers.map((record) => sourceOf('producers', record.id)),
          products: [],
          outlets: outlets.map((record) => sourceOf('outlets', record.id)),
        },
      },
    );
  }

  // Words of the text chunks: their size, then (below) their rows per shard.
  const chunkWords = new Map<string, ChunkWord>();
  const wordEntry = (word: string) => {
    let entry = chunkWords.get(word);
    if (!entry) chunkWords.set(word, (entry = { bytes: word.length + 8 }));
    return entry;
  };
  // A region gets a head (a shard of copies of its first page) when its view spans more than one
  // shard, or one shard of more than two pages of a head: there the head is under half the bytes a
  // click would otherwise wait for (at 100,000 products a city's one shard is 16 KB gzip, its head 8).
  const viewOf = new Map<string, { shards: number; products: number }>();
  for (const { region, products } of shards)
    if (products > 0)
      for (const code of new Set([provinceOf(region), region])) {
        const view = viewOf.get(code) ?? { shards: 0, products: 0 };
        viewOf.set(code, { shards: view.shards + 1, products: view.products + products });
      }
  const headRegions = new Set(
    [...viewOf]
      .filter(([, view]) => view.shards > 1 || view.products > 2 * firstPageSize)
      .map(([code]) => code),
  );
  viewOf.clear();
  const { facets, firstHits, headHits, rows } = fromRowIndex(
    feed,
    firstPageSize,
    wordEntry,
    headRegions,
  );
  yield;
  /** A shard of copies of `hits` (records also in their region's shards), in their order. */
  const copiesShard = (key: string, region: string, hits: ProductHit[]) => {
    const producers = [...new Set(hits.map((hit) => hit.producer))];
    return entryOf(
      {
        key,
        region,
        products: hits.length,
        categories: countBy(hits, (hit) => [hit.product.category]),
        certifications: countBy(hits, (hit) =>
          (hit.product.certifications ?? []).map((c) => c.type),
        ),
      },
      {
        kind: SHARD_KIND,
        version: SHARD_FORMAT_VERSION,
        key,
        region,
        producers,
        products: hits.map((hit) => hit.product),
        outlets: [],
        sources: {
          producers: producers.map((record) => sourceOf('producers', record.id)),
          products: hits.map((hit) => sourceOf('products', hit.product.id)),
          outlets: [],
        },
      },
    );
  };
  const first = copiesShard('first', '', firstHits);
  const heads = [...headHits]
    .sort((a, b) => compareCodes(a[0], b[0]))
    .map(([region, hits]) => copiesShard(`${region}~head`, region, hits));
  headHits.clear();

  // Places inside a shard (a district in its regency's shard): the rows of their products, so a word
  // naming one is matched row by row like any other word (without them, by whole shards).
  const placeCodes = new Set<string>();
  for (const entry of chunkWords.values())
    for (const code of entry.places ?? []) placeCodes.add(code);
  /** Place code → shard → rows of its products there. */
  const rowsIn = new Map<string, Map<string, number[]>>();
  for (let i = 0; i < rows.size; i++) {
    const { product, regionCode: code = '' } = rows.hit(i);
    const { shard, row } = placeOf.get(product.id)!;
    const outer = `${shards[shard]!.region}.`;
    for (let end = code.indexOf('.', outer.length); ; end = code.indexOf('.', end + 1)) {
      const inner = end < 0 ? code : code.slice(0, end);
      if (inner.startsWith(outer) && placeCodes.has(inner)) {
        let byShard = rowsIn.get(inner);
        if (!byShard) rowsIn.set(inner, (byShard = new Map()));
        push(byShard, String(shard), row);
      }
      if (end < 0) break;
    }
  }
  placeCodes.clear();
  for (const entry of chunkWords.values()) {
    const lists = new Map<number, Set<number>>();
    // A shard the word's places cover whole (a city's, for "balikpapan") needs no rows listed.
    const covered = (region: string) =>
      entry.places!.some((code) => region === code || region.startsWith(`${code}.`));
    for (const code of entry.places ?? [])
      for (const [shard, list] of rowsIn.get(code) ?? []) {
        if (covered(shards[Number(shard)]!.region)) continue;
        let found = lists.get(Number(shard));
        if (!found) lists.set(Number(shard), (found = new Set()));
        for (const row of list) found.add(row);
      }
    if (lists.size === 0) continue;
    entry.placeRows = Object.create(null) as ShardPlaceRows;
    for (const shard of [...lists.keys()].sort((a, b) => a - b))
      entry.placeRows[shards[shard]!.key] = [...lists.get(shard)!].sort((a, b) => a - b);
    entry.bytes += JSON.stringify(entry.placeRows).length;
  }
  rowsIn.clear();
  yield;

  const postings = createTextPackBuilder(rows, createCategoryLabel(feed)).postings();
  // Row of the engine → its shard and its position there.
  const rowShard = new Int32Array(rows.size);
  const rowInShard = new Int32Array(rows.size);
  for (let i = 0; i < rows.size; i++) {
    const place = placeOf.get(rows.hit(i).product.id)!;
    rowShard[i] = place.shard;
    rowInShard[i] = place.row;
  }
  placeOf.clear();
  yield;
  // Each word's size in its chunk, without making its lists yet (they are made chunk by chunk below).
  const seenIn = new Int32Array(shards.length).fill(-1);
  let wordNumber = 0;
  for (const [word, posting] of postings) {
    const entry = wordEntry(word);
    entry.posting = posting;
    entry.bytes += posting.rows.length * 6;
    for (let k = 0; k < posting.rows.length; k++) {
      const shard = rowShard[posting.rows[k]!]!;
      if (seenIn[shard] === wordNumber) continue;
      seenIn[shard] = wordNumber;
      entry.bytes += shards[shard]!.key.length + 6;
    }
    wordNumber++;
  }
  /** A word's rows and weights per shard: `{ "62.71": [row, weight, …] }`, shards in set order. */
  const perShard = ({ rows: hits, weights }: Posting) => {
    const lists = new Map<number, number[]>();
    for (let k = 0; k < hits.length; k++) {
      const shard = rowShard[hits[k]!]!;
      let list = lists.get(shard);
      if (!list) lists.set(shard, (list = []));
      list.push(rowInShard[hits[k]!]!, weights[k]!);
    }
    const out = Object.create(null) as Record<string, number[]>;
    for (const shard of [...lists.keys()].sort((a, b) => a - b))
      out[shards[shard]!.key] = lists.get(shard)!;
    return out;
  };

  const chunks: TextChunkEntry[] = [];
  for (const [prefix, words] of bucketWords(chunkWords, maxChunkKb * 1024)) {
    const file: TextChunkFile = {
      kind: TEXT_CHUNK_KIND,
      version: SHARD_FORMAT_VERSION,
      prefix,
      words: Object.create(null),
      places: Object.create(null),
      placeRows: Object.create(null),
      certifications: Object.create(null),
    };
    for (const word of words) {
      const entry = chunkWords.get(word)!;
      if (entry.posting) file.words[word] = perShard(entry.posting);
      if (entry.places) file.places[word] = entry.places;
      if (entry.placeRows) file.placeRows![word] = entry.placeRows;
      if (entry.certifications) file.certifications[word] = entry.certifications;
    }
    const text = JSON.stringify(file);
    const hash = hashOf(text).slice(0, 16);
    const path = `text/${safeName(prefix || '_')}.${hash}.json`;
    emit(path, text);
    chunks.push({ prefix, file: path, bytes: byteLength(text), hash });
  }

  const textIndex = hashedFile<TextIndexFile>('text-index', {
    kind: TEXT_INDEX_KIND,
    version: SHARD_FORMAT_VERSION,
    chunks,
  });
  emit(textIndex.file, textIndex.text);
  const listEntry = ({ categories: _c, certifications: _t, ...entry }: ShardEntry) => entry;
  const listed = shards.map(listEntry);
  const headsListed = heads.map(listEntry);
  const shardList = hashedFile<ShardListFile>('shard-list', {
    kind: SHARD_LIST_KIND,
    version: SHARD_FORMAT_VERSION,
    shards: listed,
    ...(headsListed.length ? { heads: headsListed } : {}),
  });
  emit(shardList.file, shardList.text);
  // The same list compact, for readers that know it (`ShardRowsFile`): each entry's region and file
  // follow from its key and hash, which holds for every shard this writer makes.
  const shardRows = hashedFile<ShardRowsFile>('shard-rows', {
    kind: SHARD_ROWS_KIND,
    version: SHARD_FORMAT_VERSION,
    shards: listed.map(rowOf),
    ...(headsListed.length ? { heads: headsListed.map(rowOf) } : {}),
  });
  emit(shardRows.file, shardRows.text);
  // The same entries per province: a region view waits for its province's few, not for all of them.
  const provinces: Record<string, { file: string; bytes: number; hash: string }> =
    Object.create(null);
  for (const [province, entries] of groupBy(listed, (entry) => provinceOf(entry.region))) {
    const own = headsListed.filter((entry) => provinceOf(entry.region) === province);
    const list = hashedFile<ShardListFile>(`shard-list-${safeName(province)}`, {
      kind: SHARD_LIST_KIND,
      version: SHARD_FORMAT_VERSION,
      shards: entries,
      ...(own.length ? { heads: own } : {}),
    });
    emit(list.file, list.text);
    provinces[province] = { file: list.file, bytes: list.bytes, hash: list.hash };
  }
  const shardCounts = hashedFile<ShardCountsFile>('shard-counts', {
    kind: SHARD_COUNTS_KIND,
    version: SHARD_FORMAT_VERSION,
    categories: Object.fromEntries(shards.map((entry) => [entry.key, entry.categories])),
    certifications: Object.fromEntries(shards.map((entry) => [entry.key, entry.certifications])),
  });
  emit(shardCounts.file, shardCounts.text);

  const index: ShardIndex = {
    kind: SHARD_INDEX_KIND,
    version: SHARD_FORMAT_VERSION,
    publisher: feed.publisher,
    updatedAt: feed.updatedAt,
    ...(feed.license ? { license: feed.license } : {}),
    ...(feed.languages ? { languages: feed.languages } : {}),
    sources: credits,
    categories: feed.categories,
    regions: feed.regions,
    counts: {
      products: feed.products.length,
      producers: feed.producers.length,
      outlets: feed.outlets.length,
    },
    facets,
    first,
    shardList: {
      file: shardList.file,
      bytes: shardList.bytes,
      hash: shardList.hash,
      shards: shards.length,
      provinces,
      rows: { file: shardRows.file, bytes: shardRows.bytes, hash: shardRows.hash },
    },
    shardCounts: { file: shardCounts.file, bytes: shardCounts.bytes, hash: shardCounts.hash },
    text: {
      file: textIndex.file,
      bytes: textIndex.bytes,
      hash: textIndex.hash,
      chunks: chunks.length,
    },
  };
  emit('index.json', JSON.stringify(index));
  return { index, shards };
}

/**
 * What the writer takes from the single-file engine's row index: the facet counts, the first page,
 * each word naming a place or a certification (as codes, into `wordEntry`), and the rows' records for
 * the text index. The index's columns and bit sets are let go when this returns (a national feed's
 * writer peaks while it builds the text index).
 */
function fromRowIndex(
  feed: Feed,
  firstPageSize: number,
  wordEntry: (word: string) => ChunkWord,
  headRegions: ReadonlySet<string>,
): {
  facets: Facets;
  firstHits: ProductHit[];
  headHits: Map<string, ProductHit[]>;
  rows: Pick<RowIndex, 'size' | 'hit'>;
} {
  const rowIndex = buildRowIndex(feed);
  const facets = computeFacets(
    rowIndex,
    activeFilters(rowIndex, {}, () => undefined),
    rowIndex.all,
  );
  const order = createSortOrders(rowIndex, 'id', feed).sorted(undefined, rowIndex.all);
  const firstHits = order.slice(0, firstPageSize).map((row) => rowIndex.hit(row));
  // Each head region's first products in the same order (its province's and its own).
  const headHits = new Map<string, ProductHit[]>();
  for (const row of order) {
    const hit = rowIndex.hit(row);
    const code = hit.regionCode ?? '_';
    for (const region of new Set([provinceOf(code), regencyOf(code)])) {
      if (!headRegions.has(region)) continue;
      let hits = headHits.get(region);
      if (!hits) headHits.set(region, (hits = []));
      if (hits.length < firstPageSize) hits.push(hit);
    }
  }
  const codeOfBits = reverse(rowIndex.valueSets.region);
  const typeOfBits = reverse(rowIndex.valueSets.certification);
  for (const [word, hits] of createAttributes(feed, rowIndex).words()) {
    const entry = wordEntry(word);
    for (const hit of hits) {
      const code = codeOfBits.get(hit.bits);
      const type = typeOfBits.get(hit.bits);
      if (code !== undefined) (entry.places ??= []).push(code);
      if (type !== undefined) (entry.certifications ??= []).push(type);
    }
    entry.places?.sort(compareCodes);
    entry.certifications?.sort();
    entry.bytes += JSON.stringify([entry.places ?? [], entry.certifications ?? []]).length;
  }
  return { facets, firstHits, headHits, rows: rowsOf(feed, rowIndex.data) };
}

/**
 * The rows' records, from the row index's two position columns only. A function of its own: a
 * closure made inside `fromRowIndex` would share that function's scope, which holds the whole row
 * index (its bit sets: 0.6 GB at 300,000 products), and keep it alive while the text index is built.
 */
function rowsOf(feed: Feed, { size, product: productAt, producer: producerAt }: RowData) {
  const hit = (i: number): ProductHit => {
    const product = feed.products[productAt[i]!]!;
    const producer = feed.producers[producerAt[i]!]!;
    return { product, producer, regionCode: product.regionCode ?? producer.regionCode };
  };
  return { size, hit };
}

/**
 * V8's full garbage collection as a function, without starting node with `--expose-gc` (the flag
 * turned on, then `gc` read from a new context); undefined where the runtime does not allow it.
 */
function fullCollection(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

/** A file named by its content hash at the set's root: `<name>.<hash>.json`. */
function hashedFile<T>(name: string, content: T) {
  const text = JSON.stringify(content);
  const hash = hashOf(text).slice(0, 16);
  return { file: `${name}.${hash}.json`, text, bytes: byteLength(text), hash };
}

export interface WriteReport {
  /** Files written (new or changed), relative to the folder. */
  written: string[];
  /** Files already there with the same content. */
  unchanged: string[];
  /** Shard and chunk files of an earlier run that the new index no longer lists. */
  removed: string[];
  /** Bytes of every file of the set (written or unchanged). */
  bytes: number;
}

/**
 * Writes a shard set into `dir`: only files that are new or changed (the content-hashed names mean
 * an unchanged shard keeps its file), and removes earlier shards and chunks the index no longer lists.
 * `index.json` is written last, so a reader never sees an index whose files are missing.
 */
export async function writeShardSet(dir: string, set: ShardSet): Promise<WriteReport> {
  const writer = createWriter(dir);
  for (const file of set.files) writer.write(file.path, file.text);
  return writer.finish();
}

/**
 * Files into `dir` one by one (synchronously: a shard's text is let go as soon as it is on disk),
 * then `finish` removes what an earlier run wrote and this one did not.
 */
function createWriter(dir: string) {
  const report: WriteReport = { written: [], unchanged: [], removed: [], bytes: 0 };
  const wanted = new Set<string>();
  const folders = new Set<string>();
  return {
    write(file: string, text: string) {
      wanted.add(file);
      const path = join(dir, file);
      report.bytes += byteLength(text);
      let before: string | undefined;
      try {
        before = readFileSync(path, 'utf8');
      } catch {
        before = undefined;
      }
      if (before === text) {
        report.unchanged.push(file);
        return;
      }
      const folder = dirname(path);
      if (!folders.has(folder)) {
        mkdirSync(folder, { recursive: true });
        folders.add(folder);
      }
      writeFileSync(path, text);
      report.written.push(file);
    },
    finish(): WriteReport {
      for (const folder of ['shards', 'text', '.']) {
        let names: string[];
        try {
          names = readdirSync(join(dir, folder));
        } catch {
          names = [];
        }
        for (const name of names.sort()) {
          const path = folder === '.' ? name : `${folder}/${name}`;
          if (wanted.has(path) || !name.endsWith('.json')) continue;
          if (
            folder === '.' &&
            !/^(text-index|shard-list(-[^.]+)?|shard-rows|shard-counts)\./.test(name)
          )
            continue;
          rmSync(join(dir, path));
          report.removed.push(path);
        }
      }
      return report;
    },
  };
}

interface ChunkWord {
  bytes: number;
  /** The word's rows and weights in the engine (grouped by shard when its chunk is written). */
  posting?: Posting;
  places?: string[];
  /** Rows of the products of its places that lie inside a shard, per shard key. */
  placeRows?: ShardPlaceRows;
  certifications?: string[];
}

/**
 * Words into chunks by prefix: two letters first; a chunk above `maxBytes` splits one letter further
 * (its words no longer than the prefix stay in it). Depends only on the words, so a change moves only
 * the chunks of the words it touches.
 */
function bucketWords(words: Map<string, ChunkWord>, maxBytes: number): [string, string[]][] {
  const out: [string, string[]][] = [];
  const split = (prefix: string, list: string[]) => {
    const bytes = list.reduce((sum, word) => sum + words.get(word)!.bytes, 0);
    const depth = [...prefix].length + 1;
    if (bytes <= maxBytes || list.every((word) => [...word].length < depth)) {
      out.push([prefix, list]);
      return;
    }
    const stay: string[] = [];
    const deeper = groupBy(list, (word) => [...word].slice(0, depth).join(''));
    for (const [sub, group] of deeper) {
      if ([...sub].length < depth) stay.push(...group);
      else split(sub, group);
    }
    if (stay.length > 0) out.push([prefix, stay]);
  };
  const all = [...words.keys()].sort();
  for (const [prefix, list] of groupBy(all, (word) => [...word].slice(0, 2).join('')))
    split(prefix, list);
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** A relative image path: no scheme, not protocol- or root-relative (those resolve the same anywhere on the host). */
const isRelativePath = (src: string) => !/^([a-z][a-z0-9+.-]*:|[\\/])/i.test(src.trim());

/**
 * Rewrites relative image paths of products and producers to resolve from `outDir` as they did from
 * the record's own feed: a copy of a record that has one, the record itself otherwise (and always when
 * there is no `outDir`). Called per shard, so only one shard's copies live at a time.
 */
function imagesFrom(merged: MergeResult, outDir: string | undefined) {
  const { provenance } = merged;
  const folder = outDir === undefined ? undefined : resolve(outDir);
  const rebase = (src: string, source: string | undefined) => {
    if (!folder || !source || !isRelativePath(src)) return src;
    if (/^https?:\/\//i.test(source)) return new URL(src.trim(), source).href;
    const target = resolve(dirname(resolve(source)), src.trim());
    return relative(folder, target).split(sep).join('/');
  };
  const rebased = <T extends { id: string; images?: Image[] }>(record: T, source?: string): T =>
    folder && record.images?.some((image) => isRelativePath(image.src))
      ? {
          ...record,
          images: record.images.map((image) => ({ ...image, src: rebase(image.src, source) })),
        }
      : record;
  return {
    producer: (producer: Producer) => rebased(producer, provenance.producers[producer.id]),
    product: (product: Product) => rebased(product, provenance.products[product.id]),
  };
}

/** Splits records in order so each part stays under `maxBytes` (a record larger alone gets its own part). */
function splitBySize<T>(records: T[], sizeOf: (record: T) => number, maxBytes: number): T[][] {
  const parts: T[][] = [[]];
  let bytes = 0;
  for (const record of records) {
    const size = sizeOf(record);
    if (bytes + size > maxBytes && parts.at(-1)!.length > 0) {
      parts.push([]);
      bytes = 0;
    }
    parts.at(-1)!.push(record);
    bytes += size;
  }
  return parts;
}

/** The region of `groups` (sorted) a code belongs to: the longest group code that is it or an ancestor. */
function ownerRegion(groups: readonly string[], code: string): string | undefined {
  let best: string | undefined;
  for (const group of groups)
    if ((code === group || code.startsWith(`${group}.`)) && (!best || group.length > best.length))
      best = group;
  return best;
}

/** Region codes in numeric order of their segments (`9` before `11`, `62` before `62.71`). */
function compareCodes(a: string, b: string): number {
  const pa = a.split(/[.~]/);
  const pb = b.split(/[.~]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if (pa[i] === undefined) return -1;
    if (pb[i] === undefined) return 1;
    const na = Number(pa[i]);
    const nb = Number(pb[i]);
    if (na !== nb && !Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
    if (pa[i] !== pb[i]) return pa[i]! < pb[i]! ? -1 : 1;
  }
  return 0;
}

function groupBy<T>(records: Iterable<T>, keyOf: (record: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) push(groups, keyOf(record), record);
  return groups;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function countBy<T>(records: T[], valuesOf: (record: T) => string[]): Record<string, number> {
  const counts: Record<string, number> = Object.create(null);
  for (const record of records)
    for (const value of new Set(valuesOf(record))) counts[value] = (counts[value] ?? 0) + 1;
  return sortKeys(counts);
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function reverse<K>(map: Map<K, Bitset>): Map<Bitset, K> {
  return new Map([...map].map(([key, bits]) => [bits, key]));
}
