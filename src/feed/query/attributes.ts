/**
 * Words that name a product's attributes rather than appear in its text: its region at every level
 * ("palangkaraya", "kalimantan tengah", "kalteng") and its certifications ("halal", "pirt"). They are
 * not indexed per product: each word points at the bit sets the row index already holds per region and
 * per certification, so they cost nothing to build and district names can join when they load.
 */
import type { Feed } from '../../model/types.js';
import { getBuiltinRegion, hasDistricts } from '../../model/regions/index.js';
import type { Bitset } from '../bitset.js';
import { countBits } from '../bitset.js';
import { regionNameKey } from '../region-index.js';
import { tokenize } from '../text.js';
import type { RowIndex } from './rows.js';
import { WEIGHT } from './text-index.js';

/** One word's meaning as an attribute: the rows it selects, and how much a match counts. */
export interface AttributeHit {
  bits: Bitset;
  weight: number;
}

export type AttributeWords = Map<string, AttributeHit[]>;

/** Short names every Indonesian uses for provinces (by Kemendagri code). */
const PROVINCE_ALIASES: Record<string, string[]> = {
  '12': ['sumut'],
  '13': ['sumbar'],
  '16': ['sumsel'],
  '19': ['babel'],
  '21': ['kepri'],
  '31': ['dki', 'jakarta'],
  '32': ['jabar'],
  '33': ['jateng'],
  '34': ['diy', 'jogja', 'yogya', 'jogjakarta'],
  '35': ['jatim'],
  '52': ['ntb'],
  '53': ['ntt'],
  '61': ['kalbar'],
  '62': ['kalteng'],
  '63': ['kalsel'],
  '64': ['kaltim'],
  '65': ['kaltara'],
  '71': ['sulut'],
  '72': ['sulteng'],
  '73': ['sulsel'],
  '74': ['sultra'],
  '76': ['sulbar'],
  '82': ['malut'],
  '92': ['pabar'],
};

/** Search words of each certification type (its own name is one already). */
const CERTIFICATION_WORDS: Record<string, string[]> = {
  pirt: ['pirt', 'spp'],
  haki: ['haki', 'hki'],
  other: [],
};

/** A place a query names: the region, its product count, and the words left once it is taken out. */
export interface PlaceMatch {
  code: string;
  name: string;
  count: number;
  /** The query without the words naming the place (empty when it named only the place). */
  rest: string;
}

export interface Attributes {
  /** The attribute words as they stand (a new map once district names have loaded). */
  words(): AttributeWords;
  /** Regions whose whole name (or short name) appears in `text`, largest first. */
  placesIn(text: string): PlaceMatch[];
}

export function createAttributes(feed: Feed, index: RowIndex): Attributes {
  const feedNames = new Map(feed.regions.map((region) => [region.code, region.name]));
  const nameOf = (code: string) => feedNames.get(code) ?? getBuiltinRegion(code)?.name;
  let built: { districts: boolean; words: AttributeWords; keys: Map<string, string[]> } | undefined;

  const build = () => {
    const districts = hasDistricts();
    if (built?.districts === districts) return built;
    const words: AttributeWords = new Map();
    const keys = new Map<string, string[]>();
    const add = (word: string, hit: AttributeHit) => {
      const list = words.get(word);
      if (!list) words.set(word, [hit]);
      else if (!list.some((known) => known.bits === hit.bits)) list.push(hit);
    };
    const addKey = (key: string, code: string) => {
      const list = keys.get(key);
      if (!list) keys.set(key, [code]);
      else if (!list.includes(code)) list.push(code);
    };
    for (const [code, bits] of index.valueSets.region) {
      const name = nameOf(code);
      if (!name) continue;
      const hit = { bits, weight: WEIGHT.place };
      for (const word of tokenize(name)) add(word, hit);
      // "Palangka Raya" and "Palangkaraya" meet on the joined name without "Kota"/"Kabupaten".
      const key = regionNameKey(name);
      if (key) {
        add(key, hit);
        addKey(key, code);
      }
      for (const alias of PROVINCE_ALIASES[code] ?? []) {
        add(alias, hit);
        addKey(alias, code);
      }
    }
    for (const [type, bits] of index.valueSets.certification) {
      const hit = { bits, weight: WEIGHT.certification };
      for (const word of CERTIFICATION_WORDS[type] ?? [type]) add(word, hit);
    }
    return (built = { districts, words, keys });
  };

  return {
    words: () => build().words,
    placesIn(text) {
      const { keys } = build();
      const terms = tokenize(text);
      const found: PlaceMatch[] = [];
      // Longest spans first, so "kota palangka raya" is one place, not "raya" somewhere else.
      const used = new Array<boolean>(terms.length).fill(false);
      for (let length = Math.min(terms.length, 5); length >= 1; length--) {
        for (let start = 0; start + length <= terms.length; start++) {
          if (used.slice(start, start + length).some(Boolean)) continue;
          const key = regionNameKey(terms.slice(start, start + length).join(' '));
          const codes = key ? keys.get(key) : undefined;
          if (!codes) continue;
          for (let k = start; k < start + length; k++) used[k] = true;
          const rest = terms.filter((_, k) => k < start || k >= start + length).join(' ');
          for (const code of codes) {
            const bits = index.valueSets.region.get(code)!;
            found.push({ code, name: nameOf(code)!, count: countBits(bits), rest });
          }
        }
      }
      return found.sort((a, b) => b.count - a.count);
    },
  };
}
