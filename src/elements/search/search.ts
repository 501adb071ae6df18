import { EtalaseSearch } from './search.component.js';
import type { EtalaseFilterChangeEvent } from '../events/filter-change.js';
import type { EtalaseProductSelectEvent } from '../events/product-select.js';

EtalaseSearch.define('etalase-search');

export * from './search.component.js';
export * from './suggestion.js';

declare global {
  interface HTMLElementTagNameMap {
    'etalase-search': EtalaseSearch;
  }
  // The events this element fires, typed for `addEventListener` even when only it is imported.
  interface HTMLElementEventMap {
    'etalase-filter-change': EtalaseFilterChangeEvent;
    'etalase-product-select': EtalaseProductSelectEvent;
  }
}
