import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { EtalaseElement } from '../base/etalase-element.js';
import { baseStyles } from '../base/theme.js';
import { icons } from '../base/icons.js';
import { EtalaseProductSelectEvent } from '../events/product-select.js';
import { formatPrice } from '../../format/money.js';
import { localize, localizedLang } from '../../format/text.js';
import type { Producer, Product } from '../../model/types.js';
import type { Language } from '../../model/vocabulary.js';
import { imageSource, renderImage } from './image.js';
import { productCardStyles } from './product-card.styles.js';
import { strings } from './product-card.strings.js';

export const CARD_LAYOUTS = ['vertical', 'horizontal'] as const;
export type CardLayout = (typeof CARD_LAYOUTS)[number];

/** The lead time that applies: the product's own ordering info, else its producer's. */
export function leadTimeDays(product: Product, producer?: Producer): number | undefined {
  return product.orders?.leadTimeDays ?? producer?.orders?.leadTimeDays;
}

/**
 * Resolves a Kemendagri region code to its display name, e.g. the feed runtime's
 * `RegionIndex.nameOf`. Elements take one instead of importing the region table, which the drop-in
 * bundle loads lazily.
 */
export type RegionNamer = (code: string) => string | undefined;

/** The product's own region code, or its producer's. */
export const regionCodeOf = (product: Product, producer?: Producer): string | undefined =>
  product.regionCode ?? producer?.regionCode;

/** Short and long (accessible) names of a certification type. */
export function certificationLabel(lang: Language, type: string): { short: string; long: string } {
  const key = (['halal', 'pirt', 'bpom', 'sni', 'haki'].includes(type) ? type : 'other') as
    'halal' | 'pirt' | 'bpom' | 'sni' | 'haki' | 'other';
  return {
    short: strings.get(lang, `cert_${key}`),
    long: strings.get(lang, `cert_${key}_long`),
  };
}

/**
 * @summary One product as a card: picture, name, producer and region, price, certifications, a
 * flagship marker and availability. The whole card is one button that selects the product.
 *
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
 *
 * @fires etalase-product-select - The visitor activated the card (click, Enter or Space).
 */
export class EtalaseProductCard extends EtalaseElement {
  static override styles = [baseStyles, productCardStyles];

  /** The product to show. */
  @property({ attribute: false }) product?: Product;

  /** Its producer (name, region, lead time fallback). */
  @property({ attribute: false }) producer?: Producer;

  /** Name of the product's region (regency/city), e.g. `Kabupaten Katingan`. */
  @property({ attribute: 'region-name' }) regionName = '';

  /** Base URL for relative image URLs, usually the feed's URL. */
  @property({ attribute: 'base-url' }) baseUrl = '';

  /** `vertical` (picture on top, default) or `horizontal` (compact, picture on the side). */
  @property({ reflect: true }) layout: CardLayout = 'vertical';

  /** Heading level of the product name (2–6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** `sizes` for the picture's `srcset`. */
  @property() sizes = '(min-width: 48rem) 18rem, 50vw';

  /** Load the picture at once (for cards above the fold) instead of lazily. */
  @property({ type: Boolean }) eager = false;

  @state() private imageFailed = false;

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

  private readonly onImageError = () => {
    this.imageFailed = true;
  };

  private renderMedia(product: Product, lang: Language) {
    const source = this.imageFailed
      ? undefined
      : imageSource(product.images[0], lang, this.baseUrl || undefined);
    return html`<div class="media" part="image">
      ${
        source
          ? renderImage(source, this.sizes, this.onImageError, this.eager)
          : html`<div class="placeholder">
              ${icons.image}<span>${strings.get(lang, 'noImage')}</span>
            </div>`
      }
      ${
        product.flagship
          ? html`<span class="flagship" part="flagship"
              >${icons.star}${strings.get(lang, 'flagship')}</span
            >`
          : nothing
      }
    </div>`;
  }

  private renderAvailability(product: Product, lang: Language) {
    const availability = product.availability;
    if (!availability) return nothing;
    const days =
      availability === 'made_to_order' ? leadTimeDays(product, this.producer) : undefined;
    return html`<p class="availability ${availability}" part="availability">
      ${strings.get(lang, availability)}${
        days !== undefined ? ` · ${strings.get(lang, 'leadTime', days)}` : nothing
      }
    </p>`;
  }

  override render() {
    const { product, producer } = this;
    if (!product) return nothing;
    const lang = this.language;
    const name = localize(product.name, lang);
    const producerName = producer ? localize(producer.name, lang) : '';
    const region = this.regionName;
    const meta = [producerName, region].filter(Boolean).join(' · ');
    const price = formatPrice(product.price, lang);
    const certifications = product.certifications ?? [];
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    return html`<article class="card" part="base">
      ${this.renderMedia(product, lang)}
      <div class="body" part="body">
        <div class="name" role="heading" aria-level=${level}>
          <button
            class="select"
            part="name"
            type="button"
            lang=${localizedLang(product.name, lang) ?? nothing}
            @click=${this.select}
          >
            ${name}
          </button>
        </div>
        ${meta ? html`<p class="meta" part="meta">${meta}</p>` : nothing}
        ${
          price
            ? html`<p class="price" part="price">
                <span class="visually-hidden">${strings.get(lang, 'price')}: </span>${price}
              </p>`
            : nothing
        }
        ${
          certifications.length
            ? html`<ul
                class="badges"
                part="badges"
                aria-label=${strings.get(lang, 'certifications')}
              >
                ${certifications.map((cert) => {
                  const label = certificationLabel(lang, cert.type);
                  const short =
                    cert.type === 'other' ? localize(cert.name, lang) || label.short : label.short;
                  return html`<li class="badge" part="badge">
                    <span aria-hidden="true">${short}</span
                    ><span class="visually-hidden"
                      >${cert.type === 'other' ? short : label.long}</span
                    >
                  </li>`;
                })}
              </ul>`
            : nothing
        }
        ${this.renderAvailability(product, lang)}
        ${
          product.exportReady
            ? html`<p class="export" part="export">
                ${icons.globe}${strings.get(lang, 'exportReady')}
              </p>`
            : nothing
        }
      </div>
    </article>`;
  }
}
