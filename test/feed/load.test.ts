import { expect, waitUntil } from '@open-wc/testing';
import { cacheApiStore, indexedDbStore, type FeedCache } from '../../src/feed/cache.js';
import type { FeedErrorCode } from '../../src/feed/errors.js';
import type { FetchProgress } from '../../src/feed/fetch.js';
import {
  loadFeed,
  type FeedLoadResult,
  type FeedLoadSuccess,
  type LoadFeedOptions,
} from '../../src/feed/load.js';

// The fault routes are served by test/server/fault-server.mjs (web-test-runner middleware).
import { feedUrl, newKey, preload, set, stats } from '../server/fault-client.js';

const caches_: string[] = [];
/** A cache of its own for each test, deleted afterwards. */
function isolatedCache(): FeedCache {
  const name = `etalase-test-${newKey()}`;
  caches_.push(name);
  return cacheApiStore(name);
}

const fast: LoadFeedOptions = { retryDelayMs: 5, timeoutMs: 3000, revalidateTimeoutMs: 1000 };
const load = (url: string | string[], options: LoadFeedOptions = {}) =>
  loadFeed(url, { cache: false, ...fast, ...options });

/** A first load, then the offline copy that it writes in the background (never awaited by loadFeed). */
async function loadAndStore(url: string, cache: FeedCache): Promise<FeedLoadResult> {
  const result = await load(url, { cache });
  // Stored under the absolute URL, as loadFeed resolves it.
  const stored = new URL(url, location.href).href;
  await waitUntil(async () => (await cache.get(stored)) !== undefined, 'offline copy written', {
    timeout: 5000,
  });
  return result;
}

function expectError(result: FeedLoadResult, code: FeedErrorCode) {
  if (result.ok) throw new Error(`expected error ${code}, got a feed`);
  expect(result.error.code).to.equal(code);
  expect(result.error.message.id).to.be.a('string').and.not.empty;
  expect(result.error.message.en).to.be.a('string').and.not.empty;
}

function expectFeed(result: FeedLoadResult): asserts result is FeedLoadSuccess {
  if (!result.ok)
    throw new Error(`expected a feed, got ${result.error.code}: ${result.error.message.en}`);
}

const productName = (result: FeedLoadSuccess) => result.feed.products[0]?.name;

describe('loadFeed', () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
  before(() => window.addEventListener('unhandledrejection', onUnhandled));
  after(async () => {
    window.removeEventListener('unhandledrejection', onUnhandled);
    await Promise.all(caches_.map((name) => caches.delete(name)));
  });
  afterEach(() => expect(unhandled, 'no uncaught error').to.deep.equal([]));

  describe('a healthy server', () => {
    it('loads, parses and reports progress', async () => {
      const progress: FetchProgress[] = [];
      const result = await load(feedUrl(newKey()), { onProgress: (p) => progress.push(p) });
      expectFeed(result);
      expect(productName(result)).to.equal('Amplang versi 1');
      expect(result.stale).to.be.false;
      expect(result.issues).to.be.an('array');
      expect(result.sources).to.have.length(1);
      expect(progress.length).to.be.greaterThan(0);
      expect(progress.at(-1)!.loaded).to.be.greaterThan(100);
      expect(await result.revalidation).to.deep.equal({ status: 'fresh' });
    });

    it('accepts JSON served as text/plain', async () => {
      expectFeed(await load('/__fault/type?type=text/plain'));
    });
  });

  describe('network-fault matrix, nothing cached', () => {
    it('offline: connection refused', async () => {
      expectError(await load('http://127.0.0.1:59999/feed.json', { retries: 1 }), 'offline');
    });

    it('offline: connection reset by the server', async () => {
      const key = newKey();
      await set(key, { mode: 'reset' });
      expectError(await load(feedUrl(key)), 'offline');
      // Chromium may retry a reset connection itself too, so at least our three attempts.
      expect((await stats(key)).hits, 'network errors are retried').to.be.at.least(3);
    });

    it('timeout: the server never answers', async () => {
      expectError(await load('/__fault/hang', { timeoutMs: 300, retries: 0 }), 'timeout');
    });

    it('timeout: a body that only trickles in', async () => {
      expectError(await load('/__fault/drip', { timeoutMs: 800, retries: 0 }), 'timeout');
    });

    it('404 is reported with its status and not retried', async () => {
      const key = newKey();
      await set(key, { mode: '404' });
      const result = await load(feedUrl(key));
      expectError(result, 'http');
      expect(!result.ok && result.error.status).to.equal(404);
      expect((await stats(key)).hits).to.equal(1);
    });

    it('429 with Retry-After: waits as asked, then succeeds', async () => {
      const key = newKey();
      const result = await load(`/__fault/flaky?key=${key}&fails=1&code=429&retryAfter=1`);
      expectFeed(result);
      expect((await stats(key)).hits).to.equal(2);
    });

    it('429 with a Retry-After longer than allowed: gives up instead of hammering', async () => {
      const key = newKey();
      const result = await load(`/__fault/flaky?key=${key}&fails=1&code=429&retryAfter=3600`);
      expectError(result, 'http');
      expect(!result.ok && result.error.status).to.equal(429);
      expect((await stats(key)).hits).to.equal(1);
    });

    it('500 then success: retried', async () => {
      const key = newKey();
      expectFeed(await load(`/__fault/flaky?key=${key}&fails=1&code=500`));
      expect((await stats(key)).hits).to.equal(2);
    });

    it('500 every time: gives up after the retries', async () => {
      const key = newKey();
      await set(key, { mode: '500' });
      const result = await load(feedUrl(key), { retries: 2 });
      expectError(result, 'http');
      expect((await stats(key)).hits).to.equal(3);
    });

    it('an HTML page served as 200', async () => {
      expectError(await load('/__fault/html'), 'not-json');
    });

    it('a wrong content type', async () => {
      expectError(await load('/__fault/type?type=image/png'), 'wrong-content-type');
    });

    it('a body cut off mid-download is an incomplete download, not "offline"', async () => {
      const key = newKey();
      await set(key, { mode: 'cut' });
      const result = await load(feedUrl(key), { retries: 0 });
      expectError(result, 'incomplete');
      expect(!result.ok && result.error.message.id).to.match(
        /terputus sebelum selesai \(\d+ KB dari \d+ KB/,
      );
      expect(!result.ok && result.error.message.en).to.contain('stopped before the end');
    });

    it('a cut-off body is retried, and the next complete one is used', async () => {
      const key = newKey();
      await set(key, { mode: 'cut', times: '1' });
      expectFeed(await load(feedUrl(key), { retries: 1 }));
      expect((await stats(key)).hits).to.equal(2);
    });

    it('reports each failed attempt, and whether another follows', async () => {
      const key = newKey();
      await set(key, { mode: '500' });
      const faults: [FeedErrorCode, boolean][] = [];
      await load(feedUrl(key), {
        retries: 2,
        onFault: (e, retrying) => faults.push([e.code, retrying]),
      });
      expect(faults).to.deep.equal([
        ['http', true],
        ['http', true],
        ['http', false],
      ]);
    });

    it('truncated JSON', async () => {
      expectError(await load('/__fault/truncated'), 'not-json');
    });

    it('malformed JSON', async () => {
      expectError(await load('/__fault/malformed'), 'not-json');
    });

    it('valid JSON of the wrong shape, with the parse issues', async () => {
      const result = await load('/__fault/shape');
      expectError(result, 'invalid-feed');
      expect(!result.ok && result.issues.length).to.be.greaterThan(0);
    });

    it('an empty object', async () => {
      expectError(await load('/__fault/empty'), 'invalid-feed');
    });

    it('a 25 MB body announced by Content-Length', async () => {
      expectError(await load('/__fault/huge?mb=25'), 'too-large');
    });

    it('a 25 MB body without Content-Length: stopped while streaming', async () => {
      let loaded = 0;
      const result = await load('/__fault/huge?mb=25&length=0', {
        onProgress: (p) => (loaded = p.loaded),
      });
      expectError(result, 'too-large');
      expect(loaded).to.be.at.most(20 * 1024 * 1024);
    });

    it('cancelled by the caller', async () => {
      const controller = new AbortController();
      const pending = load('/__fault/hang', { signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      expectError(await pending, 'aborted');
    });

    it('an unsafe URL is refused without a request', async () => {
      expectError(await load('javascript:alert(1)'), 'invalid-url');
    });
  });

  describe('a hung <link rel="preload"> of the feed (the page never cancels it)', () => {
    const untilHits = async (key: string, hits: number) => {
      for (let i = 0; i < 50 && (await stats(key)).hits < hits; i++)
        await new Promise((resolve) => setTimeout(resolve, 20));
    };

    it('an automatic retry reaches the server', async () => {
      const key = newKey();
      await set(key, { mode: 'hang', times: '1' });
      preload(feedUrl(key));
      await untilHits(key, 1);
      // The first attempt may join the hung preload; the second must be a request of its own.
      const result = await load(feedUrl(key), { timeoutMs: 800, retries: 1 });
      expectFeed(result);
      expect((await stats(key)).hits).to.equal(2);
    });

    it('a fresh load (the Retry button) reaches the server at once', async () => {
      const key = newKey();
      await set(key, { mode: 'hang', times: '1' });
      preload(feedUrl(key));
      await untilHits(key, 1);
      const started = performance.now();
      expectFeed(await load(feedUrl(key), { fresh: true, timeoutMs: 3000, retries: 0 }));
      expect(performance.now() - started).to.be.below(2000);
    });
  });

  describe('with a cached copy', () => {
    const faults = ['500', '404', 'html', 'reset', 'hang', 'malformed'] as const;
    const codes: Record<(typeof faults)[number], FeedErrorCode> = {
      '500': 'http',
      '404': 'http',
      html: 'not-json',
      reset: 'offline',
      hang: 'timeout',
      malformed: 'not-json',
    };
    for (const fault of faults) {
      it(`returns the last good feed, marked stale, when the server then fails (${fault})`, async () => {
        const key = newKey();
        const cache = isolatedCache();
        expectFeed(await loadAndStore(feedUrl(key), cache));
        await set(key, { mode: fault, v: '2' });

        const result = await load(feedUrl(key), { cache, revalidateTimeoutMs: 300, retries: 0 });
        expectFeed(result);
        expect(result.stale).to.be.true;
        expect(productName(result)).to.equal('Amplang versi 1');
        expect(Date.parse(result.fetchedAt)).to.be.at.most(Date.now());
        const outcome = await result.revalidation;
        expect(outcome.status).to.equal('failed');
        expect(outcome.status === 'failed' && outcome.errors[0]?.code).to.equal(codes[fault]);

        // The broken answer did not replace the good copy.
        const again = await load(feedUrl(key), { cache, revalidateTimeoutMs: 300, retries: 0 });
        expectFeed(again);
        expect(productName(again)).to.equal('Amplang versi 1');
        await again.revalidation;
      });
    }

    it('offline with a cache: data plus a stale notice', async () => {
      const cache = isolatedCache();
      const url = 'http://127.0.0.1:59999/feed.json';
      await cache.put(url, {
        body: JSON.stringify(await (await fetch(feedUrl(newKey()))).json()),
        fetchedAt: '2026-11-01T00:00:00.000Z',
      });
      const result = await load(url, { cache, retries: 0 });
      expectFeed(result);
      expect(result.stale).to.be.true;
      expect(result.fetchedAt).to.equal('2026-11-01T00:00:00.000Z');
      const outcome = await result.revalidation;
      expect(outcome.status === 'failed' && outcome.errors[0]?.code).to.equal('offline');
    });

    it('revalidates with a conditional request: unchanged', async () => {
      const key = newKey();
      const cache = isolatedCache();
      await loadAndStore(feedUrl(key), cache);
      let updates = 0;
      const result = await load(feedUrl(key), { cache, onUpdate: () => updates++ });
      expectFeed(result);
      expect(result.stale).to.be.true;
      expect(await result.revalidation).to.deep.equal({ status: 'unchanged' });
      expect(updates).to.equal(0);
      expect(await stats(key)).to.include({ conditional: 1, notModified: 1 });
    });

    it('revalidates with a conditional request: changed, delivered through onUpdate', async () => {
      const key = newKey();
      const cache = isolatedCache();
      await loadAndStore(feedUrl(key), cache);
      await set(key, { v: '2' });
      const updates: FeedLoadSuccess[] = [];
      const result = await load(feedUrl(key), { cache, onUpdate: (r) => updates.push(r) });
      expectFeed(result);
      expect(productName(result)).to.equal('Amplang versi 1');
      const outcome = await result.revalidation;
      expect(outcome.status).to.equal('updated');
      expect(updates).to.have.length(1);
      expect(productName(updates[0]!)).to.equal('Amplang versi 2');
      expect(updates[0]!.stale).to.be.false;
      // The new version is now the cached one.
      const next = await load(feedUrl(key), { cache });
      expectFeed(next);
      expect(productName(next)).to.equal('Amplang versi 2');
      await next.revalidation;
    });

    it('falls back to IndexedDB storage', async () => {
      const key = newKey();
      const cache = indexedDbStore(`etalase-test-${key}`);
      expectFeed(await loadAndStore(feedUrl(key), cache));
      await set(key, { mode: '500' });
      const result = await load(feedUrl(key), { cache, retries: 0 });
      expectFeed(result);
      expect(result.stale).to.be.true;
      await result.revalidation;
      indexedDB.deleteDatabase(`etalase-test-${key}`);
    });
  });

  describe('includes and several feeds', () => {
    it('loads includes to depth 3, reporting a cycle, a missing child and one too deep without failing', async () => {
      const result = await load('/__fault/tree/root.json');
      expectFeed(result);
      expect(result.feed.products.map((p) => p.id).sort()).to.deep.equal([
        'produk-a',
        'produk-deep1',
        'produk-deep2',
        'produk-root',
      ]);
      const errors = result.errors.map((e) => [e.code, new URL(e.url).pathname]);
      expect(errors).to.have.deep.members([
        ['http', '/__fault/tree/b.json'],
        ['include-cycle', '/__fault/tree/root.json'],
        ['include-too-deep', '/__fault/tree/deep3.json'],
      ]);
      expect(result.sources.map((s) => new URL(s.url).pathname)).to.include('/__fault/tree/a.json');
      expect(result.provenance.products['produk-a']).to.match(/\/tree\/a\.json$/);
    });

    it('merges several URLs; one failing is reported, not fatal', async () => {
      const result = await load([
        feedUrl(newKey()),
        '/__fault/status?code=404',
        '/__fault/tree/deep3.json',
      ]);
      expectFeed(result);
      expect(result.feed.products.map((p) => p.id).sort()).to.deep.equal([
        'produk',
        'produk-deep3',
      ]);
      expect(result.errors.map((e) => e.code)).to.deep.equal(['http']);
    });

    it('fails when every URL fails', async () => {
      const result = await load('/__fault/status?code=404 /__fault/empty');
      expectError(result, 'http');
      expect(!result.ok && result.errors.map((e) => e.code)).to.deep.equal([
        'http',
        'invalid-feed',
      ]);
    });
  });
});
