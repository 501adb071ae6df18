/** The shared one-shot fetch of the feed, the CLI's URL input and the map's publisher base map. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fetchLimited } from '../../src/feed/fetch-limited.js';

const URL_ = 'https://data.example/basemap.json';
const LIMIT = 64 * 1024;

/** A body streamed in 16 KB chunks without Content-Length; counts the chunks the reader pulled. */
function streamed(bytes: number, pulled = { chunks: 0 }): typeof fetch {
  return async () => {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= bytes) return controller.close();
        const size = Math.min(16 * 1024, bytes - sent);
        sent += size;
        pulled.chunks++;
        controller.enqueue(new Uint8Array(size).fill(0x20));
      },
    });
    return new Response(body);
  };
}

/**
 * A server that never answers, but gives up when the request is aborted. The interval stands for the
 * open socket of a real request: Node's `AbortSignal.timeout` alone does not keep the process alive.
 */
const hanging: typeof fetch = (_url, init) =>
  new Promise((_resolve, reject) => {
    const socket = setInterval(() => {}, 1000);
    init?.signal?.addEventListener(
      'abort',
      () => {
        clearInterval(socket);
        reject(init.signal!.reason);
      },
      { once: true },
    );
  });

const errorOf = async (url: string, options: Parameters<typeof fetchLimited>[1]) => {
  const result = await fetchLimited(url, options);
  assert.equal(result.ok, false);
  return !result.ok ? result : assert.fail();
};

describe('fetchLimited', () => {
  it('returns the text of a body within the limit', async () => {
    const result = await fetchLimited(URL_, {
      fetch: async () => new Response('{"type":"FeatureCollection","features":[]}'),
      timeoutMs: 5000,
      maxBytes: LIMIT,
    });
    assert.deepEqual(result, { ok: true, text: '{"type":"FeatureCollection","features":[]}' });
  });

  it('stops reading a streamed body as soon as it passes the limit', async () => {
    const pulled = { chunks: 0 };
    const { error } = await errorOf(URL_, {
      fetch: streamed(LIMIT * 10, pulled),
      timeoutMs: 5000,
      maxBytes: LIMIT,
    });
    assert.equal(error.code, 'too-large');
    assert.match(error.message.id, /lebih besar dari/);
    assert.ok(pulled.chunks <= 6, `read ${pulled.chunks} chunks of 40`);
  });

  it('refuses a declared Content-Length over the limit without reading the body', async () => {
    const pulled = { chunks: 0 };
    const big = streamed(LIMIT * 2, pulled);
    const { error } = await errorOf(URL_, {
      fetch: async (...args) => {
        const response = await big(...args);
        return new Response(response.body, { headers: { 'content-length': String(LIMIT * 2) } });
      },
      timeoutMs: 5000,
      maxBytes: LIMIT,
    });
    assert.equal(error.code, 'too-large');
    assert.ok(pulled.chunks <= 1, `read ${pulled.chunks} chunks`);
  });

  it('times out a server that does not answer, with a bilingual message', async () => {
    const started = Date.now();
    const { error } = await errorOf(URL_, { fetch: hanging, timeoutMs: 100, maxBytes: LIMIT });
    assert.equal(error.code, 'timeout');
    assert.match(error.message.en, /took too long/);
    assert.match(error.message.id, /terlalu lama/);
    assert.ok(Date.now() - started < 4000);
  });

  it("tells the caller's cancel apart from a timeout", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const { error } = await errorOf(URL_, {
      fetch: hanging,
      timeoutMs: 10_000,
      maxBytes: LIMIT,
      signal: controller.signal,
    });
    assert.equal(error.code, 'aborted');
  });

  it('reports an HTTP error with its status, and a network failure with its cause', async () => {
    const http = await errorOf(URL_, {
      fetch: async () => new Response('gone', { status: 404 }),
      timeoutMs: 5000,
      maxBytes: LIMIT,
    });
    assert.equal(http.error.code, 'http');
    assert.equal(http.error.status, 404);
    assert.match(http.error.message.en, /not found/);
    const refused = new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') });
    const offline = await errorOf(URL_, {
      fetch: async () => Promise.reject(refused),
      timeoutMs: 5000,
      maxBytes: LIMIT,
    });
    assert.equal(offline.error.code, 'offline');
    assert.equal(offline.cause, refused);
  });

  it('passes the request options through (headers, credentials)', async () => {
    let seen: RequestInit | undefined;
    await fetchLimited(URL_, {
      fetch: async (_url, init) => ((seen = init), new Response('{}')),
      timeoutMs: 5000,
      maxBytes: LIMIT,
      init: { credentials: 'same-origin', headers: { accept: 'application/json' } },
    });
    assert.equal(seen?.credentials, 'same-origin');
    assert.deepEqual(seen?.headers, { accept: 'application/json' });
    assert.ok(seen?.signal instanceof AbortSignal);
  });
});
