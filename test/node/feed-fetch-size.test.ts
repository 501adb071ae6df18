import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fetchFeedText } from '../../src/feed/fetch.js';

const URL_ = 'https://data.example/feed.json';
const LIMIT = 64 * 1024;

/** A JSON response streamed in 16 KB chunks, without Content-Length (as a chunked or compressed body). */
function streamed(bytes: number): typeof fetch {
  return async () => {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= bytes) return controller.close();
        const size = Math.min(16 * 1024, bytes - sent);
        sent += size;
        controller.enqueue(new Uint8Array(size).fill(0x20));
      },
    });
    return new Response(body, { headers: { 'content-type': 'application/json' } });
  };
}

// Counts the bytes decoded, to prove a refused body is never decoded.
const decode = TextDecoder.prototype.decode;
let decodedBytes = 0;
TextDecoder.prototype.decode = function (
  input?: AllowSharedBufferSource,
  options?: TextDecodeOptions,
) {
  decodedBytes += input?.byteLength ?? 0;
  return decode.call(this, input, options);
};
afterEach(() => (decodedBytes = 0));

describe('feed download: the size limit', () => {
  it('refuses a body over the limit with an error naming the fix, without decoding any of it', async () => {
    const result = await fetchFeedText(URL_, {
      fetch: streamed(LIMIT * 3),
      timeoutMs: 5000,
      retries: 0,
      maxBytes: LIMIT,
    });
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.error.code, 'too-large');
    assert.match(!result.ok ? result.error.message.en : '', /Split the feed into several files/);
    assert.equal(decodedBytes, 0);
  });

  it('decodes a body within the limit exactly once', async () => {
    const result = await fetchFeedText(URL_, {
      fetch: streamed(LIMIT - 1),
      timeoutMs: 5000,
      retries: 0,
      maxBytes: LIMIT,
    });
    assert.equal(result.ok && !result.notModified && result.body.length, LIMIT - 1);
    assert.equal(decodedBytes, LIMIT - 1);
  });
});
