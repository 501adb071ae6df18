import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { EtalaseElement } from '../base/etalase-element.js';
import { afterPaint } from '../base/after-paint.js';
import { nextTask } from '../../model/yield.js';
import { baseStyles } from '../base/theme.js';
import { icons } from '../base/icons.js';
import { EtalaseFilterChangeEvent } from '../events/filter-change.js';
import type { FilterState, ProductHit } from '../../feed/types.js';
import type { CardLayout } from '../product-card/product-card.component.js';
import { type RegionNamer, actionStyles } from '../shared/shared.js';
import { JsonLdController } from './json-ld-controller.js';
import { productGridStyles } from './product-grid.styles.js';
import { strings } from './product-grid.strings.js';

/** Never more than this many cards in the DOM, whatever the paging. */
export const MAX_CARDS = 100;

export const PAGING_MODES = ['more', 'pages'] as const;
export type PagingMode = (typeof PAGING_MODES)[number];

/** The first row or two load their images at once (they are the largest paint), the rest lazily. */
const EAGER_IMAGES = 4;
const SKELETONS = 8;
/**
 * When the grid must build more cards than this (the first results, "load more"), it builds this many
 * in the task that asked for them (a four-column grid's first row, a phone's screenful) and the rest in
 * later tasks, this many in each: short tasks rather than a long one (a large feed's first page arrives
 * in the message that brings it, and 12 cards there made a 40–50 ms task; on a phone's CPU more than
 * four new cards make a task over 50 ms; each batch's layout is its own frame's too).
 * After "load more" the first new cards are painted before the rest are built. Cards reused for other
 * products (see `cardKeys`) are cheap and are not counted.
 */
const FIRST_BATCH = 4;
/**
 * After "load more", the new cards start where the button was, at the bottom of the screen: the first
 * frame builds one row of them (at least four cards: two rows on a phone, at most eight), the rest
 * follow after its paint. Without a known row length, eight.
 */
const MORE_BATCH = 8;
const MORE_BATCH_MIN = 4;

/** Page numbers to offer: first, last, and the current page's neighbours (`0` marks a gap). */
export function pageList(current: number, count: number): number[] {
  const wanted = new Set([1, count, current - 1, current, current + 1]);
  const pages = [...wanted].filter((p) => p >= 1 && p <= count).sort((a, b) => a - b);
  return pages.flatMap((p, i) => (i > 0 && p - pages[i - 1]! > 1 ? [0, p] : [p]));
}

/**
 * @summary A responsive grid of product cards with paging ("Muat lebih banyak" or numbered pages),
 * loading skeletons, an empty state, a result count in a polite live region, and schema.org JSON-LD
 * of the shown products in the page's `<head>`.
 *
 * Two ways to feed it: give it every matching hit (it pages them itself), or — as the showcase does —
 * one page of hits with `total` and `page`; then paging fires `etalase-filter-change` with
 * `{ page }` and the host answers with that page's hits.
 *
 * @csspart base - The wrapper.
 * @csspart count - The result count (a polite live region).
 * @csspart list - The list of cards.
 * @csspart empty - The empty state.
 * @csspart reset - The empty state's "clear all filters" button.
 * @csspart load-more - The "Muat lebih banyak" button.
 * @csspart pager - The page navigation.
 * @csspart card - Each card's box (the card's `base` part); the card's other parts are exported as
 *   `card-image`, `card-name`, `card-price`, `card-badge`.
 *
 * @cssprop --etalase-grid-min-column - Narrowest column before the grid drops one (default `13em`).
 * @cssprop --etalase-grid-gap - Space between cards.
 * @cssprop --etalase-grid-background - Background behind the cards (default: the surface colour).
 *
 * @fires etalase-filter-change - `{ page }` when the visitor asks for another page (host-paged mode),
 *   or `{}` (clear every filter) from the empty state's button.
 * @fires etalase-product-select - Bubbles up from a card the visitor activated.
 * @fires etalase-plan-add - Bubbles up from a card's "Tambah ke rencana" button.
 */
export class EtalaseProductGrid extends EtalaseElement {
  static override styles = [baseStyles, actionStyles, productGridStyles];

  /** The products to show: every match, or one page of them (see `total` and `page`). */
  @property({ attribute: false }) hits: ProductHit[] = [];

  /** Number of matching products before paging; defaults to `hits.length`. */
  @property({ type: Number }) total = 0;

  /** The current page (1-based). */
  @property({ type: Number }) page = 1;

  /** Cards per page (at most 100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 24;

  /** `more` ("Muat lebih banyak", default) or `pages` (numbered pages). */
  @property({ reflect: true }) paging: PagingMode = 'more';

  /** Shows skeletons (when there are no hits yet) and marks the list busy. */
  @property({ type: Boolean, reflect: true }) loading = false;

  /** Card layout: `vertical` (default) or `horizontal`. */
  @property({ attribute: 'card-layout' }) cardLayout: CardLayout = 'vertical';

  /** Turns a region code into its name for the cards (e.g. the feed runtime's `RegionIndex.nameOf`). */
  @property({ attribute: false }) regionNamer?: RegionNamer;

  /** Base URL for relative image URLs, usually the feed's URL. */
  @property({ attribute: 'base-url' }) baseUrl = '';

  /** Search words whose matches the cards mark in product names. */
  @property() highlight = '';
  /** Cards show a "Tambah ke rencana" button (see `etalase-product-card`'s `order-planner`). */
  @property({ type: Boolean, attribute: 'order-planner' }) orderPlanner = false;

  /** Do not write schema.org JSON-LD for the shown products into the page's `<head>`. */
  @property({ type: Boolean, attribute: 'no-structured-data' }) noStructuredData = false;

  @state() private windowStart = 1;
  @state() private windowEnd = 1;
  private hostPages = new Map<number, ProductHit[]>();
  /** The DOM key of each shown product's card (see `cardKeys`). */
  private keyOf = new Map<string, number>();
  private nextKey = 0;
  private cardLimit = Infinity;
  private restOfCards: Promise<void> | undefined;
  /** The product each card (by key) showed at the last render. */
  private shownByKey = new Map<number, ProductHit>();
  /** The search words the cards were last all rendered with (kept by a card that waits off screen). */
  private shownHighlight = '';
  /**
   * Keys of the cards off screen, as the intersection observer last reported them (a card it has not
   * reported on yet counts as on screen).
   */
  private readonly offScreen = new Set<number>();
  private observer: IntersectionObserver | undefined;
  /** Cards per row, from the positions the intersection observer last reported (see `observeCards`). */
  private rowLength: number | undefined;
  private observed = new WeakSet<Element>();
  /** Cards off screen that still show their previous product, until the next frame (see `hitsNow`). */
  private offScreenLater: Promise<void> | undefined;
  private offScreenDue = false;
  /** The focus move to the first new card, after their paint (see `updated`). */
  private focusLater: Promise<void> | undefined;
  /** Rendered on the server (`etalase render`): its first render hydrates the server's cards, all of them. */
  private readonly serverRendered = !isServer && this.shadowRoot !== null;
  private pendingPage: number | undefined;
  private focusIndex: number | undefined;

  constructor() {
    super();
    new JsonLdController(this, () => ({
      items: () =>
        this.visibleHits().map((hit) => ({
          product: hit.product,
          producer: hit.producer,
          regionName: this.regionNamer?.(hit.regionCode),
          url: this.productUrl(hit.product.id),
        })),
      lang: this.language,
      base: this.baseUrl || undefined,
      enabled: !this.noStructuredData && !this.loading,
    }));
  }

  private get size(): number {
    return Math.min(MAX_CARDS, Math.max(1, Math.floor(this.pageSize) || 24));
  }

  /** The grid pages the hits itself when it was given more than one page of them. */
  private get localPaging(): boolean {
    return this.hits.length > this.size;
  }

  private get totalCount(): number {
    return Math.max(this.total, this.hits.length);
  }

  private get pageCount(): number {
    return Math.max(1, Math.ceil(this.totalCount / this.size));
  }

  private get pagesPerWindow(): number {
    return this.paging === 'pages' ? 1 : Math.max(1, Math.floor(MAX_CARDS / this.size));
  }

  private visibleHits(): ProductHit[] {
    if (this.localPaging) {
      return this.hits.slice((this.windowStart - 1) * this.size, this.windowEnd * this.size);
    }
    const shown: ProductHit[] = [];
    for (let p = this.windowStart; p <= this.windowEnd; p++)
      shown.push(...(this.hostPages.get(p) ?? []));
    return shown.slice(0, MAX_CARDS);
  }

  private productUrl(id: string): string | undefined {
    if (typeof location === 'undefined') return undefined;
    const url = new URL(location.href);
    url.searchParams.set('produk', id);
    url.hash = '';
    return url.href;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('paging') && !PAGING_MODES.includes(this.paging)) this.paging = 'more';
    if (!(
      changed.has('hits') ||
      changed.has('page') ||
      changed.has('pageSize') ||
      changed.has('paging')
    )) {
      return;
    }
    const page = Math.min(Math.max(1, Math.floor(this.page) || 1), this.pageCount);
    if (this.localPaging) {
      // New hits (a new search) or a page set by the host: start a window at that page.
      if (changed.has('hits') || changed.has('page') || changed.has('pageSize')) {
        this.windowStart = this.windowEnd = page;
      }
      this.hostPages.clear();
      return;
    }
    const appending =
      this.pendingPage !== undefined && page === this.pendingPage && page === this.windowEnd + 1;
    if (!appending) this.hostPages.clear();
    this.hostPages.set(page, this.hits);
    if (appending) this.windowEnd = page;
    else this.windowStart = this.windowEnd = page;
    if (this.pendingPage === page) this.pendingPage = undefined;
  }

  /** `updateComplete` waits until every card is there (the later batches included) and focused. */
  protected override laterWork(): Promise<unknown> | undefined {
    return this.restOfCards ?? this.offScreenLater ?? this.focusLater;
  }

  /** The cards to render now: all of them, or those that exist already and a batch of new ones. */
  private cardsNow(shown: ProductHit[]): ProductHit[] {
    if (isServer || (this.serverRendered && !this.hasUpdated)) return shown;
    if (!this.restOfCards) {
      // A batch came (see below): the next one, if more than a batch is still missing.
      const building = this.cardLimit !== Infinity;
      this.cardLimit = Infinity;
      if (shown.length - this.keyOf.size > FIRST_BATCH) {
        // With cards on screen ("load more", another search), the visitor waits for the frame that
        // shows the first new ones: the rest come after its paint, not in a task the frame may wait for.
        const appending = this.keyOf.size > 0 && !building;
        const later = appending ? afterPaint() : nextTask();
        const row = Math.min(MORE_BATCH, Math.max(MORE_BATCH_MIN, this.rowLength ?? MORE_BATCH));
        this.cardLimit = this.keyOf.size + (appending ? row : FIRST_BATCH);
        this.restOfCards = later.then(() => {
          this.restOfCards = undefined;
          this.requestUpdate();
        });
      }
    }
    return shown.slice(0, this.cardLimit);
  }

  /**
   * What each card shows in this frame. When the products change (another region, category or search),
   * the cards on screen show the new ones at once; a card off screen keeps its product until after
   * this frame's paint (the list is marked busy meanwhile), so the visitor's frame updates, lays out
   * and paints only what they see. Likewise the cards after the last one still shown (fewer results
   * than cards, as after "load more"), when all of them are off screen: they go after the paint (their
   * keys are added to `keys`). Which cards are on screen comes from an intersection observer, read
   * without forcing a layout.
   */
  private hitsNow(cards: ProductHit[], keys: number[]): ProductHit[] {
    if (this.offScreenDue) {
      this.offScreenDue = false;
      return cards;
    }
    if (isServer || !this.observer || this.offScreenLater) return cards;
    const hits = cards.map((hit, i) => {
      const shown = this.shownByKey.get(keys[i]!);
      return shown && shown !== hit && this.offScreen.has(keys[i]!) ? shown : hit;
    });
    const before = [...this.shownByKey.keys()];
    const dropped = before.slice(keys.length);
    const later =
      dropped.length > 0 &&
      dropped.every((key) => this.offScreen.has(key)) &&
      keys.every((key, i) => key === before[i]);
    if (later)
      for (const key of dropped) {
        keys.push(key);
        hits.push(this.shownByKey.get(key)!);
      }
    else if (hits.every((hit, i) => hit === cards[i])) return cards;
    this.offScreenLater = afterPaint().then(() => {
      this.offScreenLater = undefined;
      this.offScreenDue = true;
      this.requestUpdate();
    });
    return hits;
  }

  /**
   * Follows which cards are on screen, or within 120 px of it: a click may move the grid by a row of
   * filter chips, and a card that comes into view that way must already show its new product. (A margin
   * of half a screen would leave most of the 24 cards to update in the click's frame.)
   */
  private observeCards(): void {
    if (isServer || typeof IntersectionObserver === 'undefined') return;
    if (!this.observer) this.observed = new WeakSet();
    this.observer ??= new IntersectionObserver(
      (entries) => {
        // The row length: how many of the reported cards share the first one's top (when they span
        // more than one row). The observer measured them already: no layout is read here.
        const tops = entries
          .filter((entry) => entry.target.isConnected)
          .map((entry) => entry.boundingClientRect.top);
        const first = Math.min(...tops);
        const inRow = tops.filter((top) => Math.abs(top - first) < 1).length;
        if (inRow < tops.length) this.rowLength = inRow;
        for (const entry of entries) {
          const key = Number((entry.target as HTMLElement).dataset['key']);
          if (entry.isIntersecting || !entry.target.isConnected) this.offScreen.delete(key);
          else this.offScreen.add(key);
          if (!entry.target.isConnected) this.observer?.unobserve(entry.target);
        }
      },
      { rootMargin: '120px 0px' },
    );
    for (const item of this.renderRoot.querySelectorAll<HTMLElement>('.list > li[data-key]'))
      if (!this.observed.has(item)) {
        this.observed.add(item);
        this.observer.observe(item);
      }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
    this.offScreen.clear();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.observeCards();
    // Move focus only once the requested cards are there (new hits, or a new local window).
    const arrived =
      changed.has('hits') ||
      changed.has('windowStart' as never) ||
      changed.has('windowEnd' as never);
    if (this.focusIndex === undefined || this.loading || !arrived) return;
    const cards = this.renderRoot.querySelectorAll('etalase-product-card');
    const target = cards[this.focusIndex] ?? cards[0];
    if (target && (this.focusIndex < cards.length || this.pendingPage === undefined)) {
      this.focusIndex = undefined;
      // Once the new cards are painted: `focus()` forces their style and layout at once, which would
      // otherwise be done twice and hold back the frame that shows them.
      const focused = Promise.all([target.updateComplete, afterPaint()]).then(() => {
        target.focus();
        if (this.focusLater === focused) this.focusLater = undefined;
      });
      this.focusLater = focused;
    }
  }

  /**
   * A key per shown card for the keyed list. A card element is reused for another product, and only
   * what differs is rendered again, which costs far less than building a card and its shadow root (a
   * region click replaces most of the 24). The cards keep their places: the product at each position
   * takes that position's card, so no card element moves (a moved card leaves the DOM and comes back,
   * and the page lays out its whole subtree again). While focus is inside the grid, a product that
   * stays shown keeps its own card instead (and focus with it), and new products get new cards: a
   * focused card must not turn into another product.
   */
  private cardKeys(shown: ProductHit[]): number[] {
    const reuse = !isServer && !this.matches(':focus-within');
    const old = [...this.keyOf.values()];
    const next = new Map<string, number>();
    shown.forEach(({ product }, index) =>
      next.set(product.id, (reuse ? old[index] : this.keyOf.get(product.id)) ?? this.nextKey++),
    );
    this.keyOf = next;
    return shown.map((hit) => next.get(hit.product.id)!);
  }

  /** The visitor asked for page `page` (`append`: add it below the shown ones). */
  private requestPage(page: number, append: boolean) {
    this.focusIndex = append ? this.visibleHits().length : 0;
    if (this.localPaging) {
      if (append) this.windowEnd = page;
      else this.windowStart = this.windowEnd = page;
      return;
    }
    this.pendingPage = append ? page : undefined;
    this.dispatchEvent(new EtalaseFilterChangeEvent<FilterState>({ page }));
  }

  private resetFilters() {
    this.dispatchEvent(new EtalaseFilterChangeEvent<FilterState>({}));
  }

  private renderCount(lang: 'id' | 'en', shown: number) {
    const total = this.totalCount;
    let text = '';
    if (this.loading && shown === 0) text = strings.get(lang, 'loading');
    else {
      const from = (this.windowStart - 1) * this.size + 1;
      text =
        total > shown && shown > 0
          ? `${strings.get(lang, 'found', total)}. ${strings.get(lang, 'showing', from, from + shown - 1, total)}`
          : strings.get(lang, 'found', total);
    }
    return html`<p class="count" part="count" role="status">${text}</p>`;
  }

  private renderPaging(lang: 'id' | 'en') {
    const count = this.pageCount;
    if (count <= 1) return nothing;
    if (this.paging === 'pages') {
      const current = this.windowStart;
      return html`<nav class="pager" part="pager" aria-label=${strings.get(lang, 'pages')}>
        <button
          class="action"
          type="button"
          ?disabled=${current <= 1}
          @click=${() => this.requestPage(current - 1, false)}
        >
          ${icons.chevronLeft}<span>${strings.get(lang, 'previous')}</span>
        </button>
        <ul>
          ${pageList(current, count).map((p) =>
            p === 0
              ? html`<li class="gap" aria-hidden="true">…</li>`
              : html`<li>
                  <button
                    class="action"
                    type="button"
                    aria-label=${strings.get(lang, 'page', p)}
                    aria-current=${p === current ? 'page' : nothing}
                    @click=${() => p !== current && this.requestPage(p, false)}
                  >
                    ${p}
                  </button>
                </li>`,
          )}
        </ul>
        <button
          class="action"
          type="button"
          ?disabled=${current >= count}
          @click=${() => this.requestPage(current + 1, false)}
        >
          <span>${strings.get(lang, 'next')}</span>${icons.chevronRight}
        </button>
      </nav>`;
    }
    const hasMore = this.windowEnd < count;
    const windowFull = this.windowEnd - this.windowStart + 1 >= this.pagesPerWindow;
    return html`<div class="more">
      ${
        this.windowStart > 1
          ? html`<button
              class="action"
              type="button"
              @click=${() => this.requestPage(Math.max(1, this.windowStart - 1), false)}
            >
              ${icons.chevronLeft}${strings.get(lang, 'previousBatch')}
            </button>`
          : nothing
      }
      ${
        hasMore && !windowFull
          ? html`<button
              class="action primary"
              part="load-more"
              type="button"
              ?disabled=${this.loading}
              @click=${() => this.requestPage(this.windowEnd + 1, true)}
            >
              ${strings.get(lang, 'loadMore')}
            </button>`
          : nothing
      }
      ${
        hasMore && windowFull
          ? html`<button
              class="action"
              type="button"
              @click=${() => this.requestPage(this.windowEnd + 1, false)}
            >
              ${strings.get(lang, 'nextBatch')}${icons.chevronRight}
            </button>`
          : nothing
      }
    </div>`;
  }

  /** No products match: say so, and offer to clear every filter. */
  private renderEmpty(lang: 'id' | 'en') {
    return html`<div class="empty" part="empty">
      ${icons.search}
      <h2>${strings.get(lang, 'emptyTitle')}</h2>
      <p>${strings.get(lang, 'emptyHint')}</p>
      <button class="action" part="reset" type="button" @click=${this.resetFilters}>
        ${icons.reset}${strings.get(lang, 'reset')}
      </button>
    </div>`;
  }

  /** The empty state, for `warmRehearsals`: a visitor's first search without results. */
  protected override rehearsal(): unknown {
    return this.renderEmpty(this.language);
  }

  override render() {
    const lang = this.language;
    const shown = this.visibleHits();
    const empty = !this.loading && shown.length === 0;
    const cards = this.cardsNow(shown);
    const keys = this.cardKeys(cards);
    const hits = this.hitsNow(cards, keys);
    this.shownByKey = new Map(keys.map((key, i) => [key, hits[i]!]));
    if (hits === cards) this.shownHighlight = this.highlight;
    return html`<div class="base" part="base">
      ${this.renderCount(lang, shown.length)}
      ${
        empty
          ? this.renderEmpty(lang)
          : html`<ul
              class="list"
              part="list"
              aria-label=${strings.get(lang, 'products')}
              aria-busy=${this.loading || this.offScreenLater ? 'true' : 'false'}
            >
              ${
                shown.length === 0
                  ? Array.from(
                      { length: Math.min(SKELETONS, this.size) },
                      () =>
                        html`<li class="skeleton" aria-hidden="true">
                          <div class="block"></div>
                          <div class="line"></div>
                          <div class="line short"></div>
                        </li>`,
                    )
                  : repeat(
                      hits,
                      (_, index) => keys[index],
                      (hit, index) =>
                        // Values go to the cards as properties (an attribute is a string to write
                        // and convert back for each new card), except `eager`, which the card's CSS
                        // selects on, and `lang`, which tells screen readers the language. `theme`
                        // and `layout` reflect to attributes for the card's CSS, but not their defaults.
                        // Hydration sets property bindings too: server-rendered cards get the feed's
                        // base URL, which the server did not know.
                        html`<li data-key=${keys[index]!}>
                          <etalase-product-card
                            ?eager=${index < EAGER_IMAGES}
                            .orderPlanner=${this.orderPlanner}
                            exportparts="base: card, image: card-image, name: card-name, price: card-price, badge: card-badge"
                            lang=${lang}
                            .theme=${this.theme}
                            .layout=${this.cardLayout}
                            .baseUrl=${this.baseUrl}
                            .regionName=${this.regionNamer?.(hit.regionCode) ?? ''}
                            .product=${hit.product}
                            .producer=${hit.producer}
                            .highlight=${hit === cards[index] ? this.highlight : this.shownHighlight}
                          ></etalase-product-card>
                        </li>`,
                    )
              }
            </ul>`
      }
      ${empty ? nothing : this.renderPaging(lang)}
    </div>`;
  }
}
