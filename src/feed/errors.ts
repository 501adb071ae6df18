/**
 * Load errors are values, never exceptions: a stable code for programs and a message in Indonesian
 * and English for people, with the URL it concerns.
 */
import type { Bilingual } from '../model/vocabulary.js';

export const FEED_ERROR_CODES = [
  'offline',
  'timeout',
  'incomplete',
  'aborted',
  'http',
  'not-json',
  'wrong-content-type',
  'too-large',
  'invalid-feed',
  'include-cycle',
  'include-too-deep',
  'invalid-url',
  'unexpected',
] as const;
export type FeedErrorCode = (typeof FEED_ERROR_CODES)[number];

export interface FeedError {
  code: FeedErrorCode;
  message: Bilingual;
  /** The URL that failed (for an include, the child feed's URL). */
  url: string;
  /** HTTP status, for `http`. */
  status?: number;
  /** How long the server asked to wait (`Retry-After` of a 429 or 503), in ms. */
  retryAfterMs?: number;
}

interface Details {
  status?: number;
  retryAfterMs?: number | undefined;
  /** Bytes received and expected, for `incomplete`. */
  loaded?: number;
  total?: number;
  limit?: number;
  contentType?: string;
  depth?: number;
}

const mb = (bytes: number | undefined) => `${Math.round((bytes ?? 0) / 1024 / 1024)} MB`;
const kb = (bytes: number | undefined) => `${Math.ceil((bytes ?? 0) / 1024)} KB`;
const received = (d: Details, of: string) =>
  d.total === undefined ? kb(d.loaded) : `${kb(d.loaded)} ${of} ${kb(d.total)}`;

const MESSAGES: Record<FeedErrorCode, (d: Details) => Bilingual> = {
  offline: () => ({
    id: 'Tidak dapat terhubung ke server data. Periksa koneksi internet Anda, lalu coba lagi.',
    en: 'Could not reach the data server. Check your internet connection and try again.',
  }),
  timeout: () => ({
    id: 'Server data terlalu lama menjawab. Coba lagi sebentar lagi.',
    en: 'The data server took too long to answer. Please try again shortly.',
  }),
  incomplete: (d) => ({
    id: `Unduhan data terputus sebelum selesai (${received(d, 'dari')} diterima). Koneksi tidak stabil; coba lagi.`,
    en: `The download stopped before the end (${received(d, 'of')} received). The connection is unstable; try again.`,
  }),
  aborted: () => ({ id: 'Pemuatan data dibatalkan.', en: 'Loading the data was cancelled.' }),
  http: (d) => ({
    id:
      d.status === 404
        ? 'Berkas data tidak ditemukan di server (404). Periksa alamat feed.'
        : d.status === 429
          ? 'Server data sedang sibuk (429). Coba lagi sebentar lagi.'
          : `Server data menjawab dengan galat ${d.status}.`,
    en:
      d.status === 404
        ? 'The data file was not found on the server (404). Check the feed address.'
        : d.status === 429
          ? 'The data server is busy (429). Please try again shortly.'
          : `The data server answered with error ${d.status}.`,
  }),
  'not-json': () => ({
    id: 'Server mengirim sesuatu yang bukan JSON (mungkin halaman web atau berkas yang terpotong). Periksa alamat feed.',
    en: 'The server sent something that is not JSON (perhaps a web page or a cut-off file). Check the feed address.',
  }),
  'wrong-content-type': (d) => ({
    id: `Server mengirim jenis berkas "${d.contentType}", bukan JSON. Periksa alamat feed.`,
    en: `The server sent a "${d.contentType}" file, not JSON. Check the feed address.`,
  }),
  'too-large': (d) => ({
    id: `Berkas data lebih besar dari ${mb(d.limit)} dan tidak dimuat. Bagi feed menjadi beberapa berkas (lihat "includes").`,
    en: `The data file is larger than ${mb(d.limit)} and was not loaded. Split the feed into several files (see "includes").`,
  }),
  'invalid-feed': () => ({
    id: 'Berkas JSON ini bukan feed Etalase yang sah. Periksa dengan `npx etalase validate`.',
    en: 'This JSON file is not a valid Etalase feed. Check it with `npx etalase validate`.',
  }),
  'include-cycle': () => ({
    id: 'Feed ini menyertakan dirinya sendiri (melalui "includes"); dilewati.',
    en: 'This feed includes itself (through "includes"); skipped.',
  }),
  'include-too-deep': (d) => ({
    id: `Feed ini berada lebih dari ${d.depth} tingkat "includes" di bawah feed utama; dilewati.`,
    en: `This feed is more than ${d.depth} levels of "includes" below the main feed; skipped.`,
  }),
  unexpected: () => ({
    id: 'Terjadi kesalahan tak terduga saat memuat data. Muat ulang halaman untuk mencoba lagi.',
    en: 'Something unexpected went wrong while loading the data. Reload the page to try again.',
  }),
  'invalid-url': () => ({
    id: 'Alamat feed tidak sah. Gunakan alamat https: atau alamat relatif.',
    en: 'The feed address is not valid. Use an https: or a relative address.',
  }),
};

export function feedError(code: FeedErrorCode, url: string, details: Details = {}): FeedError {
  const error: FeedError = { code, message: MESSAGES[code](details), url };
  if (details.status !== undefined) error.status = details.status;
  if (details.retryAfterMs !== undefined) error.retryAfterMs = details.retryAfterMs;
  return error;
}
