/**
 * The text index: an inverted index from each word (and its Indonesian stem) to the rows it occurs in,
 * with the best field weight per row. Built on the first search (many visits only browse), or ahead of
 * time in slices so the page stays responsive.
 */
import type { LocalizedText } from '../../model/types.js';
import type { Language } from '../../model/vocabulary.js';
import { andInto, createBitset, setBit } from '../bitset.js';
import { createWordScanner, stemIndonesian, tokenize } from '../text.js';
import type { TextMatch } from './filters.js';
import type { Row } from './rows.js';

/** Field weights: a word in the name outranks one in tags, which outranks one in the description. */
export const WEIGHT = {
  name: 16,
  tags: 8,
  materials: 6,
  producer: 4,
  category: 3,
  description: 1,
} as const;
/** A word that only starts with what was typed counts a little less than the whole word. */
export const PREFIX_FACTOR = 0.75;
/** Shortest typed word matched as a prefix (shorter ones must match whole). */
const MIN_PREFIX = 2;

export interface TextIndex {
  /** Rows containing every word (the last one may be a prefix), with their scores. */
  search(text: string): TextMatch | undefined;
}

/** Builds a text index row by row. */
export interface TextIndexBuilder {
  /** Indexes rows until `deadline` (a `performance.now()` time); true when every row is in. */
  step(deadline: number): boolean;
  /** Indexes what is left and returns the index. */
  finish(): TextIndex;
}

interface Posting {
  rows: number[];
  weights: number[];
}

export function createTextIndexBuilder(
  rows: Row[],
  categoryLabel: (id: string, lang: Language) => string,
): TextIndexBuilder {
  const size = rows.length;
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
    const { product, producer } = rows[i]!.hit;
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
  };

  function finishIndex(): TextIndex {
    const postings = new Map<string, Posting>();
    for (const [key, id] of termIds)
      postings.set(key, { rows: termRows[id]!, weights: termWeights[id]! });
    return searchPostings(postings, size);
  }
}

/** Search over finished postings: every word must match; the last may be a prefix. */
function searchPostings(postings: Map<string, Posting>, size: number): TextIndex {
  const words = [...postings.keys()].sort();

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

  return {
    search(text) {
      const terms = [...new Set(tokenize(text))];
      if (terms.length === 0) return undefined;
      let bits: Uint32Array | undefined;
      const total = new Float32Array(size);
      terms.forEach((term, t) => {
        const isLast = t === terms.length - 1;
        const best = new Float32Array(size);
        const apply = (key: string, factor: number) => {
          const posting = postings.get(key);
          if (!posting) return;
          for (let k = 0; k < posting.rows.length; k++) {
            const score = posting.weights[k]! * factor;
            const row = posting.rows[k]!;
            if (score > best[row]!) best[row] = score;
          }
        };
        apply(term, 1);
        apply(stemIndonesian(term), 1);
        // The word being typed: every indexed word it starts.
        if (isLast && term.length >= MIN_PREFIX) {
          for (let k = lowerBound(term); k < words.length && words[k]!.startsWith(term); k++) {
            if (words[k] !== term) apply(words[k]!, PREFIX_FACTOR);
          }
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
      return { bits: bits!, scores: total };
    },
  };
}
