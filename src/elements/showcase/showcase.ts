import { EtalaseShowcase } from './showcase.component.js';
import type { EtalaseFeedLoadEvent } from '../events/feed-load.js';
import type { EtalaseFeedErrorEvent } from '../events/feed-error.js';
import type { EtalaseFilterChangeEvent } from '../events/filter-change.js';
import type { EtalaseProductSelectEvent } from '../events/product-select.js';
import type { EtalaseContactEvent } from '../events/contact.js';

EtalaseShowcase.define('etalase-showcase');

export * from './showcase.component.js';

declare global {
  interface HTMLElementTagNameMap {
    'etalase-showcase': EtalaseShowcase;
  }
  // The events this element fires, typed for `addEventListener` even when only it is imported.
  interface HTMLElementEventMap {
    'etalase-feed-load': EtalaseFeedLoadEvent;
    'etalase-feed-error': EtalaseFeedErrorEvent;
    'etalase-filter-change': EtalaseFilterChangeEvent;
    'etalase-product-select': EtalaseProductSelectEvent;
    'etalase-contact': EtalaseContactEvent;
  }
}
