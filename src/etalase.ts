/**
 * Entry of the drop-in file `dist/etalase.min.js`. It holds Lit, the shared base and the events, and
 * defines every Etalase element on first use: an element's code is a chunk beside this file that
 * loads when its tag first appears in the page. The feed parser, district names, the map engine and
 * its base map are further chunks, loaded only when (and while) a feed loads or a map shows.
 */
import { CSSResult, type ReactiveElement } from 'lit';
import { defineOnFirstUse, loadElement, type ElementLoaders } from './elements/lazy.js';
import { safeUrl } from './format/url.js';
import { startFeedWorkerEarly } from './feed/worker-start.js';
import { isShardIndexSource } from './feed/shards/format.js';
import { onceInView } from './elements/showcase/in-view.js';
import { yieldToEventLoop } from './model/yield.js';

export { EtalaseElement, setStrings, THEMES, type Theme } from './elements/base/index.js';
export * from './elements/events/index.js';
// Shared by nearly every element: kept in this file rather than in a dozen tiny chunks, each of
// which would cost a visitor on a slow link one more request before the first products show.
export * from './format/url.js';
export * from './format/text.js';
export * from './format/money.js';
export * from './format/date.js';
export { getBuiltinRegion } from './model/regions/index.js';
export { normalizeRegionCode } from './model/region-code.js';
export * from './model/vocabulary.js';
export { property, state, query } from 'lit/decorators.js';

/**
 * Whether the showcase's feed worker can start (see feed/load-off-thread.ts): then the worker fetches
 * and parses the feed, and the page must neither preload the feed (the worker could not use that copy:
 * it would download twice) nor load the parser.
 */
const feedsOffThread =
  typeof Worker === 'function' && new URL(import.meta.url).origin === location.origin;

const loaders: ElementLoaders = {
  // The showcase always loads a feed and shows a grid, search and filters: request their chunks and
  // the parser (unless a worker parses) together with it, rather than one level of imports later.
  'etalase-showcase': async () => {
    await showcaseWanted();
    // The elements of the first render and of the first cards.
    const firstRender = Promise.all([
      import('./elements/showcase/showcase.component.js').then((m) => m.EtalaseShowcase),
      import('./elements/product-grid/product-grid.js').then((m) => m.EtalaseProductGrid),
      import('./elements/product-card/product-card.component.js').then((m) => m.EtalaseProductCard),
      import('./elements/search/search.js').then((m) => m.EtalaseSearch),
    ]);
    const [elements] = await Promise.all([
      firstRender,
      feedsOffThread ? startFeedWorkers() : preloadFeeds(),
      feedsOffThread || import('./model/parse.js'),
      import('./elements/product-card/product-card.js'),
      // Shared by the card, the grid and the detail: requested now, not once the card's code has loaded.
      import('./elements/shared/shared.js'),
      import('./elements/region-filter/region-filter.js'),
      import('./elements/facets/facets.js'),
    ]);
    // Their style sheets are built now; the showcase is defined, and so renders first, in the next
    // task: two shorter tasks for a phone's CPU, and a page's `etalase-showcase:not(:defined)` space
    // holds until it renders.
    for (const element of elements) buildStyleSheets(element);
    await yieldToEventLoop();
    elements[0].define('etalase-showcase');
  },
  'etalase-product-card': () => import('./elements/product-card/product-card.js'),
  'etalase-product-grid': () => import('./elements/product-grid/product-grid.js'),
  'etalase-product-detail': () => import('./elements/product-detail/product-detail.js'),
  'etalase-region-filter': () => import('./elements/region-filter/region-filter.js'),
  'etalase-search': () => import('./elements/search/search.js'),
  'etalase-facets': () => import('./elements/facets/facets.js'),
  'etalase-producer-map': () => import('./elements/producer-map/producer-map.js'),
  'etalase-order-planner': () => import('./elements/order-planner/order-planner.js'),
  'etalase-outlet-list': () => import('./elements/outlet-list/outlet-list.js'),
};

/** Builds an element class's style sheets now (Lit builds them when its first instance connects). */
function buildStyleSheets(element: typeof ReactiveElement): void {
  void element.observedAttributes; // finalizes the class, which sets its `elementStyles`
  for (const style of element.elementStyles) if (style instanceof CSSResult) void style.styleSheet;
}

/**
 * Resolves at once, or, when every showcase in the page is `loading="lazy"` (below the page's own
 * content), once one is scrolled to: until then the page loads no showcase code at all. A link that
 * opens a product (`?produk=`) wants it at once.
 */
function showcaseWanted(): Promise<void> {
  const lazy = document.querySelectorAll('etalase-showcase[loading="lazy"]');
  if (
    !lazy.length ||
    document.querySelector('etalase-showcase:not([loading="lazy"])') ||
    // `PRODUCT_PARAM` of the showcase's url-state.ts (not imported: it would bring that module into core)
    new URLSearchParams(location.search).has('produk')
  )
    return Promise.resolve();
  return new Promise((resolve) => onceInView(lazy, resolve));
}

/** Showcases that load their feed at once (a `loading="lazy"` one waits until it is scrolled to). */
const EAGER_SHOWCASES = 'etalase-showcase[src]:not([loading="lazy"])';

/**
 * Starts the feed worker of each showcase in the page now, so its download begins while the showcase's
 * code is still loading; the showcase takes it over (same URLs, same options as its first load).
 */
function startFeedWorkers(): void {
  for (const showcase of document.querySelectorAll(EAGER_SHOWCASES)) {
    const urls = (showcase.getAttribute('src') ?? '').split(/\s+/).filter(Boolean);
    // A shard set's index is read by the shard reader on the page: a worker would fetch it for nothing.
    if (urls.length && !isShardIndexSource(urls))
      startFeedWorkerEarly({ urls, options: { fresh: false, baseUrl: location.href } });
  }
}

/** Starts downloading the feeds of the showcases in the page while their code is still loading. */
function preloadFeeds(): void {
  const preloaded = new Set(
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map((link) => link.href),
  );
  for (const showcase of document.querySelectorAll(EAGER_SHOWCASES)) {
    for (const url of (showcase.getAttribute('src') ?? '').split(/\s+/).filter(Boolean)) {
      const href = safeUrl(url, { allowRelative: true, base: document.baseURI });
      if (!href || preloaded.has(href)) continue;
      preloaded.add(href);
      const link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'fetch';
      link.crossOrigin = 'anonymous'; // matches the runtime's fetch (no credentials across origins)
      link.href = href;
      document.head.append(link);
    }
  }
}

/**
 * Server-rendered elements (their declarative shadow root is already in the page): Lit's hydration
 * support must be in place before any element is defined, so they keep their nodes. Other pages never
 * load it.
 */
const hydration = [...document.querySelectorAll(Object.keys(loaders).join(','))].some(
  (element) => element.shadowRoot,
)
  ? import('./elements/hydrate-support.js')
  : undefined;

const ready: ElementLoaders = hydration
  ? Object.fromEntries(
      Object.entries(loaders).map(([tag, load]) => [tag, () => hydration.then(load)]),
    )
  : loaders;

defineOnFirstUse(ready);

/** Defines `tag` now (e.g. before creating it inside your own shadow root); resolves when defined. */
export function define(tag: keyof typeof loaders & string): Promise<unknown> {
  return loadElement(tag, ready);
}

/** Defines every Etalase element. */
export function defineAll(): Promise<unknown[]> {
  return Promise.all(Object.keys(loaders).map((tag) => loadElement(tag, ready)));
}
