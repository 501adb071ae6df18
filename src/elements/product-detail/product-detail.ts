import { EtalaseProductDetail } from './product-detail.component.js';
import type { EtalaseContactEvent } from '../events/contact.js';

EtalaseProductDetail.define('etalase-product-detail');

export * from './product-detail.component.js';

declare global {
  interface HTMLElementTagNameMap {
    'etalase-product-detail': EtalaseProductDetail;
  }
  // The events this element fires, typed for `addEventListener` even when only it is imported.
  interface HTMLElementEventMap {
    'etalase-contact': EtalaseContactEvent;
  }
}
