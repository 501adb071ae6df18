import type { Suggestions } from '../../feed/query.js';
import { localize } from '../../format/text.js';
import type { Language } from '../../model/vocabulary.js';
import { getBuiltinRegion } from '../../model/regions/index.js';
import { strings } from './search.strings.js';

/** A region's built-in name; a district not loaded yet shows its regency/city. */
const regionName = (code: string) =>
  getBuiltinRegion(code)?.name ?? getBuiltinRegion(code.slice(0, 5))?.name ?? '';

/**
 * Kinds of suggestion, in the order the groups are shown: a correction of misspelt words, a place the
 * words name, then products, producers and categories.
 */
export const SUGGESTION_KINDS = ['correction', 'place', 'product', 'producer', 'category'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

/** One entry of the search box's suggestion list. Plain text only (never rendered as HTML). */
export interface Suggestion {
  kind: SuggestionKind;
  /** Product id, producer id, category id, region code, or the corrected words. */
  id: string;
  label: string;
  /** A second, quieter line: the producer of a product, a producer's region, a category's count. */
  detail?: string;
  /** A place's other words, kept as the search when the place is chosen ('' for none). */
  rest?: string;
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
    ...(found.didYouMean
      ? [{ kind: 'correction' as const, id: found.didYouMean, label: found.didYouMean }]
      : []),
    ...(found.places ?? []).slice(0, 1).map((place) => ({
      kind: 'place' as const,
      id: place.code,
      label: strings.get(lang, 'showPlace', place.name),
      detail: count(place.count),
      rest: place.rest,
    })),
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
