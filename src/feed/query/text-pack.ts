/**
 * Building the text index: each word (and its Indonesian stem) → the rows it occurs in, with the best
 * field weight per row, packed into typed arrays (`PackedText`). Kept apart from the search
 * (`text-index.ts`) so the feed worker can build and transfer it without carrying the search code.
 */
import type { LocalizedText } from '../../model/types.js';
import type { Language } from '../../model/vocabulary.js';
import { createWordScanner, stemIndonesian } from '../text.js';
import type { RowIndex } from './rows.js';

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

/** A word's rows and the weight of its best field in each. */
export interface Posting {
  rows: ArrayLike<number>;
  weights: ArrayLike<number>;
}

/**
 * Every word's rows and weights in two typed arrays, one after the other: a third of the memory of a
 * pair of arrays per word, nothing for the garbage collector to walk, and transferable. Word `t`
 * (the `t`-th of `terms` split at newlines, in code-unit order) has `rows[starts[t]]` up to
 * `rows[starts[t + 1]]`. Weights are small integers (`WEIGHT`).
 */
export interface PackedText {
  terms: string;
  starts: Int32Array;
  /** 16-bit row numbers while they fit (up to 65,536 rows): half the memory of the largest array. */
  rows: Int32Array | Uint16Array;
  weights: Uint8Array;
}

/** Builds the packed text index row by row. */
export interface TextPackBuilder {
  /** Indexes rows until `deadline` (a `performance.now()` time); true when every row is in. */
  step(deadline: number): boolean;
  /** Indexes what is left and packs it. */
  pack(): PackedText;
  /** Indexes what is left and returns each word's rows and weights (the shard writer stores them). */
  postings(): Map<string, Posting>;
}

export function createTextPackBuilder(
  rows: Pick<RowIndex, 'size' | 'hit'>,
  categoryLabel: (id: string, lang: Language) => string,
): TextPackBuilder {
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
  const step = (deadline: number) => {
    while (next < size) {
      indexRow(next++);
      if ((next & 127) === 0 && performance.now() > deadline) break;
    }
    return next >= size;
  };
  return { step, pack, postings };

  function pack(): PackedText {
    step(Infinity);
    const terms = [...termIds.keys()].sort();
    let total = 0;
    for (const list of termRows) total += list.length;
    const packedRows = size <= 0x10000 ? new Uint16Array(total) : new Int32Array(total);
    const weights = new Uint8Array(total);
    const starts = new Int32Array(terms.length + 1);
    let at = 0;
    terms.forEach((term, t) => {
      const id = termIds.get(term)!;
      starts[t] = at;
      packedRows.set(termRows[id]!, at);
      weights.set(termWeights[id]!, at);
      at += termRows[id]!.length;
    });
    starts[terms.length] = at;
    return { terms: terms.join('\n'), starts, rows: packedRows, weights };
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

/** The buffers of a packed text index: the list to transfer it with. */
export const packedTextBuffers = (text: PackedText): ArrayBuffer[] =>
  [text.starts, text.rows, text.weights].map((array) => array.buffer as ArrayBuffer);
