/** `etalase/format`: pure helpers for text, money, dates and safe URLs. No DOM. */
export * from './url.js';
export * from './text.js';
export * from './money.js';
export * from './date.js';
export * from './whatsapp.js';
export * from './json-ld.js';
export * from './calendar.js';
export * from './hours.js';
export * from './ics.js';
export * from './directions.js';
export * from './product-sheet.js';
