/**
 * `etalase`: everything — the model, the feed runtime, the format helpers, the events, and every
 * element registered. Import `etalase/model`, `etalase/feed`, `etalase/format` or
 * `etalase/elements/<name>` for less.
 */
export * from './model/index.js';
export * from './format/index.js';
export * from './elements/events/index.js';
export { EtalaseElement, setStrings, THEMES, type Theme } from './elements/base/index.js';
export * from './feed/index.js';
export { certificationLabel, type RegionNamer } from './elements/shared/product.js';
export * from './feed/order-plan/index.js';

// Every element, registered (each module is also importable alone: `etalase/elements/<name>`).
export * from './elements/showcase/showcase.js';
export * from './elements/product-card/product-card.js';
export * from './elements/product-grid/product-grid.js';
export * from './elements/product-detail/product-detail.js';
export * from './elements/region-filter/region-filter.js';
export * from './elements/search/search.js';
export * from './elements/facets/facets.js';
export * from './elements/producer-map/producer-map.js';
export * from './elements/order-planner/order-planner.js';
export * from './elements/outlet-list/outlet-list.js';
