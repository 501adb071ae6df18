/**
 * The shard set format (see docs/shards.md): an `index.json` read first, region shards that are small
 * feeds of their own, and text-index chunks keyed by word prefix. Shared by the writer (node, in
 * `src/cli/shard/`) and the reader (browser); holds only types and pure helpers.
 */
import type { Feed, Outlet, Producer, Product, Publisher } from '../../model/types.js';
import type { FeedCredit } from '../merge.js';
import type { Facets } from '../types.js';

export const SHARD_INDEX_KIND = 'etalase-shards';
export const SHARD_KIND = 'etalase-shard';
export const TEXT_CHUNK_KIND = 'etalase-text-chunk';
export const TEXT_INDEX_KIND = 'etalase-text-index';
export const SHARD_LIST_KIND = 'etalase-shard-list';
export const SHARD_COUNTS_KIND = 'etalase-shard-counts';
export const SHARD_ROWS_KIND = 'etalase-shard-rows';
export const SHARD_FORMAT_VERSION = 1;

/** One shard as the index lists it. */
export interface ShardEntry {
  /** Stable name: the region code, with `~2`, `~3` … for the further parts of a region too large for one file. */
  key: string;
  /** Region code the shard covers (a province, or a regency/city). */
  region: string;
  /** Path relative to `index.json`; the name carries the content hash, so it can be cached forever. */
  file: string;
  /** Size of the file in bytes (uncompressed). */
  bytes: number;
  /** The first 16 hex digits of the SHA-256 of the file's bytes (also in its name). */
  hash: string;
  /** Products in the shard. */
  products: number;
  /** Products per category id and per certification type in the shard (which shards a filter needs). */
  categories: Record<string, number>;
  certifications: Record<string, number>;
}

/** One text-index chunk: every word starting with `prefix` that no longer chunk prefix claims. */
export interface TextChunkEntry {
  prefix: string;
  file: string;
  bytes: number;
  /** As `ShardEntry.hash`. */
  hash: string;
}

/** `index.json`: everything a showcase shows before any product (region tree, counts, facets). */
export interface ShardIndex {
  kind: typeof SHARD_INDEX_KIND;
  version: typeof SHARD_FORMAT_VERSION;
  /** The first source's publisher (as a merged feed keeps it). */
  publisher: Publisher;
  /** The newest of the sources' dates. */
  updatedAt: string;
  license?: string;
  languages?: string[];
  /** Every source feed, in order: publisher, date, licence; shards point at them by position. */
  sources: FeedCredit[];
  /** The feeds' own categories and regions (vocabularies beyond the built-in tables). */
  categories: Feed['categories'];
  regions: Feed['regions'];
  /** Products, producers and outlets in the whole set. */
  counts: { products: number; producers: number; outlets: number };
  /** Facet counts over every product (no filter): exact for the whole set. */
  facets: Facets;
  /**
   * A shard of its own with the first products of the whole set in the default order (copies of
   * records that are also in their region's shard): what a visitor sees first costs one small file.
   */
  first: ShardEntry;
  /**
   * The list of shards, a file of its own (`ShardListFile`): a view beyond the first page needs it,
   * the first products do not (at 300,000 products it is 2,657 entries, 136 KB gzip).
   */
  shardList: {
    file: string;
    bytes: number;
    hash: string;
    shards: number;
    /**
     * Per province code, a list file (`ShardListFile`) of the shards of that province alone (their
     * entries as in the whole list): a region view fetches its province's list, a few hundred bytes,
     * when the whole list is not in yet. Sets written before it lack it (the whole list is read).
     */
    provinces?: Record<string, { file: string; bytes: number; hash: string }>;
    /**
     * The same list, compact (`ShardRowsFile`, half the bytes): readers that know it read it instead
     * of `file`; readers from before ignore it and read `file`, which stays. Sets written before it
     * lack it.
     */
    rows?: { file: string; bytes: number; hash: string };
  };
  /**
   * Products per category and certification of every shard, a file of its own (`ShardCountsFile`):
   * only a category or certificate filter needs it.
   */
  shardCounts: { file: string; bytes: number; hash: string };
  /**
   * The list of text-index chunks, a file of its own (`TextIndexFile`): fetched on the first search,
   * it keeps the index small enough to show the first products quickly at 300,000 products.
   */
  text: { file: string; bytes: number; hash: string; chunks: number };
}

/** A shard as the shard list names it: its counts per category and certification are in `ShardCountsFile`. */
export type ShardListEntry = Omit<ShardEntry, 'categories' | 'certifications'>;

/** The list of shards, in region-code order. */
export interface ShardListFile {
  kind: typeof SHARD_LIST_KIND;
  version: typeof SHARD_FORMAT_VERSION;
  shards: ShardListEntry[];
  /**
   * Head shards, in region-code order: for each region whose view spans more than one shard (a
   * province split by regency, a regency split in parts), a shard (key `<region>~head`) of copies of
   * its first products in the default order (as `first` is for the whole set), so its first page
   * costs one small file. Not in `shards` (a reader that does not know heads never loads them);
   * absent when the set has none or was written before them.
   */
  heads?: ShardListEntry[];
}

/**
 * A shard as the compact list names it: its key, hash and number of products. The rest follows: its
 * region is the key up to `~`, its file `shardPath(key, hash)`.
 */
export type ShardRow = [key: string, hash: string, products: number];

/** The list of shards, compact: `ShardListFile`'s entries as rows, in the same order. */
export interface ShardRowsFile {
  kind: typeof SHARD_ROWS_KIND;
  version: typeof SHARD_FORMAT_VERSION;
  shards: ShardRow[];
  /** As `ShardListFile.heads`; absent when the set has none. */
  heads?: ShardRow[];
}

/** A file name part for a key or prefix (`64.71~2` stays as it is; other characters are escaped). */
export const safeName = (text: string) => encodeURIComponent(text).replace(/%/g, '_');

/** The path of a shard's file in its set, from its key and hash. */
export const shardPath = (key: string, hash: string) => `shards/${safeName(key)}.${hash}.json`;

/** A list entry as the compact list's row. */
export const rowOf = (entry: ShardListEntry): ShardRow => [entry.key, entry.hash, entry.products];

/**
 * The compact list's rows as list entries (without their size, which the compact list leaves out),
 * or undefined when one is not a row: a list read wrongly would load the wrong files.
 */
export function entriesOfRows(rows: unknown): Omit<ShardListEntry, 'bytes'>[] | undefined {
  if (!Array.isArray(rows)) return undefined;
  const entries: Omit<ShardListEntry, 'bytes'>[] = [];
  for (const row of rows as unknown[]) {
    if (!Array.isArray(row)) return undefined;
    const [key, hash, products] = row as unknown[];
    if (typeof key !== 'string' || typeof hash !== 'string' || !/^[0-9a-f]+$/.test(hash))
      return undefined;
    if (!Number.isInteger(products) || (products as number) < 0) return undefined;
    entries.push({
      key,
      region: key.split('~')[0]!,
      file: shardPath(key, hash),
      hash,
      products: products as number,
    });
  }
  return entries;
}

/** Per shard key, its products per category id and per certification type (which shards a filter needs). */
export interface ShardCountsFile {
  kind: typeof SHARD_COUNTS_KIND;
  version: typeof SHARD_FORMAT_VERSION;
  categories: Record<string, Record<string, number>>;
  certifications: Record<string, Record<string, number>>;
}

/** The chunk list of the text index. */
export interface TextIndexFile {
  kind: typeof TEXT_INDEX_KIND;
  version: typeof SHARD_FORMAT_VERSION;
  chunks: TextChunkEntry[];
}

/** A shard file: a feed's records of one region, with where each came from. */
export interface ShardFile {
  kind: typeof SHARD_KIND;
  version: typeof SHARD_FORMAT_VERSION;
  key: string;
  region: string;
  producers: Producer[];
  products: Product[];
  outlets: Outlet[];
  /** Per record list, the position in `index.sources` of each record's source (same order). */
  sources: { producers: number[]; products: number[]; outlets: number[] };
}

/** Rows and weights per shard: `{ "62.71": [row, weight, row, weight, …] }` (row: position in the shard's products). */
export type ShardPostings = Record<string, number[]>;

/** Rows per shard: `{ "18.13~2": [row, row, …] }` (row: position in the shard's products). */
export type ShardPlaceRows = Record<string, number[]>;

/** A text-index chunk file. */
export interface TextChunkFile {
  kind: typeof TEXT_CHUNK_KIND;
  version: typeof SHARD_FORMAT_VERSION;
  prefix: string;
  /** Word → the products it occurs in, with the best field weight (as the single-file text index). */
  words: Record<string, ShardPostings>;
  /** Words naming a region (any level, aliases) → region codes; a match selects the region's products. */
  places: Record<string, string[]>;
  /**
   * For a word of `places` naming regions that lie inside a shard (a district in its regency's
   * shard): the rows of their products, per shard. Present (maybe empty) in every chunk of a writer
   * that lists them; a chunk without it leaves such places to be matched by whole shards.
   */
  placeRows?: Record<string, ShardPlaceRows>;
  /** Words naming a certification → certification types. */
  certifications: Record<string, string[]>;
}

/** The chunk that holds `word`: the longest chunk prefix it starts with. */
export function chunkOf(prefixes: readonly string[], word: string): string | undefined {
  let best: string | undefined;
  for (const prefix of prefixes)
    if (word.startsWith(prefix) && (best === undefined || prefix.length > best.length))
      best = prefix;
  return best;
}

/** Chunks that may hold words starting with `start`: its own chunk and every longer prefix under it. */
export function chunksStartingWith(prefixes: readonly string[], start: string): string[] {
  const found = new Set<string>();
  const own = chunkOf(prefixes, start);
  if (own !== undefined) found.add(own);
  for (const prefix of prefixes) if (prefix.startsWith(start)) found.add(prefix);
  return [...found].sort();
}

/** A shard index by its `kind` (what `etalase-showcase` checks to tell it from a feed). */
export const isShardIndex = (value: unknown): value is ShardIndex =>
  typeof value === 'object' &&
  value !== null &&
  (value as { kind?: unknown }).kind === SHARD_INDEX_KIND;

/**
 * Whether a showcase's `src` names a shard set's index rather than a feed (by its file name; the
 * reader then confirms it by `kind`). Such a source is read by the shard reader, never by the feed
 * worker.
 */
export const isShardIndexSource = (urls: readonly string[]): boolean =>
  urls.length === 1 && /(^|\/)index\.json([?#]|$)/.test(urls[0]!);

/** A shard as the feed it is a part of (the index holds what every shard shares), for the parser. */
export const shardAsFeed = (index: ShardIndex, file: ShardFile) => ({
  version: 1,
  publisher: index.publisher,
  updatedAt: index.updatedAt,
  categories: index.categories,
  regions: index.regions,
  producers: file.producers,
  products: file.products,
  outlets: file.outlets,
});
