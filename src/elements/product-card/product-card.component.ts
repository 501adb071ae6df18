import { css, nothing, type PropertyValues } from 'lit';
import { compactHtml, inline, type Inline } from '../base/compact-html.js';
import { property, state } from 'lit/decorators.js';
import { EtalaseElement } from '../base/etalase-element.js';
import { baseStyles } from '../base/theme.js';
import { icons } from '../base/icons.js';
import { highlightWords } from '../base/highlight.js';
import { EtalaseProductSelectEvent } from '../events/product-select.js';
import { EtalasePlanAddEvent } from '../events/plan-change.js';
import { defaultQuantity } from '../../feed/order-plan/plan.js';
import { formatPrice } from '../../format/money.js';
import { localize, localizedLang } from '../../format/text.js';
import type { Certification, Image, Producer, Product } from '../../model/types.js';
import { AVAILABILITIES, type Language } from '../../model/vocabulary.js';
import {
  imageSource,
  type ImageSource,
  availabilityText,
  certificationLabel,
  certificationShortName,
  productStrings,
  actionStyles,
} from '../shared/shared.js';
import { planAddStyles, productCardStyles } from './product-card.styles.js';
import { strings } from './product-card.strings.js';

export const CARD_LAYOUTS = ['vertical', 'horizontal'] as const;
export type CardLayout = (typeof CARD_LAYOUTS)[number];

/**
 * A picture's safe attributes, worked out once per feed image and language (and base URL): the grid
 * renders the same products again on every filter change, and the URL checks parse each URL.
 */
const sources = new WeakMap<
  Image,
  { lang: Language; base: string; source: ImageSource | undefined }
>();
function cachedImageSource(image: Image | undefined, lang: Language, base: string) {
  if (!image) return undefined;
  let entry = sources.get(image);
  if (entry?.lang !== lang || entry.base !== base) {
    entry = { lang, base, source: imageSource(image, lang, base || undefined) };
    sources.set(image, entry);
  }
  return entry.source;
}

/** The picture's loading hints, written into the card's template (`inline`). */
const pictureLoading = (eager: boolean) =>
  inline(eager ? 'loading="eager" fetchpriority="high"' : 'loading="lazy"');

/** The availability line's class per state (a line without a state is empty, and hidden: `:empty`). */
const availabilityClass = (availability: string | undefined) =>
  availability ? `availability ${availability}` : 'availability';

/** The same, written into the card's template (`inline`): see `availabilityMarkup` in the card. */
const availabilityVariants = new Map<string | undefined, Inline>(
  [...AVAILABILITIES, undefined].map((value) => [
    value,
    inline(`class="${availabilityClass(value)}"`),
  ]),
);

/** The name's heading level (2–6), written into the card's template (`inline`). */
const headingLevels = [2, 3, 4, 5, 6].map((level) => inline(`aria-level="${level}"`));

/**
 * @summary One product as a card: picture, name, producer and region, price, certifications, a
 * flagship marker and availability. The whole card is one button that selects the product.
 *
 * @csspart mark - A searched word marked in the name.
 * @csspart base - The card's box.
 * @csspart image - The picture box (holds the image or its placeholder).
 * @csspart body - The text below (or beside) the picture.
 * @csspart name - The product name (the button).
 * @csspart meta - Producer and region line.
 * @csspart price - The price.
 * @csspart badges - The list of certification badges.
 * @csspart badge - One certification badge.
 * @csspart flagship - The "produk unggulan" marker.
 * @csspart availability - Availability and lead time.
 * @csspart export - The "Siap ekspor / Export-ready" marker.
 *
 * @cssprop --etalase-card-image-ratio - Aspect ratio of the picture box (default `4 / 3`).
 * @cssprop --etalase-color-highlight - Background of search words marked in the name (default `#fde68a`).
 *
 * @csspart plan-add - The "Tambah ke rencana" button (with `order-planner`).
 *
 * @fires etalase-product-select - The visitor activated the card (click, Enter or Space).
 * @fires etalase-plan-add - With `order-planner`: the visitor asked to add the product (at its
 *   minimum order) to the order plan.
 */
export class EtalaseProductCard extends EtalaseElement {
  // One style sheet, not four: every card's shadow root adopts it, and the browser matches each
  // element of a card against every sheet the root holds (the text is joined once, per class).
  static override styles = css`
    ${baseStyles}${productCardStyles}${actionStyles}${planAddStyles}
  `;

  /** @internal A page may show 1,000 cards at once: they read its font together, in the next frame. */
  protected static override pageFontInFrame = true;

  /** The product to show. */
  @property({ attribute: false }) product?: Product;

  /** Its producer (name, region, lead time fallback). */
  @property({ attribute: false }) producer?: Producer;

  /** Name of the product's region (regency/city), e.g. `Kabupaten Katingan`. */
  @property({ attribute: 'region-name' }) regionName = '';

  /** Base URL for relative image URLs, usually the feed's URL. */
  @property({ attribute: 'base-url' }) baseUrl = '';

  /** `vertical` (picture on top, default) or `horizontal` (compact, picture on the side). */
  @property({ reflect: true, useDefault: true }) layout: CardLayout = 'vertical';

  /** Heading level of the product name (2–6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** `sizes` for the picture's `srcset`. */
  @property() sizes = '(min-width: 48rem) 18rem, 50vw';

  /** Load the picture at once (for cards above the fold) instead of lazily. */
  @property({ type: Boolean }) eager = false;

  /** Search words whose matches are marked in the name (`<mark part="mark">`). */
  @property() highlight = '';
  /** Show a "Tambah ke rencana pesanan" button (the showcase sets it when its planner is on). */
  @property({ type: Boolean, attribute: 'order-planner' }) orderPlanner = false;

  @state() private imageFailed = false;

  private loadingMarkup?: Inline;
  /**
   * The availability class written into the card's template: its first product's. A later product's
   * is set on the line directly (`showAvailability`), not by another template: the products a reused
   * card shows in turn differ in it, and a new template makes the card's markup (and picture) anew,
   * about twice the cost of updating it; bound, it would be one more attribute set on every card.
   */
  private availabilityMarkup?: Inline;

  constructor() {
    super();
    // One listener per card on its own element rather than one per rendered button and picture:
    // a catalogue page renders hundreds of cards, and each listener is a binding to commit.
    this.addEventListener('click', this.onClick);
  }

  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    // `error` does not bubble: caught on the way down, from the picture only.
    root.addEventListener('error', this.onImageError, true);
    return root;
  }

  /** Moves keyboard focus to the card's button. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLButtonElement>('.select')?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('product')) this.imageFailed = false;
    if (changed.has('layout') && !CARD_LAYOUTS.includes(this.layout)) this.layout = 'vertical';
  }

  private select() {
    if (this.product) {
      this.dispatchEvent(new EtalaseProductSelectEvent(this.product.id, this.product));
    }
  }

  private readonly onImageError = (event: Event) => {
    // An `<img>` without `src` has no picture to fail (see `dropOldPicture`).
    const target = event.target as Element;
    if (target.localName === 'img' && target.getAttribute('src')) this.imageFailed = true;
  };

  private readonly onClick = (event: Event) => {
    const button = (event.composedPath()[0] as Element).closest?.('button');
    if (button?.classList.contains('select')) this.select();
  };

  // Another product keeps the card's markup (a grid reuses its cards for the products that arrive):
  // only what differs is rendered again. An `<img>` whose `src` changes would keep showing the old
  // picture until the new one has loaded, so the old one is dropped first: with no `src` (and no
  // `srcset`) an image shows nothing at once, and the new `src` set in the same task then loads.
  // (A template variant, see `render`, still makes new markup.) A focused card keeps the focus.
  protected override update(changed: PropertyValues<this>): void {
    const focused = this.hasUpdated && !!this.shadowRoot?.activeElement;
    if (
      this.hasUpdated &&
      changed.has('product') &&
      (changed.get('product') as Product | undefined)?.id !== this.product?.id
    ) {
      this.loadingMarkup = undefined;
      this.dropOldPicture();
    }
    const updatedBefore = this.hasUpdated;
    super.update(changed);
    if (updatedBefore) this.showAvailability();
    if (focused && !this.shadowRoot?.activeElement) this.focus({ preventScroll: true });
  }

  /** The current product's availability class, when it is not the one in the template. */
  private showAvailability(): void {
    const line = this.renderRoot.querySelector('.availability');
    const wanted = availabilityClass(this.product?.availability);
    if (line && line.className !== wanted) line.className = wanted;
  }

  /** Clears the picture when the new product's differs (see `update`). */
  private dropOldPicture(): void {
    const img = this.renderRoot.querySelector('img');
    const src = img?.getAttribute('src');
    if (!img || !src) return;
    const next =
      this.product && cachedImageSource(this.product.images[0], this.language, this.baseUrl);
    if (next?.src === src) return;
    img.removeAttribute('srcset');
    img.removeAttribute('src');
  }

  /** What shows over the picture box: the placeholder without a picture, the flagship marker. */
  private renderMediaExtras(product: Product, lang: Language, placeholder: boolean) {
    const flagship = product.flagship
      ? compactHtml`<span class="flagship" part="flagship"
          >${icons.star}${productStrings.get(lang, 'flagship')}</span
        >`
      : nothing;
    if (!placeholder) return flagship;
    return [
      compactHtml`<div class="placeholder">
        ${icons.image}<span>${productStrings.get(lang, 'noImage')}</span>
      </div>`,
      flagship,
    ];
  }

  /** The certification list, only for a product that has one (most have none). */
  private renderBadges(certifications: Certification[], lang: Language) {
    if (!certifications.length) return nothing;
    return compactHtml`<ul
      class="badges"
      part="badges"
      aria-label=${strings.get(lang, 'certifications')}
    >
      ${
        certifications.length === 1
          ? this.renderBadge(certifications[0]!, lang)
          : certifications.map((cert) => this.renderBadge(cert, lang))
      }
    </ul>`;
  }

  private renderBadge(cert: Certification, lang: Language) {
    const short = certificationShortName(cert, lang);
    return compactHtml`<li class="badge" part="badge">
      <span aria-hidden="true">${short}</span
      ><span class="visually-hidden"
        >${cert.type === 'other' ? short : certificationLabel(lang, cert.type).long}</span
      >
    </li>`;
  }

  /** The markers and the button few cards show, in one part (each part is a marker to walk). */
  private renderExtras(
    product: Product,
    producer: Producer | undefined,
    lang: Language,
    name: string,
  ) {
    const exportReady = product.exportReady
      ? compactHtml`<p class="export" part="export">
          ${icons.globe}${productStrings.get(lang, 'exportReady')}
        </p>`
      : nothing;
    if (!this.orderPlanner) return exportReady;
    const planAdd = compactHtml`<button
      class="action plan-add"
      part="plan-add"
      type="button"
      aria-label=${`${strings.get(lang, 'planAdd')}: ${name}`}
      @click=${() =>
        this.dispatchEvent(new EtalasePlanAddEvent(product.id, defaultQuantity(product, producer)))}
    >
      ${icons.plus}${strings.get(lang, 'planAdd')}
    </button>`;
    return [exportReady, planAdd];
  }

  // One flat template for the parts every card has, the picture's `<img>` included (a card costs what
  // its template instances, parts and attribute sets cost: 1,000 cards render in one task); a part
  // without content is `hidden` (`hidden=${… ? nothing : ''}` sets nothing on a card that shows it),
  // or, for a line that is only text, `:empty`. Only what few cards show (placeholder, flagship,
  // certifications, export, planner) is a nested template. Attributes with one of a few values that
  // seldom change on a card are written into the template (`inline`): one template per combination,
  // cloned with them rather than set on every card — picture loading and heading level (a grid gives
  // each position its own), and the first product's availability state (see `availabilityMarkup`).
  // What changes on a live card (the language, a failed picture) stays bound: it must not make the
  // card's markup (and picture) anew.
  override render() {
    const { product } = this;
    if (!product) return nothing;
    // Set for each product: a picture already loading is not loaded differently, and one moving into
    // view loads anyway.
    this.loadingMarkup ??= pictureLoading(this.eager);
    this.availabilityMarkup ??=
      availabilityVariants.get(product.availability) ?? availabilityVariants.get(undefined)!;
    return this.renderCard(product, this.loadingMarkup, this.availabilityMarkup);
  }

  /**
   * The card's template variants (picture loading × availability state) and the markers few cards
   * show, for `warmRehearsals`: a card whose first product brings a new combination ("load more"'s
   * lazy cards, a first out-of-stock product) then renders a prepared template.
   */
  protected override rehearsal(): unknown {
    const { product } = this;
    if (!product) return undefined;
    const marked = { ...product, flagship: true, exportReady: true };
    return [
      ...[true, false].flatMap((eager) =>
        [...availabilityVariants.values()].map((availability) =>
          this.renderCard(product, pictureLoading(eager), availability),
        ),
      ),
      this.renderMediaExtras(marked, this.language, true),
      this.renderExtras(marked, this.producer, this.language, ''),
    ];
  }

  private renderCard(product: Product, loading: Inline, availability: Inline) {
    const { producer } = this;
    const lang = this.language;
    const name = localize(product.name, lang);
    const producerName = producer ? localize(producer.name, lang) : '';
    const region = this.regionName;
    const meta = producerName && region ? `${producerName} · ${region}` : producerName || region;
    const price = formatPrice(product.price, lang);
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3)) - 2;
    const source = this.imageFailed
      ? undefined
      : cachedImageSource(product.images[0], lang, this.baseUrl);
    // Loading hints come before the URLs: the browser decides how to fetch when `src` is set.
    return compactHtml`<article class="card" part="base">
        <div class="media" part="image">
          <img
            hidden=${source ? nothing : ''}
            decoding="async"
            referrerpolicy="no-referrer"
            ${loading}
            width=${source?.width ?? nothing}
            height=${source?.height ?? nothing}
            alt=${source?.alt ?? nothing}
            sizes=${source?.srcset ? this.sizes : nothing}
            srcset=${source?.srcset ?? nothing}
            src=${source?.src ?? nothing}
          />${this.renderMediaExtras(product, lang, !source)}
        </div>
        <div class="body" part="body">
          <div class="name" role="heading" ${headingLevels[level]}>
            <button
              class="select"
              part="name"
              type="button"
              lang=${localizedLang(product.name, lang) ?? nothing}
            >
              ${highlightWords(name, this.highlight)}
            </button>
          </div>
          <p class="meta" part="meta">${meta}</p>
          <p class="price" part="price" hidden=${price ? nothing : ''}>
            <span class="visually-hidden">${strings.get(lang, 'price')}: </span>${price}
          </p>
          ${this.renderBadges(product.certifications ?? [], lang)}
          <p
            ${availability}
            part="availability"
          >
            ${availabilityText(product, producer, lang)}
          </p>
          ${this.renderExtras(product, producer, lang, name)}
        </div>
      </article>`;
  }
}
