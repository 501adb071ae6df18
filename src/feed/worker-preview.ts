/**
 * The first page of a large feed, sent ahead by the feed worker: as soon as the feed is validated, the
 * worker sends the products of the default view's first page (no filter, default order), so the page
 * shows its first cards while the worker still packs the other records and builds the query engine's
 * indexes (a few hundred milliseconds at 10,000 products). The engine's answer replaces them with the
 * same products in the same order: the default order is `sort.ts`'s (flagship products first, then by
 * name), computed here with the same `sortByName`; and the very same records, since the page takes the
 * preview's products and producers for their ids (`loadFeedOffThread`), so no card renders again. The
 * page side is `previewHits` in the showcase's feed controller.
 */
import type { Feed, Producer, Product } from '../model/types.js';
import { LANGUAGES, type Language } from '../format/language.js';
import { rowProducts, sortByName, type RowData } from './query/rows.js';

/** Products per language in a preview: the largest first page it serves (a showcase shows 12 or 24). */
export const PREVIEW_SIZE = 48;
/** Smaller feeds reach the page fast enough without one (and their cards would render twice). */
export const PREVIEW_MIN_PRODUCTS = 2000;

/** The default view's first products, in each language's order. */
export interface FeedPreview {
  /** Products and, at the same position, their producers. */
  products: Product[];
  producers: Producer[];
  /** Per language, positions in `products` in the default order. */
  order: Record<Language, number[]>;
  /** Products the default view lists (those with a known producer). */
  total: number;
}

/**
 * In the worker: the preview of a validated feed, or `undefined` for a small one. The name orders it
 * sorts go into `byName`, for the row index built next (`createRowIndexBuilder`) to reuse.
 */
export function createFeedPreview(
  feed: Feed,
  byName: RowData['byName'] = {},
): FeedPreview | undefined {
  if (feed.products.length < PREVIEW_MIN_PRODUCTS) return undefined;
  // The rows of the query engine: products with a known producer, in feed order.
  const producerOf = new Map(feed.producers.map((producer) => [producer.id, producer]));
  const rows = rowProducts(feed, producerOf);
  const preview: FeedPreview = {
    products: [],
    producers: [],
    order: {} as never,
    total: rows.length,
  };
  const at = new Map<number, number>();
  for (const lang of LANGUAGES) {
    const byLangName = (byName[lang] ??= sortByName(feed, rows, lang));
    const order: number[] = (preview.order[lang] = []);
    for (const flagship of [true, false])
      for (let i = 0; i < byLangName.length && order.length < PREVIEW_SIZE; i++) {
        const p = rows[byLangName[i]!]!;
        const product = feed.products[p]!;
        if ((product.flagship === true) !== flagship) continue;
        let index = at.get(p);
        if (index === undefined) {
          at.set(p, (index = preview.products.length));
          preview.products.push(product);
          preview.producers.push(producerOf.get(product.producerId)!);
        }
        order.push(index);
      }
  }
  return preview;
}
