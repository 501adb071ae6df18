import { EtalaseSearch } from './search.component.js';

EtalaseSearch.define('etalase-search');

export * from './search.component.js';
export * from './suggestion.js';

declare global {
  interface HTMLElementTagNameMap {
    'etalase-search': EtalaseSearch;
  }
}
