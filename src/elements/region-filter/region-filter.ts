import { EtalaseRegionFilter } from './region-filter.component.js';

EtalaseRegionFilter.define('etalase-region-filter');

export * from './region-filter.component.js';

declare global {
  interface HTMLElementTagNameMap {
    'etalase-region-filter': EtalaseRegionFilter;
  }
}
