/**
 * Entry of the drop-in file `dist/etalase.min.js`: registers every element. The parser, region tables,
 * map engine and district names are loaded on demand as chunks next to it, so a page pays for them
 * only when (and while) a feed loads or a map shows.
 */
export { setStrings } from './elements/base/localize.js';
export * from './elements/events/index.js';
import './elements/product-card/product-card.js';
import './elements/product-grid/product-grid.js';
import './elements/producer-map/producer-map.js';
import './elements/region-filter/region-filter.js';
import './elements/search/search.js';
import './elements/facets/facets.js';
import './elements/product-detail/product-detail.js';
