import { EtalaseRegionFilter } from './region-filter.component.js';
import type { EtalaseFilterChangeEvent } from '../events/filter-change.js';

EtalaseRegionFilter.define('etalase-region-filter');

export * from './region-filter.component.js';

declare global {
  interface HTMLElementTagNameMap {
    'etalase-region-filter': EtalaseRegionFilter;
  }
  // The events this element fires, typed for `addEventListener` even when only it is imported.
  interface HTMLElementEventMap {
    'etalase-filter-change': EtalaseFilterChangeEvent;
  }
}
