/**
 * Suggestions for the search combobox: the best products for the words typed so far, producers whose
 * name starts with them, and the categories the matching products fall in.
 */
import type { Producer } from '../../model/types.js';
import { allTexts } from '../../format/text.js';
import { forEachBit } from '../bitset.js';
import { tokenize } from '../text.js';
import type { TextMatch } from './filters.js';
import type { CategoryLabel } from './labels.js';
import type { RowIndex } from './rows.js';
import type { Suggestions } from './types.js';

export interface Suggester {
  suggest(found: TextMatch | undefined, text: string, limit: number): Suggestions;
  /** Makes the producers' name words now (otherwise on the first suggestion, as the visitor types). */
  prepare(): void;
}

export function createSuggester(
  index: RowIndex,
  producers: Producer[],
  defaultRank: Int32Array,
  categoryLabel: CategoryLabel,
): Suggester {
  // Producer names as words, made on the first suggestion unless prepared before.
  let producerWords: string[][] | undefined;
  const wordsOfProducers = () =>
    (producerWords ??= producers.map((producer) => tokenize(allTexts(producer.name).join(' '))));
  return {
    prepare: wordsOfProducers,
    suggest(found, text, limit) {
      if (!found) return { products: [], producers: [], categories: [], places: [] };
      const list: number[] = [];
      forEachBit(found.bits, (i) => list.push(i));
      list.sort((a, b) => found.scores[b]! - found.scores[a]! || defaultRank[a]! - defaultRank[b]!);
      const words = tokenize(text);
      const names = wordsOfProducers();
      const producerMatches: Producer[] = [];
      for (let p = 0; p < producers.length && producerMatches.length < limit; p++) {
        const name = names[p]!;
        if (words.every((word) => name.some((w) => w.startsWith(word))))
          producerMatches.push(producers[p]!);
      }
      const categoryCounts = new Map<string, number>();
      for (const i of list) {
        const id = index.hit(i).product.category;
        categoryCounts.set(id, (categoryCounts.get(id) ?? 0) + 1);
      }
      return {
        products: list.slice(0, limit).map((i) => index.hit(i)),
        producers: producerMatches.slice(0, limit),
        categories: [...categoryCounts]
          .sort((a, b) => b[1] - a[1])
          .slice(0, limit)
          .map(([id, count]) => ({ id, label: categoryLabel(id), count })),
        places: [],
      };
    },
  };
}
