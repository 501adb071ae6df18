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
import { openShardSet, type OpenShardSetOptions } from '../../src/feed/shards/read.js';
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
    const { feed, set } = shardSetOf(12);
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
  });

  it('finds the same products as the single-file engine for words across shards', async () => {
    let compared = 0;
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
        const view = await shards.view({ q });
        const got = sortedIds(view.engine.query({ q }, { pageSize: 10_000 }).hits);
        assert.deepEqual(got, expected, `seed ${seed}, "${q}"`);
        assert.ok(view.complete, `complete for "${q}"`);
        compared++;
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
  });

  it('says when a common word matches more shards than a view loads', async () => {
    const { feed, set } = shardSetOf(13, 2000);
    const served = host(set);
    const shards = await open(set, { fetch: served.fetch, maxShardsPerView: 24 });
    const everywhere = createQueryEngine(feed).query({ q: 'kopi' }).total;
    const word = await shards.view({ q: 'kopi' });
    assert.ok(word.keys.length === 24, 'a view loads at most 24 shards');
    const shown = word.engine.query({ q: 'kopi' }).total;
    assert.ok(shown < everywhere, `${shown} of ${everywhere} shown`);
    assert.equal(showsPartOfMatches(word, { q: 'kopi' }), true);
    const region = await shards.view({ region: ['64.71'] });
    assert.equal(showsPartOfMatches(region, { region: ['64.71'] }), false, 'one city: all of it');
    const first = await shards.view({});
    assert.equal(showsPartOfMatches(first, {}), false, 'the first page counts from the index');
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
});
