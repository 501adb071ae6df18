/**
 * `etalase`: everything — the model, the feed runtime, the format helpers, the events, and every
 * element registered. Import `etalase/model`, `etalase/feed`, `etalase/format` or
 * `etalase/elements/<name>` for less.
 */
export * from './model/index.js';
export * from './format/index.js';
export * from './elements/events/index.js';
export { EtalaseElement, setStrings, THEMES, type Theme } from './elements/base/index.js';
