import { EtalaseFacets } from './facets.component.js';
import type { EtalaseFilterChangeEvent } from '../events/filter-change.js';

EtalaseFacets.define('etalase-facets');

export * from './facets.component.js';

declare global {
  interface HTMLElementTagNameMap {
    'etalase-facets': EtalaseFacets;
  }
  // The events this element fires, typed for `addEventListener` even when only it is imported.
  interface HTMLElementEventMap {
    'etalase-filter-change': EtalaseFilterChangeEvent;
  }
}
