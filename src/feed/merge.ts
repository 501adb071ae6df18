/**
 * Several publishers' feeds as one (a province and its cities): records de-duplicated by id — and
 * producers also by NIB, the national business number — the most recently updated copy kept, where
 * each record came from remembered, and every disagreement reported.
 */
import type { Feed, Publisher } from '../model/types.js';

export interface FeedSource {
  /** Where the feed came from (used as provenance). */
  url: string;
  feed: Feed;
}

export type MergedList = 'producers' | 'products' | 'outlets' | 'categories' | 'regions';

/** Two sources had different records for the same id (or producers with the same NIB). */
export interface MergeConflict {
  list: MergedList;
  /** The id (region: code) that was kept. */
  id: string;
  /** For a NIB match: the id of the producer that was dropped. */
  droppedId?: string;
  reason: 'same-id' | 'same-nib';
  /** URL of the copy that was kept, then of the copy that was dropped. */
  kept: string;
  dropped: string;
}

/** One merged feed's publisher and date, for credits ("Data: Kota Samarinda, 1 November 2026"). */
export interface FeedCredit {
  url: string;
  publisher: Publisher;
  updatedAt: string;
  license?: string;
}

export interface MergeResult {
  feed: Feed;
  /** Every source's publisher, in source order (one per URL). */
  credits: FeedCredit[];
  /** List → record id → URL of the source the kept record came from. */
  provenance: Record<MergedList, Record<string, string>>;
  conflicts: MergeConflict[];
}

type AnyRecord = { updatedAt?: string | undefined };

const keyOf = (list: MergedList, record: unknown) =>
  list === 'regions' ? (record as { code: string }).code : (record as { id: string }).id;

/** Newer `updatedAt` wins (a record without one is as old as its feed); on a tie the earlier source wins. */
const isNewer = (candidate: string, current: string) => candidate > current;

/** Provenance with nothing in it yet (no prototype: an id such as `toString` finds only what was merged). */
export function emptyProvenance(): MergeResult['provenance'] {
  const byId = (): Record<string, string> => Object.create(null);
  return {
    producers: byId(),
    products: byId(),
    outlets: byId(),
    categories: byId(),
    regions: byId(),
  };
}

export function mergeFeeds(sources: FeedSource[]): MergeResult {
  const provenance = emptyProvenance();
  const conflicts: MergeConflict[] = [];
  if (sources.length === 0) throw new RangeError('mergeFeeds needs at least one feed');

  const merged = new Map<
    MergedList,
    Map<string, { record: unknown; url: string; updatedAt: string }>
  >();
  const lists: MergedList[] = ['regions', 'categories', 'producers', 'products', 'outlets'];
  for (const list of lists) merged.set(list, new Map());

  for (const { url, feed } of sources) {
    for (const list of lists) {
      const kept = merged.get(list)!;
      for (const record of feed[list] as unknown[]) {
        const id = keyOf(list, record);
        const updatedAt = (record as AnyRecord).updatedAt ?? feed.updatedAt;
        const current = kept.get(id);
        if (!current) {
          kept.set(id, { record, url, updatedAt });
          continue;
        }
        if (JSON.stringify(current.record) === JSON.stringify(record)) continue;
        const replace = isNewer(updatedAt, current.updatedAt);
        const winner = replace ? { record, url, updatedAt } : current;
        conflicts.push({
          list,
          id,
          reason: 'same-id',
          kept: winner.url,
          dropped: replace ? current.url : url,
        });
        kept.set(id, winner);
      }
    }
  }

  // The same business (same NIB) published under two ids: keep the newer, point products at it.
  const producers = merged.get('producers')!;
  const byNib = new Map<string, string>();
  const renamed = new Map<string, string>();
  for (const [id, entry] of [...producers]) {
    const nib = (entry.record as { nib?: string }).nib;
    if (!nib) continue;
    const otherId = byNib.get(nib);
    if (otherId === undefined) {
      byNib.set(nib, id);
      continue;
    }
    const other = producers.get(otherId)!;
    const keepNew = isNewer(entry.updatedAt, other.updatedAt);
    const [keptId, droppedId] = keepNew ? [id, otherId] : [otherId, id];
    conflicts.push({
      list: 'producers',
      id: keptId,
      droppedId,
      reason: 'same-nib',
      kept: producers.get(keptId)!.url,
      dropped: producers.get(droppedId)!.url,
    });
    producers.delete(droppedId);
    renamed.set(droppedId, keptId);
    byNib.set(nib, keptId);
  }

  const values = <T>(list: MergedList): T[] => {
    const result: T[] = [];
    for (const [id, entry] of merged.get(list)!) {
      provenance[list][id] = entry.url;
      result.push(entry.record as T);
    }
    return result;
  };
  const renameProducer = (id: string) => renamed.get(id) ?? id;

  const first = sources[0]!.feed;
  const languages = [...new Set(sources.flatMap((s) => s.feed.languages ?? []))];
  const feed: Feed = {
    ...first,
    updatedAt: sources.map((s) => s.feed.updatedAt).reduce((a, b) => (b > a ? b : a)),
    regions: values('regions'),
    categories: values('categories'),
    producers: values('producers'),
    products: values<Feed['products'][number]>('products').map((p) =>
      renamed.has(p.producerId) ? { ...p, producerId: renameProducer(p.producerId) } : p,
    ),
    outlets: values<Feed['outlets'][number]>('outlets').map((o) =>
      o.producerIds?.some((id) => renamed.has(id))
        ? { ...o, producerIds: [...new Set(o.producerIds.map(renameProducer))] }
        : o,
    ),
  };
  delete feed.includes;
  if (languages.length > 0) feed.languages = languages;
  const credits = sources.map(({ url, feed: source }) => ({
    url,
    publisher: source.publisher,
    updatedAt: source.updatedAt,
    ...(source.license ? { license: source.license } : {}),
  }));
  return { feed, credits, provenance, conflicts };
}
