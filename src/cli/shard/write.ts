/// <reference types="node" />
/**
 * The shard set writer (node only: it hashes with `node:crypto` and writes files; browser code reads
 * shard sets through `src/feed/shards/`). A merged feed becomes `index.json`, one shard per province —
 * per regency/city, then numbered parts, where a province would exceed the size limit — and text-index
 * chunks keyed by word prefix. The same feed always gives the same files, and every file but
 * `index.json` is named by its content hash, so a change rewrites only what it touches.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Image, Outlet, Producer, Product } from '../../model/types.js';
import { regionCodeOf } from '../../model/product.js';
import type { MergeResult } from '../../feed/merge.js';
import { computeFacets } from '../../feed/query/facets.js';
import { activeFilters } from '../../feed/query/filters.js';
import { createSortOrders } from '../../feed/query/sort.js';
import { buildRowIndex } from '../../feed/query/rows.js';
import { createAttributes } from '../../feed/query/attributes.js';
import { createCategoryLabel } from '../../feed/query/labels.js';
import { createTextIndexBuilder } from '../../feed/query/text-index.js';
import type { Bitset } from '../../feed/bitset.js';
import {
  SHARD_FORMAT_VERSION,
  SHARD_INDEX_KIND,
  SHARD_COUNTS_KIND,
  SHARD_KIND,
  SHARD_LIST_KIND,
  TEXT_CHUNK_KIND,
  TEXT_INDEX_KIND,
  type ShardEntry,
  type ShardFile,
  type ShardIndex,
  type ShardCountsFile,
  type ShardListFile,
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
/** File-name-safe text of a key or prefix (region codes and words are already plain). */
const safeName = (text: string) => encodeURIComponent(text).replace(/%/g, '_');

/** Province (`62`) and regency/city (`62.71`) of a region code. */
const provinceOf = (code: string) => code.split('.')[0] || '_';
const regencyOf = (code: string) => code.split('.').slice(0, 2).join('.') || '_';

interface Group {
  region: string;
  products: Product[];
}

/** Builds the whole shard set in memory (pure but for hashing). */
export function buildShardSet(merged: MergeResult, options: ShardOptions = {}): ShardSet {
  const { maxShardKb, maxChunkKb, firstPageSize } = { ...SHARD_DEFAULTS, ...options };
  const maxShardBytes = maxShardKb * 1024;
  const { credits, provenance } = merged;
  const feed = options.outDir === undefined ? merged.feed : withImagesFrom(merged, options.outDir);
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
  // A product's size with its producer's: a bound, as products of one producer share it.
  const producerBytes = new Map(
    feed.producers.map((producer) => [producer.id, byteLength(JSON.stringify(producer)) + 1]),
  );
  const sizeOf = (product: Product) =>
    byteLength(JSON.stringify(product)) + 1 + (producerBytes.get(product.producerId) ?? 0);
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

  // Records without products (producers, outlets) go with the first shard of their region.
  const orphanProducers = new Map<string, Producer[]>();
  const used = new Set(feed.products.map((product) => product.producerId));
  for (const producer of feed.producers)
    if (!used.has(producer.id)) push(orphanProducers, producer.regionCode, producer);
  const outletsByRegion = new Map<string, Outlet[]>();
  for (const outlet of feed.outlets) push(outletsByRegion, outlet.regionCode, outlet);

  const shardFiles: { entry: Omit<ShardEntry, 'file' | 'bytes' | 'hash'>; file: ShardFile }[] = [];
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
  for (const group of sortedGroups) {
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
      const file: ShardFile = {
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
      };
      shardFiles.push({
        entry: {
          key,
          region: group.region,
          products: products.length,
          categories: countBy(products, (product) => [product.category]),
          certifications: countBy(products, (product) =>
            (product.certifications ?? []).map((c) => c.type),
          ),
        },
        file,
      });
    });
  }
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
    shardFiles.push({
      entry: { key, region: province, products: 0, categories: {}, certifications: {} },
      file: {
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
    });
  }

  const files: ShardSetFile[] = [];
  const entryOf = (entry: Omit<ShardEntry, 'file' | 'bytes' | 'hash'>, file: ShardFile) => {
    const text = JSON.stringify(file);
    const hash = hashOf(text).slice(0, 16);
    const path = `shards/${safeName(entry.key)}.${hash}.json`;
    // Made again when written: half a gigabyte of shard text at 300,000 products is not kept.
    files.push({
      path,
      get text() {
        return JSON.stringify(file);
      },
    });
    return { ...entry, file: path, bytes: byteLength(text), hash };
  };
  const shards: ShardEntry[] = shardFiles.map(({ entry, file }) => entryOf(entry, file));
  const shardOf = new Map<string, number>();
  const rowOf = new Map<string, number>();
  shardFiles.forEach(({ file }, shard) =>
    file.products.forEach((product, row) => {
      shardOf.set(product.id, shard);
      rowOf.set(product.id, row);
    }),
  );

  // The single-file engine's own indexes give the counts, the first page and the words.
  const rowIndex = buildRowIndex(feed);
  const { rows } = rowIndex;
  const facets = computeFacets(
    rowIndex,
    activeFilters(rowIndex, {}, () => undefined),
    rowIndex.all,
  );
  const firstHits = [...createSortOrders(rows, 'id').sorted(undefined, rowIndex.all)]
    .slice(0, firstPageSize)
    .map((row) => rows[row]!.hit);
  const firstProducers = [...new Set(firstHits.map((hit) => hit.producer))];
  const first = entryOf(
    {
      key: 'first',
      region: '',
      products: firstHits.length,
      categories: countBy(firstHits, (hit) => [hit.product.category]),
      certifications: countBy(firstHits, (hit) =>
        (hit.product.certifications ?? []).map((c) => c.type),
      ),
    },
    {
      kind: SHARD_KIND,
      version: SHARD_FORMAT_VERSION,
      key: 'first',
      region: '',
      producers: firstProducers,
      products: firstHits.map((hit) => hit.product),
      outlets: [],
      sources: {
        producers: firstProducers.map((record) => sourceOf('producers', record.id)),
        products: firstHits.map((hit) => sourceOf('products', hit.product.id)),
        outlets: [],
      },
    },
  );
  const attributes = createAttributes(feed, rowIndex);
  const postings = createTextIndexBuilder(
    rowIndex.rows,
    createCategoryLabel(feed),
    attributes.words,
  ).postings();
  const codeOfBits = reverse(rowIndex.valueSets.region);
  const typeOfBits = reverse(rowIndex.valueSets.certification);
  const chunkWords = new Map<string, ChunkWord>();
  const wordEntry = (word: string) => {
    let entry = chunkWords.get(word);
    if (!entry) chunkWords.set(word, (entry = { bytes: word.length + 8 }));
    return entry;
  };
  // Row of the engine → its shard (position in `shardFiles`) and its position there.
  const rowShard = new Int32Array(rows.length);
  const rowInShard = new Int32Array(rows.length);
  rows.forEach((row, i) => {
    rowShard[i] = shardOf.get(row.hit.product.id)!;
    rowInShard[i] = rowOf.get(row.hit.product.id)!;
  });
  for (const [word, posting] of postings) {
    const perShard = new Map<number, number[]>();
    let bytes = 0;
    for (let k = 0; k < posting.rows.length; k++) {
      const row = posting.rows[k]!;
      const shard = rowShard[row]!;
      let list = perShard.get(shard);
      if (!list) perShard.set(shard, (list = []));
      list.push(rowInShard[row]!, posting.weights[k]!);
      bytes += 6;
    }
    const entry = wordEntry(word);
    entry.shards = Object.create(null) as Record<string, number[]>;
    for (const shard of [...perShard.keys()].sort((a, b) => a - b)) {
      const key = shardFiles[shard]!.file.key;
      entry.shards[key] = perShard.get(shard)!;
      bytes += key.length + 6;
    }
    entry.bytes += bytes;
  }
  for (const [word, hits] of attributes.words()) {
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

  const chunks: TextChunkEntry[] = [];
  for (const [prefix, words] of bucketWords(chunkWords, maxChunkKb * 1024)) {
    const file: TextChunkFile = {
      kind: TEXT_CHUNK_KIND,
      version: SHARD_FORMAT_VERSION,
      prefix,
      words: Object.create(null),
      places: Object.create(null),
      certifications: Object.create(null),
    };
    for (const word of words) {
      const entry = chunkWords.get(word)!;
      if (entry.shards) file.words[word] = entry.shards;
      if (entry.places) file.places[word] = entry.places;
      if (entry.certifications) file.certifications[word] = entry.certifications;
    }
    const text = JSON.stringify(file);
    const hash = hashOf(text).slice(0, 16);
    const path = `text/${safeName(prefix || '_')}.${hash}.json`;
    files.push({ path, text });
    chunks.push({ prefix, file: path, bytes: byteLength(text), hash });
  }

  const textIndex = hashedFile<TextIndexFile>('text-index', {
    kind: TEXT_INDEX_KIND,
    version: SHARD_FORMAT_VERSION,
    chunks,
  });
  files.push({ path: textIndex.file, text: textIndex.text });
  const shardList = hashedFile<ShardListFile>('shard-list', {
    kind: SHARD_LIST_KIND,
    version: SHARD_FORMAT_VERSION,
    shards: shards.map(({ categories: _c, certifications: _t, ...entry }) => entry),
  });
  files.push({ path: shardList.file, text: shardList.text });
  const shardCounts = hashedFile<ShardCountsFile>('shard-counts', {
    kind: SHARD_COUNTS_KIND,
    version: SHARD_FORMAT_VERSION,
    categories: Object.fromEntries(shards.map((entry) => [entry.key, entry.categories])),
    certifications: Object.fromEntries(shards.map((entry) => [entry.key, entry.certifications])),
  });
  files.push({ path: shardCounts.file, text: shardCounts.text });

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
    },
    shardCounts: { file: shardCounts.file, bytes: shardCounts.bytes, hash: shardCounts.hash },
    text: {
      file: textIndex.file,
      bytes: textIndex.bytes,
      hash: textIndex.hash,
      chunks: chunks.length,
    },
  };
  files.push({ path: 'index.json', text: JSON.stringify(index) });
  return { index, shards, files };
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
}

/**
 * Writes a shard set into `dir`: only files that are new or changed (the content-hashed names mean
 * an unchanged shard keeps its file), and removes earlier shards and chunks the index no longer lists.
 * `index.json` is written last, so a reader never sees an index whose files are missing.
 */
export async function writeShardSet(dir: string, set: ShardSet): Promise<WriteReport> {
  const report: WriteReport = { written: [], unchanged: [], removed: [] };
  const wanted = new Set(set.files.map((file) => file.path));
  for (const file of set.files) {
    const path = join(dir, file.path);
    const before = await readFile(path, 'utf8').catch(() => undefined);
    if (before === file.text) {
      report.unchanged.push(file.path);
      continue;
    }
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.text);
    report.written.push(file.path);
  }
  for (const folder of ['shards', 'text', '.']) {
    const names = await readdir(join(dir, folder)).catch(() => [] as string[]);
    for (const name of names.sort()) {
      const path = folder === '.' ? name : `${folder}/${name}`;
      if (wanted.has(path) || !name.endsWith('.json')) continue;
      if (folder === '.' && !/^(text-index|shard-list|shard-counts)\./.test(name)) continue;
      await rm(join(dir, path));
      report.removed.push(path);
    }
  }
  return report;
}

interface ChunkWord {
  bytes: number;
  shards?: Record<string, number[]>;
  places?: string[];
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
 * The merged feed with every relative image path of its products and producers rewritten to resolve
 * from `outDir` as it did from the record's own feed (records without one are kept as they are).
 */
function withImagesFrom(merged: MergeResult, outDir: string): MergeResult['feed'] {
  const { feed, provenance } = merged;
  const folder = resolve(outDir);
  const rebase = (src: string, source: string | undefined) => {
    if (!source || !isRelativePath(src)) return src;
    if (/^https?:\/\//i.test(source)) return new URL(src.trim(), source).href;
    const target = resolve(dirname(resolve(source)), src.trim());
    return relative(folder, target).split(sep).join('/');
  };
  const rebased = <T extends { id: string; images?: Image[] }>(record: T, source?: string): T =>
    record.images?.some((image) => isRelativePath(image.src))
      ? {
          ...record,
          images: record.images.map((image) => ({ ...image, src: rebase(image.src, source) })),
        }
      : record;
  return {
    ...feed,
    producers: feed.producers.map((producer) =>
      rebased(producer, provenance.producers[producer.id]),
    ),
    products: feed.products.map((product) => rebased(product, provenance.products[product.id])),
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
