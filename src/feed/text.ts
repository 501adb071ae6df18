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

/** Letter or digit → trie slot (`a`–`z` 0–25, `0`–`9` 26–35); -1 for a separator. */
function slotOf(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return code - 22;
  return -1;
}

/** Text `normalizeText` would change beyond lower case and separators: accents, reduplication. */
const NEEDS_NORMALIZING = /[^\x20-\x7e]|-|2/;

/**
 * Calls `visit` with a value per word of a text, the words being exactly those of `tokenize`. The
 * value is made once per distinct word (`make`), and plain ASCII text is walked through a trie of
 * known words without cutting it into strings: indexing thousands of descriptions allocates and
 * hashes almost nothing.
 */
export function createWordScanner<T>(make: (word: string) => T) {
  // A flat trie: node n's child for slot s is `children[n * 36 + s]` (0: none; node 0 is the root).
  let children = new Int32Array(36 * 256);
  let nodes = 1;
  const values: (T | undefined)[] = [];
  const byWord = new Map<string, T>();
  const valueOf = (word: string) => {
    let value = byWord.get(word);
    if (value === undefined) byWord.set(word, (value = make(word)));
    return value;
  };
  const child = (node: number, slot: number) => {
    const at = node * 36 + slot;
    let next = children[at]!;
    if (next === 0) {
      if ((nodes + 1) * 36 > children.length) {
        const grown = new Int32Array(children.length * 2);
        grown.set(children);
        children = grown;
      }
      next = nodes++;
      children[at] = next;
    }
    return next;
  };
  return function scan(text: string, visit: (value: T) => void): void {
    if (NEEDS_NORMALIZING.test(text)) {
      for (const word of tokenize(text)) visit(valueOf(word));
      return;
    }
    const lower = text.toLowerCase();
    let node = 0;
    let start = -1;
    for (let k = 0; k <= lower.length; k++) {
      const slot = k < lower.length ? slotOf(lower.charCodeAt(k)) : -1;
      if (slot >= 0) {
        if (start < 0) {
          start = k;
          node = 0;
        }
        node = child(node, slot);
      } else if (start >= 0) {
        let value = values[node];
        if (value === undefined) values[node] = value = valueOf(lower.slice(start, k));
        visit(value);
        start = -1;
      }
    }
  };
}
