import { nothing, type PropertyValues } from 'lit';
import { compactHtml } from '../base/compact-html.js';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { EtalaseElement } from '../base/etalase-element.js';
import { baseStyles } from '../base/theme.js';
import { icons } from '../base/icons.js';
import { highlightWords } from '../base/highlight.js';
import { EtalaseProductSelectEvent } from '../events/product-select.js';
import { EtalasePlanAddEvent } from '../events/plan-change.js';
import { defaultQuantity } from '../../feed/order-plan/plan.js';
import { formatPrice } from '../../format/money.js';
import { localize, localizedLang } from '../../format/text.js';
import type { Certification, Producer, Product } from '../../model/types.js';
import type { Language } from '../../model/vocabulary.js';
import {
  imageSource,
  renderListImage,
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
  static override styles = [baseStyles, productCardStyles, actionStyles, planAddStyles];

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
    if ((event.target as Element).localName === 'img') this.imageFailed = true;
  };

  private readonly onClick = (event: Event) => {
    const button = (event.composedPath()[0] as Element).closest?.('button');
    if (button?.classList.contains('select')) this.select();
  };

  private renderPicture(product: Product, lang: Language) {
    const source = this.imageFailed
      ? undefined
      : imageSource(product.images[0], lang, this.baseUrl || undefined);
    // A new `<img>` for another product (a grid reuses its cards): an image whose `src` changes keeps
    // showing the old picture until the new one has loaded.
    return source
      ? keyed(product.id, renderListImage(source, this.sizes, this.eager))
      : compactHtml`<div class="placeholder">
          ${icons.image}<span>${productStrings.get(lang, 'noImage')}</span>
        </div>`;
  }

  private renderBadges(certifications: Certification[], lang: Language) {
    return certifications.map((cert) => {
      const short = certificationShortName(cert, lang);
      return compactHtml`<li class="badge" part="badge">
        <span aria-hidden="true">${short}</span
        ><span class="visually-hidden"
          >${cert.type === 'other' ? short : certificationLabel(lang, cert.type).long}</span
        >
      </li>`;
    });
  }

  // One flat template for the parts every card has (a card costs what its template instances and
  // bindings cost: 1,000 cards render in one task); a part without content is `hidden`. Only what
  // few cards show (flagship, export, planner) is a nested template.
  override render() {
    const { product, producer } = this;
    if (!product) return nothing;
    const lang = this.language;
    const name = localize(product.name, lang);
    const producerName = producer ? localize(producer.name, lang) : '';
    const region = this.regionName;
    const meta = producerName && region ? `${producerName} · ${region}` : producerName || region;
    const price = formatPrice(product.price, lang);
    const certifications = product.certifications ?? [];
    const availability = product.availability;
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    return compactHtml`<article class="card" part="base">
      <div class="media" part="image">
        ${this.renderPicture(product, lang)}${
          product.flagship
            ? compactHtml`<span class="flagship" part="flagship"
                >${icons.star}${productStrings.get(lang, 'flagship')}</span
              >`
            : nothing
        }
      </div>
      <div class="body" part="body">
        <div class="name" role="heading" aria-level=${level}>
          <button
            class="select"
            part="name"
            type="button"
            lang=${localizedLang(product.name, lang) ?? nothing}
          >
            ${highlightWords(name, this.highlight)}
          </button>
        </div>
        <p class="meta" part="meta" ?hidden=${!meta}>${meta}</p>
        <p class="price" part="price" ?hidden=${!price}>
          <span class="visually-hidden">${strings.get(lang, 'price')}: </span>${price}
        </p>
        <ul
          class="badges"
          part="badges"
          aria-label=${strings.get(lang, 'certifications')}
          ?hidden=${!certifications.length}
        >
          ${this.renderBadges(certifications, lang)}
        </ul>
        <p class="availability ${availability ?? ''}" part="availability" ?hidden=${!availability}>
          ${availabilityText(product, producer, lang)}
        </p>
        ${
          product.exportReady
            ? compactHtml`<p class="export" part="export">
                ${icons.globe}${productStrings.get(lang, 'exportReady')}
              </p>`
            : nothing
        }
        ${
          this.orderPlanner
            ? compactHtml`<button
                class="action plan-add"
                part="plan-add"
                type="button"
                aria-label=${`${strings.get(lang, 'planAdd')}: ${name}`}
                @click=${() =>
                  this.dispatchEvent(
                    new EtalasePlanAddEvent(product.id, defaultQuantity(product, producer)),
                  )}
              >
                ${icons.plus}${strings.get(lang, 'planAdd')}
              </button>`
            : nothing
        }
      </div>
    </article>`;
  }
}
