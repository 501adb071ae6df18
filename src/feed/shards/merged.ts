/**
 * A whole shard set read back as one feed: the index and every shard, merged into the feed (and the
 * provenance) that `etalase shard` was given. What `loadFeed` and the CLI's `render` and `site` use for
 * a source naming `index.json`; a showcase reads shard sets lazily instead (`read.ts`), shard by shard.
 * Pure but for the `read` function it is given (fetch in a browser, the file system in node).
 */
import { emptyProvenance, type FeedCredit, type MergeResult } from '../merge.js';
import {
  isShardIndex,
  shardAsFeed,
  SHARD_KIND,
  SHARD_LIST_KIND,
  type ShardEntry,
  type ShardListEntry,
  type ShardListFile,
  type ShardFile,
  type ShardIndex,
} from './format.js';

/** Reads one file of the set by its path relative to `index.json`; rejects when it cannot. */
export type ReadShardFile = (path: string) => Promise<string>;

/** A shard set as the merged feed it was made from, not yet validated. */
export interface MergedShardSet {
  /** The feed's JSON value (for `parseFeed`): records of every shard, each once. */
  input: ReturnType<typeof shardAsFeed> & { license?: string; languages?: string[] };
  /** Every source feed, as the index lists them. */
  credits: FeedCredit[];
  /**
   * List → record id → URL of the source feed the record came from (producers, products and outlets;
   * the index does not say which source defined a category or region, so those stay empty).
   */
  provenance: MergeResult['provenance'];
}

/** Why a shard set could not be read whole: the file, and what was wrong with it. */
export class ShardSetError extends Error {
  override name = 'ShardSetError';
  constructor(
    readonly file: string,
    readonly reason: 'missing' | 'not-json' | 'not-a-shard',
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${reason}`, options);
  }
}

/**
 * The shards a set lists (one helper, so a change in where the index keeps its list lands here).
 * The `first` shard is a copy of records of the others and is not among them.
 */
export async function shardList(index: ShardIndex, read: ReadShardFile): Promise<ShardListEntry[]> {
  const { file } = index.shardList;
  let text: string;
  try {
    text = await read(file);
  } catch (error) {
    throw new ShardSetError(file, 'missing', { cause: error });
  }
  let list: ShardListFile;
  try {
    list = JSON.parse(text) as ShardListFile;
  } catch (error) {
    throw new ShardSetError(file, 'not-json', { cause: error });
  }
  if (list?.kind !== SHARD_LIST_KIND || !Array.isArray(list.shards))
    throw new ShardSetError(file, 'not-a-shard');
  return list.shards;
}

/** Parses `text` as a shard index, or `undefined` when it is not one (a feed named `index.json`). */
export function shardIndexOf(text: string): ShardIndex | undefined {
  try {
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return isShardIndex(value) && typeof value.shardList?.file === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

export interface ReadShardSetOptions {
  /** Shards read at once. Default 4. */
  concurrency?: number;
  /**
   * Put the records of the set's `first` shard first. A shard set does not keep the feed's order
   * across shards, and where product names tie, a query orders by position: with this, the first
   * page in the default order is exactly the `first` shard, as a showcase reading the set shows it
   * (for a page pre-rendered over the set). Without it (default), records come shard by shard, so a
   * producer's products keep the feed's order.
   */
  firstPageFirst?: boolean;
}

/**
 * Reads every shard of `index` and merges them. Rejects with a `ShardSetError` when a shard is
 * missing or not a shard: a merged feed without a region would be silently incomplete.
 */
export async function readShardSet(
  index: ShardIndex,
  read: ReadShardFile,
  { concurrency = 4, firstPageFirst = false }: ReadShardSetOptions = {},
): Promise<MergedShardSet> {
  const entries = await shardList(index, read);
  const files: ShardFile[] = new Array(entries.length);
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const at = next++;
      files[at] = await readShard(entries[at]!, read);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, entries.length) }, worker));
  if (!firstPageFirst) return mergeShards(index, files);
  return mergeShards(index, [await readShard(index.first, read), ...files]);
}

async function readShard(
  entry: ShardListEntry | ShardEntry,
  read: ReadShardFile,
): Promise<ShardFile> {
  let text: string;
  try {
    text = await read(entry.file);
  } catch (error) {
    throw new ShardSetError(entry.file, 'missing', { cause: error });
  }
  let file: ShardFile;
  try {
    file = JSON.parse(text) as ShardFile;
  } catch (error) {
    throw new ShardSetError(entry.file, 'not-json', { cause: error });
  }
  if (file?.kind !== SHARD_KIND || !Array.isArray(file.products))
    throw new ShardSetError(entry.file, 'not-a-shard');
  return file;
}

/** Shards' records as one feed, each record once (the first copy), with where each came from. */
export function mergeShards(index: ShardIndex, files: ShardFile[]): MergedShardSet {
  const provenance = emptyProvenance();
  const sources = Array.isArray(index.sources) ? index.sources : [];
  const sourceUrl = (position: number | undefined) =>
    sources[position ?? 0]?.url ?? sources[0]?.url ?? '';
  const take = <T extends { id: string }>(list: 'producers' | 'products' | 'outlets'): T[] => {
    const out: T[] = [];
    const seen = provenance[list];
    for (const file of files) {
      const records = (file[list] ?? []) as unknown as T[];
      records.forEach((record, i) => {
        if (record?.id === undefined || record.id in seen) return;
        seen[record.id] = sourceUrl(file.sources?.[list]?.[i]);
        out.push(record);
      });
    }
    return out;
  };
  const input = {
    ...shardAsFeed(index, {
      producers: take('producers'),
      products: take('products'),
      outlets: take('outlets'),
    } as ShardFile),
    ...(index.license ? { license: index.license } : {}),
    ...(index.languages ? { languages: index.languages } : {}),
  };
  return { input, credits: sources, provenance };
}
