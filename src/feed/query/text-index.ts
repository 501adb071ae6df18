/**
 * The text index: an inverted index from each word (and its Indonesian stem) to the rows it occurs in,
 * with the best field weight per row. Built on the first search (many visits only browse), or ahead of
 * time in slices so the page stays responsive.
 */
import type { Language } from '../../model/vocabulary.js';
import { andInto, createBitset, forEachBit, orInto, setBit } from '../bitset.js';
import { stemIndonesian, tokenize } from '../text.js';
import type { AttributeWords } from './attributes.js';
import type { TextMatch } from './filters.js';
import type { RowIndex } from './rows.js';
import { editDistanceWithin } from './typo.js';
import {
  createTextPackBuilder,
  WEIGHT,
  type PackedText,
  type Posting,
  type TextPackBuilder,
} from './text-pack.js';

export { WEIGHT, type Posting };

/** A word that only starts with what was typed counts a little less than the whole word. */
export const PREFIX_FACTOR = 0.75;
/** Shortest typed word matched as a prefix (shorter ones must match whole). */
const MIN_PREFIX = 2;
/** Shortest typed word matched as a prefix of a place or certification name. */
const MIN_ATTRIBUTE_PREFIX = 3;
/**
 * A word within one edit (two from ten letters) of a typed word of five letters or more counts this
 * little: below any exact or prefix match (the least, a description word, weighs 1), so typo matches
 * always rank after them, and by field among themselves.
 */
export const FUZZY_FACTOR = 1 / 32;
const MIN_FUZZY = 5;
const MIN_FUZZY_TWO = 10;

export interface TextIndex {
  /**
   * Rows containing every word (the last one may be a prefix; a long word may be misspelt), with
   * their scores, and a corrected text when some word matched only as a typo.
   */
  search(text: string): TextMatch | undefined;
}

/** Builds a text index row by row. */
export interface TextIndexBuilder extends TextPackBuilder {
  /** Indexes what is left and returns the index. */
  finish(): TextIndex;
}

/** Word → its posting, read from packed arrays. */
interface Postings {
  has(word: string): boolean;
  get(word: string): Posting | undefined;
  keys(): Iterable<string>;
}

/** Looks words up in a packed index: its terms are sorted, so by binary search (no map to keep). */
function postingsOf({ terms: joined, starts, rows, weights }: PackedText): Postings {
  const terms = joined === '' ? [] : joined.split('\n');
  const find = (word: string) => {
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (terms[mid]! < word) lo = mid + 1;
      else hi = mid;
    }
    return terms[lo] === word ? lo : -1;
  };
  return {
    has: (word) => find(word) !== -1,
    get(word) {
      const t = find(word);
      if (t === -1) return undefined;
      const [start, end] = [starts[t]!, starts[t + 1]!];
      return { rows: rows.subarray(start, end), weights: weights.subarray(start, end) };
    },
    keys: () => terms,
  };
}

/** The text index over a packed one (built here or in the feed worker). */
export const textIndexOf = (
  packed: PackedText,
  size: number,
  attributes: () => AttributeWords = () => new Map(),
): TextIndex => searchPostings(postingsOf(packed), size, attributes);

export function createTextIndexBuilder(
  rows: RowIndex,
  categoryLabel: (id: string, lang: Language) => string,
  attributes: () => AttributeWords = () => new Map(),
): TextIndexBuilder {
  const builder = createTextPackBuilder(rows, categoryLabel);
  let built: TextIndex | undefined;
  return {
    ...builder,
    finish: () => (built ??= textIndexOf(builder.pack(), rows.size, attributes)),
  };
}

/**
 * Search over finished postings and attribute words: every word must match, exactly, by its stem, as a
 * prefix (the last word) or with a typo (long words); two typed words that together make an indexed
 * word count as that word ("palangka raya", "p-irt").
 */
function searchPostings(
  postings: Postings,
  size: number,
  attributes: () => AttributeWords,
): TextIndex {
  let attributeWords: AttributeWords | undefined;
  let words: string[] = [];
  /** Vocabulary by word length, for the typo scan. */
  let byLength: string[][] = [];
  const vocabulary = () => {
    const current = attributes();
    if (current !== attributeWords) {
      attributeWords = current;
      words = [...new Set([...postings.keys(), ...current.keys()])].sort();
      byLength = [];
      for (const word of words) (byLength[word.length] ??= []).push(word);
    }
    return current;
  };
  const known = (word: string) => postings.has(word) || attributeWords!.has(word);
  /** Rows a word selects (postings and attributes), for picking the likeliest correction. */
  const reach = (word: string) =>
    (postings.get(word)?.rows.length ?? 0) + (attributeWords!.get(word)?.length ?? 0);

  /** Index of the first word ≥ `prefix`. */
  const lowerBound = (prefix: string) => {
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (words[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  // Sorted now, while the index is built ahead of the first search (again once district names load).
  vocabulary();

  /** Typed words, adjacent ones joined where the index knows them only together. */
  const termsOf = (text: string) => {
    const typed = [...new Set(tokenize(text))];
    const terms: string[] = [];
    for (let t = 0; t < typed.length; t++) {
      const joined = typed[t]! + (typed[t + 1] ?? '');
      if (t + 1 < typed.length && known(joined)) {
        terms.push(joined);
        t++;
      } else terms.push(typed[t]!);
    }
    return terms;
  };

  return {
    search(text) {
      const attrs = vocabulary();
      const terms = termsOf(text);
      if (terms.length === 0) return undefined;
      let bits: Uint32Array | undefined;
      const total = new Float32Array(size);
      let corrected = false;
      const correction: string[] = [];
      terms.forEach((term, t) => {
        const isLast = t === terms.length - 1;
        const best = new Float32Array(size);
        const attributeSets = new Map<number, Uint32Array>();
        let hit = false;
        const apply = (key: string, factor: number, withAttributes = true) => {
          const posting = postings.get(key);
          if (posting) {
            hit = true;
            for (let k = 0; k < posting.rows.length; k++) {
              const score = posting.weights[k]! * factor;
              const row = posting.rows[k]!;
              if (score > best[row]!) best[row] = score;
            }
          }
          if (!withAttributes) return;
          // Attribute rows are whole sets (a province: thousands of rows): OR them per score, and
          // score their rows once per term.
          for (const attribute of attrs.get(key) ?? []) {
            hit = true;
            const score = attribute.weight * factor;
            let set = attributeSets.get(score);
            if (!set) attributeSets.set(score, (set = createBitset(size)));
            orInto(set, attribute.bits);
          }
        };
        apply(term, 1);
        apply(stemIndonesian(term), 1);
        // The word being typed: every indexed word it starts.
        const prefixed = isLast && term.length >= MIN_PREFIX;
        // Two letters start too many place names ("ba": every "… Barat") to mean one.
        const placePrefix = term.length >= MIN_ATTRIBUTE_PREFIX;
        if (prefixed) {
          for (let k = lowerBound(term); k < words.length && words[k]!.startsWith(term); k++) {
            if (words[k] !== term) apply(words[k]!, PREFIX_FACTOR, placePrefix);
          }
        }
        const exact = hit;
        // A long word may be misspelt: words within one edit (two when long), below every exact match.
        let likeliest: string | undefined;
        if (term.length >= MIN_FUZZY) {
          const edits = term.length >= MIN_FUZZY_TWO ? 2 : 1;
          let likeliestDistance = Infinity;
          for (let length = term.length - edits; length <= term.length + edits; length++) {
            for (const word of byLength[length] ?? []) {
              if (word === term || (prefixed && word.startsWith(term))) continue;
              const distance = editDistanceWithin(term, word, edits);
              if (distance > edits) continue;
              apply(word, FUZZY_FACTOR / distance);
              if (
                distance < likeliestDistance ||
                (distance === likeliestDistance && reach(word) > reach(likeliest!))
              ) {
                likeliest = word;
                likeliestDistance = distance;
              }
            }
          }
        }
        if (!exact && likeliest) corrected = true;
        correction.push(!exact && likeliest ? likeliest : term);
        for (const [score, set] of attributeSets) {
          forEachBit(set, (row) => {
            if (score > best[row]!) best[row] = score;
          });
        }
        const termBits = createBitset(size);
        for (let i = 0; i < size; i++) {
          if (best[i]! > 0) {
            setBit(termBits, i);
            total[i]! += best[i]!;
          }
        }
        if (bits) andInto(bits, termBits);
        else bits = termBits;
      });
      return corrected
        ? { bits: bits!, scores: total, correction: correction.join(' ') }
        : { bits: bits!, scores: total };
    },
  };
}
