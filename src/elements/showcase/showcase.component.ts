import {
  html,
  isServer,
  nothing,
  ReactiveElement,
  render,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { EtalaseElement } from '../base/etalase-element.js';
import { afterPaint } from '../base/after-paint.js';
import { icons } from '../base/icons.js';
import {
  EtalaseFeedErrorEvent,
  EtalaseFeedLoadEvent,
  EtalaseFilterChangeEvent,
} from '../events/index.js';
import type { EtalaseProductSelectEvent } from '../events/index.js';
import { EtalasePlanChangeEvent, type EtalasePlanAddEvent } from '../events/plan-change.js';
import type { EtalaseOrderPlanner } from '../order-planner/order-planner.component.js';
import { PLAN_URL_PARAM, quantityText } from '../../feed/order-plan/plan.js';
import {
  createQueryEngineInSlices,
  createRegionIndex,
  loadRegionIndex,
  type QueryEngine,
  type RegionIndex,
} from '../../feed/index.js';
import type { FilterState, QueryResult, SortOrder } from '../../feed/types.js';
import { materialNames } from '../../feed/query/rows.js';
import type { PlaceSuggestion } from '../../feed/query/types.js';
import { currentOutlets, localDate } from '../../format/calendar.js';
import { formatDate } from '../../format/date.js';
import { localize } from '../../format/text.js';
import type { Feed, LocalizedText, Product } from '../../model/types.js';
import { getBuiltinRegion } from '../../model/regions/index.js';
import { nextTask, whenIdle, yieldToEventLoop } from '../../model/yield.js';
import { normalizeRegionCode, parentRegionCode } from '../../model/region-code.js';
import { filterChips, type FilterChip } from './active-filters.js';
import { warmRehearsals, warmTemplates } from './warm-templates.js';
import { FeedController, previewHits, type FeedSnapshot } from './feed-controller.js';
import { onceInView } from './in-view.js';
import { failedRegionNames, showsPartOfMatches, withSetCounts } from './shard-view.js';
import type { ShardView } from '../../feed/shards/read.js';
import { logFeedHealth, renderFeedEmpty, renderFeedHealth } from './feed-health.js';
import { countFeed, type FeedCounts } from '../../model/health.js';
import { strings } from './showcase.strings.js';
import { styles } from './showcase.styles.js';
import { productPageUrl, readUrlState, writeUrlState, type UrlState } from './url-state.js';
import '../search/search.js';
import '../region-filter/region-filter.js';
import '../facets/facets.js';
import '../product-grid/product-grid.js';
import type { EtalaseProductDetail } from '../product-detail/product-detail.component.js';
import { toSuggestions } from '../search/suggestion.js';

// Loaded when first needed: the detail when a product opens (or the browser is idle), the map when a
// map view is chosen.
const loadDetail = () => import('../product-detail/product-detail.js');
const loadMap = () => import('../producer-map/producer-map.js');
// The order planner (attribute `order-planner`) is its own chunk, loaded only when it is on.
const loadPlanner = () => import('../order-planner/order-planner.js');

/** The icon and label of each view button. */
const VIEW_BUTTONS = {
  grid: { icon: icons.grid, label: 'viewGrid' },
  map: { icon: icons.map, label: 'viewMap' },
  split: { icon: icons.split, label: 'viewSplit' },
  outlets: { icon: icons.calendar, label: 'viewOutlets' },
} as const;

/** How long a deep-linked product waits for district names before it opens anyway (ms). */
const DISTRICT_WAIT = 2500;
/** No region chosen: one array, so the region filter sees no change when nothing changed. */
const NO_REGIONS: string[] = [];
const loadOutlets = () => import('../outlet-list/outlet-list.js');

/** Below this width (px, 48rem) the showcase uses its phone layout. */
const COMPACT_WIDTH = 768;

/** The load state a server-rendered showcase shows (and hydrates with): loaded, nothing to report. */
const AS_PRERENDERED = {
  status: 'ready',
  stale: false,
  slow: false,
  progress: null,
  error: null,
  retrying: false,
  partialErrors: [],
  credits: [],
} satisfies Partial<FeedSnapshot>;

export const SHOWCASE_VIEWS = ['grid', 'map', 'split', 'outlets'] as const;
export type ShowcaseView = (typeof SHOWCASE_VIEWS)[number];

/** When the feed loads: `eager` at once, `lazy` when the visitor scrolls the showcase into view. */
export const SHOWCASE_LOADING = ['eager', 'lazy'] as const;
export type ShowcaseLoading = (typeof SHOWCASE_LOADING)[number];

/** The sort control's choices; `relevance` reads "featured" when there are no search words. */
const SORT_CHOICES: SortOrder[] = ['relevance', 'newest', 'name', 'price-asc', 'price-desc'];

/** Filter fields that count as "active filters" for the badge and the reset button. */
const COUNTED_FILTERS: (keyof FilterState)[] = [
  'q',
  'region',
  'category',
  'tags',
  'materials',
  'certification',
  'availability',
  'priceMin',
  'priceMax',
  'flagship',
  'bulk',
  'custom',
  'exportReady',
  'maxLeadTimeDays',
  'outlet',
  'producer',
];

function activeFilterCount(filter: FilterState): number {
  return COUNTED_FILTERS.filter((key) => {
    const value = filter[key];
    return Array.isArray(value)
      ? value.length > 0
      : value !== undefined && value !== '' && value !== false;
  }).length;
}

/**
 * @summary The whole catalogue in one element: search, region filter, facets, product grid, producer map
 * and product detail over one shared filter state, loaded from one or several feed URLs.
 *
 * @slot header - Replaces the default header (publisher name and "data as of").
 * @slot footer - Replaces the default footer (data source and licence).
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The header row.
 * @csspart toolbar - Search, filter toggle and view switch.
 * @csspart filters - The filter sidebar (a disclosure panel on narrow screens).
 * @csspart results - The grid and map area.
 * @csspart result-bar - Above the results: "did you mean", the place offer, filter chips and sort.
 * @csspart chip - An active filter's remove button.
 * @csspart sort - The sort order select.
 * @csspart notice - Stale-data and error notices.
 * @csspart footer - The footer row.
 * @csspart debug - The feed-health panel (`debug` attribute).
 *
 * @cssprop --etalase-showcase-sidebar-width - Width of the filter sidebar on wide screens (default 18em).
 *
 * @fires etalase-feed-load - The feed loaded, or an update arrived after revalidation.
 * @fires etalase-feed-error - The feed could not be loaded; the last good data (if any) stays visible.
 * @fires etalase-filter-change - A visitor changed the filters; `filter` is the whole new state.
 * @fires etalase-product-select - A visitor opened a product (from the grid, search or map).
 * @fires etalase-contact - A visitor opened a contact or marketplace link in the product detail, or
 *   sent an order plan's enquiry to a producer.
 * @fires etalase-plan-change - With `order-planner`: a visitor changed the order plan.
 */
export class EtalaseShowcase extends EtalaseElement {
  static override styles = styles;

  /**
   * Registers the element; a showcase already in the page keeps the space the page held for it while
   * it was undefined, until its first render (see `firstRenderInSlices`).
   */
  static override define(name: string): void {
    if (customElements.get(name)) return;
    // None on the server (`etalase render`): there is no page there.
    if (!isServer)
      for (const element of document.querySelectorAll(name))
        heldSpace.set(element, getComputedStyle(element).minHeight);
    super.define(name);
  }

  /** Feed URL; several URLs separated by spaces are merged. */
  @property() src = '';

  /** Kemendagri region code to pre-filter (e.g. `62.71`). */
  @property() region = '';

  /** Category to pre-filter (e.g. `kuliner`). */
  @property() category = '';

  /**
   * `grid` (default), `map`, `split` (list and map side by side on wide screens), or `outlets` (expos
   * and galleries as a calendar list; offered when the feed has outlets).
   */
  @property({ reflect: true }) view: ShowcaseView = 'grid';

  /**
   * Id of a product whose detail opens once the feed has loaded, as a `?produk=` link does with
   * `sync-url` (which wins when the URL names one).
   */
  @property() product = '';

  /** Mirror the filters and the open product in the page URL (Back/Forward, shareable links). */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /**
   * `eager` (default): the feed loads at once. `lazy`: it loads (and the products render) only when
   * the visitor scrolls the showcase into view, or at once when the page URL opens one of its
   * products (`sync-url`): for a showcase below a page's own content, which then loads nothing
   * while the page itself loads. A pre-rendered showcase keeps its server markup until then.
   */
  @property() loading: ShowcaseLoading = 'eager';

  /** Products per page of the grid; by default 24, or 12 when the showcase is phone-narrow. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 0;

  /**
   * Shows a small feed-health panel above the results (records read, shown and skipped, values
   * repaired, the first problems), for the webmaster testing the page. Off for visitors.
   */
  @property({ type: Boolean }) debug = false;

  /**
   * Turn on the order planner: "Tambah ke rencana pesanan" on cards and the detail, a plan button
   * with the item count, and a read-only plan from a shared `?rencana=` link.
   */
  @property({ type: Boolean, attribute: 'order-planner' }) orderPlanner = false;

  /**
   * The visitor's date (`YYYY-MM-DD`) for expos and certificate expiry; empty (default) for the real
   * local date. Set it to preview the catalogue as it will look on another day.
   */
  @property() today = '';

  /** The current filter state. Setting it is a programmatic change: no event fires. */
  @property({ attribute: false }) filter: FilterState = {};

  @state() private filtersOpen = false;
  /** Items in the own order plan (`null` until the planner has loaded). */
  @state() private planCount: number | null = null;
  @state() private planStatus = '';
  @query('etalase-order-planner') private planner?: EtalaseOrderPlanner;
  /** A plan shared as a link (`?rencana=`), opened read-only once the feed is there. */
  private sharedPlan =
    typeof location === 'undefined'
      ? ''
      : (new URLSearchParams(location.search).get(PLAN_URL_PARAM) ?? '');
  private sharedPlanShown = false;

  /**
   * False for the first render after a feed arrives: the grid paints first, the filters and the map
   * follow in the next task, so no single task blocks a phone for long.
   */
  @state() private settled = false;
  /** False until the task after `settled`: the facets render in a task of their own, after the regions. */
  @state() private facetsSettled = false;
  /** On a shard set: a changed filter waits for its view (`showShards`); the grid is marked busy. */
  @state() private shardViewPending = false;
  /** On a shard set: the view shows its best-matching shards only (see `showsPartOfMatches`). */
  @state() private partOfMatches = false;

  /**
   * Rendered on the server (`etalase render`): the page parsed its declarative shadow root. The markup
   * stays as it is until the feed is here, then the first render hydrates it (keeps its nodes).
   */
  private readonly serverRendered = !isServer && this.shadowRoot !== null;
  /** Server-rendered, and the first render has not adopted the server's markup yet. */
  private hydrating = this.serverRendered;

  /** Narrower than a tablet: filters behind a toggle, split view shows the list only. */
  @state() private compact =
    !this.serverRendered && typeof window !== 'undefined' && window.innerWidth < COMPACT_WIDTH;

  private measuredCompact: boolean | undefined;
  // None on the server (`etalase render`): nothing is laid out there.
  private readonly resizeObserver = isServer
    ? null
    : new ResizeObserver(([entry]) => {
        const compact = (entry?.contentRect.width ?? 0) < COMPACT_WIDTH;
        this.measuredCompact = compact;
        // Hydration renders the server's (wide) layout first; the phone layout follows it.
        if (this.hydrating) return;
        // In the next frame: re-laying out inside the observer's callback makes the browser report a
        // "ResizeObserver loop" error to the page.
        if (compact !== this.compact) requestAnimationFrame(() => (this.compact = compact));
      });

  /**
   * The wide layout's filter sidebar sticks (stays in view while the results scroll) only when it fits
   * on the screen: the `sidebar-sticks` state, from its height (this observer) and the window's.
   */
  private readonly sidebarObserver = isServer
    ? null
    : new ResizeObserver(([entry]) => {
        this.sidebarHeight = entry?.borderBoxSize[0]?.blockSize ?? 0;
        // In the next frame: a filter change that grows the sidebar (a province opened) is painted
        // first, and the switch lays the page out in a frame of its own.
        requestAnimationFrame(this.checkSidebar);
      });
  private sidebar: Element | undefined;
  private sidebarHeight = 0;
  private readonly checkSidebar = () => {
    if (!this.sidebar) return;
    const margin = 2 * (parseFloat(getComputedStyle(this.sidebar).top) || 0);
    this.toggleState('sidebar-sticks', this.sidebarHeight + margin <= innerHeight);
  };

  private get effectivePageSize(): number {
    return this.pageSize > 0 ? this.pageSize : this.compact ? 12 : 24;
  }

  @query('etalase-product-detail') private detail?: EtalaseProductDetail;

  private readonly feed = new FeedController(this, {
    onLoad: (snapshot) => this.feedLoaded(snapshot),
    onError: (problem) =>
      this.dispatchEvent(new EtalaseFeedErrorEvent(problem.code, problem.message, problem.url)),
  });

  private engine: QueryEngine | null = null;
  private regionIndex: RegionIndex | null = null;
  private categoryNames: Record<string, LocalizedText> = {};
  private materialNames: Record<string, LocalizedText> = {};
  private result: QueryResult | null = null;
  private openProductId: string | null = null;
  private presetsApplied = false;
  private feedCounts: FeedCounts | null = null;
  /** Loads district names once per feed (started when idle, or at once for a deep link). */
  private districtNames: (() => Promise<void>) | null = null;
  /** The page's own title while a product is open (`sync-url`), restored on close. */
  private pageTitle: string | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    window.addEventListener('resize', this.checkSidebar);
    this.resizeObserver?.observe(this);
    if (this.sidebar) this.sidebarObserver?.observe(this.sidebar);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    window.removeEventListener('resize', this.checkSidebar);
    this.resizeObserver?.disconnect();
    this.sidebarObserver?.disconnect();
    this.restoreTitle();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!SHOWCASE_VIEWS.includes(this.view)) this.view = 'grid';
    this.initialView ??= this.view;
    if (this.showsMap) void loadMap();
    // The planner's code once the first products show and the page is idle (see `feedLoaded`): its
    // button, a card's "add" and a shared plan load it at once when used first.
    if (changed.has('orderPlanner') && this.orderPlanner && this.engine)
      whenIdle(() => void this.readyPlanner(), 3000, 1000);
    if (this.view === 'outlets') void loadOutlets();
    // On the server (`etalase render`) the feed is given to `prerender`, never fetched.
    if ((changed.has('src') || changed.has('loading')) && !isServer) this.loadFeed();
    if (
      !this.presetsApplied &&
      (changed.has('region') ||
        changed.has('category') ||
        changed.has('syncUrl') ||
        changed.has('product'))
    ) {
      this.applyPresets();
    }
    if (
      this.engine &&
      (changed.has('filter') ||
        changed.has('pageSize') ||
        (changed as Map<PropertyKey, unknown>).has('compact') ||
        !this.result)
    ) {
      // On a shard set, a changed filter is answered once its view is in (`showShards`): the shards
      // loaded so far hold part of its matches (a region's few products in the first page's shard,
      // shown for a moment under the region's whole count; "load more" would replace the shown cards
      // instead of adding to them), and rendering them would hold back the view's fetch at 4× CPU.
      const shards = this.feed.snapshot.shards;
      if (!shards || !this.result || !changed.has('filter'))
        this.result = this.queryNow(changed.has('filter') ? this.result : null);
      else this.shardViewPending = true;
      if (shards) void this.showShards();
    }
  }

  /** Scrolled into view (or not `lazy`): the feed may load. */
  private inView = false;
  /** A `lazy` showcase waits until it is scrolled to. */
  private waitsForView = false;

  /** Loads the feed of `src`, for a `lazy` showcase once it is in view (see `loading`). */
  private loadFeed(): void {
    const urls = this.src.split(/\s+/).filter(Boolean);
    const opensProduct = this.syncUrl && !!readUrlState(location.search).productId;
    if (this.loading !== 'lazy' || this.inView || opensProduct || !urls.length) {
      void this.feed.load(urls);
      return;
    }
    if (this.waitsForView) return;
    this.waitsForView = true;
    onceInView([this], () => {
      this.inView = true;
      this.loadFeed();
    });
  }

  /**
   * The engine's result for the current filter (on a shard set, with the index's exact counts). After
   * a visitor's change (`shown`: the result on screen) the products come first: the facet and region
   * counts, most of the query's work, follow once they are painted.
   */
  private queryNow(shown: QueryResult | null = null): QueryResult {
    const engine = this.engine!;
    const filter = this.filter;
    const shards = this.feed.snapshot.shards;
    if (!shown || shards || isServer) {
      const result = engine.query(filter, { pageSize: this.effectivePageSize });
      return withSetCounts(result, filter, shards);
    }
    const result = {
      ...engine.query(filter, { pageSize: this.effectivePageSize, facets: false }),
      facets: shown.facets,
    };
    const later: Promise<void> = afterPaint().then(() => {
      if (this.countsLater === later) this.countsLater = undefined;
      if (this.result === result && this.engine === engine) {
        const facets = engine.facets(filter);
        if (facets !== result.facets) this.result = { ...result, facets };
        this.requestUpdate();
      }
    });
    this.countsLater = later;
    return result;
  }

  /** The counts of the shown result, while they wait for the products' paint (see `queryNow`). */
  private countsLater: Promise<void> | undefined;

  /** `updateComplete` waits until the counts are up to date too (see `queryNow`). */
  protected override laterWork(): Promise<unknown> | undefined {
    return this.countsLater;
  }

  /**
   * On a shard set: loads the shards the current filter needs, then shows their products (a region's
   * head first, then its own shards when they are in: `ShardView.more`).
   */
  private async showShards(): Promise<void> {
    const set = this.feed.snapshot.shards!;
    const filter = this.filter;
    let view: ShardView | undefined = await set.view(filter, { pageSize: this.effectivePageSize });
    for (; view; view = await view.more) {
      if (this.feed.snapshot.shards !== set || this.filter !== filter) return;
      this.feed.showShardView(view);
      this.shardViewPending = false;
      this.partOfMatches = showsPartOfMatches(view, filter);
      this.engine = view.engine;
      this.result = this.queryNow();
      this.requestUpdate();
    }
  }

  /** Attributes and (with `sync-url`) the page URL decide the first filter state. */
  private applyPresets(): void {
    this.presetsApplied = true;
    const preset: FilterState = {};
    const region = normalizeRegionCode(this.region);
    if (region) preset.region = [region];
    if (this.category) preset.category = [this.category];
    if (this.product) this.openProductId = this.product;
    // On the server there is no page URL: `sync-url` applies when the browser takes over.
    if (this.syncUrl && !isServer) {
      const fromUrl = readUrlState(location.search);
      this.openProductId = fromUrl.productId ?? this.openProductId;
      // Hydration adopts the server's markup as it was rendered; the URL's view and filters follow.
      if (this.hydrating) this.urlAfterHydration = fromUrl;
      else if (this.applyUrlState(fromUrl, preset)) return;
    }
    if (Object.keys(preset).length) this.filter = { ...preset, ...this.filter };
  }

  /** The page URL's view and filters, read before a server-rendered showcase hydrated. */
  private urlAfterHydration: UrlState | undefined;

  /** Applies the URL's view and filters; true when they replace `preset`, else adds its sort order. */
  private applyUrlState(fromUrl: UrlState, preset: FilterState): boolean {
    if (fromUrl.view) this.view = fromUrl.view;
    if (activeFilterCount(fromUrl.filter) > 0 || fromUrl.filter.page) {
      this.filter = fromUrl.filter;
      return true;
    }
    // A sort order alone (`?urut=termurah`) applies on top of the presets.
    if (fromUrl.filter.sort) preset.sort = fromUrl.filter.sort;
    return false;
  }

  private feedLoaded(snapshot: FeedSnapshot): void {
    const feed = snapshot.feed;
    if (!feed) return;
    const current = () => this.feed.snapshot.feed === feed;
    this.warmCards(feed);
    // Indexed in short slices (the page stays responsive; the last good engine serves meanwhile),
    // then the region counts, the first answer and the region tree in tasks of their own, and the
    // render in the next:
    // no single task holds the page for all of it.
    void createQueryEngineInSlices(feed, { lang: this.language }).then(async (engine) => {
      await nextTask();
      if (!current()) return;
      const filter = this.filter;
      // Every product's region at every depth, as the engine counts them without a filter: the tree
      // needs no walk of the products (with a filter, the query after this counts again).
      const regionCounts = snapshot.shards?.index.facets.region ?? engine.facets({}).region;
      // Counting and naming the regions are ≈ 15 ms each at 10,000 products: a task each.
      await nextTask();
      if (!current()) return;
      const result = engine.query(filter, { pageSize: this.effectivePageSize });
      const regionIndex = createRegionIndex(feed, regionCounts);
      await nextTask();
      if (!current()) return;
      // The visitor changed the filter meanwhile: answer that one.
      this.engineReady(
        engine,
        snapshot,
        regionIndex,
        regionCounts,
        filter === this.filter ? result : undefined,
      );
      // A shard set opened on its first page: the filter asked for may need other shards.
      if (snapshot.shards && this.engine) void this.showShards();
    });
  }

  /**
   * While the query engine is made, the product card's templates are prepared on a card no one sees
   * (see `warmTemplates`), in short tasks of their own: the task that shows the first cards is then
   * shorter by the first card's preparation.
   */
  private warmCards(feed: Feed): void {
    const product = feed.products[0];
    if (isServer || this.cardsWarmed || !product) return;
    this.cardsWarmed = true;
    const card = document.createElement('etalase-product-card');
    card.product = product;
    card.producer = feed.producers.find((producer) => producer.id === product.producerId);
    card.orderPlanner = this.orderPlanner;
    void warmTemplates(card).catch(() => undefined);
  }

  private cardsWarmed = false;

  /**
   * Once the first results show and the page is idle, the templates of what the visitor's first filter
   * change or search shows (chips, the toggle's count, suggestions) are prepared (see
   * `warmRehearsals`): their first render is then as quick as the next.
   */
  private rehearseWhenIdle(): void {
    if (this.rehearsed) return;
    this.rehearsed = true;
    const rehearse = () => {
      if (this.isConnected) void warmRehearsals(this).catch(() => undefined);
    };
    void this.updateComplete.then(() => whenIdle(rehearse, 3000, 1000));
  }

  private rehearsed = false;

  /**
   * @internal Server rendering (`etalase render`): show `feed` through its query `engine` at once,
   * filters included, as the settled first render after a load would.
   */
  prerender(feed: Feed, engine: QueryEngine): void {
    this.feed.snapshot = { ...this.feed.snapshot, ...AS_PRERENDERED, feed };
    this.useEngine(engine, feed);
    this.regionIndex = createRegionIndex(feed);
    this.settled = this.facetsSettled = true;
  }

  /** The first render of a showcase that was in the page before its code loaded: in short tasks. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    const held = heldSpace.get(this);
    if (held === undefined || this.serverRendered) return super.scheduleUpdate();
    return this.firstRenderInSlices(held);
  }

  /**
   * A showcase that was in the page before its code loaded renders first in short tasks: its templates
   * (and its children's) are prepared on copies no one sees, a few milliseconds per task, while the
   * space the page held for it (`etalase-showcase:not(:defined) { min-height }`) stays held; then the
   * real render is mostly cloning. No long task for a phone's CPU, and nothing on the page moves.
   */
  private async firstRenderInSlices(minHeight: string): Promise<unknown> {
    const root = this.renderRoot as ShadowRoot;
    const shown = [...root.adoptedStyleSheets];
    if (minHeight !== '0px' && minHeight !== 'auto') {
      const hold = new CSSStyleSheet();
      hold.replaceSync(`:host { min-height: ${minHeight}; }`);
      root.adoptedStyleSheets = [...shown, hold];
    }
    await yieldToEventLoop();
    // Only ever a head start: the render comes whatever preparing ran into.
    await warmTemplates(this).catch(() => undefined);
    await yieldToEventLoop();
    root.adoptedStyleSheets = shown;
    return super.scheduleUpdate();
  }

  /** Keeps the server's markup (no render) until the engine is ready; then hydrates it. */
  protected override update(changed: PropertyValues<this>): void {
    if (this.hydrating && !this.engine) {
      ReactiveElement.prototype['update'].call(this, changed);
      this.renderServerNotice();
      return;
    }
    this.serverNotice?.remove();
    this.serverNotice = undefined;
    super.update(changed);
    if (!this.sidebar) {
      this.sidebar = this.renderRoot.querySelector('.filters') ?? undefined;
      if (this.sidebar) this.sidebarObserver?.observe(this.sidebar);
    }
    if (this.hydrating) {
      this.hydrating = false;
      // What follows renders again: in a task of its own, as hydrating (with the grid and its
      // cards) is task enough for a phone.
      setTimeout(() => this.afterHydration());
    }
  }

  /** After hydration: the load's own state, the page's layout and address, the URL's filters. */
  private afterHydration(): void {
    this.requestUpdate(); // now the load's own state: progress of a revalidation, stale, errors
    this.compact = this.measuredCompact ?? this.compact;
    // Hydration leaves attributes as the server wrote them; the feed's address (the base of its
    // relative image URLs) is only known here, in the page.
    for (const child of this.renderRoot.querySelectorAll('[base-url]'))
      child.setAttribute('base-url', this.baseUrl);
    const fromUrl = this.urlAfterHydration;
    this.urlAfterHydration = undefined;
    const sort: FilterState = {};
    if (fromUrl && !this.applyUrlState(fromUrl, sort) && sort.sort)
      this.filter = { ...this.filter, ...sort };
  }

  /** The feed's error over server markup it could not take over (yet): below the header. */
  private serverNotice: HTMLElement | undefined;

  /**
   * The feed failed before the server's markup could be hydrated: the server's products stay, and the
   * error notice (with Retry) shows in a box of its own, removed when hydration takes the markup over.
   */
  private renderServerNotice(): void {
    const snapshot = this.feed.snapshot;
    if (!snapshot.error && !this.serverNotice) return;
    if (!this.serverNotice) {
      this.serverNotice = document.createElement('div');
      const header = this.renderRoot.querySelector('[part="header"]');
      if (header) header.after(this.serverNotice);
      else this.renderRoot.prepend(this.serverNotice);
    }
    render(snapshot.error ? this.renderStatus(snapshot) : nothing, this.serverNotice, {
      host: this,
    });
  }

  private engineReady(
    engine: QueryEngine,
    snapshot: FeedSnapshot,
    regionIndex: RegionIndex,
    regionCounts: Record<string, number>,
    result?: QueryResult,
  ): void {
    const feed = snapshot.feed!;
    this.useEngine(engine, feed, result);
    this.result = withSetCounts(this.result!, this.filter, snapshot.shards);
    // A server-rendered showcase hydrates its filters as the server rendered them: at once.
    this.settled = this.facetsSettled = this.hydrating;
    setTimeout(() => {
      this.settled = true;
      setTimeout(() => (this.facetsSettled = true));
      // The text index builds in small slices while the visitor looks at the first products.
      void this.engine?.prepareSearchInSlices();
    });
    // Regions with built-in names at once; district names (a 40 KB chunk) once the page is idle,
    // so they never compete with the first products' images.
    this.regionIndex = regionIndex;
    let districts: Promise<void> | undefined;
    const loadDistrictNames = (this.districtNames = () =>
      (districts ??= loadRegionIndex(feed, regionCounts).then((index) => {
        if (this.feed.snapshot.feed !== feed) return;
        this.regionIndex = index;
        this.requestUpdate();
      })));
    whenIdle(() => void loadDistrictNames(), 3000, 1000);
    const counts = (this.feedCounts = countFeed(feed, snapshot.issues));
    // For the site's maintainers, not the visitor: when idle, not in the task of the first products
    // (console calls are slow while developer tools listen).
    // Not for a showcase removed meanwhile (a page that moved on), or a feed it no longer shows.
    const lang = this.language;
    whenIdle(() => {
      if (this.isConnected && this.feed.snapshot.feed === feed)
        logFeedHealth(counts, snapshot.issues, lang);
    }, 2000);
    // The engine arrives after its slices: render the results (or the feed's empty state) now.
    this.requestUpdate();
    this.rehearseWhenIdle();
    this.dispatchEvent(
      new EtalaseFeedLoadEvent(feed, snapshot.issues, snapshot.stale, this.feedCounts),
    );
    if (this.orderPlanner && this.sharedPlan && !this.sharedPlanShown) {
      this.sharedPlanShown = true;
      void this.readyPlanner().then((planner) => planner?.show());
    } else if (this.orderPlanner) whenIdle(() => void this.readyPlanner(), 3000, 1000);
    if (this.openProductId)
      void this.updateComplete.then(() => this.openProduct(this.openProductId, false));
    else whenIdle(() => void loadDetail(), 5000, 2000);
  }

  /** The query engine of `feed` serves the results, category and material names from now on. */
  private useEngine(
    engine: QueryEngine,
    feed: Feed,
    result = engine.query(this.filter, { pageSize: this.effectivePageSize }),
  ): void {
    this.engine = engine;
    this.categoryNames = Object.assign(
      Object.create(null) as Record<string, LocalizedText>,
      Object.fromEntries(feed.categories.map((category) => [category.id, category.name])),
    );
    this.materialNames = Object.fromEntries(materialNames(feed.products));
    this.result = result;
  }

  /** A child element changed part of the filter: merge it, then announce the whole state. */
  private onFilterChange = (event: EtalaseFilterChangeEvent): void => {
    if (event.target === this) return;
    event.stopPropagation();
    // "See the products sold here" in the expos view: show those products.
    if (this.view === 'outlets' && (event.target as Element).localName === 'etalase-outlet-list')
      this.view = 'grid';
    this.changeFilter(event.filter as Partial<FilterState>);
  };

  /** A visitor's change of part of the filter (from a child element or the showcase's own controls). */
  private changeFilter(partial: Partial<FilterState>): void {
    const resetAll = Object.keys(partial).length === 0;
    const next: FilterState = resetAll ? {} : { ...this.filter, ...partial };
    // A new filter starts at page 1; only an explicit page change keeps its page.
    if (!('page' in partial)) delete next.page;
    for (const key of Object.keys(next) as (keyof FilterState)[])
      if (next[key] === undefined) delete next[key];
    this.filter = next;
    this.writeUrl();
    this.dispatchEvent(new EtalaseFilterChangeEvent(next));
  }

  private onProductSelect = (event: EtalaseProductSelectEvent): void => {
    // The event keeps bubbling to the host page (analytics); the showcase opens the detail.
    // A card of a large feed's first page, chosen before the query engine is ready: opened with it.
    if (!this.engine) this.openProductId = event.productId;
    else void this.openProduct(event.productId, true);
  };

  private async openProduct(productId: string | null, userAction: boolean): Promise<void> {
    const hit = productId ? this.engine?.get(productId) : undefined;
    if (!hit) return;
    // A deep link waits (briefly) for district names, a lazy chunk; otherwise, and if they are late,
    // the dialog names the regency until they arrive.
    const districts = userAction ? undefined : this.districtNames?.();
    await Promise.all([
      loadDetail(),
      districts &&
        Promise.race([districts, new Promise((done) => setTimeout(done, DISTRICT_WAIT))]),
    ]);
    if (!this.detail) return;
    this.openProductId = hit.product.id;
    if (userAction) this.writeUrl();
    if (this.syncUrl) {
      this.pageTitle ??= document.title;
      document.title = `${localize(hit.product.name, this.language)} — ${this.pageTitle}`;
    }
    const outlets = currentOutlets(this.feed.snapshot.feed?.outlets ?? [], this.date).filter(
      (outlet) =>
        outlet.productIds?.includes(hit.product.id) ||
        outlet.producerIds?.includes(hit.producer.id),
    );
    const { credits, provenance } = this.feed.snapshot;
    const from = provenance?.products[hit.product.id];
    // Merged feeds: the detail names the publisher the product comes from.
    this.detail.source = credits.length > 1 ? credits.find((c) => c.url === from) : undefined;
    // With `sync-url`, a feed that names its static catalogue links the product to its page there.
    const siteUrl = this.syncUrl ? this.feed.snapshot.feed?.publisher.siteUrl : undefined;
    this.detail.pageUrl = (siteUrl && productPageUrl(siteUrl, hit.product.id)) || '';
    this.detail.show(hit.product, hit.producer, outlets);
  }

  /** Loads the planner's chunk; resolves with the upgraded planner (after its first render). */
  private async readyPlanner(): Promise<EtalaseOrderPlanner | undefined> {
    await loadPlanner();
    await this.updateComplete;
    const planner = this.planner;
    if (!planner) return undefined;
    await planner.updateComplete;
    this.planCount = planner.plan.items.length;
    return planner;
  }

  /** A card or the detail asked to add a product: add it, tell the page, say so. */
  private onPlanAdd = async (event: EtalasePlanAddEvent): Promise<void> => {
    const fromDetail = event.target === this.detail;
    const { productId, quantity } = event;
    const planner = await this.readyPlanner();
    const hit = this.engine?.get(productId);
    if (!planner || !hit || !planner.add(productId, quantity)) return;
    this.planCount = planner.plan.items.length;
    this.dispatchEvent(
      new EtalasePlanChangeEvent(planner.plan.items, planner.counts, planner.plan),
    );
    // The detail is a modal dialog and announces the addition itself.
    if (!fromDetail) {
      const lang = this.language;
      this.planStatus = strings.get(
        lang,
        'planAdded',
        localize(hit.product.name, lang),
        quantityText(quantity, hit.product, lang),
      );
    }
  };

  private onPlanChange = (event: EtalasePlanChangeEvent): void => {
    if (event.target === this.planner && !this.planner.readOnly)
      this.planCount = event.items.length;
  };

  private onDetailClose = (): void => {
    if (!this.openProductId) return;
    this.openProductId = null;
    this.restoreTitle();
    this.writeUrl();
  };

  private restoreTitle(): void {
    if (this.pageTitle === null) return;
    document.title = this.pageTitle;
    this.pageTitle = null;
  }

  private writeUrl(): void {
    if (!this.syncUrl) return;
    const search = writeUrlState(location.search, {
      filter: this.filter,
      productId: this.openProductId,
      view: this.view === this.initialView ? null : this.view,
    });
    if (search === location.search) return;
    history.pushState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }

  private onPopState = (): void => {
    if (!this.syncUrl) return;
    const { filter, productId, view } = readUrlState(location.search);
    this.filter = filter; // programmatic: no event
    this.view = view ?? this.initialView ?? 'grid';
    // Before the engine is ready (its slices are still running), the product opens once it is.
    if (productId && !this.engine) this.openProductId = productId;
    else if (productId) void this.openProduct(productId, false);
    else if (this.openProductId) {
      this.openProductId = null;
      this.restoreTitle();
      this.detail?.close();
    }
  };

  /** The map shows in map view, and in split view when there is room beside the list. */
  private get showsMap(): boolean {
    return this.view === 'map' || (this.view === 'split' && !this.compact);
  }

  /** The view the page asked for (the `view` attribute); the URL names only a visitor's other choice. */
  private initialView: ShowcaseView | undefined;

  private setView(view: ShowcaseView): void {
    this.view = view;
    this.writeUrl();
  }

  protected override render() {
    const lang = this.language;
    const t = strings;
    // Hydration renders what the server rendered (`prerender`): the data, no load state.
    const snapshot = this.hydrating
      ? { ...this.feed.snapshot, ...AS_PRERENDERED }
      : this.feed.snapshot;
    const feed = snapshot.feed;
    const result = this.result;
    const active = activeFilterCount(this.filter);
    const loading =
      (!feed && (snapshot.status === 'loading' || (this.waitsForView && !this.inView))) ||
      (!!feed && !this.engine) ||
      this.shardViewPending;
    // A large feed's first page, until the query engine answers (see feed-controller.ts).
    const preview = result
      ? undefined
      : previewHits(snapshot.preview, this.filter, lang, this.effectivePageSize);
    return html`
      <div
        part="base"
        class=${classMap({ base: true, [`view-${this.view}`]: true, 'filters-open': this.filtersOpen })}
        @etalase-filter-change=${this.onFilterChange}
        @etalase-product-select=${this.onProductSelect}
        @etalase-plan-add=${this.onPlanAdd}
        @etalase-plan-change=${this.onPlanChange}
      >
        <a class="skip" href="#results" @click=${this.skipToProducts}
          >${t.get(lang, 'skipToProducts')}</a
        >
        <div part="header" class="header">
          <slot name="header">
            <div class="publisher">
              <h2 class="title">
                ${feed ? localize(feed.publisher.name, lang) : t.get(lang, 'catalogue')}
              </h2>
              <!-- Rendered while loading too, so nothing moves when the data arrives. -->
              <p class="as-of">
                ${feed ? t.get(lang, 'dataAsOf', formatDate(feed.updatedAt, lang)) : '\u00a0'}
              </p>
            </div>
          </slot>
        </div>
        ${this.renderStatus(snapshot)}
        ${this.debug && feed && this.feedCounts ? renderFeedHealth(this.feedCounts, snapshot.issues, lang) : nothing}
        <div part="toolbar" class="toolbar">
          <etalase-search
            class="search"
            lang=${lang}
            theme=${this.theme}
            .value=${this.filter.q ?? ''}
            label=${t.get(lang, 'searchIn', this.catalogueName())}
            .suggest=${this.engine ? this.suggest : null}
            .prefetch=${snapshot.shards ? this.prefetchWords : null}
          ></etalase-search>
          <button
            class="filters-toggle"
            type="button"
            aria-expanded=${String(this.filtersOpen)}
            aria-controls="filters"
            @click=${() => (this.filtersOpen = !this.filtersOpen)}
          >
            ${icons.filter}
            <span class="toggle-label"
              >${active ? t.get(lang, 'filtersActive', active) : t.get(lang, 'filters')}</span
            >${active ? this.renderToggleCount(active) : nothing}
          </button>
          <div class="views" role="group" aria-label=${t.get(lang, 'view')}>
            ${SHOWCASE_VIEWS.filter((view) => view !== 'outlets' || feed?.outlets.length).map(
              (view) =>
                // On a phone "list + map" shows the list only: its button is hidden by the styles
                // (not left out), so hydrated server markup and the phone layout match.
                html`<button
                  class=${view === 'split' ? 'split' : nothing}
                  type="button"
                  aria-pressed=${String(this.shownView === view)}
                  title=${t.get(lang, VIEW_BUTTONS[view].label)}
                  @click=${() => this.setView(view)}
                >
                  ${VIEW_BUTTONS[view].icon}
                  <span>${t.get(lang, VIEW_BUTTONS[view].label)}</span>
                </button>`,
            )}
          </div>
          ${
            this.orderPlanner
              ? html`<button
                    class="plan-toggle"
                    type="button"
                    aria-haspopup="dialog"
                    @click=${() => void this.readyPlanner().then((planner) => planner?.show())}
                  >
                    ${icons.cart}
                    <span class="toggle-label"
                      >${
                        this.planCount
                          ? t.get(lang, 'planCount', this.planCount)
                          : t.get(lang, 'plan')
                      }</span
                    >${this.planCount ? this.renderToggleCount(this.planCount) : nothing}
                  </button>
                  <p class="visually-hidden" role="status">${this.planStatus}</p>`
              : nothing
          }
        </div>
        <div class="layout">
          <div
            id="filters"
            part="filters"
            class="filters"
            role="group"
            aria-label=${t.get(lang, 'filters')}
          >
            ${
              this.settled
                ? html`<etalase-region-filter
                    lang=${lang}
                    theme=${this.theme}
                    .regions=${this.regionIndex?.roots ?? []}
                    .counts=${result?.facets.region ?? {}}
                    .value=${this.filter.region ?? NO_REGIONS}
                  ></etalase-region-filter>`
                : nothing
            }
            ${
              this.facetsSettled
                ? html`<etalase-facets
                    lang=${lang}
                    theme=${this.theme}
                    .facets=${result?.facets ?? null}
                    .value=${this.panelFilter()}
                    .categories=${this.categoryNames}
                    .materials=${this.materialNames}
                  ></etalase-facets>`
                : nothing
            }
            ${
              this.compact && this.filtersOpen
                ? html`<button class="show-results" type="button" @click=${this.showResults}>
                    ${t.get(lang, 'showProducts', result?.total ?? 0)}
                  </button>`
                : nothing
            }
          </div>
          <div id="results" part="results" class="results" tabindex="-1">
            ${
              // Shown while loading too (sort order only): the grid below does not move when the data arrives.
              feed || this.showsGrid(snapshot) ? this.renderResultBar() : nothing
            }
            ${
              !this.showsMap
                ? nothing
                : !this.settled
                  ? html`<div class="map"></div>`
                  : html`<etalase-producer-map
                      class="map"
                      lang=${lang}
                      theme=${this.theme}
                      region=${this.filter.region?.[0] ?? ''}
                      .producers=${result?.producers ?? []}
                      today=${this.date}
                      .outlets=${result?.outlets ?? []}
                      .products=${this.mapProducts()}
                    ></etalase-producer-map>`
            }
            ${
              this.view === 'outlets'
                ? html`<etalase-outlet-list
                    lang=${lang}
                    theme=${this.theme}
                    today=${this.date}
                    .outlets=${feed?.outlets ?? []}
                    .producers=${feed?.producers ?? []}
                    .products=${feed?.products ?? []}
                    .regionNamer=${this.regionName}
                  ></etalase-outlet-list>`
                : nothing
            }
            ${
              this.view === 'outlets'
                ? nothing
                : this.view === 'map' || !this.showsGrid(snapshot)
                  ? this.renderInsteadOfGrid(snapshot)
                  : html`<etalase-product-grid
                      lang=${lang}
                      theme=${this.theme}
                      .hits=${result?.hits ?? preview ?? []}
                      highlight=${this.filter.q ?? ''}
                      .regionNamer=${this.cityName}
                      base-url=${this.baseUrl}
                      .total=${result?.total ?? (preview ? snapshot.preview!.total : 0)}
                      .page=${result?.page ?? 1}
                      .pageSize=${this.effectivePageSize}
                      ?loading=${loading && !preview}
                      ?order-planner=${this.orderPlanner}
                    ></etalase-product-grid>`
            }
          </div>
        </div>
        <etalase-product-detail
          lang=${lang}
          theme=${this.theme}
          today=${this.date}
          .certificateLookups=${feed?.certificateLookups}
          base-url=${this.baseUrl}
          .regionNamer=${this.regionName}
          ?order-planner=${this.orderPlanner}
          @close=${this.onDetailClose}
        ></etalase-product-detail>
        ${
          this.orderPlanner
            ? html`<etalase-order-planner
                modal
                lang=${lang}
                theme=${this.theme}
                shared-plan=${this.sharedPlan}
                .feed=${feed ?? undefined}
                .engine=${this.engine ?? undefined}
                .regionNamer=${this.regionName}
              ></etalase-order-planner>`
            : nothing
        }
        <div part="footer" class="footer">
          <slot name="footer">
            ${
              feed && snapshot.credits.length > 1
                ? this.renderCredits(snapshot)
                : feed
                  ? html`<p>
                      ${t.get(lang, 'source')}:
                      ${localize(feed.publisher.name, lang)}${
                        feed.license ? html` · ${feed.license}` : nothing
                      }
                    </p>`
                  : nothing
            }
          </slot>
        </div>
      </div>
    `;
  }

  /**
   * The grid (with its "no match" state) only makes sense over products: not under a load error, and
   * not for a feed that loaded with no product that can be shown.
   */
  private showsGrid(snapshot: FeedSnapshot): boolean {
    if (snapshot.status === 'error' && !snapshot.feed) return false;
    return !snapshot.feed || snapshot.feed.products.length > 0;
  }

  private renderInsteadOfGrid(snapshot: FeedSnapshot) {
    return this.view !== 'map' && snapshot.feed && this.feedCounts
      ? renderFeedEmpty(this.feedCounts, this.language)
      : nothing;
  }

  /** The visitor's date: the `today` attribute, else the real local date. */
  private get date(): string {
    return this.today || localDate();
  }

  private mapProductsCache: { for: unknown; products: Product[] } = {
    for: null,
    products: [],
  };

  private shownPanelFilter: FilterState = {};

  /**
   * The filter for the facets: the same object while only the page changes, so "load more" leaves
   * the filter panel as it is.
   */
  private panelFilter(): FilterState {
    const shown = this.shownPanelFilter;
    const keys = (state: FilterState) =>
      Object.keys(state).filter((key) => key !== 'page') as (keyof FilterState)[];
    const same =
      keys(shown).length === keys(this.filter).length &&
      keys(this.filter).every((key) => shown[key] === this.filter[key]);
    if (!same) this.shownPanelFilter = this.filter;
    return this.shownPanelFilter;
  }

  /** Every matching product (not only this page), so the map's popups list them all. */
  private mapProducts(): Product[] {
    const result = this.result;
    // The engine keeps one producer list per set of matches and sort order: another page, or the
    // counts that follow the products (see `queryNow`), is the same list.
    if (this.mapProductsCache.for !== (result?.producers ?? null)) {
      const total = result?.total ?? 0;
      const hits =
        this.engine && total
          ? this.engine.query({ ...this.filter, page: 1 }, { pageSize: total, facets: false }).hits
          : [];
      this.mapProductsCache = {
        for: result?.producers ?? null,
        products: hits.map((hit) => hit.product),
      };
    }
    return this.mapProductsCache.products;
  }

  private suggest = (text: string) =>
    this.engine ? toSuggestions(this.engine.suggest(text, 6), this.language) : [];

  /** On a shard set: the text chunks of the words being typed start loading at each keystroke. */
  private prefetchWords = (text: string) => this.feed.snapshot.shards?.prefetch(text);

  /**
   * Cards name the regency or city ("Kota Samarinda"): what a visitor recognises, and known without
   * the district table, so a card never changes size when district names arrive.
   */
  private cityName = (code: string): string | undefined =>
    this.regionName(code.split('.').slice(0, 2).join('.'));

  /**
   * A region's name; a district whose name is not loaded yet (or any unknown code) gets its
   * parent's name, so a visitor never sees a raw code such as 62.71.03.
   */
  private regionName = (code: string): string | undefined => {
    const name = this.regionIndex?.nameOf(code) ?? getBuiltinRegion(code)?.name;
    if (name && name !== code) return name;
    const parent = parentRegionCode(code);
    return parent ? this.regionName(parent) : undefined;
  };

  /** The view the visitor sees: "list + map" is the list on a phone. */
  private get shownView(): ShowcaseView {
    return this.view === 'split' && this.compact ? 'grid' : this.view;
  }

  /** Relative image URLs in a feed are relative to the (first) feed's URL. */
  private get baseUrl(): string {
    const first = this.src.split(/\s+/).find(Boolean);
    try {
      return first ? new URL(first, document.baseURI).href : '';
    } catch {
      return '';
    }
  }

  /** The publisher, narrowed by the region and category presets: tells several showcases apart. */
  private catalogueName(): string {
    const lang = this.language;
    const feed = this.feed.snapshot.feed;
    const parts = [feed ? localize(feed.publisher.name, lang) : strings.get(lang, 'catalogue')];
    const region = normalizeRegionCode(this.region);
    if (region) parts.push(this.regionName(region) ?? region);
    if (this.category) parts.push(this.engine?.categoryLabel(this.category, lang) ?? this.category);
    return parts.join(' · ');
  }

  /** Focus moves to the first product card (or the results area when no card shows). */
  private skipToProducts = (event?: Event): void => {
    event?.preventDefault();
    // The grid's cards live in its (open) shadow root; every card is one focusable button.
    const grid = this.renderRoot.querySelector('etalase-product-grid');
    const card = grid?.shadowRoot?.querySelector<HTMLElement>('etalase-product-card');
    (card ?? this.renderRoot.querySelector<HTMLElement>('.results'))?.focus();
  };

  /** Phones: the filter panel's last button closes it and goes back to the results. */
  private showResults = async (): Promise<void> => {
    this.filtersOpen = false;
    await this.updateComplete;
    this.skipToProducts();
  };

  /** A toggle's count of active filters or planned products. */
  private renderToggleCount(count: number): TemplateResult {
    return html`<span class="toggle-count" aria-hidden="true">${count}</span>`;
  }

  /** Every active filter as a removable chip, with "clear all" (nothing when none is active). */
  private renderChips(chips: FilterChip[]) {
    if (!chips.length) return nothing;
    const lang = this.language;
    const t = strings;
    return html`<ul class="chips" aria-label=${t.get(lang, 'activeFilters')}>
      ${chips.map(
        (chip) =>
          html`<li>
            <button
              type="button"
              class="chip"
              part="chip"
              data-key=${chip.key}
              aria-label=${t.get(lang, 'removeFilter', chip.label)}
              @click=${() => this.removeChip(chip.key, chip.remove)}
            >
              <span>${chip.label}</span>${icons.close}
            </button>
          </li>`,
      )}
      <li>
        <button
          type="button"
          class="clear-all"
          @click=${() => {
            this.resetAll();
            void this.updateComplete.then(() =>
              this.renderRoot.querySelector<HTMLElement>('select')?.focus(),
            );
          }}
        >
          ${t.get(lang, 'resetAll')}
        </button>
      </li>
    </ul>`;
  }

  /** A correction of misspelt words, and the place the words name (nothing when neither). */
  private renderHints(correction: string | undefined, place: PlaceSuggestion | undefined) {
    if (!correction && !place) return nothing;
    const lang = this.language;
    const t = strings;
    return html`<p class="hints">
      ${
        correction
          ? html`<span
              >${t.get(lang, 'didYouMean')}
              <button
                type="button"
                class="link"
                @click=${() => this.changeFilter({ q: correction })}
              >
                ${correction}
              </button></span
            >`
          : nothing
      }
      ${
        place
          ? html`<button
              type="button"
              class="link"
              @click=${() =>
                this.changeFilter({
                  q: place.rest || undefined,
                  region: [place.code],
                })}
            >
              ${icons.map}
              ${
                place.rest
                  ? t.get(lang, 'showPlaceWith', place.rest, place.name)
                  : t.get(lang, 'showPlace', place.name)
              }
            </button>`
          : nothing
      }
    </p>`;
  }

  /**
   * What the first filter change or search shows: the toggle's count, an active filter's chip, a
   * correction and a place.
   */
  protected override rehearsal(): unknown {
    return [
      this.renderToggleCount(1),
      this.renderChips([{ key: '', label: '', remove: {} }]),
      this.renderHints('kopi', { code: '', name: 'kopi', count: 0, rest: '' }),
    ];
  }

  /**
   * Above the results: a correction of misspelt words, the place the words name, every active filter
   * as a removable chip with "clear all", and the sort order.
   */
  private renderResultBar() {
    const lang = this.language;
    const t = strings;
    const filter = this.filter;
    const q = filter.q ?? '';
    const correction = this.result?.didYouMean;
    const place = q ? this.engine?.places(q, 1)[0] : undefined;
    const offerPlace = place && !filter.region?.includes(place.code) ? place : undefined;
    const feed = this.feed.snapshot.feed;
    const chips = filterChips(
      filter,
      {
        region: (code) => this.regionName(code) ?? code,
        category: (id) => this.engine?.categoryLabel(id, lang) ?? id,
        material: (key) => this.engine?.materialLabel(key, lang) ?? key,
        producer: (id) =>
          localize(feed?.producers.find((producer) => producer.id === id)?.name, lang) || id,
        outlet: (id) =>
          localize(feed?.outlets.find((outlet) => outlet.id === id)?.name, lang) || id,
      },
      lang,
    );
    const sort = filter.sort ?? 'relevance';
    return html`<div class="result-bar" part="result-bar">
      ${this.renderHints(correction, offerPlace)} ${this.renderChips(chips)}
      <label class="sort">
        <span>${t.get(lang, 'sort')}</span>
        <select
          part="sort"
          @change=${(event: Event) => {
            const value = (event.target as HTMLSelectElement).value as SortOrder;
            this.changeFilter({ sort: value === 'relevance' ? undefined : value });
          }}
        >
          ${SORT_CHOICES.map(
            (choice) =>
              html`<option value=${choice} ?selected=${sort === choice}>
                ${t.get(
                  lang,
                  choice === 'relevance'
                    ? q
                      ? 'sort.relevance'
                      : 'sort.featured'
                    : `sort.${choice}`,
                )}
              </option>`,
          )}
        </select>
      </label>
    </div>`;
  }

  /** Removes one chip's filter and keeps the focus in the chip list (the next chip, or "clear all"). */
  private removeChip(key: string, remove: Partial<FilterState>): void {
    const chips = [...this.renderRoot.querySelectorAll<HTMLElement>('.chip')];
    const index = chips.findIndex((chip) => chip.dataset['key'] === key);
    this.changeFilter(remove);
    void this.updateComplete.then(() => {
      const after = [...this.renderRoot.querySelectorAll<HTMLElement>('.chip')];
      const target =
        after[index] ?? after[index - 1] ?? this.renderRoot.querySelector<HTMLElement>('select');
      target?.focus();
    });
  }

  private resetAll = (): void => {
    this.filter = {};
    this.writeUrl();
    this.dispatchEvent(new EtalaseFilterChangeEvent({}));
  };

  /** Merged feeds: every publisher, with the date of its data. */
  private renderCredits(snapshot: FeedSnapshot) {
    const lang = this.language;
    return html`<p id="credits">${strings.get(lang, 'sources')}:</p>
      <ul class="credits" aria-labelledby="credits">
        ${snapshot.credits.map(
          (credit) =>
            html`<li>
              ${localize(credit.publisher.name, lang)}
              (${strings.get(lang, 'creditDate', formatDate(credit.updatedAt, lang))})${
                credit.license ? ` · ${credit.license}` : ''
              }
            </li>`,
        )}
      </ul>`;
  }

  private renderStatus(snapshot: FeedSnapshot) {
    const lang = this.language;
    const t = strings;
    if (!this.src)
      return html`<p part="notice" class="notice" role="status">${t.get(lang, 'noSource')}</p>`;
    const progress = snapshot.progress;
    const percent = progress?.total
      ? Math.min(100, Math.round((progress.loaded / progress.total) * 100))
      : null;
    const label = snapshot.slow
      ? t.get(lang, 'loadingSlow', percent, progress?.loaded ?? 0)
      : percent === null
        ? t.get(lang, 'loading')
        : t.get(lang, 'loadingProgress', percent);
    return html`
      ${
        snapshot.status === 'loading' && !snapshot.error
          ? html`<div class="progress" role="status">
              <progress
                max="100"
                value=${percent ?? nothing}
                aria-label=${t.get(lang, 'loading')}
              ></progress>
              <span>${label}</span>
            </div>`
          : nothing
      }
      ${
        snapshot.stale && snapshot.fetchedAt
          ? html`<p part="notice" class="notice stale" role="status">
              ${icons.clock}
              ${t.get(lang, 'stale', formatDate(snapshot.fetchedAt.toISOString(), lang))}
            </p>`
          : nothing
      }
      ${
        snapshot.partialErrors.length
          ? html`<p part="notice" class="notice partial" role="status">
              ${icons.alert}
              ${
                snapshot.failedRegions?.length
                  ? t.get(lang, 'partialRegions', failedRegionNames(snapshot, this.regionName))
                  : t.get(lang, 'partial', snapshot.partialErrors.length)
              }
            </p>`
          : nothing
      }
      ${
        snapshot.shards && this.partOfMatches
          ? html`<p part="notice" class="notice part-of-matches" role="status">
              ${icons.alert} ${t.get(lang, 'partOfMatches')}
            </p>`
          : nothing
      }
      ${
        snapshot.error
          ? html`<div part="notice" class="notice error" role="alert">
              ${icons.alert}
              <div>
                <strong>${t.get(lang, 'errorTitle')}</strong>
                <p>${snapshot.error.message[lang]}</p>
                ${snapshot.retrying ? html`<p class="retrying">${t.get(lang, 'retrying')}</p>` : nothing}
              </div>
              <button type="button" @click=${() => this.feed.retry()}>
                ${t.get(lang, 'retry')}
              </button>
            </div>`
          : nothing
      }
    `;
  }
}

/** The `min-height` of each showcase in the page before it was defined (see `define`). */
const heldSpace = new WeakMap<Element, string>();
