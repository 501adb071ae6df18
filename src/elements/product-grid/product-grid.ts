import '../product-card/product-card.js';
import { EtalaseProductGrid } from './product-grid.component.js';
import type { EtalaseFilterChangeEvent } from '../events/filter-change.js';
import type { EtalaseProductSelectEvent } from '../events/product-select.js';

EtalaseProductGrid.define('etalase-product-grid');

export * from './product-grid.component.js';

declare global {
  interface HTMLElementTagNameMap {
    'etalase-product-grid': EtalaseProductGrid;
  }
  // The events this element fires, typed for `addEventListener` even when only it is imported.
  interface HTMLElementEventMap {
    'etalase-filter-change': EtalaseFilterChangeEvent;
    'etalase-product-select': EtalaseProductSelectEvent;
  }
}
