import type { Language } from './language.js';

/**
 * The printable ASCII characters (letters in lower case) in the order of the root collation that
 * Indonesian and English sort by: space, punctuation, symbols, digits, letters.
 */
const ORDER = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz';
const RANK = new Map([...ORDER].map((char, rank) => [char, rank]));
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

const collators: Partial<Record<Language, Intl.Collator>> = {};

/**
 * Compares two names for sorting, as `new Intl.Collator(lang).compare` does. While both are printable
 * ASCII and differ in more than case (most region, category and material names), no collator is made:
 * a page's first one costs about 10 ms, 40 on a slow phone, in the task that shows the first filters.
 * Other names (accented letters, names equal but for case) go to the collator.
 */
export function compareNames(a: string, b: string, lang: Language): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y && PRINTABLE_ASCII.test(x) && PRINTABLE_ASCII.test(y)) {
    let i = 0;
    while (i < x.length && x[i] === y[i]) i++;
    if (i === x.length || i === y.length) return x.length - y.length;
    return RANK.get(x[i]!)! - RANK.get(y[i]!)!;
  }
  return (collators[lang] ??= new Intl.Collator(lang)).compare(a, b);
}
