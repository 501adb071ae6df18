import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadFeed } from '../../src/feed/load.js';
import { parseRetryAfter } from '../../src/feed/fetch.js';
import { SMALL_FEED_INPUT } from '../feed/fixtures/small-feed.js';

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' }, ...init });

describe('loadFeed with an injected fetch (node: no Cache API, no IndexedDB)', () => {
  it('loads and parses, reporting parse warnings with their URL', async () => {
    const result = await loadFeed('https://data.example/feed.json', {
      fetch: async () => json(SMALL_FEED_INPUT),
    });
    assert.ok(result.ok);
    assert.equal(result.feed.products.length, 8);
    assert.ok(result.issues.every((issue) => issue.url === 'https://data.example/feed.json'));
    assert.equal(result.stale, false);
  });

  it('never throws, whatever fetch does', async () => {
    const throwing = (() => {
      throw new Error('boom');
    }) as unknown as typeof fetch;
    const result = await loadFeed('https://data.example/feed.json', {
      fetch: throwing,
      retries: 0,
    });
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.error.code, 'offline');

    const garbage = (async () => ({ nonsense: true })) as unknown as typeof fetch;
    const odd = await loadFeed('https://data.example/feed.json', { fetch: garbage, retries: 0 });
    assert.equal(odd.ok, false);
  });

  it('retries 503 honouring Retry-After as an HTTP date', async () => {
    let calls = 0;
    const result = await loadFeed('https://data.example/feed.json', {
      retries: 2,
      fetch: async () => {
        calls++;
        if (calls === 1) {
          return new Response('busy', {
            status: 503,
            headers: { 'retry-after': new Date(Date.now() + 50).toUTCString() },
          });
        }
        return json(SMALL_FEED_INPUT);
      },
    });
    assert.ok(result.ok);
    assert.equal(calls, 2);
  });

  it('does not retry a 400 or a 403', async () => {
    for (const status of [400, 403]) {
      let calls = 0;
      const result = await loadFeed('https://data.example/feed.json', {
        retryDelayMs: 1,
        fetch: async () => {
          calls++;
          return new Response('no', { status });
        },
      });
      assert.equal(!result.ok && result.error.status, status);
      assert.equal(calls, 1);
    }
  });

  it('sends the cached validators and reads 304 as unchanged', async () => {
    const seen: (string | null)[] = [];
    const body = JSON.stringify(SMALL_FEED_INPUT);
    const cache = new Map<string, { body: string; fetchedAt: string; etag?: string }>();
    const store = {
      get: async (url: string) => cache.get(url),
      put: async (url: string, entry: { body: string; fetchedAt: string; etag?: string }) =>
        void cache.set(url, entry),
      delete: async (url: string) => void cache.delete(url),
    };
    const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
      const etag = new Headers(init?.headers).get('if-none-match');
      seen.push(etag);
      return etag === '"a"'
        ? new Response(null, { status: 304 })
        : new Response(body, { headers: { 'content-type': 'application/json', etag: '"a"' } });
    };
    const first = await loadFeed('https://data.example/feed.json', { fetch, cache: store });
    assert.ok(first.ok && !first.stale);
    await first.offlineCopy;
    const second = await loadFeed('https://data.example/feed.json', { fetch, cache: store });
    assert.ok(second.ok && second.stale);
    assert.deepEqual(await second.revalidation, { status: 'unchanged' });
    assert.deepEqual(seen, [null, '"a"']);
  });

  describe('the offline copy', () => {
    // Multi-byte characters: a copy re-encoded from decoded text could differ from what was served.
    const feed = {
      ...SMALL_FEED_INPUT,
      products: SMALL_FEED_INPUT.products.map((p) => ({
        ...p,
        description: 'Kain tenun — “ikat” ✓',
      })),
    };
    const served = new TextEncoder().encode(JSON.stringify(feed));
    const recording = () => {
      const puts: { url: string; bytes?: Uint8Array[]; body: string }[] = [];
      const store = {
        get: async () => undefined,
        put: async (url: string, entry: { body: string; bytes?: Uint8Array[] }) =>
          void puts.push({ url, ...entry }),
        delete: async () => {},
      };
      return { puts, store };
    };
    // Served in two chunks, split inside a multi-byte character.
    const fetch = async () => {
      const cut = served.indexOf(0xe2) + 1;
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(served.slice(0, cut));
          controller.enqueue(served.slice(cut));
          controller.close();
        },
      });
      return new Response(stream, { headers: { 'content-type': 'application/json' } });
    };

    it('is written from the bytes received, after the result is out', async () => {
      const { puts, store } = recording();
      const result = await loadFeed('https://data.example/feed.json', { fetch, cache: store });
      assert.ok(result.ok);
      assert.equal(puts.length, 0, 'the result did not wait for storage');
      await result.offlineCopy;
      assert.equal(puts.length, 1);
      assert.ok(puts[0]!.bytes, 'the store gets the bytes');
      assert.deepEqual(Buffer.concat(puts[0]!.bytes!), Buffer.from(served));
      assert.equal(result.feed.products[0]!.description, 'Kain tenun — “ikat” ✓');
    });

    it('is skipped above maxCachedBytes', async () => {
      const over = recording();
      const big = await loadFeed('https://data.example/feed.json', {
        fetch,
        cache: over.store,
        maxCachedBytes: served.byteLength - 1,
      });
      assert.ok(big.ok);
      assert.equal(big.offlineCopy, undefined);
      await new Promise((resolve) => setTimeout(resolve, 20));
      assert.equal(over.puts.length, 0);

      const within = recording();
      const fits = await loadFeed('https://data.example/feed.json', {
        fetch,
        cache: within.store,
        maxCachedBytes: served.byteLength,
      });
      await (fits.ok && fits.offlineCopy);
      assert.equal(within.puts.length, 1);
    });
  });

  it('resolves includes relative to the including feed', async () => {
    const requested: string[] = [];
    const result = await loadFeed('https://prov.example/data/feed.json', {
      fetch: async (url) => {
        requested.push(String(url));
        return String(url).endsWith('feed.json')
          ? json({ ...SMALL_FEED_INPUT, includes: ['kota/palangkaraya.json'] })
          : json({ ...SMALL_FEED_INPUT, products: [], producers: [], outlets: [] });
      },
    });
    assert.ok(result.ok);
    assert.deepEqual(requested, [
      'https://prov.example/data/feed.json',
      'https://prov.example/data/kota/palangkaraya.json',
    ]);
  });

  it('limits parallel include downloads to 4', async () => {
    let running = 0;
    let most = 0;
    const children = Array.from({ length: 10 }, (_, i) => `child-${i}.json`);
    const result = await loadFeed('https://prov.example/root.json', {
      fetch: async (url) => {
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running--;
        return String(url).endsWith('root.json')
          ? json({ ...SMALL_FEED_INPUT, includes: children })
          : json({ ...SMALL_FEED_INPUT, products: [], producers: [], outlets: [] });
      },
    });
    assert.ok(result.ok);
    assert.equal(result.sources.length, 11);
    assert.equal(most, 4);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, ignores garbage', () => {
    assert.equal(parseRetryAfter('3'), 3000);
    assert.equal(
      parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')),
      10000,
    );
    assert.equal(parseRetryAfter('soon'), undefined);
    assert.equal(parseRetryAfter(null), undefined);
  });
});
