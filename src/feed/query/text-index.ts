/**
 * The text index: an inverted index from each word (and its Indonesian stem) to the rows it occurs in,
 * with the best field weight per row. Built on the first search (many visits only browse), or ahead of
 * time in slices so the page stays responsive.
 */
import type { LocalizedText } from '../../model/types.js';
import type { Language } from '../../model/vocabulary.js';
import { andInto, createBitset, forEachBit, orInto, setBit } from '../bitset.js';
import { createWordScanner, stemIndonesian, tokenize } from '../text.js';
import type { AttributeWords } from './attributes.js';
import type { TextMatch } from './filters.js';
import type { RowIndex } from './rows.js';
import { editDistanceWithin } from './typo.js';

/** Field weights: a word in the name outranks one in tags, which outranks one in the description. */
export const WEIGHT = {
  name: 16,
  tags: 8,
  materials: 6,
  producer: 4,
  category: 3,
  /** The product's region at any level (see `attributes.ts`). */
  place: 3,
  certification: 3,
  description: 1,
} as const;
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
export interface TextIndexBuilder {
  /** Indexes rows until `deadline` (a `performance.now()` time); true when every row is in. */
  step(deadline: number): boolean;
  /** Indexes what is left and returns the index. */
  finish(): TextIndex;
  /** Indexes what is left and returns each word's rows and weights (the shard writer stores them). */
  postings(): Map<string, Posting>;
}

/** A word's rows and the weight of its best field in each. */
export interface Posting {
  rows: ArrayLike<number>;
  weights: ArrayLike<number>;
}

/** Word → its posting, read from packed arrays (see `packPostings`). */
interface Postings {
  has(word: string): boolean;
  get(word: string): Posting | undefined;
  keys(): Iterable<string>;
}

/**
 * Every word's rows and weights in two typed arrays, one after the other: a third of the memory of
 * a pair of arrays per word (the index is most of the engine's memory), and nothing for the garbage
 * collector to walk. Weights are small integers (`WEIGHT`).
 */
function packPostings(
  termIds: Map<string, number>,
  termRows: number[][],
  termWeights: number[][],
): Postings {
  let total = 0;
  for (const list of termRows) total += list.length;
  const rows = new Int32Array(total);
  const weights = new Uint8Array(total);
  const starts = new Int32Array(termRows.length + 1);
  let at = 0;
  termRows.forEach((list, id) => {
    starts[id] = at;
    rows.set(list, at);
    weights.set(termWeights[id]!, at);
    at += list.length;
  });
  starts[termRows.length] = at;
  return {
    has: (word) => termIds.has(word),
    get(word) {
      const id = termIds.get(word);
      if (id === undefined) return undefined;
      const [start, end] = [starts[id]!, starts[id + 1]!];
      return { rows: rows.subarray(start, end), weights: weights.subarray(start, end) };
    },
    keys: () => termIds.keys(),
  };
}

export function createTextIndexBuilder(
  rows: RowIndex,
  categoryLabel: (id: string, lang: Language) => string,
  attributes: () => AttributeWords = () => new Map(),
): TextIndexBuilder {
  const { size } = rows;
  // Words get numeric ids; per word, the rows it occurs in and the best field weight in each row.
  const termIds = new Map<string, number>();
  const termRows: number[][] = [];
  const termWeights: number[][] = [];
  const idOf = (key: string) => {
    let id = termIds.get(key);
    if (id === undefined) {
      id = termRows.length;
      termIds.set(key, id);
      termRows.push([]);
      termWeights.push([]);
    }
    return id;
  };
  // Each distinct word: its own id, and its stem's id when that differs (-1 when not).
  const scan = createWordScanner((word): [number, number] => {
    const stem = stemIndonesian(word);
    return [idOf(word), stem === word ? -1 : idOf(stem)];
  });
  // Per row: the weight each touched word got, without a Map per row.
  const lastRow: number[] = [];
  const best: number[] = [];
  const touched: number[] = [];
  let current = -1;
  let weight = 0;
  const touch = (id: number) => {
    if (lastRow[id] !== current) {
      lastRow[id] = current;
      best[id] = weight;
      touched.push(id);
    } else if (best[id]! < weight) best[id] = weight;
  };
  const visit = (pair: [number, number]) => {
    touch(pair[0]);
    if (pair[1] !== -1) touch(pair[1]);
  };
  const addText = (text: string, fieldWeight: number) => {
    weight = fieldWeight;
    scan(text, visit);
  };
  /** Every language's text of a localized value, without building an array. */
  const addLocalized = (value: LocalizedText | undefined, fieldWeight: number) => {
    if (value === undefined) return;
    if (typeof value === 'string') addText(value, fieldWeight);
    else for (const key in value) addText(value[key]!, fieldWeight);
  };
  const indexRow = (i: number) => {
    current = i;
    const { product, producer } = rows.hit(i);
    addLocalized(product.name, WEIGHT.name);
    for (const tag of product.tags ?? []) addText(tag, WEIGHT.tags);
    for (const material of product.materials ?? []) addLocalized(material, WEIGHT.materials);
    addLocalized(producer.name, WEIGHT.producer);
    addText(categoryLabel(product.category, 'id'), WEIGHT.category);
    addText(categoryLabel(product.category, 'en'), WEIGHT.category);
    addLocalized(product.description, WEIGHT.description);
    for (const id of touched) {
      termRows[id]!.push(i);
      termWeights[id]!.push(best[id]!);
    }
    touched.length = 0;
  };
  let next = 0;
  let built: TextIndex | undefined;
  const step = (deadline: number) => {
    while (next < size) {
      indexRow(next++);
      if ((next & 127) === 0 && performance.now() > deadline) break;
    }
    return next >= size;
  };
  return {
    step,
    finish: () => (built ??= (step(Infinity), finishIndex())),
    postings,
  };

  function finishIndex(): TextIndex {
    return searchPostings(packPostings(termIds, termRows, termWeights), size, attributes);
  }

  /** Each word's rows and weights, unpacked (the shard writer stores them per word). */
  function postings(): Map<string, Posting> {
    step(Infinity);
    const result = new Map<string, Posting>();
    for (const [key, id] of termIds)
      result.set(key, { rows: termRows[id]!, weights: termWeights[id]! });
    return result;
  }
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
