/**
 * The one small fetch of a whole file, shared by the feed's downloader (`fetch.ts`), the CLI's URL
 * input and the map's publisher base map: a timeout by `AbortSignal` over request and body, a size
 * limit checked before any byte is decoded, and failures as `FeedError` values (stable code, message
 * in Indonesian and English). Retries, progress and caching stay with the feed's downloader.
 */
import { feedError, type FeedError } from './errors.js';

/** The body went over the size limit; the rest of it was not read. */
export class TooLarge extends Error {}

/**
 * The body of `response` as UTF-8 text. The stream is cancelled as soon as it passes `maxBytes`
 * (`TooLarge`), and bytes are decoded only once the whole body is in and within the limit: a body that
 * will be refused costs no decoding. `onChunk` hears the bytes received so far.
 */
export async function readLimitedText(
  response: Response,
  maxBytes: number,
  onChunk?: (loaded: number) => void,
): Promise<string> {
  return decodeChunks(await readLimitedBytes(response, maxBytes, onChunk));
}

/** The body of `response` as the chunks of bytes received, within `maxBytes` (see `readLimitedText`). */
export async function readLimitedBytes(
  response: Response,
  maxBytes: number,
  onChunk?: (loaded: number, chunk: Uint8Array) => void,
): Promise<Uint8Array[]> {
  if (!response.body) {
    const bytes = await response.arrayBuffer();
    if (bytes.byteLength > maxBytes) throw new TooLarge();
    return [new Uint8Array(bytes)];
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    if (loaded > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new TooLarge();
    }
    chunks.push(value);
    onChunk?.(loaded, value);
  }
  return chunks;
}

/** UTF-8 chunks → text (a character split between chunks decodes whole). */
export function decodeChunks(chunks: Uint8Array[]): string {
  const decoder = chunkDecoder();
  for (const chunk of chunks) decoder.add(chunk);
  return decoder.text();
}

/**
 * Decodes UTF-8 chunk by chunk as they are handed in (`add`), so the decoding is spread over the
 * download instead of one long task at its end; `text` decodes what is left and joins it all.
 */
export function chunkDecoder(): { add(chunk: Uint8Array): void; text(): string } {
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  return {
    add: (chunk) => void parts.push(decoder.decode(chunk, { stream: true })),
    text: () => (parts.push(decoder.decode()), parts.join('')),
  };
}

export interface FetchLimitedOptions {
  timeoutMs: number;
  maxBytes: number;
  /** The caller's cancel; its abort becomes an `aborted` error. */
  signal?: AbortSignal | undefined;
  /** Request options besides the signal (headers, credentials). */
  init?: Omit<RequestInit, 'signal'>;
  fetch?: typeof fetch;
}

export type FetchLimitedResult =
  | { ok: true; text: string }
  /** `cause`: what the network layer threw, for an `offline` error (a CLI prints its reason). */
  | { ok: false; error: FeedError; cause?: unknown };

/** Fetches `url` once and reads its text within the limits. Never throws. */
export async function fetchLimited(
  url: string,
  options: FetchLimitedOptions,
): Promise<FetchLimitedResult> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const fail = (cause?: unknown): FetchLimitedResult => {
    if (options.signal?.aborted) return { ok: false, error: feedError('aborted', url) };
    if (timeout.aborted) return { ok: false, error: feedError('timeout', url) };
    return { ok: false, error: feedError('offline', url), cause };
  };
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, { ...options.init, signal });
  } catch (cause) {
    return fail(cause);
  }
  const tooLarge = () => ({
    ok: false as const,
    error: feedError('too-large', url, { limit: options.maxBytes }),
  });
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    return { ok: false, error: feedError('http', url, { status: response.status }) };
  }
  if (Number(response.headers.get('content-length')) > options.maxBytes) {
    await response.body?.cancel().catch(() => {});
    return tooLarge();
  }
  try {
    return { ok: true, text: await readLimitedText(response, options.maxBytes) };
  } catch (cause) {
    return cause instanceof TooLarge ? tooLarge() : fail(cause);
  }
}
