/**
 * Indonesian text normalisation for search: the same functions prepare the index and the query, so
 * whatever they do to a word (even a wrong cut) happens on both sides and the two still meet.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** `kue-kue` → `kue`, `Kue2` → `kue` (the informal "2" marks reduplication). */
const REDUPLICATION = /(\p{L}+)-\1(?![\p{L}\p{N}])/gu;
const INFORMAL_REDUPLICATION = /(\p{L}{2,})2(?![\p{L}\p{N}])/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const ASCII = /^[\x20-\x7e]*$/;
const ASCII_NON_WORD = /[^a-z0-9]+/g;

/**
 * Lower case, without diacritics or punctuation, reduplication collapsed, single spaces:
 * `"Kue-Kue  Tradisional, Café!"` → `"kue tradisional cafe"`.
 */
export function normalizeText(text: string): string {
  // Fast paths: most feed text is plain ASCII without reduplication.
  const ascii = ASCII.test(text);
  let result = ascii
    ? text.toLowerCase()
    : text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
  if (result.includes('-')) result = result.replace(REDUPLICATION, '$1');
  if (result.includes('2')) result = result.replace(INFORMAL_REDUPLICATION, '$1');
  return result.replace(ascii ? ASCII_NON_WORD : NON_WORD, ' ').trim();
}

/** Normalised words of a text. */
export function tokenize(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized === '' ? [] : normalized.split(' ');
}

/** A stem shorter than this is not worth the cut: `kopi` stays `kopi`, not `kop`. */
const MIN_STEM = 4;
const VOWEL = /^[aiueo]/;

const PARTICLES = ['lah', 'kah', 'tah', 'pun'];
const POSSESSIVES = ['nya', 'ku', 'mu'];
const SUFFIXES = ['kan', 'an', 'i'];

/**
 * Prefixes, longest first, with the first letter a nasal prefix swallowed before a vowel
 * (`menenun` → `tenun`, `menyulam` → `sulam`).
 */
const PREFIXES: [prefix: string, restoreBeforeVowel?: string][] = [
  ['meny', 's'],
  ['peny', 's'],
  ['meng'],
  ['peng'],
  // `mem-`/`pem-` before a vowel: `memasak` → `masak` (the `memakai` → `pakai` reading needs a dictionary).
  ['mem', 'm'],
  ['pem', 'm'],
  ['men', 't'],
  ['pen', 't'],
  ['ber'],
  ['per'],
  ['ter'],
  ['me'],
  ['pe'],
  ['be'],
  ['di'],
];

function cutSuffix(word: string, suffixes: string[]): string {
  for (const suffix of suffixes) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM) {
      return word.slice(0, -suffix.length);
    }
  }
  return word;
}

function cutPrefix(word: string): string {
  for (const [prefix, restore] of PREFIXES) {
    if (!word.startsWith(prefix)) continue;
    let rest = word.slice(prefix.length);
    if (restore && VOWEL.test(rest)) rest = restore + rest;
    // A prefix that would leave too little is not a prefix (`pempek`, `beras`): try no shorter one.
    return rest.length >= MIN_STEM ? rest : word;
  }
  return word;
}

const stemCache = new Map<string, string>();

/**
 * A small dictionary-free stemmer for Indonesian: particles (`-lah`, `-pun`), possessives (`-nya`),
 * one derivational suffix (`-kan`, `-an`, `-i`) and one prefix (`me-`, `ber-`, `di-`, `ter-`, `pe-` and
 * their nasal forms). `dianyam` → `anyam`, `anyaman` → `anyam`, `kerajinannya` → `kerajin`.
 * Expects one normalised word.
 */
export function stemIndonesian(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  let stem = word;
  if (word.length > MIN_STEM && !/\d/.test(word)) {
    stem = cutSuffix(stem, PARTICLES);
    stem = cutSuffix(stem, POSSESSIVES);
    stem = cutPrefix(stem);
    stem = cutSuffix(stem, SUFFIXES);
  }
  if (stemCache.size > 50_000) stemCache.clear();
  stemCache.set(word, stem);
  return stem;
}
