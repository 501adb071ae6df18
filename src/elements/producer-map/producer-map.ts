import { EtalaseProducerMap } from './producer-map.component.js';
import type { EtalaseProductSelectEvent } from '../events/product-select.js';
import type { EtalaseFilterChangeEvent } from '../events/filter-change.js';

EtalaseProducerMap.define('etalase-producer-map');

export * from './producer-map.component.js';

declare global {
  interface HTMLElementTagNameMap {
    'etalase-producer-map': EtalaseProducerMap;
  }
  // The events this element fires, typed for `addEventListener` even when only it is imported.
  interface HTMLElementEventMap {
    'etalase-product-select': EtalaseProductSelectEvent;
    'etalase-filter-change': EtalaseFilterChangeEvent;
  }
}
