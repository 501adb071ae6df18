/**
 * The region tree of a feed: every region a product lies in, with its ancestors, named from the feed's
 * `regions` or the built-in Kemendagri table, and product counts rolled up the hierarchy.
 */
import type { Feed } from '../model/types.js';
import {
  ancestorRegionCodes,
  parentRegionCode,
  regionDepth,
  type RegionLevel,
} from '../model/region-code.js';
import { getBuiltinRegion, hasDistricts, loadDistricts } from '../model/regions/index.js';
import { nextTask } from '../model/yield.js';
import type { RegionNode } from './types.js';
import { normalizeText } from './text.js';
import { compareNames } from '../format/collate.js';

export interface RegionIndex {
  /** Provinces (or the shallowest regions present), sorted by name. */
  roots: RegionNode[];
  get(code: string): RegionNode | undefined;
  /** Display name of any code: the tree, then the built-in table, then the code itself. */
  nameOf(code: string): string;
  /** The node and its ancestors, province first. */
  path(code: string): RegionNode[];
  /**
   * Regions whose name matches, tolerant of case, spacing, punctuation and the "Kabupaten"/"Kota"
   * prefix: "palangka raya", "Kota Palangkaraya" and "PALANGKARAYA" all find 62.71.
   * Exact matches first, then names that start with the text.
   */
  findByName(name: string): RegionNode[];
  /** Every node, parents before children. */
  nodes(): RegionNode[];
}

const ADMIN_PREFIX =
  /^((kabupaten|kab|kota|provinsi|prov|kecamatan|kec|distrik)\s+)?(administrasi\s+|adm\s+)?/;

/** `"Kota Palangka Raya"` → `"palangkaraya"`: the key names are compared by. */
export function regionNameKey(name: string): string {
  return normalizeText(name).replace(ADMIN_PREFIX, '').replace(/\s+/g, '');
}

function levelOf(code: string, name: string): RegionLevel {
  const depth = regionDepth(code);
  if (depth === 1) return 'province';
  if (depth === 3) return 'district';
  return /^kota\b/i.test(name) ? 'city' : 'regency';
}

/** The product's own region, or its producer's. */
export function productRegionCodes(feed: Feed): string[] {
  const producerRegion = new Map(feed.producers.map((p) => [p.id, p.regionCode]));
  return feed.products.map(
    (product) => product.regionCode ?? producerRegion.get(product.producerId) ?? '',
  );
}

/**
 * Builds the tree synchronously; `counts` (region code → products at any depth below it) replaces the
 * feed's own products, for a shard set whose index counts every product. District names come from the built-in table only once
 * `loadDistricts()` has run (see `loadRegionIndex`); until then a district shows its feed name or code.
 */
export function createRegionIndex(feed: Feed, counts?: Record<string, number>): RegionIndex {
  const feedNames = new Map(feed.regions.map((r) => [r.code, r.name]));
  const nameOf = (code: string) => feedNames.get(code) ?? getBuiltinRegion(code)?.name ?? code;

  const byCode = new Map<string, RegionNode>();
  const ensure = (code: string): RegionNode => {
    let node = byCode.get(code);
    if (node) return node;
    const name = nameOf(code);
    const parentCode = parentRegionCode(code);
    const builtin = getBuiltinRegion(code);
    node = {
      code,
      name,
      level: builtin?.level ?? levelOf(code, name),
      parent: parentCode ?? null,
      children: [],
      productCount: 0,
    };
    byCode.set(code, node);
    if (parentCode !== undefined) ensure(parentCode).children.push(node);
    return node;
  };

  // Counts of a whole set given (a shard index's region facet: a region's products at any depth).
  if (counts) for (const code in counts) ensure(code).productCount = counts[code]!;
  else {
    // Counted per code first: thousands of products share a few hundred codes, and each code's
    // ancestors are then walked once.
    const perCode = new Map<string, number>();
    for (const code of productRegionCodes(feed))
      if (code) perCode.set(code, (perCode.get(code) ?? 0) + 1);
    for (const [code, count] of perCode) {
      ensure(code).productCount += count;
      for (const ancestor of ancestorRegionCodes(code)) ensure(ancestor).productCount += count;
    }
  }
  // Regions a feed declares or its publisher covers appear even without products.
  for (const region of feed.regions) ensure(region.code);
  if (feed.publisher?.regionCode) ensure(feed.publisher.regionCode);

  const sortTree = (nodes: RegionNode[]) => {
    nodes.sort((a, b) => compareNames(a.name, b.name, 'id') || (a.code < b.code ? -1 : 1));
    for (const node of nodes) sortTree(node.children);
  };
  const roots = [...byCode.values()].filter((node) => node.parent === null);
  sortTree(roots);

  const byKey = new Map<string, RegionNode[]>();
  for (const node of byCode.values()) {
    const key = regionNameKey(node.name);
    byKey.set(key, [...(byKey.get(key) ?? []), node]);
  }

  const ordered: RegionNode[] = [];
  const walk = (nodes: RegionNode[]) => {
    for (const node of nodes) {
      ordered.push(node);
      walk(node.children);
    }
  };
  walk(roots);

  return {
    roots,
    get: (code) => byCode.get(code),
    nameOf,
    path(code) {
      const node = byCode.get(code);
      if (!node) return [];
      return [...ancestorRegionCodes(code).flatMap((c) => byCode.get(c) ?? []), node];
    },
    findByName(name) {
      const key = regionNameKey(name);
      if (key === '') return [];
      const exact = byKey.get(key) ?? [];
      const prefix = ordered.filter(
        (node) => !exact.includes(node) && regionNameKey(node.name).startsWith(key),
      );
      return [...exact, ...prefix];
    },
    nodes: () => ordered,
  };
}

/** Like `createRegionIndex`, after loading district names when the feed has district codes. */
export async function loadRegionIndex(
  feed: Feed,
  counts?: Record<string, number>,
): Promise<RegionIndex> {
  const needsDistricts = (counts ? Object.keys(counts) : productRegionCodes(feed)).some(
    (code) => regionDepth(code) === 3,
  );
  if (needsDistricts && !hasDistricts()) {
    await loadDistricts();
    // Registering the district table is a task's worth of work: the tree is built in the next one.
    await nextTask();
  }
  return createRegionIndex(feed, counts);
}
