export { EtalaseElement } from './etalase-element.js';
export { baseStyles, THEMES, type Theme } from './theme.js';
export {
  defineStrings,
  setStrings,
  resolveLanguage,
  toLanguage,
  LocalizeController,
  Strings,
  type StringTable,
} from './localize.js';
export { icons, type IconName } from './icons.js';
export { highlightWords } from './highlight.js';
