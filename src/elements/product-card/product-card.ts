import { EtalaseProductCard } from './product-card.component.js';

EtalaseProductCard.define('etalase-product-card');

export * from './product-card.component.js';

declare global {
  interface HTMLElementTagNameMap {
    'etalase-product-card': EtalaseProductCard;
  }
}
