/**
 * Reading a shard set as a showcase does: only the shards a view needs, the same search results as
 * the single-file engine on the same data, the other regions when a shard is missing or corrupt, and
 * everything from the cache when offline.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mergeFeeds } from '../../src/feed/merge.js';
import { createQueryEngine } from '../../src/feed/query.js';
import type { CachedFeed, FeedCache } from '../../src/feed/cache.js';
import {
  openShardSet,
  type OpenShardSetOptions,
  type ShardView,
} from '../../src/feed/shards/read.js';
import type { ShardListFile, TextChunkFile } from '../../src/feed/shards/format.js';
import { normalizeText } from '../../src/feed/text.js';
import { parseFeed } from '../../src/model/parse.js';
import { loadDistricts } from '../../src/model/regions/index.js';
import type { Feed } from '../../src/model/types.js';
import { localize } from '../../src/format/text.js';
import { buildShardSet, type ShardSet } from '../../src/cli/shard/write.js';
import { showsPartOfMatches } from '../../src/elements/showcase/shard-view.js';
import { generateFeed } from '../fixtures/generate-feed.js';

await loadDistricts();

const BASE = 'https://data.example.org/nasional/';

function shardSetOf(seed: number, products = 400) {
  const input = generateFeed({ products, seed, regions: 'national' });
  const feed = parseFeed(input, { now: new Date(input.updatedAt) }).feed as Feed;
  const set = buildShardSet(mergeFeeds([{ url: 'nasional.json', feed }]), { maxShardKb: 16 });
  return { feed, set };
}

/** A static host serving the set; `broken` paths answer 404 or garbage; every request is logged. */
function host(set: ShardSet, broken: Record<string, 'missing' | 'corrupt'> = {}) {
  const files = new Map(set.files.map((file) => [BASE + file.path, file.text]));
  const requests: string[] = [];
  const fetchFn = (async (input: RequestInfo | URL) => {
    const url = String(input);
    requests.push(url.slice(BASE.length));
    const path = url.slice(BASE.length);
    if (broken[path] === 'missing' || !files.has(url)) return new Response('no', { status: 404 });
    if (broken[path] === 'corrupt') return new Response('{"kind":"etalase-shard","prod');
    return new Response(files.get(url)!, { headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { fetch: fetchFn, requests };
}

function memoryCache(): FeedCache {
  const entries = new Map<string, CachedFeed>();
  return {
    get: async (url) => entries.get(url),
    put: async (url, entry) => void entries.set(url, entry),
    delete: async (url) => void entries.delete(url),
  };
}

async function open(set: ShardSet, options: OpenShardSetOptions = {}) {
  const result = await openShardSet(`${BASE}index.json`, {
    cache: false,
    maxShardsPerView: 10_000,
    maxShardsKept: 10_000,
    ...options,
  });
  assert.ok(result.ok, 'index opens');
  return result.set;
}

const sortedIds = (hits: { product: { id: string } }[]) => hits.map((h) => h.product.id).sort();

/** Deterministic pseudo-random numbers for picking query words. */
function randomOf(seed: number) {
  let state = seed >>> 0 || 1;
  return (n: number) => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state % n;
  };
}

describe('shard set reader', () => {
  it('shows the first page from the index and one small shard', async () => {
    const { feed, set } = shardSetOf(11);
    const served = host(set);
    const shards = await open(set, { fetch: served.fetch });
    const view = await shards.view({});
    assert.deepEqual(served.requests, ['index.json', set.index.first.file]);
    const whole = createQueryEngine(feed).query({}).hits;
    assert.deepEqual(
      view.engine.query({}).hits.map((h) => h.product.id),
      whole.map((h) => h.product.id),
      'the same first page as the whole feed',
    );
    assert.equal(shards.index.counts.products, 400);
  });

  it('loads only the shards of the selected region', async () => {
    const { feed, set } = shardSetOf(12, 1500);
    const served = host(set);
    const shards = await open(set, { fetch: served.fetch });
    const view = await shards.view({ region: ['64'] });
    const loadedShards = served.requests.filter((path) => path.startsWith('shards/'));
    assert.ok(loadedShards.length > 0);
    for (const path of loadedShards) assert.match(path, /^shards\/64[.~]/);
    const expected = sortedIds(
      createQueryEngine(feed).query({ region: ['64'] }, { pageSize: 10_000 }).hits,
    );
    assert.deepEqual(
      sortedIds(view.engine.query({ region: ['64'] }, { pageSize: 10_000 }).hits),
      expected,
    );
    assert.ok(view.complete);
    assert.equal(shards.index.facets.region['64'], expected.length, 'index count is exact');
    // The count shown is the index's, and the first page is the region's own (all its shards).
    assert.ok(loadedShards.length > 1, `${loadedShards.length} shards`);
    assert.equal(shards.totalFor({ region: ['64'] }), expected.length);
    assert.equal(shards.totalFor({ region: ['64', '64.71'] }), expected.length, 'a city of it');
    assert.deepEqual(
      view.engine.query({ region: ['64'] }).hits.map((h) => h.product.id),
      createQueryEngine(feed)
        .query({ region: ['64'] })
        .hits.map((h) => h.product.id),
    );
  });

  it('reads a region’s shards from its province’s list, not the whole list', async () => {
    const { feed, set } = shardSetOf(12, 1500);
    const expected = sortedIds(
      createQueryEngine(feed).query({ region: ['64.71'] }, { pageSize: 10_000 }).hits,
    );
    const lists = (requests: string[]) =>
      requests.filter((path) => /^shard-(list|rows)/.test(path)).map((p) => p.split('.')[0]);
    const served = host(set);
    const shards = await open(set, { fetch: served.fetch });
    const view = await shards.view({ region: ['64.71'] });
    assert.deepEqual(lists(served.requests), ['shard-list-64']);
    const ids = (v: typeof view) =>
      sortedIds(v.engine.query({ region: ['64.71'] }, { pageSize: 10_000 }).hits);
    assert.deepEqual(ids(view), expected);
    // Its list unreadable: the whole list serves the same view.
    const named = set.index.shardList.provinces!['64']!.file;
    const broken = host(set, { [named]: 'corrupt' });
    const fallback = await (await open(set, { fetch: broken.fetch })).view({ region: ['64.71'] });
    assert.deepEqual(lists(broken.requests), ['shard-list-64', 'shard-rows']);
    assert.deepEqual(ids(fallback), expected);
  });

  it('shows a region’s first page from its head before its shards arrive, then the whole region', async () => {
    const { feed, set } = shardSetOf(15, 4000);
    const whole = createQueryEngine(feed);
    const list = JSON.parse(
      set.files.find((file) => file.path === set.index.shardList.file)!.text,
    ) as ShardListFile;
    // The largest province and regency of several shards each (the province with more products than
    // its head holds).
    const count = (region: string) => set.index.facets.region[region]!;
    const largest = (regency: boolean) =>
      list
        .heads!.filter((entry) => entry.region.includes('.') === regency)
        .sort((a, b) => count(b.region) - count(a.region))[0]!.region;
    assert.ok(count(largest(false)) > 48);
    for (const region of [largest(false), largest(true)]) {
      const head = list.heads!.find((entry) => entry.region === region)!;
      assert.equal(head.products, Math.min(48, count(region)));
      const regionShards = set.shards.filter(
        (entry) => entry.region === region || entry.region.startsWith(`${region}.`),
      );
      assert.ok(regionShards.length > 1, `${region}: ${regionShards.length} shards`);
      // The region's own shards answer only when the test lets them.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const served = host(set);
      const gated = (async (input: RequestInfo | URL) => {
        if (regionShards.some((entry) => String(input).endsWith(entry.file))) await held;
        return served.fetch(input);
      }) as typeof fetch;
      const shards = await open(set, { fetch: gated });
      const page = (view: ShardView) =>
        view.engine.query({ region: [region] }).hits.map((hit) => hit.product.id);
      const expected = whole.query({ region: [region] }).hits.map((hit) => hit.product.id);
      const first = await shards.view({ region: [region] });
      assert.deepEqual(first.keys, [head.key]);
      assert.deepEqual(page(first), expected, `${region}: the engine’s first page, from the head`);
      assert.equal(shards.totalFor({ region: [region] }), whole.query({ region: [region] }).total);
      assert.ok(first.more, 'the region’s shards follow');
      release();
      const rest = await first.more!;
      assert.equal(rest.more, undefined);
      assert.deepEqual(page(rest), expected, `${region}: the same first page once all is in`);
      if (region.includes('.'))
        assert.deepEqual(
          sortedIds(rest.engine.query({ region: [region] }, { pageSize: 10_000 }).hits),
          sortedIds(whole.query({ region: [region] }, { pageSize: 10_000 }).hits),
          'every product of the region',
        );
      // Pages beyond the head load the region's shards, the head still first (its products keep
      // their places); other orders load the region's shards alone.
      const later = await shards.view({ region: [region], page: 3 });
      assert.equal(later.more, undefined);
      assert.equal(later.keys[0], head.key);
      assert.ok(later.keys.length > 1);
      assert.deepEqual(
        later.engine
          .query({ region: [region] }, { pageSize: head.products })
          .hits.map((hit) => hit.product.id),
        whole
          .query({ region: [region] }, { pageSize: head.products })
          .hits.map((hit) => hit.product.id),
      );
      const sorted = await (
        await open(set, { fetch: served.fetch })
      ).view({
        region: [region],
        sort: 'price-asc',
      });
      assert.ok(!sorted.keys.includes(head.key) && sorted.more === undefined);
    }
  });

  it('reads a set written before heads as before: the region’s shards at once', async () => {
    const { feed, set } = shardSetOf(15, 4000);
    const older: ShardSet = {
      ...set,
      files: set.files.map((file) =>
        file.path.startsWith('shard-list')
          ? { ...file, text: JSON.stringify({ ...JSON.parse(file.text), heads: undefined }) }
          : file,
      ),
    };
    const served = host(older);
    const view = await (await open(older, { fetch: served.fetch })).view({ region: ['35'] });
    assert.equal(view.more, undefined);
    assert.ok(!served.requests.some((path) => path.includes('~head')));
    assert.ok(view.keys.length > 1);
    assert.deepEqual(
      sortedIds(view.engine.query({ region: ['35'] }, { pageSize: 10_000 }).hits),
      sortedIds(createQueryEngine(feed).query({ region: ['35'] }, { pageSize: 10_000 }).hits),
    );
  });

  it('finds a category’s products through the shard counts file, fetched for it only', async () => {
    const { feed, set } = shardSetOf(14);
    const served = host(set);
    const shards = await open(set, { fetch: served.fetch });
    await shards.view({ region: ['64'] });
    assert.ok(!served.requests.includes(set.index.shardCounts.file), 'a region needs no counts');
    const category = feed.products[0]!.category;
    const view = await shards.view({ category: [category] }, { pageSize: 10_000 });
    assert.ok(served.requests.includes(set.index.shardCounts.file));
    const expected = createQueryEngine(feed).query({ category: [category] }, { pageSize: 10_000 });
    assert.deepEqual(
      sortedIds(view.engine.query({ category: [category] }, { pageSize: 10_000 }).hits),
      sortedIds(expected.hits),
    );
    assert.equal(shards.totalFor({ category: [category] }), expected.total);
  });

  it('reads a shard let go from memory from the copy it made, not from the network', async () => {
    const { set } = shardSetOf(12, 1500);
    const served = host(set);
    const shards = await open(set, {
      fetch: served.fetch,
      cache: memoryCache(),
      maxShardsPerView: 1,
      maxShardsKept: 1,
    });
    await shards.view({ region: ['64.71'] });
    const other = Object.keys(set.index.facets.region).find(
      (code) => code.startsWith('64.') && code !== '64.71' && set.index.facets.region[code]! > 0,
    )!;
    await shards.view({ region: [other] });
    assert.ok(!shards.loaded().some((key) => key.startsWith('64.71')), 'let go');
    await new Promise((resolve) => setTimeout(resolve, 10));
    const fetched = () => served.requests.filter((path) => path.startsWith('shards/64.71')).length;
    const before = fetched();
    const again = await shards.view({ region: ['64.71'] });
    assert.deepEqual(again.failed, []);
    assert.equal(fetched(), before, 'not fetched again');
  });

  it('reads the compact shard list, and the whole list from a set without one or when it is broken', async () => {
    const { feed, set } = shardSetOf(14);
    const category = feed.products[0]!.category;
    const expected = sortedIds(
      createQueryEngine(feed).query({ category: [category] }, { pageSize: 10_000 }).hits,
    );
    const lists = (requests: string[]) =>
      requests.filter((path) => /^shard-(list|rows)\./.test(path)).map((p) => p.split('.')[0]);
    const viewOf = async (served: ReturnType<typeof host>) => {
      const shards = await open(set, { fetch: served.fetch });
      const view = await shards.view({ category: [category] }, { pageSize: 10_000 });
      return sortedIds(view.engine.query({ category: [category] }, { pageSize: 10_000 }).hits);
    };
    const compact = host(set);
    assert.deepEqual(await viewOf(compact), expected);
    assert.deepEqual(lists(compact.requests), ['shard-rows']);
    // Half the bytes of the whole list, which stays for readers from before.
    const size = (path: string) => set.files.find((file) => file.path === path)!.text.length;
    assert.ok(size(set.index.shardList.rows!.file) < size(set.index.shardList.file) / 2);

    const broken = host(set, { [set.index.shardList.rows!.file]: 'corrupt' });
    assert.deepEqual(await viewOf(broken), expected);
    assert.deepEqual(lists(broken.requests), ['shard-rows', 'shard-list']);
    // A row it cannot read (a hash that is no hash): not misread, the whole list instead.
    const rowsPath = set.index.shardList.rows!.file;
    const odd = set.files
      .find((file) => file.path === rowsPath)!
      .text.replace(/"[0-9a-f]{16}"/, '"?"');
    const misread = host({
      ...set,
      files: set.files.map((file) => (file.path === rowsPath ? { ...file, text: odd } : file)),
    });
    assert.deepEqual(await viewOf(misread), expected);
    assert.deepEqual(lists(misread.requests), ['shard-rows', 'shard-list']);

    const { rows: _, ...shardList } = set.index.shardList;
    const older = { ...set, index: { ...set.index, shardList } };
    older.files = set.files.map((file) =>
      file.path === 'index.json' ? { ...file, text: JSON.stringify(older.index) } : file,
    );
    const before = host(older);
    assert.deepEqual(await viewOf(before), expected);
    assert.deepEqual(lists(before.requests), ['shard-list']);
  });

  it('finds the same products as the single-file engine for words across shards', async () => {
    let compared = 0;
    let typoMisses = 0;
    let counted = 0;
    for (const seed of [1, 2, 3, 5, 8]) {
      const { feed, set } = shardSetOf(seed);
      const whole = createQueryEngine(feed);
      const served = host(set);
      const shards = await open(set, { fetch: served.fetch });
      const random = randomOf(seed);
      const wordsOf = (i: number) => {
        const product = feed.products[i]!;
        const text = `${localize(product.name, 'id')} ${localize(product.description ?? '', 'en')}`;
        return normalizeText(text).split(' ').filter(Boolean);
      };
      const queries: string[] = ['halal', 'kalteng kopi', 'samarinda', 'tas rotan', 'ba'];
      for (let k = 0; k < 12; k++) {
        const words = wordsOf(random(feed.products.length));
        const a = words[random(words.length)]!;
        const b = words[random(words.length)]!;
        queries.push(a, `${a} ${b}`, `${a} ${b.slice(0, Math.max(2, b.length - 2))}`);
      }
      for (const q of queries) {
        const expected = sortedIds(whole.query({ q }, { pageSize: 10_000 }).hits);
        // Every page at once: the shards of every match.
        const view = await shards.view({ q }, { pageSize: 10_000 });
        const got = sortedIds(view.engine.query({ q }, { pageSize: 10_000 }).hits);
        compared++;
        assert.ok(view.complete, `complete for "${q}"`);
        // A misspelling is matched only against the words of the chunks fetched for the word (those
        // sharing its first letters): "bintang" does not find "bontang" (docs/shards.md, "Limits").
        const missing = expected.filter((id) => !got.includes(id));
        assert.deepEqual(
          got.filter((id) => !expected.includes(id)),
          [],
          `seed ${seed}, "${q}": nothing the engine does not find`,
        );
        if (missing.length > 0) {
          assert.ok(
            q.split(' ').some((word) => word.length >= 5),
            `seed ${seed}, "${q}": only a typo match may be missed (${missing.join(' ')})`,
          );
          typoMisses++;
          continue;
        }
        // Counted from the postings (words, places covering whole shards): the engine's own count.
        if (view.total !== undefined) {
          assert.equal(view.total, expected.length, `count of "${q}"`);
          counted++;
        }
      }
      // Two words download only the shards holding products with both.
      const fresh = host(set);
      const view = await (await open(set, { fetch: fresh.fetch })).view({ q: 'kopi robusta' });
      const fetched = fresh.requests.filter((p) => p.startsWith('shards/')).length;
      const holding = new Set(
        view.engine
          .query({ q: 'kopi robusta' }, { pageSize: 10_000 })
          .hits.map((hit) => hit.product.id),
      ).size;
      assert.ok(fetched <= holding, `${fetched} shards for ${holding} products`);
      assert.ok(fetched < set.shards.length / 4, `${fetched} of ${set.shards.length}`);
    }
    assert.equal(compared, 5 * 41);
    assert.ok(typoMisses <= compared / 20, `${typoMisses} of ${compared} missed a typo match`);
    assert.ok(counted > compared / 2, `${counted} of ${compared} counted exactly`);
  });

  it('counts a word found in more than 24 shards exactly, and load more reaches every match', async () => {
    const { feed, set } = shardSetOf(13, 2000);
    const served = host(set);
    const shards = await open(set, { fetch: served.fetch, maxShardsPerView: 24 });
    const whole = createQueryEngine(feed);
    const text = new Map(set.files.map((file) => [file.path, file.text]));
    const shardOf = new Map(
      set.shards.flatMap((entry) =>
        (JSON.parse(text.get(entry.file)!) as { products: { id: string }[] }).products.map(
          (product) => [product.id, entry.key] as const,
        ),
      ),
    );
    for (const q of ['kopi', 'batik tulis', 'tas rot']) {
      const everywhere = whole.query({ q }, { pageSize: 10_000 });
      if (q === 'kopi') {
        const holding = new Set(everywhere.hits.map((hit) => shardOf.get(hit.product.id)));
        assert.ok(holding.size > 24, `"kopi" in ${holding.size} shards`);
      }
      const word = await shards.view({ q });
      assert.equal(word.total, everywhere.total, `"${q}": the whole set's count`);
      assert.equal(shards.totalFor({ q }), everywhere.total);
      assert.equal(showsPartOfMatches(word, { q }), false, 'the count is exact: no notice');
      const page = word.engine.query({ q }).hits;
      assert.equal(page.length, Math.min(24, everywhere.total), 'a full first page');
      const matches = new Set(everywhere.hits.map((hit) => hit.product.id));
      for (const hit of page) assert.ok(matches.has(hit.product.id), hit.product.id);
      // "Load more" up to the last page loads the shards of every match.
      const last = Math.ceil(everywhere.total / 24);
      const all = await shards.view({ q, page: last });
      assert.deepEqual(
        sortedIds(all.engine.query({ q }, { pageSize: 10_000 }).hits),
        sortedIds(everywhere.hits),
        `"${q}": every match by page ${last}`,
      );
    }
    // The first page of a common word needs few shards: its best products, not its 24 best shards.
    const fresh = host(set);
    await (await open(set, { fetch: fresh.fetch, maxShardsPerView: 24 })).view({ q: 'kopi' });
    const fetched = fresh.requests.filter((path) => path.startsWith('shards/')).length;
    assert.ok(fetched < 24, `${fetched} shards for the first page`);
    // A certificate word selects whole shards: those beyond 24 are not loaded, and the notice says so.
    const everywhere = whole.query({ q: 'halal' }).total;
    const word = await shards.view({ q: 'halal' });
    assert.equal(word.keys.length, 24, 'a view loads at most 24 shards');
    assert.equal(word.total, undefined);
    assert.ok(word.engine.query({ q: 'halal' }).total < everywhere);
    assert.equal(showsPartOfMatches(word, { q: 'halal' }), true);
    const region = await shards.view({ region: ['64.71'] });
    assert.equal(showsPartOfMatches(region, { region: ['64.71'] }), false, 'one city: all of it');
    const first = await shards.view({});
    assert.equal(showsPartOfMatches(first, {}), false, 'the first page counts from the index');
  });

  it('counts a word naming a district inside a shard row by row, loading only its matches’ shards', async () => {
    const { feed, set } = shardSetOf(13, 2000);
    const whole = createQueryEngine(feed);
    const text = new Map(set.files.map((file) => [file.path, file.text]));
    const chunks = set.files
      .filter((file) => file.path.startsWith('text/'))
      .map((file) => JSON.parse(file.text) as TextChunkFile);
    // A district's own name (one word, a place of the chunks with rows inside a shard) with products.
    const district = chunks
      .flatMap((chunk) => Object.keys(chunk.placeRows ?? {}))
      .find((word) => word.length >= 6 && whole.query({ q: word }).total >= 2);
    assert.ok(district, 'the set has such a district word');
    const expected = whole.query({ q: district }, { pageSize: 10_000 });
    const holding = new Set(
      set.shards
        .filter((entry) =>
          (JSON.parse(text.get(entry.file)!) as { products: { id: string }[] }).products.some(
            (product) => expected.hits.some((hit) => hit.product.id === product.id),
          ),
        )
        .map((entry) => entry.file),
    );
    const served = host(set);
    const shards = await open(set, { fetch: served.fetch, maxShardsPerView: 24 });
    const view = await shards.view({ q: district }, { pageSize: 10_000 });
    assert.equal(view.total, expected.total, `"${district}": counted exactly`);
    assert.equal(showsPartOfMatches(view, { q: district }), false, 'no notice');
    assert.deepEqual(
      sortedIds(view.engine.query({ q: district }, { pageSize: 10_000 }).hits),
      sortedIds(expected.hits),
    );
    const loaded = served.requests.filter((path) => path.startsWith('shards/'));
    assert.deepEqual(loaded.sort(), [...holding].sort(), 'only the shards of its products');

    // Chunks of an older writer (no rows for such places): matched by whole shards, not counted.
    const older = {
      ...set,
      files: set.files.map((file) => {
        if (!file.path.startsWith('text/')) return file;
        const { placeRows: _rows, ...chunk } = JSON.parse(file.text) as TextChunkFile;
        return { path: file.path, text: JSON.stringify(chunk) };
      }),
    };
    const old = await (await open(older, { fetch: host(older).fetch })).view({ q: district });
    assert.equal(old.total, undefined);
  });

  it('shows the other regions and names the shard that failed, missing or corrupt', async () => {
    const { feed, set } = shardSetOf(13);
    const kaltim = set.shards.filter((s) => s.region.startsWith('64'));
    assert.ok(kaltim.length >= 2);
    const served = host(set, { [kaltim[0]!.file]: 'missing', [kaltim[1]!.file]: 'corrupt' });
    const shards = await open(set, { fetch: served.fetch });
    const view = await shards.view({ region: ['64'] });
    assert.deepEqual(
      view.failed.map((f) => [f.key, f.error.code]).sort(),
      [
        [kaltim[0]!.key, 'http'],
        [kaltim[1]!.key, 'not-json'],
      ].sort(),
    );
    assert.ok(view.failed.every((f) => f.error.message.id && f.error.message.en));
    const shown = view.engine.query({ region: ['64'] }, { pageSize: 10_000 }).hits;
    const lost = kaltim[0]!.products + kaltim[1]!.products;
    const all = createQueryEngine(feed).query({ region: ['64'] }, { pageSize: 10_000 }).total;
    assert.equal(shown.length, all - lost, 'every other Kalimantan Timur product is shown');
  });

  it('works offline from the cache', async () => {
    const { set } = shardSetOf(14);
    const cache = memoryCache();
    const online = host(set);
    const first = await open(set, { fetch: online.fetch, cache });
    const before = await first.view({ region: ['35'] });
    const seen = sortedIds(before.engine.query({ region: ['35'] }, { pageSize: 10_000 }).hits);
    await new Promise((resolve) => setTimeout(resolve, 10));

    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const again = await open(set, { fetch: offline, cache });
    assert.ok(again.stale, 'the index came from the cache');
    const after = await again.view({ region: ['35'] });
    assert.deepEqual(after.failed, []);
    assert.deepEqual(
      sortedIds(after.engine.query({ region: ['35'] }, { pageSize: 10_000 }).hits),
      seen,
    );
  });

  it('asks for a region’s shard the moment the view is asked for, without a cache lookup on a first visit', async () => {
    const { feed, set } = shardSetOf(12, 1500);
    const looked: string[] = [];
    const store = memoryCache();
    const cache: FeedCache = {
      ...store,
      get: (url) => (looked.push(url.slice(BASE.length)), store.get(url)),
    };
    const served = host(set);
    const shards = await open(set, { fetch: served.fetch, cache });
    await shards.view({ region: ['64.71'] });
    // Another region of the same province: its list is in, so nothing is waited for.
    const region = Object.keys(set.index.facets.region).find(
      (code) => code.startsWith('64.') && code !== '64.71' && set.index.facets.region[code]! > 0,
    )!;
    const before = served.requests.length;
    const pending = shards.view({ region: [region] });
    // Before the page's next task (the render of the click that asked for it): already requested.
    const asked = served.requests.slice(before);
    assert.ok(asked.length > 0, 'requested at once');
    for (const path of asked)
      assert.match(path, new RegExp(`^shards/${region.replace('.', '\\.')}[.~]`));
    const view = await pending;
    // The region's first page, as the single-file engine shows it.
    assert.deepEqual(
      view.engine.query({ region: [region] }).hits.map((hit) => hit.product.id),
      createQueryEngine(feed)
        .query({ region: [region] })
        .hits.map((hit) => hit.product.id),
    );
    // The cache held no index, so it holds none of the set's files: not asked for them.
    assert.deepEqual(looked, ['index.json']);

    // A second visit: the index comes from the cache, and so do the shards copied on the first.
    await new Promise((resolve) => setTimeout(resolve, 10));
    looked.length = 0;
    const again = host(set);
    const revisit = await open(set, { fetch: again.fetch, cache });
    assert.ok(revisit.stale);
    await revisit.view({ region: [region] });
    assert.ok(
      looked.some((path) => path.startsWith(`shards/${region}`)),
      'looked up in the cache',
    );
    assert.deepEqual(
      again.requests.filter(
        (path) => path.startsWith('shards/') && !path.startsWith('shards/first'),
      ),
      [],
      'not fetched again',
    );
  });

  describe('while a visitor types', () => {
    const chunkPaths = (requests: string[]) => requests.filter((path) => path.startsWith('text/'));
    const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

    it('fetches the text-index list when the search box gets focus, not after the first view', async () => {
      const { set } = shardSetOf(21);
      const served = host(set);
      const shards = await open(set, { fetch: served.fetch });
      await shards.view({});
      await shards.view({ region: ['64'] });
      // Idle callbacks (the shard list's background fetch) run within their timeout here.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const lists = () => served.requests.filter((path) => path.startsWith('text-index'));
      assert.deepEqual(lists(), [], 'a region click does not share the link with it');
      shards.prefetch('');
      await settled();
      assert.equal(lists().length, 1, 'focus on the search box fetches it');
      assert.deepEqual(chunkPaths(served.requests), [], 'but no chunk: nothing is typed');
    });

    it('prefetches only the text chunks the finished words are sure to need', async () => {
      const { set } = shardSetOf(21);
      const served = host(set);
      const shards = await open(set, { fetch: served.fetch });
      // "k" may still become any word of the chunks under it: nothing is fetched.
      shards.prefetch('k');
      await settled();
      assert.deepEqual(chunkPaths(served.requests), []);
      // "kopi" is whole (a space follows): its chunk loads; "r" may become anything.
      shards.prefetch('kopi r');
      await settled();
      const prefetched = chunkPaths(served.requests);
      assert.ok(prefetched.length > 0, 'the chunk of "kopi" loads while typing');
      // Nothing the search itself would not fetch, and the search does not fetch it again.
      const fresh = host(set);
      await (await open(set, { fetch: fresh.fetch })).view({ q: 'kopi robusta' });
      assert.deepEqual(
        prefetched.filter((path) => !chunkPaths(fresh.requests).includes(path)),
        [],
      );
      await shards.view({ q: 'kopi robusta' });
      for (const path of prefetched)
        assert.equal(served.requests.filter((p) => p === path).length, 1, `${path} once`);
    });

    it('loads the first page’s shards while typing when they are few, and only those', async () => {
      const { feed, set } = shardSetOf(21);
      const whole = createQueryEngine(feed);
      const shardPaths = (requests: string[]) =>
        requests.filter((path) => path.startsWith('shards/') && !path.startsWith('shards/first'));
      // Words whose first page (24) lies in one or two shards.
      let q: string | undefined;
      let viewPaths: string[] = [];
      const rare = feed.products
        .flatMap((product) => normalizeText(localize(product.name, 'id')).split(' '))
        .filter((word) => word.length >= 4);
      for (const words of new Set(rare)) {
        const total = whole.query({ q: words }).total;
        if (total === 0 || total > 3) continue;
        const fresh = host(set);
        await (await open(set, { fetch: fresh.fetch })).view({ q: words });
        viewPaths = shardPaths(fresh.requests);
        if (viewPaths.length > 0 && viewPaths.length <= 2) {
          q = words;
          break;
        }
      }
      assert.ok(q, 'such words exist');
      const served = host(set);
      const shards = await open(set, { fetch: served.fetch });
      await shards.view({});
      shards.prefetch(q);
      for (let i = 0; i < 100 && shardPaths(served.requests).length === 0; i++) await settled();
      await settled();
      const warmed = shardPaths(served.requests);
      assert.deepEqual(warmed.sort(), [...viewPaths].sort(), 'the shards the view will need');
      // The view then fetches nothing more.
      const before = served.requests.length;
      const view = await shards.view({ q });
      assert.deepEqual(served.requests.slice(before), []);
      assert.equal(view.total, whole.query({ q }).total);
    });

    it('cancels the shards an older view still fetches that the newer one does not need', async () => {
      const { feed, set } = shardSetOf(34);
      const served = host(set);
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const requested: string[] = [];
      const cancelled: string[] = [];
      // Shards (but the first page's) wait at the gate, as on a slow network; a cancel stops them.
      const slow = ((input: RequestInfo | URL, init?: RequestInit) => {
        const path = String(input).slice(BASE.length);
        if (!path.startsWith('shards/') || path.startsWith('shards/first'))
          return served.fetch(input);
        requested.push(path);
        return new Promise<Response>((resolve, reject) => {
          init?.signal?.addEventListener('abort', () => {
            cancelled.push(path);
            reject(new DOMException('cancelled', 'AbortError'));
          });
          void gate.then(() => resolve(served.fetch(input)));
        });
      }) as typeof fetch;
      const shards = await open(set, { fetch: slow, maxShardsPerView: 24 });
      await shards.view({});
      const older = shards.view({ q: 'kopi' });
      for (let i = 0; i < 100 && requested.length === 0; i++) await settled();
      const olderPaths = [...requested];
      assert.ok(olderPaths.length > 0, 'the older view fetches its shards');
      const newer = shards.view({ q: 'tas rotan' });
      for (let i = 0; i < 100 && requested.length === olderPaths.length; i++) await settled();
      release();
      const [before, after] = await Promise.all([older, newer]);
      const newerPaths = after.keys.map((key) => set.shards.find((e) => e.key === key)!.file);
      assert.ok(cancelled.length > 0, 'some shard of the older view was cancelled');
      for (const path of cancelled) {
        assert.ok(olderPaths.includes(path), `${path} was the older view's`);
        assert.ok(!newerPaths.includes(path), `${path} is not needed by the newer view`);
      }
      assert.ok(before.failed.every((failure) => failure.error.code === 'aborted'));
      // The newer view is whole and right.
      const whole = createQueryEngine(feed).query({ q: 'tas rotan' }, { pageSize: 24 });
      assert.deepEqual(after.failed, []);
      assert.equal(after.total, whole.total);
      // (Products of equal score may come in another order: docs/shards.md.)
      assert.deepEqual(
        sortedIds(after.engine.query({ q: 'tas rotan' }, { pageSize: 24 }).hits),
        sortedIds(whole.hits),
      );
    });

    it('matches a short word being typed within its own chunk when the chunks under it are many', async () => {
      const input = generateFeed({ products: 400, seed: 55, regions: 'national' });
      const feed = parseFeed(input, { now: new Date(input.updatedAt) }).feed as Feed;
      const set = buildShardSet(mergeFeeds([{ url: 'nasional.json', feed }]), {
        maxShardKb: 16,
        maxChunkKb: 2,
      });
      const prefixes = (
        JSON.parse(set.files.find((f) => f.path.startsWith('text-index'))!.text) as {
          chunks: { prefix: string }[];
        }
      ).chunks.map((c) => c.prefix);
      // A two-letter start split into several chunks, with products matching it.
      const whole = createQueryEngine(feed);
      const word = [...new Set(prefixes.map((p) => p.slice(0, 2)))].find(
        (start) =>
          prefixes.filter((p) => p.startsWith(start) && p.length > 2).length >= 3 &&
          whole.query({ q: start }).total > 0,
      );
      assert.ok(word, 'such a start exists');
      const limited = host(set);
      const short = await (
        await open(set, { fetch: limited.fetch, maxPrefixKb: 1 })
      ).view({
        q: word,
      });
      assert.equal(short.complete, false, 'not all its matches');
      assert.equal(short.total, undefined, 'not counted');
      assert.equal(showsPartOfMatches(short, { q: word }), true, 'the showcase says so');
      assert.ok(
        chunkPaths(limited.requests).every(
          (path) => !path.startsWith(`text/${word}`) || path.startsWith(`text/${word}.`),
        ),
        'no chunk under the word',
      );
      // Within the limit (the default at this size): every match, counted.
      const all = await (
        await open(set, { fetch: host(set).fetch })
      ).view({ q: word }, { pageSize: 10_000 });
      assert.equal(all.total, whole.query({ q: word }).total);
    });
  });
});
