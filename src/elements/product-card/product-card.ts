import { EtalaseProductCard } from './product-card.component.js';
import type { EtalaseProductSelectEvent } from '../events/product-select.js';

EtalaseProductCard.define('etalase-product-card');

export * from './product-card.component.js';

declare global {
  interface HTMLElementTagNameMap {
    'etalase-product-card': EtalaseProductCard;
  }
  // The events this element fires, typed for `addEventListener` even when only it is imported.
  interface HTMLElementEventMap {
    'etalase-product-select': EtalaseProductSelectEvent;
  }
}
