import { EtalaseProductDetail } from './product-detail.component.js';

EtalaseProductDetail.define('etalase-product-detail');

export * from './product-detail.component.js';

declare global {
  interface HTMLElementTagNameMap {
    'etalase-product-detail': EtalaseProductDetail;
  }
}
