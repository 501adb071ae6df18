import '../product-card/product-card.js';
import { EtalaseProductGrid } from './product-grid.component.js';

EtalaseProductGrid.define('etalase-product-grid');

export * from './product-grid.component.js';

declare global {
  interface HTMLElementTagNameMap {
    'etalase-product-grid': EtalaseProductGrid;
  }
}
