import { EtalaseFacets } from './facets.component.js';

EtalaseFacets.define('etalase-facets');

export * from './facets.component.js';

declare global {
  interface HTMLElementTagNameMap {
    'etalase-facets': EtalaseFacets;
  }
}
