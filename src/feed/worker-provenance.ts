/**
 * A load's provenance (which feed each record came from) as the feed worker sends it: a record's source
 * is a small number beside its position in the feed, not a 10,000-key object to clone. Cloning that
 * object cost the page tens of milliseconds in one message, and its copied strings 0.16 KB per product;
 * the page rebuilds the object on first use only (a product's detail names its publisher).
 */
import type { Feed } from '../model/types.js';
import type { FeedLoadSuccess } from './load.js';

type Provenance = FeedLoadSuccess['provenance'];
const ALIGNED = ['producers', 'products', 'outlets'] as const;
type AlignedList = (typeof ALIGNED)[number];
const NONE = 0xffff;

export interface PackedProvenance {
  /** The sources' URLs. */
  urls: string[];
  /** Per record of the feed's list, in order: its source's position in `urls` (`0xffff`: none). */
  aligned: Record<AlignedList, Uint16Array>;
  /** The other lists (categories, regions: a few entries) as they are. */
  rest: Omit<Provenance, AlignedList>;
}

/** Packs `provenance` along `feed`'s lists (in the worker). */
export function packProvenance(provenance: Provenance, feed: Feed): PackedProvenance {
  const urls: string[] = [];
  const aligned = {} as Record<AlignedList, Uint16Array>;
  for (const list of ALIGNED) {
    const records = feed[list];
    const sources = (aligned[list] = new Uint16Array(records.length).fill(NONE));
    records.forEach((record, i) => {
      const url = provenance[list][record.id];
      if (url === undefined) return;
      let at = urls.indexOf(url);
      if (at === -1) at = urls.push(url) - 1;
      if (at < NONE) sources[i] = at;
    });
  }
  const { producers: _, products: __, outlets: ___, ...rest } = provenance;
  return { urls, aligned, rest };
}

/** The provenance of `feed` again (on the page): each aligned list is built when first read. */
export function unpackProvenance(packed: PackedProvenance, feed: Feed): Provenance {
  const provenance = { ...packed.rest } as Provenance;
  for (const list of ALIGNED) {
    let built: Record<string, string> | undefined;
    const build = () => {
      // No prototype: looking up an id such as `toString` finds only what was loaded.
      const byId: Record<string, string> = Object.create(null);
      const sources = packed.aligned[list];
      feed[list].forEach((record, i) => {
        if (sources[i] !== NONE) byId[record.id] = packed.urls[sources[i]!]!;
      });
      return byId;
    };
    Object.defineProperty(provenance, list, {
      enumerable: true,
      configurable: true,
      get: () => (built ??= build()),
    });
  }
  return provenance;
}
