/**
 * Reading a shard set (see docs/shards.md): `index.json` first, then only the shards a view needs, in
 * parallel. Loaded shards are merged into one feed and queried by the single-file engine, so a view
 * ranks and matches exactly as it would on the whole feed once its shards are in. Files are kept like
 * feeds (`cache.ts`): the index is served from the cache at once and revalidated; content-hashed
 * shards and chunks never change, so a cached copy is used without asking the network.
 */
import type { Feed } from '../../model/types.js';
import { whenIdle } from '../../model/yield.js';
import { stemIndonesian, tokenize } from '../text.js';
import { defaultFeedCache, noCache, type FeedCache } from '../cache.js';
import { feedError, type FeedError } from '../errors.js';
import { fetchLimited } from '../fetch-limited.js';
import { createQueryEngine } from '../query.js';
import { editDistanceWithin } from '../query/typo.js';
import type { QueryEngine } from '../query/types.js';
import type { FilterState } from '../types.js';
import {
  chunkOf,
  chunksStartingWith,
  entriesOfRows,
  isShardIndex,
  shardAsFeed,
  SHARD_COUNTS_KIND,
  SHARD_KIND,
  SHARD_LIST_KIND,
  SHARD_ROWS_KIND,
  TEXT_CHUNK_KIND,
  TEXT_INDEX_KIND,
  type ShardCountsFile,
  type ShardListEntry,
  type ShardFile,
  type ShardIndex,
  type TextChunkEntry,
  type TextChunkFile,
} from './format.js';

/** A shard as a list names it (the compact list leaves out its size, which reading never needs). */
type ShardRef = Omit<ShardListEntry, 'bytes'>;

export interface OpenShardSetOptions {
  /** `fetch` to use (tests, proxies). Default the global one. */
  fetch?: typeof fetch;
  /** Keep copies (Cache API, else IndexedDB), or a store of your own. Default true. */
  cache?: boolean | FeedCache;
  /** Time allowed for each file. Default 8 s. */
  timeoutMs?: number;
  /** Relative URLs are resolved against this. Default the page's address. */
  baseUrl?: string;
  /** Most shards a view loads at once (the best-matching first); default 24. */
  maxShardsPerView?: number;
  /** Most shards kept in memory; the least recently used go first (default 48). */
  maxShardsKept?: number;
  /**
   * Most kilobytes (uncompressed) of text chunks fetched to match the word being typed as a prefix
   * (default 192, four full chunks): a short word such as "ke" would need megabytes at national scale.
   * Beyond it the word is matched within its own chunk and the view is not `complete`.
   */
  maxPrefixKb?: number;
  /** Called with the new index when a cached `index.json` turned out to have changed. */
  onUpdate?: (set: ShardSet) => void;
  signal?: AbortSignal;
  /** Language of the query engine (sorting by name). Default `id`. */
  lang?: 'id' | 'en';
}

/** What a view needs, loaded: an engine over the loaded shards, and what could not be loaded. */
export interface ShardView {
  /** The single-file query engine over every shard loaded so far. */
  engine: QueryEngine;
  /** The records of every shard loaded so far, as one feed. */
  feed: Feed;
  /** Shards this view needed that could not be loaded or parsed (the others are shown). */
  failed: { key: string; region: string; error: FeedError }[];
  /**
   * False when the view matches more shards than were loaded and its count is not known (counts are
   * then over loaded shards).
   */
  complete: boolean;
  /** Keys of the shards this view needed. */
  keys: string[];
  /**
   * The same view over the region's own shards, loading: set when this view shows a region's head
   * (copies of its first products, `ShardListFile.heads`) while its shards are not in yet. The first
   * page is the same; facet counts and further pages come with it.
   */
  more?: Promise<ShardView>;
  /**
   * True when another `view` call started before this one chose its shards: it loaded none and
   * returns the engine of the shards loaded so far (a visitor typing makes a view per keystroke;
   * only the newest one's files are fetched, see `ShardSet.view`).
   */
  superseded?: boolean;
  /**
   * Every product the view matches, counted from the text index's postings (words alone, no place or
   * certificate word): exact for the whole set however few shards were loaded. Else undefined.
   */
  total?: number;
}

export interface ShardSet {
  /** The absolute URL of `index.json`. */
  readonly url: string;
  readonly index: ShardIndex;
  /** True when the index came from the cache (it is revalidated in the background). */
  readonly stale: boolean;
  /**
   * Loads the shards (and text chunks) `state` needs, in parallel; never rejects. A newer call
   * supersedes it: the files it is still fetching that the newer view does not need are cancelled,
   * and it loads no shards once superseded (`ShardView.superseded`).
   */
  view(state: FilterState, options?: { pageSize?: number }): Promise<ShardView>;
  /**
   * Starts fetching the text chunks that words being typed will need (the whole words, and the word
   * being typed once the chunk holding it is known from its first letters), without waiting for a
   * view; cached like every chunk. Call it when the search box gets focus (with nothing typed: the
   * list of chunks) and on each keystroke (the search box's `prefetch`).
   */
  prefetch(q: string): void;
  /** Keys of the shards loaded so far. */
  loaded(): string[];
  /** The exact number of products `state` matches when the last view for it counted them (`ShardView.total`). */
  totalFor(state: FilterState): number | undefined;
}

export type OpenShardSetResult = { ok: true; set: ShardSet } | { ok: false; error: FeedError };

const DEFAULTS = {
  timeoutMs: 8000,
  maxBytes: 20 * 1024 * 1024,
  maxShardsPerView: 24,
  maxShardsKept: 48,
};

/** Shortest word matched as a prefix, and as a place prefix; fuzzy lengths (as the text index). */
const MIN_PREFIX = 2;
const MIN_ATTRIBUTE_PREFIX = 3;
const MIN_FUZZY = 5;
const MIN_FUZZY_TWO = 10;
/** A place word's weight (the text index's `WEIGHT.place`). */
const PLACE_WEIGHT = 3;
/**
 * Most kilobytes (uncompressed) of the chunks under the word being typed fetched to match it as a
 * prefix (four full chunks): "ke" would need 2.4 MB at 300,000 products, "keri" 181 KB.
 */
const MAX_PREFIX_KB = 4 * 48;
/** Most shards loaded while a visitor types, before the debounce (`warm`). */
const WARM_SHARDS = 4;

/** Reads a shard set's `index.json`. Never throws. */
export async function openShardSet(
  url: string,
  options: OpenShardSetOptions = {},
): Promise<OpenShardSetResult> {
  const base = options.baseUrl ?? (globalThis as { location?: { href: string } }).location?.href;
  let indexUrl: string;
  try {
    indexUrl = new URL(url, base).href;
  } catch {
    return { ok: false, error: feedError('invalid-url', url) };
  }
  // The shard parser's code loads while the index does: the first shard needs it, and fetched after
  // that shard it would add a round trip to the first products.
  import('../../model/parse.js').catch(() => undefined);
  const files = createFiles(options);
  const got = await files.text(indexUrl, false, (text) => {
    const index = parseIndex(text);
    if (index && options.onUpdate)
      options.onUpdate(createShardSet(indexUrl, index, false, files, options));
  });
  if ('error' in got) return { ok: false, error: got.error };
  files.fresh = !got.stale;
  const index = parseIndex(got.text);
  if (!index) return { ok: false, error: feedError('invalid-feed', indexUrl) };
  return { ok: true, set: createShardSet(indexUrl, index, got.stale, files, options) };
}

function parseIndex(text: string): ShardIndex | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isShardIndex(value) &&
      typeof value.shardList?.file === 'string' &&
      typeof value.text?.file === 'string' &&
      typeof value.first?.file === 'string'
      ? value
      : undefined;
  } catch {
    return undefined;
  }
}

interface Files {
  /**
   * True once the set's `index.json` came from the network, the cache holding no copy: it then holds
   * none of the set's content-hashed files either (but those copied since), and they are fetched at
   * once, without asking the cache first (a lookup waits for the page's main thread, busy rendering
   * the change that asked for the file: 90 ms before a region's shard was requested at 4× CPU).
   */
  fresh: boolean;
  /**
   * A file's text: for an immutable (content-hashed) file the cached copy when there is one; for
   * the index the cached copy at once, revalidated in the background (`onChanged` hears a new text).
   */
  text(
    url: string,
    immutable: boolean,
    onChanged?: (text: string) => void,
    signal?: AbortSignal,
  ): Promise<{ text: string; stale: boolean } | { error: FeedError }>;
}

function createFiles(options: OpenShardSetOptions): Files {
  const cache: FeedCache =
    options.cache === false
      ? noCache
      : options.cache === true || options.cache === undefined
        ? defaultFeedCache()
        : options.cache;
  /** Files copied to the cache since the set was opened (a shard let go from memory is read there). */
  const copied = new Set<string>();
  const download = async (url: string, signal?: AbortSignal) => {
    const result = await fetchLimited(url, {
      timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
      maxBytes: DEFAULTS.maxBytes,
      signal:
        signal && options.signal
          ? AbortSignal.any([options.signal, signal])
          : (signal ?? options.signal),
      init: { headers: { accept: 'application/json' } },
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
    if (result.ok) {
      copied.add(url);
      void cache.put(url, { body: result.text, fetchedAt: new Date().toISOString() });
    }
    return result;
  };
  const files: Files = {
    fresh: false,
    async text(url, immutable, onChanged, signal) {
      const cached =
        immutable && files.fresh && !copied.has(url) ? undefined : await cache.get(url);
      if (cached && immutable) return { text: cached.body, stale: false };
      if (cached) {
        void download(url).then((fresh) => {
          if (fresh.ok && fresh.text !== cached.body) onChanged?.(fresh.text);
        });
        return { text: cached.body, stale: true };
      }
      const fresh = await download(url, signal);
      return fresh.ok ? { text: fresh.text, stale: false } : { error: fresh.error };
    },
  };
  return files;
}

/** A shard's records as a feed of their own, or the reason they cannot be used. */
type LoadedShard = { feed: Feed } | { error: FeedError };

function createShardSet(
  url: string,
  index: ShardIndex,
  stale: boolean,
  files: Files,
  options: OpenShardSetOptions,
): ShardSet {
  const maxShards = options.maxShardsPerView ?? DEFAULTS.maxShardsPerView;
  const maxKept = Math.max(maxShards, options.maxShardsKept ?? DEFAULTS.maxShardsKept);
  const maxPrefixBytes = (options.maxPrefixKb ?? MAX_PREFIX_KB) * 1024;
  const entries = new Map<string, ShardRef>([[index.first.key, index.first]]);
  const shards = new Map<string, Promise<LoadedShard>>();
  const chunks = new Map<string, Promise<TextChunkFile | undefined>>();
  const parser = () => import('../../model/parse.js');
  const fileUrl = (path: string) => new URL(path, url).href;
  /** Views asked for so far: a view whose number is not the last one is superseded. */
  let views = 0;
  /** Files a newer view may cancel while they load (`shard:<key>`, `chunk:<prefix>`). */
  const cancellable = new Map<string, AbortController>();
  const fetchCancellable = async (name: string, path: string) => {
    const controller = new AbortController();
    cancellable.set(name, controller);
    try {
      return await files.text(fileUrl(path), true, undefined, controller.signal);
    } finally {
      if (cancellable.get(name) === controller) cancellable.delete(name);
    }
  };
  /** Cancels the files of `kind` still loading that the newest view does not need (`needed`). */
  const cancelUnneeded = (kind: 'shard' | 'chunk', needed: Iterable<string>) => {
    const keep = new Set([...needed].map((name) => `${kind}:${name}`));
    for (const [name, controller] of cancellable)
      if (name.startsWith(`${kind}:`) && !keep.has(name)) {
        cancellable.delete(name);
        controller.abort();
      }
  };

  const loadShard = (entry: ShardRef) => {
    let loading = shards.get(entry.key);
    // Most recently used last: the first ones are dropped when too many are kept.
    if (loading) {
      shards.delete(entry.key);
      shards.set(entry.key, loading);
    } else {
      loading = (async (): Promise<LoadedShard> => {
        const fileURL = fileUrl(entry.file);
        // The first page's copies are never cancelled: they show when a region's shard fails.
        const got =
          entry.key === index.first.key
            ? await files.text(fileURL, true)
            : await fetchCancellable(`shard:${entry.key}`, entry.file);
        if ('error' in got) return { error: got.error };
        let file: ShardFile;
        try {
          file = JSON.parse(got.text) as ShardFile;
        } catch {
          return { error: feedError('not-json', fileURL) };
        }
        if (file?.kind !== SHARD_KIND || !Array.isArray(file.products))
          return { error: feedError('invalid-feed', fileURL) };
        const { parseFeed } = await parser();
        const { feed } = parseFeed(shardAsFeed(index, file));
        return feed ? { feed } : { error: feedError('invalid-feed', fileURL) };
      })();
      shards.set(entry.key, loading);
      // A failure is not kept: the next view asks again (the host may be back).
      void loading.then((shard) => {
        if ('error' in shard) shards.delete(entry.key);
      });
    }
    return loading;
  };

  /**
   * A list file the index names (content-hashed): read once; asked again after a failure. `read`
   * hears the whole file when it is one.
   */
  const listFile = <T>(
    path: string,
    kind: string,
    field: string,
    read?: (file: Record<string, unknown>) => void,
    entries: (list: unknown) => T[] | undefined = (list) =>
      Array.isArray(list) ? (list as T[]) : undefined,
  ) => {
    let loading: Promise<T[]> | undefined;
    return () =>
      (loading ??= files.text(fileUrl(path), true).then((got) => {
        try {
          const file = 'text' in got ? (JSON.parse(got.text) as Record<string, unknown>) : {};
          const list = file.kind === kind ? entries(file[field]) : undefined;
          if (list) {
            read?.(file);
            return list;
          }
        } catch {
          // Not JSON: asked again next time.
        }
        loading = undefined;
        return [];
      }));
  };
  const loadTextIndex = listFile<TextChunkEntry>(index.text.file, TEXT_INDEX_KIND, 'chunks');
  /** Head shards by region code (`ShardListFile.heads`), from the list files read so far. */
  const heads = new Map<string, ShardRef>();
  const rememberHeads = (file: { heads?: ShardRef[] }) => {
    if (!Array.isArray(file.heads)) return;
    for (const head of file.heads) {
      heads.set(head.region, head);
      if (!entries.has(head.key)) entries.set(head.key, head);
    }
  };
  const loadFullList = listFile<ShardRef>(
    index.shardList.file,
    SHARD_LIST_KIND,
    'shards',
    rememberHeads,
  );
  /** The compact list (`ShardRowsFile`) if the set has one: its rows as entries (none if unreadable). */
  const loadRows =
    typeof index.shardList.rows?.file === 'string'
      ? listFile<ShardRef>(
          index.shardList.rows.file,
          SHARD_ROWS_KIND,
          'shards',
          (file) => rememberHeads({ heads: entriesOfRows(file.heads ?? []) ?? [] }),
          entriesOfRows,
        )
      : undefined;
  /** Every shard: the compact list when the set has one, else (or when it cannot be read) the whole. */
  const loadShardListFile = async () => {
    const rows = (await loadRows?.()) ?? [];
    return rows.length ? rows : loadFullList();
  };
  /** Products per category and certification of every shard: fetched for such a filter only. */
  let counts: Promise<ShardCountsFile | undefined> | undefined;
  const loadCounts = () =>
    (counts ??= files.text(fileUrl(index.shardCounts.file), true).then((got) => {
      try {
        const file = 'text' in got ? (JSON.parse(got.text) as ShardCountsFile) : undefined;
        if (file?.kind === SHARD_COUNTS_KIND && file.categories && file.certifications) return file;
      } catch {
        // Not JSON: asked again next time.
      }
      counts = undefined;
      return undefined;
    }));
  /** Lists the shards of `list` under their keys (what `loadShard` is given). */
  const remember = (list: ShardRef[]) => {
    for (const entry of list) if (!entries.has(entry.key)) entries.set(entry.key, entry);
    return list;
  };
  let wholeList: ShardRef[] | undefined;
  let wholeLoading: Promise<ShardRef[]> | undefined;
  /** Every shard, in region-code order (the list file, fetched when a view first needs it). */
  const loadShardList = () =>
    (wholeLoading ??= loadShardListFile().then((list) => {
      if (list.length > 0) wholeList = remember(list);
      // Not read: asked again next time.
      else wholeLoading = undefined;
      return list;
    }));
  const provinceLists = new Map<string, () => Promise<ShardRef[]>>();
  /** The province lists read so far, by province code. */
  const provinceListsIn = new Map<string, ShardRef[]>();
  /** The provinces of region `codes`, in code order. */
  const provincesOf = (codes: string[]) =>
    [...new Set(codes.map((code) => code.split('.')[0]!))].sort((a, b) => Number(a) - Number(b));
  /** What `loadRegionList` gives, when it is already in; else undefined. */
  const regionListNow = (codes: string[]) => {
    if (wholeList) return wholeList;
    const lists = provincesOf(codes).map((province) => provinceListsIn.get(province));
    return lists.every((list) => list !== undefined) ? lists.flat() : undefined;
  };
  /**
   * The shards of the provinces of `codes`, in region-code order: their provinces' own small lists
   * while the whole list is not in (the whole list when it is, or the set has no such lists).
   */
  const loadRegionList = async (codes: string[]) => {
    const files = index.shardList.provinces;
    const provinces = provincesOf(codes);
    if (wholeList || !files || provinces.some((province) => !files[province]))
      return wholeList ?? loadShardList();
    const own = Promise.all(
      provinces.map((province) => {
        let load = provinceLists.get(province);
        if (!load)
          provinceLists.set(
            province,
            (load = listFile<ShardRef>(
              files[province]!.file,
              SHARD_LIST_KIND,
              'shards',
              rememberHeads,
            )),
          );
        return load();
      }),
    ).then((lists) => {
      // A province list that could not be read: the whole list instead.
      if (lists.some((list) => list.length === 0)) return loadShardList();
      provinces.forEach((province, i) => provinceListsIn.set(province, lists[i]!));
      return remember(lists.flat());
    });
    // The whole list already on its way (fetched in the background) may well come first.
    const whole = wholeLoading?.then((list) => (list.length > 0 ? list : own));
    return whole ? Promise.race([own, whole]) : own;
  };

  /** A text chunk, once; `cancellable`: a newer view not needing it may cancel it while it loads. */
  const loadChunk = (entry: TextChunkEntry, cancellable = true) => {
    const { prefix } = entry;
    let loading = chunks.get(prefix);
    if (!loading) {
      loading = (async () => {
        const got = cancellable
          ? await fetchCancellable(`chunk:${prefix}`, entry.file)
          : await files.text(fileUrl(entry.file), true);
        if ('error' in got) return undefined;
        try {
          const chunk = JSON.parse(got.text) as TextChunkFile;
          return chunk?.kind === TEXT_CHUNK_KIND ? chunk : undefined;
        } catch {
          return undefined;
        }
      })();
      chunks.set(prefix, loading);
      void loading.then((chunk) => {
        if (!chunk) chunks.delete(prefix);
      });
    }
    return loading;
  };

  let engineOf: { keys: string; engine: QueryEngine; feed: Feed } | undefined;
  const engineFor = (feeds: Map<string, Feed>) => {
    const keys = [...feeds.keys()].sort().join(' ');
    if (engineOf?.keys === keys) return engineOf;
    const feed = combine(index, [...feeds.values()]);
    engineOf = { keys, engine: createQueryEngine(feed, { lang: options.lang ?? 'id' }), feed };
    return engineOf;
  };

  /** The last words matched with every chunk they need (the same words are not matched twice). */
  let lastText: { words: string; matches: TextMatches } | undefined;
  /** The words of the last text view and how many products they match (`ShardView.total`). */
  let counted: { q: string; total: number } | undefined;

  return {
    url,
    index,
    stale,
    loaded: () => [...shards.keys()],
    totalFor: (state) =>
      counted && onlyWords(state) && state.q === counted.q
        ? counted.total
        : indexCount(index, state),
    prefetch(q) {
      const typed = tokenize(q);
      // Nothing typed yet (the search box has focus): the list of chunks, so the first letters wait
      // for their chunk alone.
      if (!typed.length) return void loadTextIndex();
      const typing = !/\s$/.test(q);
      void loadTextIndex().then((list) => {
        const byPrefix = new Map(list.map((entry) => [entry.prefix, entry]));
        const prefixes = [...byPrefix.keys()];
        typed.forEach((word, t) => {
          const whole = t < typed.length - 1 || !typing;
          const own = chunkOf(prefixes, word);
          // A word still being typed: its chunk is known once every word it may become lies in one
          // chunk (its own, or the one longer prefix under its letters). A whole word: its chunk
          // and its stem's.
          const possible = new Set(
            [own, ...prefixes.filter((prefix) => prefix.startsWith(word))].filter(
              (prefix) => prefix !== undefined,
            ),
          );
          const known = whole
            ? [own, chunkOf(prefixes, stemIndonesian(word))]
            : possible.size === 1
              ? [...possible]
              : [];
          for (const prefix of new Set(known))
            if (prefix !== undefined) {
              // Asked for while typing: no view cancels it (a later one needs it).
              cancellable.delete(`chunk:${prefix}`);
              void loadChunk(byPrefix.get(prefix)!, false);
            }
        });
        void warm(q);
      });
    },
    async view(state, { pageSize = 24 } = {}) {
      const generation = ++views;
      const wanted = shardsNow(state, pageSize) ?? (await shardsFor(state, pageSize, generation));
      // Superseded while its chunks or lists loaded: the newer view fetches what it needs.
      if (generation !== views && engineOf)
        return {
          engine: engineOf.engine,
          feed: engineOf.feed,
          failed: [],
          complete: false,
          keys: [],
          superseded: true,
        };
      // Counted from the postings, a view loads the shards of the products its pages show (no cap).
      const chosen = wanted.total === undefined ? wanted.keys.slice(0, maxShards) : wanted.keys;
      if (wanted.total !== undefined) counted = { q: state.q!, total: wanted.total };
      const { head } = wanted;
      // The newest view: shards older views still fetch and this one does not need are cancelled.
      if (generation === views) cancelUnneeded('shard', head ? [head, ...chosen] : chosen);
      // A region's first pages: its head alone while its shards are not in (they load once the head
      // is), then the head before them, so its products keep the places the head showed them in.
      if (head && wanted.headHolds && !chosen.every((key) => shards.has(key))) {
        const first = await viewOf(state, [head], wanted);
        if (!first.failed.length)
          return { ...first, more: viewOf(state, [head, ...chosen], wanted) };
      }
      return viewOf(state, head && shards.has(head) ? [head, ...chosen] : chosen, wanted);
    },
  };

  /** The view of `state` over the shards `chosen` (loaded in parallel; `wanted` as `shardsFor` said). */
  async function viewOf(
    state: FilterState,
    chosen: string[],
    wanted: { keys: string[]; complete: boolean; total?: number },
  ): Promise<ShardView> {
    const loadedShards = await Promise.all(chosen.map((key) => loadShard(entries.get(key)!)));
    const failed: ShardView['failed'] = [];
    for (const key of shards.keys()) {
      if (shards.size <= maxKept) break;
      if (!chosen.includes(key)) shards.delete(key);
    }
    // The engine serves the view's own shards only (a region change indexes a few hundred
    // products, not every shard kept from earlier views), and the first page's copies when loaded:
    // they still show when their region's shard cannot be loaded.
    const feeds = new Map<string, Feed>();
    chosen.forEach((key, i) => {
      const shard = loadedShards[i]!;
      if ('error' in shard)
        failed.push({ key, region: entries.get(key)!.region, error: shard.error });
      else feeds.set(key, shard.feed);
    });
    const first = shards.get(index.first.key);
    if (first && !feeds.has(index.first.key)) {
      const shard = await first;
      if ('feed' in shard) feeds.set(index.first.key, shard.feed);
    }
    // The shard list: fetched once the first view is in and the page is idle (not competing with the
    // first products), so the next view saves a round trip. The text-index list waits for the search
    // box (`prefetch`): fetched now, it would share the link with the files of a region click.
    whenIdle(() => void loadShardList());
    const { engine, feed } = engineFor(feeds);
    return {
      engine,
      feed,
      failed,
      // Counted exactly (from the postings or the index), the next shards load with the pages.
      complete:
        (wanted.complete && chosen.length === wanted.keys.length) ||
        wanted.total !== undefined ||
        indexCount(index, state) !== undefined,
      keys: chosen,
      ...(wanted.total === undefined ? {} : { total: wanted.total }),
    };
  }

  /** Keys of the shards a filter state needs, best first, and whether they are all of them. */
  async function shardsFor(
    state: FilterState,
    pageSize: number,
    generation: number,
  ): Promise<WantedShards> {
    const regions = state.region ?? [];
    const categories = state.category ?? [];
    const certifications = state.certification ?? [];
    const matches = state.q?.trim() ? await textShards(state.q, generation) : undefined;
    const words = matches?.shards;
    const needed = (state.page ?? 1) * pageSize;
    // Words alone, matched row by row: the shards of the best products, as many as the pages shown.
    if (matches?.rows && onlyWords(state)) {
      const best = bestRows(matches.rows, needed);
      // The word being typed matched within its own chunk only: neither counted nor complete.
      if (matches.partial) return { keys: best.keys, complete: false };
      // Another order (price, name…) needs every matching shard: the best ones, as many as a view loads.
      if (!state.sort || state.sort === 'relevance') return best;
      const all = bestRows(matches.rows, Infinity).keys;
      return {
        keys: all.slice(0, maxShards),
        complete: all.length <= maxShards,
        total: best.total,
      };
    }
    if (!words) {
      const first = firstPageOnly(state, pageSize);
      if (first) return first;
    }
    const [list, perShard] = await Promise.all([
      regions.length ? loadRegionList(regions) : loadShardList(),
      categories.length || certifications.length ? loadCounts() : undefined,
    ]);
    return choose(state, pageSize, list, perShard, matches);
  }

  /**
   * `shardsFor` at once when it needs nothing loaded first (no words, no category or certificate, the
   * shard list of the region in): the view's files are then asked for before the change that wanted
   * them renders, not after. Else undefined.
   */
  function shardsNow(state: FilterState, pageSize: number): WantedShards | undefined {
    if (state.q?.trim() || state.category?.length || state.certification?.length) return undefined;
    const first = firstPageOnly(state, pageSize);
    if (first) return first;
    const list = state.region?.length ? regionListNow(state.region) : wholeList;
    return list && choose(state, pageSize, list, undefined, undefined);
  }

  /** The whole set's first page: a shard of its own (later pages walk the regions in order). */
  function firstPageOnly(state: FilterState, pageSize: number): WantedShards | undefined {
    const narrowed = state.region?.length || state.category?.length || state.certification?.length;
    return !narrowed && !state.sort && (state.page ?? 1) * pageSize <= index.first.products
      ? { keys: [index.first.key], complete: false }
      : undefined;
  }

  /** The shards of `list` a filter state needs, best first (`shardsFor` once its files are in). */
  function choose(
    state: FilterState,
    pageSize: number,
    list: ShardRef[],
    perShard: ShardCountsFile | undefined,
    matches: TextMatches | undefined,
  ): WantedShards {
    const regions = state.region ?? [];
    const categories = state.category ?? [];
    const certifications = state.certification ?? [];
    const words = matches?.shards;
    const needed = (state.page ?? 1) * pageSize;
    const overlaps = (entry: ShardRef, code: string) =>
      entry.region === code ||
      entry.region.startsWith(`${code}.`) ||
      code.startsWith(`${entry.region}.`);
    const candidates = list.filter(
      (entry) =>
        entry.products > 0 &&
        (!regions.length || regions.some((code) => overlaps(entry, code))) &&
        (!categories.length || categories.some((id) => perShard?.categories[entry.key]?.[id])) &&
        (!certifications.length ||
          certifications.some((type) => perShard?.certifications[entry.key]?.[type])) &&
        (!words || words.has(entry.key)),
    );
    if (words) {
      const score = (entry: ShardRef) => words.get(entry.key)!;
      candidates.sort((a, b) => score(b) - score(a));
    }
    // Every shard of a small region (its first page is then the region's own); else enough shards,
    // in order, for the page asked for (the rest load as pages go on).
    let products = 0;
    let count = 0;
    const all = candidates.length <= maxShards;
    while (count < candidates.length && (products < needed || words || all)) {
      products += candidates[count]!.products;
      count++;
    }
    // One region alone in the default order: its head holds its first pages (`ShardListFile.heads`).
    const head =
      regions.length === 1 &&
      narrowingFilters(state).length === 1 &&
      (!state.sort || state.sort === 'relevance')
        ? heads.get(regions[0]!)
        : undefined;
    return {
      keys: candidates.slice(0, count).map((e) => e.key),
      complete: count === candidates.length && !matches?.partial,
      ...(head ? { head: head.key, headHolds: needed <= head.products } : {}),
    };
  }

  /**
   * While a visitor types (`prefetch`): the shards of the first page (24) of the words typed so far
   * start loading, before the debounce ends, when every chunk they need is already asked for and
   * that page lies in at most `WARM_SHARDS` (4) shards. Nothing is cancelled here; the next view cancels
   * what it does not need.
   */
  async function warm(q: string) {
    const matches = await textShards(q, -1, true);
    if (!matches?.rows || matches.partial) return;
    const { keys } = bestRows(matches.rows, 24);
    if (keys.length > WARM_SHARDS) return;
    for (const key of keys) {
      const entry = entries.get(key);
      if (entry) void loadShard(entry);
    }
  }

  /**
   * Shards that may hold products matching every word of `q`, with a score (best summed word weight of
   * a product in it): the chunks of the words are fetched, and each word read as the text index does
   * (the word, its stem, the last word as a prefix, a long word with a typo, a place, a certificate).
   */
  async function textShards(q: string, generation: number): Promise<TextMatches>;
  async function textShards(
    q: string,
    generation: number,
    askedOnly: true,
  ): Promise<TextMatches | undefined>;
  /** `askedOnly`: undefined instead of fetching a chunk not asked for yet. */
  async function textShards(
    q: string,
    generation: number,
    askedOnly = false,
  ): Promise<TextMatches | undefined> {
    const typed = [...new Set(tokenize(q))];
    const [list, shardList] = await Promise.all([loadTextIndex(), loadShardList()]);
    const byPrefix = new Map(list.map((entry) => [entry.prefix, entry]));
    const chunkPrefixes = [...byPrefix.keys()];
    const needed = new Set<string>();
    let partial = false;
    typed.forEach((word, t) => {
      for (const form of [word, stemIndonesian(word), word + (typed[t + 1] ?? '')]) {
        const own = chunkOf(chunkPrefixes, form);
        if (own !== undefined) needed.add(own);
      }
      if (t === typed.length - 1 && word.length >= MIN_PREFIX) {
        const under = chunksStartingWith(chunkPrefixes, word);
        // The word's own chunk is fetched anyway; the longer prefixes under it are weighed.
        const own = chunkOf(chunkPrefixes, word);
        const bytes = under.reduce(
          (sum, prefix) => (prefix === own ? sum : sum + byPrefix.get(prefix)!.bytes),
          0,
        );
        if (bytes <= maxPrefixBytes) for (const prefix of under) needed.add(prefix);
        else partial = true;
      }
    });
    if (askedOnly && [...needed].some((prefix) => !chunks.has(prefix))) return undefined;
    // The newest view: what older views still fetch and this one does not need is cancelled.
    if (generation === views) cancelUnneeded('chunk', needed);
    const loaded = (
      await Promise.all([...needed].map((prefix) => loadChunk(byPrefix.get(prefix)!)))
    ).filter((chunk): chunk is TextChunkFile => chunk !== undefined);
    // A certificate word selects the shards holding certified products: their counts are needed.
    const certifiedIn = loaded.some((chunk) => Object.keys(chunk.certifications).length > 0)
      ? await loadCounts()
      : undefined;
    // The same words again (typed, then the search after the debounce): the same answer.
    const whole = loaded.length === needed.size;
    if (whole && lastText?.words === typed.join(' ')) return lastText.matches;
    const known = (word: string) =>
      loaded.some((chunk) => Object.hasOwn(chunk.words, word) || Object.hasOwn(chunk.places, word));
    // Adjacent words the index knows only together ("palangka raya") count as one, as in the engine.
    const terms: string[] = [];
    for (let t = 0; t < typed.length; t++) {
      const joined = typed[t]! + (typed[t + 1] ?? '');
      if (t + 1 < typed.length && known(joined)) {
        terms.push(joined);
        t++;
      } else terms.push(typed[t]!);
    }
    let result: Map<string, number> | undefined;
    // Row by row, while no word selects whole regions or certificates (their rows are not in the chunks).
    let rows: Map<string, Map<number, number>> | undefined = new Map();
    terms.forEach((term, t) => {
      const isLast = t === terms.length - 1;
      const perShard = new Map<string, Map<number, number>>();
      const places: string[] = [];
      /** Place code → the best score a word gave it (as the engine scores an attribute). */
      const placeScores = new Map<string, number>();
      const types: string[] = [];
      /** Rows of products in places inside a shard (listed by the chunks), with the place's score. */
      const inside = new Map<string, Map<number, number>>();
      /** False once a place word came from a chunk that does not list such rows (an older set). */
      let insideListed = true;
      const take = (word: string, factor: number, withAttributes: boolean) => {
        for (const chunk of loaded) {
          if (Object.hasOwn(chunk.words, word)) {
            for (const [key, list] of Object.entries(chunk.words[word]!)) {
              let rows = perShard.get(key);
              if (!rows) perShard.set(key, (rows = new Map()));
              for (let k = 0; k < list.length; k += 2) {
                const score = list[k + 1]! * factor;
                if (score > (rows.get(list[k]!) ?? 0)) rows.set(list[k]!, score);
              }
            }
          }
          if (!withAttributes) continue;
          if (Object.hasOwn(chunk.places, word)) {
            for (const code of chunk.places[word]!) {
              places.push(code);
              placeScores.set(code, Math.max(placeScores.get(code) ?? 0, PLACE_WEIGHT * factor));
            }
            if (!chunk.placeRows) insideListed = false;
            else if (Object.hasOwn(chunk.placeRows, word))
              for (const [key, list] of Object.entries(chunk.placeRows[word]!)) {
                let rows = inside.get(key);
                if (!rows) inside.set(key, (rows = new Map()));
                for (const row of list)
                  rows.set(row, Math.max(rows.get(row) ?? 0, PLACE_WEIGHT * factor));
              }
          }
          if (Object.hasOwn(chunk.certifications, word)) types.push(...chunk.certifications[word]!);
        }
      };
      take(term, 1, true);
      take(stemIndonesian(term), 1, true);
      const fuzzy = term.length >= MIN_FUZZY ? (term.length >= MIN_FUZZY_TWO ? 2 : 1) : 0;
      for (const chunk of loaded) {
        for (const word of [...Object.keys(chunk.words), ...Object.keys(chunk.places)]) {
          if (word === term) continue;
          if (isLast && term.length >= MIN_PREFIX && word.startsWith(term))
            take(word, 0.75, term.length >= MIN_ATTRIBUTE_PREFIX);
          else if (fuzzy && Math.abs(word.length - term.length) <= fuzzy) {
            const distance = editDistanceWithin(term, word, fuzzy);
            if (distance <= fuzzy) take(word, 1 / 32 / distance, true);
          }
        }
      }
      // A place covering whole shards matches all their rows; one inside a shard (a district of a
      // regency's shard) or a certificate matches rows the chunks do not list: not counted then.
      if (rows && (types.length || !placeRows(placeScores, perShard, shardList, insideListed)))
        rows = undefined;
      for (const [key, found] of inside) {
        let rows = perShard.get(key);
        if (!rows) perShard.set(key, (rows = new Map()));
        for (const [row, score] of found) if (score > (rows.get(row) ?? 0)) rows.set(row, score);
      }
      if (rows && t === 0) rows = perShard;
      else if (rows)
        for (const [key, found] of rows) {
          const more = perShard.get(key);
          for (const [row, score] of found) {
            const add = more?.get(row);
            if (add === undefined) found.delete(row);
            else found.set(row, score + add);
          }
          if (found.size === 0) rows.delete(key);
        }
      // Per shard: the best product's score for this word (a place or certificate: the whole shard).
      const scores = new Map<string, number>();
      for (const [key, rows] of perShard) scores.set(key, Math.max(...rows.values()));
      for (const entry of shardList) {
        const place = places.some(
          (code) =>
            entry.region === code ||
            entry.region.startsWith(`${code}.`) ||
            code.startsWith(`${entry.region}.`),
        );
        const certified = types.some((type) => certifiedIn?.certifications[entry.key]?.[type]);
        if (place || certified) scores.set(entry.key, Math.max(scores.get(entry.key) ?? 0, 3));
      }
      if (!result) result = scores;
      else
        for (const [key, score] of result) {
          const more = scores.get(key);
          if (more === undefined) result.delete(key);
          else result.set(key, score + more);
        }
    });
    const matches = { shards: result ?? new Map(), ...(rows ? { rows } : {}), partial };
    if (whole) lastText = { words: typed.join(' '), matches };
    return matches;
  }

  /**
   * Adds the rows of every shard inside a place of `places` to `rows` (with the place's score); false
   * when a place lies inside a shard and the chunks did not list its rows (`insideListed`).
   */
  function placeRows(
    places: Map<string, number>,
    rows: Map<string, Map<number, number>>,
    list: ShardRef[],
    insideListed: boolean,
  ): boolean {
    for (const [code, score] of places) {
      for (const entry of list) {
        if (entry.products === 0) continue;
        if (code.startsWith(`${entry.region}.`)) {
          if (insideListed) continue;
          return false;
        }
        if (entry.region !== code && !entry.region.startsWith(`${code}.`)) continue;
        let found = rows.get(entry.key);
        if (!found) rows.set(entry.key, (found = new Map()));
        for (let row = 0; row < entry.products; row++)
          if (score > (found.get(row) ?? 0)) found.set(row, score);
      }
    }
    return true;
  }

  /**
   * The shards holding the `needed` best products of `rows`, best first, and how many products match
   * in all. Products of equal score come from the shards with the most matches first (fewest files).
   */
  function bestRows(rows: Map<string, Map<number, number>>, needed: number) {
    const ranked: { key: string; score: number; size: number }[] = [];
    let total = 0;
    for (const [key, found] of rows) {
      total += found.size;
      for (const score of found.values()) ranked.push({ key, score, size: found.size });
    }
    ranked.sort(
      (a, b) =>
        b.score - a.score || b.size - a.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
    const keys = [...new Set(ranked.slice(0, needed).map((hit) => hit.key))];
    return { keys, complete: true, total };
  }
}

/**
 * The number of products `state` matches when the index counts it: one or more regions alone, or one
 * or more categories alone (each product is in one region and one category). Else undefined.
 */
function indexCount(index: ShardIndex, state: FilterState): number | undefined {
  const narrowing = narrowingFilters(state);
  if (narrowing.length !== 1) return undefined;
  const [key, value] = narrowing[0]!;
  if (!Array.isArray(value) || (key !== 'region' && key !== 'category')) return undefined;
  const codes = value as string[];
  // A region inside another one listed counts once (with its parent).
  const counted =
    key === 'region'
      ? codes.filter((code) => !codes.some((other) => code.startsWith(`${other}.`)))
      : codes;
  const counts = key === 'region' ? index.facets.region : index.facets.category;
  return [...new Set(counted)].reduce((sum, code) => sum + (counts[code] ?? 0), 0);
}

/** The shards a view needs (`shardsFor`). */
interface WantedShards {
  /** Keys of the shards, best first. */
  keys: string[];
  /** True when they are every shard the view matches. */
  complete: boolean;
  /** Every product the view's words match (`ShardView.total`). */
  total?: number;
  /** The region's head, and whether it holds every page asked for. */
  head?: string;
  headHolds?: boolean;
}

/** Shards that may match words: per shard the best score, and, when known, the matching rows. */
interface TextMatches {
  shards: Map<string, number>;
  /** Shard → row → summed score of the products matching every word (undefined: a place or certificate word). */
  rows?: Map<string, Map<number, number>>;
  /** The word being typed was matched within its own chunk only (its prefix spans too many). */
  partial: boolean;
}

/**
 * The filters of `state` that narrow the products, as `[key, value]` pairs: a sort order, a page
 * number and empty values narrow nothing.
 */
export const narrowingFilters = (state: FilterState) =>
  Object.entries(state).filter(
    ([key, value]) =>
      key !== 'sort' &&
      key !== 'page' &&
      value !== undefined &&
      value !== '' &&
      value !== false &&
      !(Array.isArray(value) && value.length === 0),
  );

/** True when `state` narrows by words alone. */
const onlyWords = (state: FilterState) =>
  Boolean(state.q?.trim()) && narrowingFilters(state).every(([key]) => key === 'q');

/** The loaded shards as one feed (products of the `first` shard are copies: each record once). */
function combine(index: ShardIndex, feeds: Feed[]): Feed {
  const once = <T>(records: T[], keyOf: (record: T) => string) => {
    const seen = new Set<string>();
    return records.filter((record) => {
      const key = keyOf(record);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };
  const byId = (record: { id: string }) => record.id;
  return {
    version: 1,
    publisher: index.publisher,
    updatedAt: index.updatedAt,
    ...(index.license ? { license: index.license } : {}),
    ...(index.languages ? { languages: index.languages } : {}),
    categories: index.categories,
    regions: index.regions,
    producers: once(
      feeds.flatMap((feed) => feed.producers),
      byId,
    ),
    products: once(
      feeds.flatMap((feed) => feed.products),
      byId,
    ),
    outlets: once(
      feeds.flatMap((feed) => feed.outlets),
      byId,
    ),
  } as Feed;
}
