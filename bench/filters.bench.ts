/**
 * Filter elements: (1) the full national region tree (38 provinces + 514 regencies/cities + 7,285
 * districts) rendered expanded, against Shoelace `<sl-tree>` holding the same nodes; (2) a filter change
 * on 10,000 products: query engine facets + re-render of the region tree and the facets.
 *   npm run bench:filters
 */
import '@shoelace-style/shoelace/dist/components/tree/tree.js';
import '@shoelace-style/shoelace/dist/components/tree-item/tree-item.js';
import { EtalaseRegionFilter } from '../src/elements/region-filter/region-filter.component.js';
import { EtalaseFacets } from '../src/elements/facets/facets.component.js';
import type { FilterState, RegionNode } from '../src/feed/types.js';
import { createQueryEngine, loadRegionIndex } from '../src/feed/index.js';
import { parseFeed } from '../src/model/parse.js';
import { loadDistricts } from '../src/model/regions/index.js';
import { generateFeed } from '../test/fixtures/generate-feed.js';
import { builtinRegionTree } from '../test/fixtures/region-tree.js';
import { done, median, nextPaint, printTable } from './util.js';

EtalaseRegionFilter.define('etalase-region-filter');
EtalaseFacets.define('etalase-facets');

function countNodes(nodes: RegionNode[]): Record<string, number> {
  const counts = { province: 0, regency: 0, district: 0 };
  const walk = (list: RegionNode[]) => {
    for (const n of list) {
      counts[n.level === 'city' ? 'regency' : (n.level as keyof typeof counts)]++;
      walk(n.children);
    }
  };
  walk(nodes);
  return counts;
}

const host = document.createElement('div');
document.body.append(host);
const clear = () => host.replaceChildren();

async function renderEtalase(tree: RegionNode[]): Promise<number> {
  const el = new EtalaseRegionFilter();
  el.showEmpty = true;
  el.regions = tree;
  el.expandAll();
  host.append(el);
  await el.updateComplete;
  void host.offsetHeight; // force style + layout
  return el.shadowRoot!.querySelectorAll('[role="treeitem"]').length;
}

async function renderShoelace(tree: RegionNode[]): Promise<number> {
  const root = document.createElement('sl-tree');
  const build = (nodes: RegionNode[], parent: Element) => {
    for (const node of nodes) {
      const item = document.createElement('sl-tree-item');
      item.textContent = `${node.name} ${node.productCount}`;
      if (node.children.length) {
        item.setAttribute('expanded', '');
        build(node.children, item);
      }
      parent.append(item);
    }
  };
  build(tree, root);
  host.append(root);
  const items = [...root.querySelectorAll('sl-tree-item')] as (HTMLElement & {
    updateComplete: Promise<unknown>;
  })[];
  await (root as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  await Promise.all(items.map((item) => item.updateComplete));
  void host.offsetHeight;
  return items.length;
}

try {
  await loadDistricts();
  // Every node with one product, so none is hidden.
  const tree = builtinRegionTree(1);
  console.log('national tree', JSON.stringify(countNodes(tree)));

  /** Median of `runs` renders (after one warm-up), from an empty host to laid out. */
  const measure = async (render: (t: RegionNode[]) => Promise<number>, runs: number) => {
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < runs + 1; i++) {
      clear();
      await nextPaint();
      const start = performance.now();
      rows = await render(tree);
      const time = performance.now() - start;
      if (i > 0) times.push(time);
    }
    times.sort((a, b) => a - b);
    return { ms: times[Math.floor(times.length / 2)]!, rows };
  };
  const etalase = await measure(renderEtalase, 7);
  const shoelace = await measure(renderShoelace, 5);
  clear();
  printTable('Full national region tree, expanded (median ms, render + style + layout)', [
    { element: 'etalase-region-filter', items: String(etalase.rows), ms: etalase.ms },
    { element: 'sl-tree (Shoelace 2)', items: String(shoelace.rows), ms: shoelace.ms },
  ]);
  console.log(`ratio etalase / shoelace = ${(etalase.ms / shoelace.ms).toFixed(3)} (goal < 1)`);

  // --- filter change on 10,000 products ---------------------------------------------------------
  const { feed } = parseFeed(generateFeed({ products: 10000, seed: 1, regions: 'national' }));
  const engine = createQueryEngine(feed!);
  const index = await loadRegionIndex(feed!);
  const regionFilter = new EtalaseRegionFilter();
  const facets = new EtalaseFacets();
  regionFilter.regions = index.roots;
  host.append(regionFilter, facets);
  const states: FilterState[] = [
    {},
    { category: ['kuliner'] },
    { category: ['kuliner'], certification: ['halal'] },
    { category: ['kuliner'], certification: ['halal'], flagship: true, priceMax: 100000 },
    { region: [index.roots[0]!.code], availability: ['in_stock'] },
    { q: 'kopi', bulk: true },
  ];
  // A realistic view: the first province open with its regencies.
  regionFilter.value = [index.roots[0]!.children[0]!.code];
  await regionFilter.updateComplete;
  let step = 0;
  const apply = async (state: FilterState) => {
    const result = engine.facets(state);
    regionFilter.counts = result.region;
    regionFilter.value = state.region ?? [];
    facets.facets = result;
    facets.value = state;
    await Promise.all([regionFilter.updateComplete, facets.updateComplete]);
    void host.offsetHeight;
  };
  await apply({});
  const engineOnly = await median(() => engine.facets(states[step++ % states.length]!), 30, 5);
  step = 0;
  const full = await median(() => apply(states[step++ % states.length]!), 30, 5);
  const rows = regionFilter.shadowRoot!.querySelectorAll('[role="treeitem"]').length;
  printTable('Filter change on 10,000 products (median ms over 6 alternating states)', [
    { step: 'engine.facets(state)', ms: engineOnly },
    { step: `facets + re-render tree (${rows} items) + facets + layout`, ms: full },
  ]);
  console.log(`filter change ${full.toFixed(2)} ms (goal <= 16 ms)`);
  done();
} catch (error) {
  window.benchFail(String((error as Error).stack ?? error));
}
