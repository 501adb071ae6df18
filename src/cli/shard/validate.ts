/// <reference types="node" />
/**
 * `etalase validate` on a shard set: the index's shape, then every shard and text chunk it lists —
 * present, of the size and hash the index says, parsed with the feed's lenient parser — and the index
 * counts against the shards. Issues carry the file in their path (`shards/64.71.….json: products[3].name`).
 */
import { createHash } from 'node:crypto';
import { parseFeed } from '../../model/parse.js';
import { createQueryEngine } from '../../feed/query.js';
import type { Feed, FeedIssue, Product } from '../../model/types.js';
import { localize } from '../../format/text.js';
import type { Bilingual } from '../../model/vocabulary.js';
import {
  shardAsFeed,
  SHARD_COUNTS_KIND,
  SHARD_KIND,
  SHARD_LIST_KIND,
  SHARD_ROWS_KIND,
  TEXT_CHUNK_KIND,
  entriesOfRows,
  TEXT_INDEX_KIND,
  type ShardCountsFile,
  type ShardListEntry,
  type ShardFile,
  type ShardIndex,
  type ShardListFile,
  type ShardRowsFile,
  type TextIndexFile,
} from '../../feed/shards/format.js';

export interface ShardSetCheck {
  /** The shards' records as one feed (for the summary counts), or null when nothing could be read. */
  feed: Feed | null;
  issues: FeedIssue[];
}

const problem = (path: string, code: string, message: Bilingual): FeedIssue => ({
  path,
  code,
  severity: 'error',
  message,
});

/** Checks a shard set whose `index.json` is `index`; `read` gets a file's text by its path in the set. */
export async function checkShardSet(
  index: ShardIndex,
  read: (path: string) => Promise<string>,
): Promise<ShardSetCheck> {
  const issues: FeedIssue[] = [];
  const shape = [
    ['version', index.version === 1],
    ['shardList', typeof index.shardList?.file === 'string'],
    ['shardCounts', typeof index.shardCounts?.file === 'string'],
    ['first', typeof index.first?.file === 'string'],
    ['text', typeof index.text?.file === 'string'],
    ['counts', typeof index.counts?.products === 'number'],
  ] as const;
  for (const [path, ok] of shape)
    if (!ok)
      issues.push(
        problem(path, 'invalid-shard-index', {
          id: `index.json: "${path}" tidak sesuai format kumpulan pecahan (lihat docs/shards.md).`,
          en: `index.json: "${path}" does not follow the shard set format (see docs/shards.md).`,
        }),
      );
  if (issues.length > 0) return { feed: null, issues };

  const fetchChecked = async (entry: { file: string; bytes: number; hash: string }) => {
    let text: string;
    try {
      text = await read(entry.file);
    } catch {
      issues.push(
        problem(entry.file, 'shard-missing', {
          id: `${entry.file}: berkas yang disebut index.json tidak ada. Jalankan lagi etalase shard.`,
          en: `${entry.file}: a file index.json lists is missing. Run etalase shard again.`,
        }),
      );
      return undefined;
    }
    const hash = createHash('sha256').update(text).digest('hex');
    if (!hash.startsWith(entry.hash) || Buffer.byteLength(text) !== entry.bytes)
      issues.push(
        problem(entry.file, 'shard-changed', {
          id: `${entry.file}: isinya tidak cocok dengan ukuran dan hash di index.json (berkas diubah atau terpotong). Jalankan lagi etalase shard.`,
          en: `${entry.file}: its content does not match the size and hash in index.json (edited or cut off). Run etalase shard again.`,
        }),
      );
    try {
      return JSON.parse(text) as unknown;
    } catch {
      issues.push(
        problem(entry.file, 'shard-not-json', {
          id: `${entry.file}: bukan JSON yang sah.`,
          en: `${entry.file}: not valid JSON.`,
        }),
      );
      return undefined;
    }
  };

  const references: { issue: FeedIssue; id: string; list: string }[] = [];
  const producers = new Map<string, Feed['producers'][number]>();
  const products: Feed['products'] = [];
  const outlets: Feed['outlets'] = [];
  /** `copies`: a head, whose records must equal the shards' (checked below), not reported twice. */
  const checkShard = async (entry: ShardListEntry, counted: boolean, copies = false) => {
    const file = (await fetchChecked(entry)) as ShardFile | undefined;
    if (!file) return;
    if (file.kind !== SHARD_KIND || !Array.isArray(file.products)) {
      issues.push(
        problem(entry.file, 'invalid-shard', {
          id: `${entry.file}: bukan pecahan Etalase (kind "${SHARD_KIND}").`,
          en: `${entry.file}: not an Etalase shard (kind "${SHARD_KIND}").`,
        }),
      );
      return;
    }
    const { feed, issues: found } = parseFeed(shardAsFeed(index, file));
    for (const issue of copies ? [] : found) {
      const sourced = { ...issue, path: `${entry.file}: ${issue.path}` };
      // An outlet may list producers and products of other shards: checked against the whole set below.
      const reference = /^outlets\[(\d+)\]\.(producerIds|productIds)\[(\d+)\]$/.exec(issue.path);
      if (issue.code === 'unknown-reference' && reference) {
        const outlet = file.outlets[Number(reference[1])] as unknown as Record<string, string[]>;
        const id = outlet[reference[2]!]?.[Number(reference[3])];
        references.push({ issue: sourced, id: String(id), list: reference[2]! });
      } else issues.push(sourced);
    }
    if (feed && feed.products.length !== entry.products)
      issues.push(
        problem(entry.file, 'shard-count', {
          id: `${entry.file}: index.json menyebut ${entry.products} produk, pecahan berisi ${feed.products.length}.`,
          en: `${entry.file}: index.json says ${entry.products} products, the shard holds ${feed.products.length}.`,
        }),
      );
    if (!feed || !counted) return feed;
    for (const producer of feed.producers) producers.set(producer.id, producer);
    products.push(...feed.products);
    outlets.push(...feed.outlets);
    return feed;
  };
  const list = (await fetchChecked(index.shardList)) as ShardListFile | undefined;
  if (list && (list.kind !== SHARD_LIST_KIND || !Array.isArray(list.shards)))
    issues.push(
      problem(index.shardList.file, 'invalid-shard-index', {
        id: `${index.shardList.file}: bukan daftar pecahan (kind "${SHARD_LIST_KIND}").`,
        en: `${index.shardList.file}: not a shard list (kind "${SHARD_LIST_KIND}").`,
      }),
    );
  const shards = Array.isArray(list?.shards) ? list.shards : [];
  if (list && shards.length !== index.shardList.shards)
    issues.push(
      problem(index.shardList.file, 'shard-count', {
        id: `${index.shardList.file}: index.json menyebut ${index.shardList.shards} pecahan, daftarnya berisi ${shards.length}.`,
        en: `${index.shardList.file}: index.json says ${index.shardList.shards} shards, the list holds ${shards.length}.`,
      }),
    );
  for (const entry of shards) await checkShard(entry, true);
  // Region heads: copies of a region's first products, checked against the whole set below.
  const heads = Array.isArray(list?.heads) ? list.heads : [];
  const headFeeds: [ShardListEntry, Feed][] = [];
  for (const head of heads) {
    const feed = await checkShard(head, false, true);
    if (feed) headFeeds.push([head, feed]);
  }
  // Each province's own list (a reader uses it for a region view): the whole list's entries of that province.
  for (const [province, named] of Object.entries(index.shardList.provinces ?? {})) {
    const part = (await fetchChecked(named)) as ShardListFile | undefined;
    if (!part || !list) continue;
    const expected = shards.filter((entry) => entry.region.split('.')[0] === province);
    const ownHeads = heads.filter((entry) => entry.region.split('.')[0] === province);
    if (
      part.kind !== SHARD_LIST_KIND ||
      JSON.stringify(part.shards) !== JSON.stringify(expected) ||
      JSON.stringify(part.heads ?? []) !== JSON.stringify(ownHeads) ||
      expected.length === 0
    )
      issues.push(
        problem(named.file, 'invalid-shard-index', {
          id: `${named.file}: bukan daftar pecahan provinsi ${province} yang sama dengan ${index.shardList.file}. Jalankan lagi etalase shard.`,
          en: `${named.file}: not the shard list of province ${province} as ${index.shardList.file} has it. Run etalase shard again.`,
        }),
      );
  }
  // The compact list (a reader that knows it reads it instead): the same shards and heads.
  if (index.shardList.rows) {
    const named = index.shardList.rows;
    const compact = (await fetchChecked(named)) as ShardRowsFile | undefined;
    const fields = (entry: Omit<ShardListEntry, 'bytes'>) =>
      [entry.key, entry.region, entry.file, entry.hash, entry.products].join(' ');
    const same = (rows: unknown, entries: ShardListEntry[]) =>
      JSON.stringify(entriesOfRows(rows)?.map(fields)) === JSON.stringify(entries.map(fields));
    if (
      compact &&
      list &&
      (compact.kind !== SHARD_ROWS_KIND ||
        !same(compact.shards, shards) ||
        !same(compact.heads ?? [], heads))
    )
      issues.push(
        problem(named.file, 'invalid-shard-index', {
          id: `${named.file}: bukan daftar pecahan ringkas yang sama dengan ${index.shardList.file}. Jalankan lagi etalase shard.`,
          en: `${named.file}: not the compact shard list of ${index.shardList.file}. Run etalase shard again.`,
        }),
      );
  }
  const counts = (await fetchChecked(index.shardCounts)) as ShardCountsFile | undefined;
  if (
    counts &&
    (counts.kind !== SHARD_COUNTS_KIND ||
      shards.some(
        (entry) => !counts.categories?.[entry.key] || !counts.certifications?.[entry.key],
      ))
  )
    issues.push(
      problem(index.shardCounts.file, 'invalid-shard-index', {
        id: `${index.shardCounts.file}: bukan hitungan pecahan (kind "${SHARD_COUNTS_KIND}") untuk setiap pecahan dalam daftar.`,
        en: `${index.shardCounts.file}: not the shard counts (kind "${SHARD_COUNTS_KIND}") of every listed shard.`,
      }),
    );
  await checkShard(index.first, false);

  const textIndex = (await fetchChecked(index.text)) as TextIndexFile | undefined;
  if (textIndex?.kind === TEXT_INDEX_KIND && Array.isArray(textIndex.chunks)) {
    for (const chunk of textIndex.chunks) {
      const file = (await fetchChecked(chunk)) as { kind?: unknown } | undefined;
      if (file && file.kind !== TEXT_CHUNK_KIND)
        issues.push(
          problem(chunk.file, 'invalid-shard', {
            id: `${chunk.file}: bukan potongan indeks teks.`,
            en: `${chunk.file}: not a text-index chunk.`,
          }),
        );
    }
  }
  const productIds = new Set(products.map((product) => product.id));
  for (const { issue, id, list } of references)
    if (!(list === 'producerIds' ? producers.has(id) : productIds.has(id))) issues.push(issue);
  if (products.length !== index.counts.products)
    issues.push(
      problem('counts.products', 'shard-count', {
        id: `index.json menyebut ${index.counts.products} produk, pecahan berisi ${products.length}.`,
        en: `index.json says ${index.counts.products} products, the shards hold ${products.length}.`,
      }),
    );
  const feed: Feed = {
    version: 1,
    publisher: index.publisher,
    updatedAt: index.updatedAt,
    categories: index.categories,
    regions: index.regions,
    producers: [...producers.values()],
    products,
    outlets,
  } as Feed;
  // A head must be its region's first page as the engine orders the whole set (a reader shows it
  // as that page until the region's shards are in): copies of the region's records, each ranking as
  // the engine's product at its place (products of equal rank may come in another order).
  const engine = headFeeds.length ? createQueryEngine(feed) : undefined;
  const byId = new Map(products.map((product) => [product.id, product]));
  const rank = (product: Product) =>
    `${product.flagship === true ? 0 : 1} ${localize(product.name, 'id').toLowerCase()}`;
  for (const [head, { products: copies }] of headFeeds) {
    const hits = engine!.query({ region: [head.region] }, { pageSize: copies.length }).hits;
    if (
      hits.length !== copies.length ||
      copies.some(
        (copy, i) =>
          JSON.stringify(copy) !== JSON.stringify(byId.get(copy.id)) ||
          rank(copy) !== rank(hits[i]!.product),
      )
    )
      issues.push(
        problem(head.file, 'invalid-shard', {
          id: `${head.file}: bukan ${copies.length} produk pertama wilayah ${head.region} menurut urutan bawaan. Jalankan lagi etalase shard.`,
          en: `${head.file}: not the first ${copies.length} products of region ${head.region} in the default order. Run etalase shard again.`,
        }),
      );
  }
  return { feed, issues };
}
