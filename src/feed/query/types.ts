/** The query engine's public shapes, re-exported by the façade `../query.ts`. */
import type { Producer } from '../../model/types.js';
import type { Language } from '../../model/vocabulary.js';
import type { Facets, FilterState, ProductHit, QueryResult } from '../types.js';

export interface QueryEngineOptions {
  /** Language of names for sorting by name and of category labels in suggestions. Default `id`. */
  lang?: Language;
}

export interface QueryOptions {
  /** Products per page; default 24. */
  pageSize?: number;
  /** Compute facet counts too (default true); with `false`, `facets` holds empty counts. */
  facets?: boolean;
}

export interface CategorySuggestion {
  id: string;
  /** Label in the engine's language (feed category name, built-in name, or the id). */
  label: string;
  /** Products in this category matching the text. */
  count: number;
}

/** Groups shown by the search combobox while typing. */
export interface Suggestions {
  products: ProductHit[];
  producers: Producer[];
  categories: CategorySuggestion[];
  /** Regions the text names ("Tampilkan produk dari Kota Palangkaraya"), with the other words. */
  places: PlaceSuggestion[];
  /** The text with misspelt words corrected, when some word matched only as a typo. */
  didYouMean?: string;
}

export interface PlaceSuggestion {
  /** Region code (any level). */
  code: string;
  /** Its name, e.g. "Kota Palangkaraya". */
  name: string;
  /** Products in the region (whole feed). */
  count: number;
  /** The text without the words naming the place ('' when it named only the place). */
  rest: string;
}

export interface QueryEngine {
  query(state: FilterState, options?: QueryOptions): QueryResult;
  facets(state: FilterState): Facets;
  /**
   * Products, producers and categories matching what is typed so far (prefix of the last word), the
   * places it names, and a correction of misspelt words.
   */
  suggest(text: string, limit?: number): Suggestions;
  /** Regions whose name `text` contains ("kopi samarinda" → Kota Samarinda, rest "kopi"). */
  places(text: string, limit?: number): PlaceSuggestion[];
  /** Builds the text index now (it is otherwise built on the first search). */
  prepareSearch(): void;
  /**
   * Builds the text index in slices of `sliceMs` (default 8) with a macrotask between them, so the page
   * stays responsive; call it after the first render. A search meanwhile finishes the build at once.
   */
  prepareSearchInSlices(options?: { sliceMs?: number; signal?: AbortSignal }): Promise<void>;
  /** The hit for one product id. */
  get(productId: string): ProductHit | undefined;
  /** Display label of a category id. */
  categoryLabel(id: string, lang?: Language): string;
  /** Display label of a material facet key (facet keys are lower-case Indonesian names). */
  materialLabel(key: string, lang?: Language): string;
  /** Products in the feed (with a known producer). */
  readonly size: number;
}
