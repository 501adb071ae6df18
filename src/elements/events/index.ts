export * from './product-select.js';
export * from './filter-change.js';
export * from './contact.js';
export * from './feed-load.js';
export * from './feed-error.js';
export * from './plan-change.js';
