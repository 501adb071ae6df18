import type { Suggestions } from '../../feed/query.js';
import { localize } from '../../format/text.js';
import type { Language } from '../../model/vocabulary.js';
import { getBuiltinRegion } from '../../model/regions/index.js';

/** A region's built-in name; a district not loaded yet shows its regency/city. */
const regionName = (code: string) =>
  getBuiltinRegion(code)?.name ?? getBuiltinRegion(code.slice(0, 5))?.name ?? '';

/** Kinds of suggestion, in the order the groups are shown. */
export const SUGGESTION_KINDS = ['product', 'producer', 'category'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

/** One entry of the search box's suggestion list. Plain text only (never rendered as HTML). */
export interface Suggestion {
  kind: SuggestionKind;
  /** Product id, producer id or category id. */
  id: string;
  label: string;
  /** A second, quieter line: the producer of a product, a producer's region, a category's count. */
  detail?: string;
}

/** Returns the suggestions for what is typed so far (may be async; late answers are dropped). */
export type SuggestFunction = (text: string) => Suggestion[] | Promise<Suggestion[]>;

/**
 * Turns the query engine's grouped suggestions into the search box's list:
 * `search.suggest = (text) => toSuggestions(engine.suggest(text), 'id')`.
 */
export function toSuggestions(found: Suggestions, lang: Language): Suggestion[] {
  const count = (n: number) =>
    lang === 'en' ? `${n} ${n === 1 ? 'product' : 'products'}` : `${n} produk`;
  return [
    ...found.products.map(({ product, producer }) => ({
      kind: 'product' as const,
      id: product.id,
      label: localize(product.name, lang),
      detail: localize(producer.name, lang),
    })),
    ...found.producers.map((producer) => ({
      kind: 'producer' as const,
      id: producer.id,
      label: localize(producer.name, lang),
      detail: regionName(producer.regionCode),
    })),
    ...found.categories.map((category) => ({
      kind: 'category' as const,
      id: category.id,
      label: category.label,
      detail: count(category.count),
    })),
  ];
}
