/// <reference types="node" />
/**
 * Reading a feed for the CLI: a file path, `-` for standard input, or an http(s) URL (fetched with a
 * timeout and a size limit by the feed's shared `fetchLimited`). Unreadable input and invalid JSON
 * become `InputError`, which the commands turn into exit 2, with the line and column of a JSON syntax
 * error.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fetchLimited } from '../feed/fetch-limited.js';
import type { Bilingual } from '../model/vocabulary.js';

export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly messages: Bilingual,
    options?: { cause?: unknown },
  ) {
    super(messages.en, options);
  }
}

export const FETCH_TIMEOUT_MS = 30_000;
/** A feed over this size is refused before it is decoded (as the feed runtime's default `maxBytes`). */
export const FETCH_MAX_BYTES = 20 * 1024 * 1024;

const isUrl = (source: string) => /^https?:\/\//i.test(source);

/** Reads the text of a feed from a file, stdin (`-`) or a URL. */
export async function readSource(source: string, timeoutMs = FETCH_TIMEOUT_MS): Promise<string> {
  if (isUrl(source)) return fetchText(source, timeoutMs);
  try {
    if (source === '-') return await readStdin();
    return await readFile(source, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new InputError(
        { id: `Berkas tidak ditemukan: ${source}`, en: `File not found: ${source}` },
        { cause: error },
      );
    }
    if (code === 'EISDIR') {
      throw new InputError(
        {
          id: `Ini folder, bukan berkas: ${source}`,
          en: `This is a folder, not a file: ${source}`,
        },
        { cause: error },
      );
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(
      { id: `Berkas tidak dapat dibaca: ${reason}`, en: `Cannot read the file: ${reason}` },
      { cause: error },
    );
  }
}

/** A shard set's folder stands for its `index.json`; any other source is itself. */
export async function shardFolderIndex(source: string): Promise<string> {
  if (isUrl(source) || source === '-') return source;
  const info = await stat(source).catch(() => undefined);
  return info?.isDirectory() ? join(source, 'index.json') : source;
}

/** Reads a file of the shard set whose `index.json` is `indexSource` (a path or a URL) by its path in the set. */
export const shardFileReader =
  (indexSource: string, timeoutMs = FETCH_TIMEOUT_MS) =>
  (file: string): Promise<string> =>
    isUrl(indexSource)
      ? readSource(new URL(file, indexSource).href, timeoutMs)
      : readFile(join(dirname(indexSource), file), 'utf8');

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function fetchText(url: string, timeoutMs: number): Promise<string> {
  const result = await fetchLimited(url, {
    timeoutMs,
    maxBytes: FETCH_MAX_BYTES,
    init: { headers: { accept: 'application/json' } },
  });
  if (result.ok) return result.text;
  const { error, cause } = result;
  if (error.code === 'timeout') {
    const seconds = Math.round(timeoutMs / 1000);
    throw new InputError({
      id: `Waktu habis (${seconds} detik) saat mengambil ${url}`,
      en: `Timed out after ${seconds} s fetching ${url}`,
    });
  }
  if (error.code === 'http') {
    throw new InputError({
      id: `Server menjawab ${error.status} untuk ${url}`,
      en: `The server answered ${error.status} for ${url}`,
    });
  }
  if (error.code === 'offline') {
    const reason =
      cause instanceof Error
        ? ((cause.cause as Error | undefined)?.message ?? cause.message)
        : String(cause);
    throw new InputError(
      { id: `Tidak dapat mengambil ${url}: ${reason}`, en: `Cannot fetch ${url}: ${reason}` },
      { cause },
    );
  }
  throw new InputError(error.message);
}

/** Line and column (1-based) of a character offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The character offset a `JSON.parse` SyntaxError points at, if its message says. */
export function jsonErrorOffset(error: SyntaxError, text: string): number | undefined {
  const position = /\bposition (\d+)/.exec(error.message);
  if (position) return Number(position[1]);
  const lineColumn = /\bline (\d+) column (\d+)/.exec(error.message);
  if (lineColumn) {
    const [line, column] = [Number(lineColumn[1]), Number(lineColumn[2])];
    let offset = 0;
    for (let l = 1; l < line; l++) offset = text.indexOf('\n', offset) + 1;
    return offset + column - 1;
  }
  // "Unexpected end of JSON input" has no position: the problem is at the end.
  if (/end of (JSON )?input/i.test(error.message)) return text.length;
  return undefined;
}

/** Parses JSON text; a syntax error becomes an `InputError` naming line and column. A BOM is ignored. */
export function parseJsonText(text: string, source: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const offset = jsonErrorOffset(error, body);
    // V8's message names the token and position; keep its first part, which is the useful one.
    const reason = error.message
      .replace(/,? (in JSON )?at position \d+.*$/s, '')
      .replace(/ \(line \d+ column \d+\)$/, '');
    if (offset === undefined) {
      throw new InputError({
        id: `JSON tidak sah di ${source}: ${reason}`,
        en: `Invalid JSON in ${source}: ${reason}`,
      });
    }
    const { line, column } = lineAndColumn(body, offset);
    throw new InputError({
      id: `JSON tidak sah di ${source}, baris ${line} kolom ${column}: ${reason}. Periksa koma, tanda kutip dan kurung di sekitarnya.`,
      en: `Invalid JSON in ${source} at line ${line}, column ${column}: ${reason}. Check the commas, quotes and brackets around it.`,
    });
  }
}
