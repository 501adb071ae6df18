/**
 * What the elements that show products share; they import it from here so that the drop-in build
 * keeps it in one small chunk, requested together with the showcase.
 */
export * from './product.js';
export * from './product.strings.js';
export * from './outlet.strings.js';
export * from './image.js';
export * from './action.styles.js';
