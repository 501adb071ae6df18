/**
 * The last good copy of each feed URL, so a visitor on a bad connection still sees products. Stored in
 * the Cache API, or IndexedDB where the Cache API is missing (plain-http sites are not a secure
 * context); never localStorage (small, synchronous, blocks the page).
 */

export interface CachedFeed {
  /** The feed's JSON text as received. */
  body: string;
  /**
   * The same body as the bytes received, when the loader still has them: a store writes these
   * instead of encoding `body` again (12 MB of text costs hundreds of ms to encode).
   */
  bytes?: Uint8Array[];
  /** When it was fetched (ISO 8601). */
  fetchedAt: string;
  etag?: string;
  lastModified?: string;
}

export interface FeedCache {
  get(url: string): Promise<CachedFeed | undefined>;
  put(url: string, entry: CachedFeed): Promise<void>;
  delete(url: string): Promise<void>;
}

export const DEFAULT_CACHE_NAME = 'etalase-feed-v1';

const META = {
  fetchedAt: 'x-etalase-fetched-at',
  etag: 'x-etalase-etag',
  lastModified: 'x-etalase-last-modified',
};

/** Cache API store; every call fails soft (a storage error must not break loading). */
export function cacheApiStore(name = DEFAULT_CACHE_NAME): FeedCache {
  const open = () => caches.open(name);
  return {
    async get(url) {
      try {
        const response = await (await open()).match(url);
        if (!response) return undefined;
        const entry: CachedFeed = {
          body: await response.text(),
          fetchedAt: response.headers.get(META.fetchedAt) ?? new Date(0).toISOString(),
        };
        const etag = response.headers.get(META.etag);
        const lastModified = response.headers.get(META.lastModified);
        if (etag) entry.etag = etag;
        if (lastModified) entry.lastModified = lastModified;
        return entry;
      } catch {
        return undefined;
      }
    },
    async put(url, entry) {
      try {
        const headers = new Headers({
          'content-type': 'application/json',
          [META.fetchedAt]: entry.fetchedAt,
        });
        if (entry.etag) headers.set(META.etag, entry.etag);
        if (entry.lastModified) headers.set(META.lastModified, entry.lastModified);
        const body = entry.bytes ? new Blob(entry.bytes as BlobPart[]) : entry.body;
        await (await open()).put(url, new Response(body, { headers }));
      } catch {
        // Quota exceeded or storage disabled: carry on without a copy.
      }
    },
    async delete(url) {
      try {
        await (await open()).delete(url);
      } catch {
        // Nothing to do.
      }
    },
  };
}

const STORE = 'feeds';

/** IndexedDB store (one object store keyed by URL); every call fails soft. */
export function indexedDbStore(name = DEFAULT_CACHE_NAME): FeedCache {
  let db: Promise<IDBDatabase> | undefined;
  const open = () =>
    (db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    }));
  const run = async <T>(
    mode: IDBTransactionMode,
    action: (store: IDBObjectStore) => IDBRequest,
  ): Promise<T | undefined> => {
    try {
      const database = await open();
      return await new Promise<T>((resolve, reject) => {
        const request = action(database.transaction(STORE, mode).objectStore(STORE));
        request.onsuccess = () => resolve(request.result as T);
        request.onerror = () => reject(request.error);
      });
    } catch {
      return undefined;
    }
  };
  return {
    async get(url) {
      const entry = await run<CachedFeed>('readonly', (store) => store.get(url));
      return entry && typeof entry.body === 'string' ? entry : undefined;
    },
    async put(url, { bytes: _, ...entry }) {
      await run('readwrite', (store) => store.put(entry, url));
    },
    async delete(url) {
      await run('readwrite', (store) => store.delete(url));
    },
  };
}

/** A store that keeps nothing (no storage API available, or caching turned off). */
export const noCache: FeedCache = {
  get: async () => undefined,
  put: async () => {},
  delete: async () => {},
};

/** The Cache API when the page may use it, else IndexedDB, else nothing. */
export function defaultFeedCache(name = DEFAULT_CACHE_NAME): FeedCache {
  if (typeof caches !== 'undefined') return cacheApiStore(name);
  if (typeof indexedDB !== 'undefined') return indexedDbStore(name);
  return noCache;
}
