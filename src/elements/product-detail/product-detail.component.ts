import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { EtalaseElement } from '../base/etalase-element.js';
import { baseStyles } from '../base/theme.js';
import { dialogStyles } from '../base/dialog.js';
import { icons } from '../base/icons.js';
import { EtalaseContactEvent, type ContactChannel } from '../events/contact.js';
import { EtalasePlanAddEvent } from '../events/plan-change.js';
import { defaultQuantity, quantityText, toQuantity } from '../../feed/order-plan/plan.js';
import { certificateStatus, isEventKind, localDate, outletStatus } from '../../format/calendar.js';
import { formatDate, formatDateRange } from '../../format/date.js';
import { openingHoursLines } from '../../format/hours.js';
import { formatPrice } from '../../format/money.js';
import { localize, localizedLang } from '../../format/text.js';
import { safeUrl } from '../../format/url.js';
import { mailtoUrl, telUrl, whatsappMessage, whatsappUrl } from '../../format/whatsapp.js';
import type { FeedCredit } from '../../feed/merge.js';
import type {
  Certification,
  ExportInfo,
  Feed,
  Orders,
  Outlet,
  Producer,
  Product,
} from '../../model/types.js';
import { MARKETPLACES, SOCIAL_NETWORKS, type Language } from '../../model/vocabulary.js';
import { regionCodeOf } from '../../model/product.js';
import {
  imageSource,
  renderImage,
  availabilityText,
  certificationLabel,
  certificationShortName,
  type RegionNamer,
  productStrings,
  actionStyles,
} from '../shared/shared.js';
import { productDetailStyles } from './product-detail.styles.js';
import { strings } from './product-detail.strings.js';
import { outletKindLabel } from '../shared/outlet.strings.js';

/** The element that has focus, looking inside shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/** Display name of a marketplace id (`tiktok_shop` → `TikTok Shop`); other names as written. */
export function platformName(platform: string): string {
  const key = platform.toLowerCase().replace(/[\s-]+/g, '_');
  return (MARKETPLACES as Record<string, string>)[key] ?? platform;
}

const external = { target: '_blank', rel: 'noopener noreferrer' } as const;

/** Display name of a social network id (`instagram` → `Instagram`); other names as written. */
function socialName(platform: string): string {
  return (SOCIAL_NETWORKS as Record<string, string>)[platform.toLowerCase()] ?? platform;
}

/**
 * @summary The full story of one product in a modal dialog: photo gallery, description, certificates
 * with verify links, ordering info for event and bulk buyers, the producer's profile, the outlets
 * that sell it, and ways to reach the producer (WhatsApp, phone, e-mail, marketplaces) or share it.
 *
 * A native `<dialog>` opened with `showModal()`: focus moves in and stays in, Escape or the close
 * button closes it, and focus returns to whatever opened it (e.g. the product card).
 *
 * @csspart dialog - The `<dialog>` element.
 * @csspart base - Its content wrapper.
 * @csspart header - The sticky title bar.
 * @csspart title - The product name.
 * @csspart close - The close button.
 * @csspart gallery - The picture and thumbnails.
 * @csspart summary - Price, markers and contact actions.
 * @csspart actions - The list of contact links.
 * @csspart action - One contact link or the share button.
 * @csspart section - Each section (description, certifications, ordering, producer, outlets).
 *
 * @cssprop --etalase-detail-width - Widest the dialog gets (default `56em`).
 *
 * @fires etalase-contact - The visitor opened a WhatsApp, phone, e-mail, website or marketplace
 *   link, or shared the product (cancelable: `preventDefault()` stops the link).
 * @fires etalase-plan-add - With `order-planner`: the visitor added the product to the order plan
 *   with the quantity they typed.
 * @fires close - The dialog closed (not bubbling, like `HTMLDialogElement`'s own `close`).
 */
export class EtalaseProductDetail extends EtalaseElement {
  static override styles = [baseStyles, actionStyles, dialogStyles, productDetailStyles];

  /** The product shown. */
  @property({ attribute: false }) product?: Product;

  /** Its producer. */
  @property({ attribute: false }) producer?: Producer;

  /** Outlets (galleries, souvenir shops, expos) that sell the product. */
  @property({ attribute: false }) outlets: Outlet[] = [];

  /** Turns a region code into its name (e.g. the feed runtime's `RegionIndex.nameOf`). */
  @property({ attribute: false }) regionNamer?: RegionNamer;

  /** Base URL for relative image URLs, usually the feed's URL. */
  @property({ attribute: 'base-url' }) baseUrl = '';

  /** Link to share; by default `page-url`, else the current page with `?produk=<id>`. */
  @property({ attribute: 'share-url' }) shareUrl = '';

  /**
   * The product's own page in a static catalogue (`etalase site`), e.g.
   * `https://umkm.example.go.id/produk/<id>/`: the detail links to it (unless it is the current
   * page), and sharing gives it, so a chat app shows that page's preview.
   */
  @property({ attribute: 'page-url' }) pageUrl = '';

  /** Offer "Tambah ke rencana pesanan" with a quantity (the showcase sets it with its planner on). */
  @property({ type: Boolean, attribute: 'order-planner' }) orderPlanner = false;

  /** The visitor's date (`YYYY-MM-DD`) for certificate expiry and outlet status; empty for today. */
  @property() today = '';

  /**
   * Where to look certificates up by type when a certificate has no `url` of its own (the feed's
   * `certificateLookups`; see `OFFICIAL_CERTIFICATE_LOOKUPS`).
   */
  @property({ attribute: false }) certificateLookups?: Feed['certificateLookups'];

  /** The publisher the product comes from, when several feeds are merged. */
  @property({ attribute: false }) source?: FeedCredit | undefined;

  /** Whether the dialog is open. Setting it opens or closes the dialog. */
  @property({ type: Boolean, reflect: true }) open = false;

  @state() private imageIndex = 0;
  @state() private failed = new Set<number>();
  @state() private shareStatus = '';
  @state() private planStatus = '';

  @query('dialog') private dialog?: HTMLDialogElement;
  private opener: HTMLElement | null = null;

  /** Opens the dialog on `product` (focus goes back to the current focus on close). */
  show(product?: Product, producer?: Producer, outlets?: Outlet[]): void {
    if (product) this.product = product;
    if (producer) this.producer = producer;
    if (outlets) this.outlets = outlets;
    this.open = true;
  }

  /** Closes the dialog. */
  close(): void {
    this.open = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('product')) {
      this.imageIndex = 0;
      this.failed = new Set();
      this.shareStatus = '';
      this.planStatus = '';
      // A quantity typed for the previous product does not carry over.
      const input = this.renderRoot?.querySelector<HTMLInputElement>('#plan-quantity');
      if (input && this.product) input.value = String(defaultQuantity(this.product, this.producer));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dialog = this.dialog;
    if (!dialog || !changed.has('open')) return;
    if (this.open && !dialog.open) {
      this.opener = deepActiveElement();
      dialog.showModal();
      // Start at the top with the product's name: screen readers announce it first.
      this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    } else if (!this.open && dialog.open) {
      dialog.close();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.dialog?.open) this.dialog.close();
  }

  private readonly onClose = () => {
    this.open = false;
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
    this.dispatchEvent(new Event('close'));
  };

  private readonly onBackdropClick = (event: MouseEvent) => {
    // A click on the dialog box itself (not its content) is a click on the backdrop.
    if (event.target === this.dialog) this.dialog?.close();
  };

  private contact(event: Event, channel: ContactChannel, url: string, platform?: string) {
    if (!this.product || !this.producer) return;
    const contact = new EtalaseContactEvent(
      channel,
      this.producer.id,
      this.product.id,
      platform,
      url,
    );
    this.dispatchEvent(contact);
    if (contact.defaultPrevented) event.preventDefault();
  }

  private productUrl(): string {
    const given =
      safeUrl(this.shareUrl, { allowRelative: true, base: location.href }) ?? this.ownPage();
    if (given) return given;
    const url = new URL(location.href);
    if (this.product) url.searchParams.set('produk', this.product.id);
    url.hash = '';
    return url.href;
  }

  /** `page-url` as a safe absolute URL. */
  private ownPage(): string | undefined {
    return safeUrl(this.pageUrl, { allowRelative: true, base: location.href });
  }

  private async share(event: Event) {
    const product = this.product;
    if (!product) return;
    const lang = this.language;
    const url = this.productUrl();
    this.contact(event, 'share', url);
    if (event.defaultPrevented) return;
    const data = { title: localize(product.name, lang), url };
    if (typeof navigator.share === 'function' && (navigator.canShare?.(data) ?? true)) {
      try {
        await navigator.share(data);
        return;
      } catch (error) {
        if ((error as DOMException).name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      this.shareStatus = strings.get(lang, 'copied');
    } catch {
      this.shareStatus = strings.get(lang, 'copyFailed', url);
    }
  }

  private renderPlanAdd(product: Product, producer: Producer | undefined, lang: Language) {
    const unit = localize(product.price?.unit, lang) || 'unit';
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const input = (event.target as HTMLFormElement).elements.namedItem('quantity');
      const quantity = toQuantity((input as HTMLInputElement).value);
      if (quantity === undefined) return;
      this.dispatchEvent(new EtalasePlanAddEvent(product.id, quantity));
      this.planStatus = strings.get(lang, 'planAdded', quantityText(quantity, product, lang));
    };
    return html`<form class="plan-add" @submit=${submit}>
      <label for="plan-quantity">${strings.get(lang, 'planQuantity', unit)}</label>
      <input
        id="plan-quantity"
        name="quantity"
        type="number"
        inputmode="numeric"
        min="1"
        step="1"
        required
        .value=${String(defaultQuantity(product, producer))}
      />
      <button class="action primary" type="submit">
        ${icons.plus}${strings.get(lang, 'planAdd')}
      </button>
      <p role="status">${this.planStatus}</p>
    </form>`;
  }

  private renderGallery(product: Product, lang: Language) {
    const images = product.images;
    const base = this.baseUrl || undefined;
    const index = Math.min(this.imageIndex, Math.max(0, images.length - 1));
    const main = this.failed.has(index) ? undefined : imageSource(images[index], lang, base);
    return html`<div class="gallery" part="gallery">
      <div class="main">
        ${
          main
            ? renderImage(main, '(min-width: 56rem) 28rem, 100vw', () => {
                this.failed = new Set(this.failed).add(index);
              })
            : html`<div class="placeholder">
                ${icons.image}<span class="visually-hidden"
                  >${productStrings.get(lang, 'noImage')}</span
                >
              </div>`
        }
      </div>
      ${
        images.length > 1
          ? html`<ul class="thumbs" aria-label=${strings.get(lang, 'gallery')}>
              ${images.map((image, i) => {
                const source = this.failed.has(i) ? undefined : imageSource(image, lang, base);
                return html`<li>
                  <button
                    type="button"
                    aria-label=${strings.get(lang, 'photo', i + 1, images.length)}
                    aria-pressed=${i === index ? 'true' : 'false'}
                    @click=${() => (this.imageIndex = i)}
                  >
                    ${
                      source
                        ? renderImage({ ...source, alt: '', srcset: undefined }, '4rem', () => {
                            this.failed = new Set(this.failed).add(i);
                          })
                        : icons.image
                    }
                  </button>
                </li>`;
              })}
            </ul>`
          : nothing
      }
    </div>`;
  }

  private renderContact(product: Product, producer: Producer, lang: Language) {
    const name = localize(product.name, lang);
    const producerName = localize(producer.name, lang);
    const { whatsapp, phone, email, website } = producer.contact;
    const newTab = strings.get(lang, 'opensNewTab');
    const page = this.ownPage();
    const links: {
      channel: ContactChannel;
      label: string;
      url: string | undefined;
      icon: unknown;
      platform?: string;
      external?: boolean;
    }[] = [
      {
        channel: 'whatsapp',
        label: strings.get(lang, 'whatsapp'),
        url: whatsappUrl(whatsapp, whatsappMessage(name, lang, producerName)),
        icon: icons.whatsapp,
        external: true,
      },
      {
        channel: 'phone',
        label: strings.get(lang, 'phone'),
        url: telUrl(phone),
        icon: icons.phone,
      },
      {
        channel: 'email',
        label: strings.get(lang, 'email'),
        url: mailtoUrl(email, name),
        icon: icons.mail,
      },
      ...(product.marketplaces ?? producer.marketplaces ?? []).map((link) => ({
        channel: 'marketplace' as const,
        label: platformName(link.platform),
        url: safeUrl(link.url),
        icon: icons.cart,
        platform: link.platform,
        external: true,
      })),
      {
        channel: 'website',
        label: strings.get(lang, 'website'),
        url: safeUrl(website),
        icon: icons.globe,
        external: true,
      },
    ];
    return html`<div>
      <h3 id="contact">${strings.get(lang, 'contact')}</h3>
      <ul class="actions" part="actions" aria-labelledby="contact">
        ${links
          .filter((link) => link.url !== undefined)
          .map(
            (link) =>
              html`<li>
                <a
                  class="action ${link.channel === 'whatsapp' ? 'primary' : ''}"
                  part="action"
                  href=${link.url!}
                  target=${link.external ? external.target : nothing}
                  rel=${link.external ? external.rel : nothing}
                  @click=${(event: Event) =>
                    this.contact(event, link.channel, link.url!, link.platform)}
                  >${link.icon}<span>${link.label}</span>${
                    link.external ? html`<span class="visually-hidden"> ${newTab}</span>` : nothing
                  }</a
                >
              </li>`,
          )}
        ${
          page && new URL(page).pathname !== location.pathname
            ? html`<li>
                <a class="action" part="action" href=${page}
                  >${icons.link}<span>${strings.get(lang, 'productPage')}</span></a
                >
              </li>`
            : nothing
        }
        <li>
          <button class="action" part="action" type="button" @click=${this.share}>
            ${icons.share}<span>${strings.get(lang, 'share')}</span>
          </button>
        </li>
      </ul>
      <p class="status" role="status">${this.shareStatus}</p>
    </div>`;
  }

  private renderCertification(cert: Certification, lang: Language) {
    const label = certificationLabel(lang, cert.type);
    const title = cert.type === 'other' ? localize(cert.name, lang) || label.long : label.long;
    const issuer = localize(cert.issuer, lang);
    const own = safeUrl(cert.url);
    const lookup = own ? undefined : safeUrl(this.certificateLookups?.[cert.type]);
    const status = certificateStatus(cert, this.today || localDate());
    return html`<li>
      <strong>${title}</strong>
      <dl>
        <dt>${strings.get(lang, 'number')}</dt>
        <dd>${cert.number}</dd>
        ${
          issuer
            ? html`<dt>${strings.get(lang, 'issuer')}</dt>
                <dd>${issuer}</dd>`
            : nothing
        }
        ${
          cert.validUntil
            ? html`<dt>${strings.get(lang, 'validUntil')}</dt>
                <dd>
                  ${formatDate(cert.validUntil, lang)}${
                    status === 'expired' || status === 'expiring'
                      ? html` <span class=${status}>(${strings.get(lang, status)})</span>`
                      : nothing
                  }
                </dd>`
            : nothing
        }
      </dl>
      ${
        own
          ? html`<a href=${own} target="_blank" rel="noopener noreferrer"
              >${strings.get(lang, 'verify', label.short)}<span class="visually-hidden">
                ${strings.get(lang, 'opensNewTab')}</span
              ></a
            >`
          : lookup
            ? html`<p>
                <a href=${lookup} target="_blank" rel="noopener noreferrer"
                  >${strings.get(lang, 'checkAt', new URL(lookup).host)}<span
                    class="visually-hidden"
                  >
                    ${strings.get(lang, 'opensNewTab')}</span
                  ></a
                >
                ${strings.get(lang, 'searchNumber', cert.number)}
              </p>`
            : nothing
      }
    </li>`;
  }

  private renderOrdering(orders: Orders, product: Product, lang: Language) {
    const rows: [string, string][] = [];
    if (orders.minOrder)
      rows.push([strings.get(lang, 'minOrder'), strings.get(lang, 'units', orders.minOrder)]);
    if (orders.leadTimeDays !== undefined) {
      rows.push([strings.get(lang, 'leadTime'), strings.get(lang, 'days', orders.leadTimeDays)]);
    }
    if (orders.monthlyCapacity !== undefined) {
      rows.push([
        strings.get(lang, this.producer?.group ? 'groupCapacity' : 'capacity'),
        strings.get(lang, 'units', orders.monthlyCapacity),
      ]);
    }
    if (orders.bulk !== undefined) {
      rows.push([strings.get(lang, 'bulk'), strings.get(lang, orders.bulk ? 'yes' : 'no')]);
    }
    if (orders.custom !== undefined) {
      rows.push([strings.get(lang, 'custom'), strings.get(lang, orders.custom ? 'yes' : 'no')]);
    }
    const notes = localize(orders.notes, lang);
    if (!rows.length && !notes) return nothing;
    return html`<section part="section" aria-labelledby="ordering">
      <h3 id="ordering">${strings.get(lang, 'ordering')}</h3>
      <dl>
        ${rows.map(
          ([term, value]) =>
            html`<dt>${term}</dt>
              <dd>${value}</dd>`,
        )}
      </dl>
      ${notes ? html`<p class="description">${notes}</p>` : nothing}
    </section>`;
  }

  /** What a buyer abroad (or a trading house) needs: plain words, no "Siap ekspor: Bisa". */
  private renderExport(product: Product, lang: Language) {
    const info: ExportInfo = product.export ?? {};
    if (!product.exportReady && !product.export) return nothing;
    const rows: [string, string][] = [];
    if (info.hsCode) rows.push([strings.get(lang, 'hsCode'), info.hsCode]);
    if (info.shelfLifeDays)
      rows.push([strings.get(lang, 'shelfLife'), strings.get(lang, 'days', info.shelfLifeDays)]);
    const packaging = localize(info.packaging, lang);
    if (packaging) rows.push([strings.get(lang, 'packaging'), packaging]);
    if (info.markets?.length) {
      const names = new Intl.DisplayNames(lang === 'en' ? 'en' : 'id', { type: 'region' });
      const list = info.markets.map((code) => names.of(code) ?? code);
      rows.push([
        strings.get(lang, 'markets'),
        new Intl.ListFormat(lang === 'en' ? 'en' : 'id', { type: 'conjunction' }).format(list),
      ]);
    }
    if (info.monthlyCapacity !== undefined)
      rows.push([
        strings.get(lang, 'exportCapacity'),
        strings.get(lang, 'units', info.monthlyCapacity),
      ]);
    const certifications = info.certifications ?? [];
    return html`<section part="section" aria-labelledby="export">
      <h3 id="export">${strings.get(lang, 'export')}</h3>
      <p>${strings.get(lang, product.exportReady ? 'exportReadyLine' : 'exportInfoLine')}</p>
      ${
        rows.length
          ? html`<dl>
              ${rows.map(
                ([term, value]) =>
                  html`<dt>${term}</dt>
                    <dd>${value}</dd>`,
              )}
            </dl>`
          : nothing
      }
      <p>
        <button class="action" type="button" @click=${this.openProductSheet}>
          ${icons.share}<span>${strings.get(lang, 'productSheet')}</span>
        </button>
      </p>
      ${
        certifications.length
          ? html`<h4>${strings.get(lang, 'exportCertificates')}</h4>
              <ul class="list">
                ${certifications.map((cert) => this.renderCertification(cert, lang))}
              </ul>`
          : nothing
      }
    </section>`;
  }

  /** Opens the English product sheet (a printable page) in a new tab, for a trading house. */
  private readonly openProductSheet = async () => {
    const { product, producer } = this;
    if (!product || !producer) return;
    const { productSheetHtml } = await import('../../format/product-sheet.js');
    const code = regionCodeOf(product, producer);
    const region = code ? this.regionNamer?.(code) : undefined;
    const options: Parameters<typeof productSheetHtml>[2] = { lang: 'en', url: this.productUrl() };
    if (region) options.regionName = region;
    if (this.baseUrl) options.base = this.baseUrl;
    if (this.source) {
      options.source = {
        publisher: localize(this.source.publisher.name, 'en'),
        updatedAt: this.source.updatedAt,
      };
    }
    const html = productSheetHtml(product, producer, options);
    const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.target = '_blank';
    link.rel = 'noopener';
    link.click();
    // The new tab has read the document by then.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };

  private renderProducer(producer: Producer, region: string, lang: Language) {
    const rows: [string, string][] = [];
    if (region) rows.push([strings.get(lang, 'region'), region]);
    if (producer.address) rows.push([strings.get(lang, 'address'), producer.address]);
    if (producer.scale)
      rows.push([strings.get(lang, 'scale'), strings.get(lang, `scale_${producer.scale}`)]);
    if (producer.nib) rows.push([strings.get(lang, 'nib'), producer.nib]);
    if (producer.group) {
      rows.push([
        strings.get(lang, 'group'),
        strings.get(
          lang,
          'groupMembers',
          localize(producer.group.name, lang) || strings.get(lang, 'groupDefault'),
          producer.group.members,
        ),
      ]);
    }
    const description = localize(producer.description, lang);
    const base = this.baseUrl || undefined;
    const photos = (producer.images ?? [])
      .map((image) => imageSource(image, lang, base))
      .filter((source) => source !== undefined);
    const social = (producer.social ?? [])
      .map((link) => ({ link, url: safeUrl(link.url) }))
      .filter((entry) => entry.url !== undefined);
    return html`<section part="section" aria-labelledby="producer">
      <h3 id="producer">${strings.get(lang, 'producer')}</h3>
      <p>
        <strong lang=${localizedLang(producer.name, lang) ?? nothing}
          >${localize(producer.name, lang)}</strong
        >
      </p>
      ${
        rows.length
          ? html`<dl>
              ${rows.map(
                ([term, value]) =>
                  html`<dt>${term}</dt>
                    <dd>${value}</dd>`,
              )}
            </dl>`
          : nothing
      }
      ${description ? html`<p class="description">${description}</p>` : nothing}
      ${
        photos.length
          ? html`<ul class="producer-photos" aria-label=${strings.get(lang, 'producerPhotos')}>
              ${photos.map((source) => html`<li>${renderImage(source, '12rem', () => {})}</li>`)}
            </ul>`
          : nothing
      }
      ${
        social.length
          ? html`<p>
              ${strings.get(lang, 'social')}:
              ${social.map(
                ({ link, url }, i) =>
                  html`${i ? ' · ' : ''}<a
                      href=${url!}
                      target="_blank"
                      rel="noopener noreferrer"
                      @click=${(event: Event) => this.contact(event, 'social', url!, link.platform)}
                      >${socialName(link.platform)}<span class="visually-hidden">
                        ${strings.get(lang, 'opensNewTab')}</span
                      ></a
                    >`,
              )}
            </p>`
          : nothing
      }
    </section>`;
  }

  private renderOutlets(lang: Language) {
    if (!this.outlets.length) return nothing;
    return html`<section part="section" aria-labelledby="outlets">
      <h3 id="outlets">${strings.get(lang, 'outlets')}</h3>
      <ul class="list">
        ${this.outlets.map((outlet) => {
          const region = this.regionNamer?.(outlet.regionCode) ?? '';
          const event = isEventKind(outlet.kind);
          const status = outletStatus(outlet, this.today || localDate());
          const dates = event
            ? formatDateRange(outlet.startDate, outlet.endDate, lang)
            : status === 'upcoming'
              ? strings.get(lang, 'opensOn', formatDate(outlet.startDate, lang))
              : '';
          const hours = openingHoursLines(outlet, lang).join('; ');
          const booth = localize(outlet.booth, lang);
          const place = [booth, outlet.address, region].filter(Boolean).join(', ');
          const whatsapp = whatsappUrl(
            outlet.contact?.whatsapp,
            whatsappMessage(localize(this.product?.name, lang), lang),
          );
          const phone = telUrl(outlet.contact?.phone);
          const outletName = localize(outlet.name, lang);
          return html`<li>
            <strong>${outletName}</strong>
            <span
              >${outletKindLabel(outlet.kind, lang)}${dates ? ` · ${dates}` : ''}${
                event && status === 'ongoing' ? ` · ${strings.get(lang, 'onNow')}` : ''
              }</span
            >
            ${place ? html`<div>${icons.mapPin} ${place}</div>` : nothing}
            ${hours ? html`<div>${strings.get(lang, 'hours')}: ${hours}</div>` : nothing}
            ${
              whatsapp || phone
                ? html`<div>
                    ${
                      whatsapp
                        ? html`<a href=${whatsapp} target="_blank" rel="noopener noreferrer"
                            >${icons.whatsapp} ${strings.get(lang, 'whatsapp')}<span
                              class="visually-hidden"
                            >
                              ${outletName} ${strings.get(lang, 'opensNewTab')}</span
                            ></a
                          >`
                        : nothing
                    }
                    ${
                      phone
                        ? html`<a href=${phone}
                            >${icons.phone} ${strings.get(lang, 'phone')}<span
                              class="visually-hidden"
                            >
                              ${outletName}</span
                            ></a
                          >`
                        : nothing
                    }
                  </div>`
                : nothing
            }
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private renderBody(product: Product, producer: Producer | undefined, lang: Language) {
    const price = formatPrice(product.price, lang);
    const description = localize(product.description, lang);
    const materials = (product.materials ?? []).map((m) => localize(m, lang)).join(', ');
    const certifications = product.certifications ?? [];
    const orders: Orders = { ...producer?.orders, ...product.orders };
    const availability = product.availability;
    const code = regionCodeOf(product, producer);
    const region = code ? (this.regionNamer?.(code) ?? '') : '';
    return html`<div class="content">
      ${this.renderGallery(product, lang)}
      <div class="summary" part="summary">
        ${
          price
            ? html`<p class="price">
                <span class="visually-hidden">${strings.get(lang, 'price')}: </span>${price}
              </p>`
            : nothing
        }
        <ul class="tags">
          ${
            product.flagship
              ? html`<li class="tag flagship">
                  ${icons.star}${productStrings.get(lang, 'flagship')}
                </li>`
              : nothing
          }
          ${
            availability
              ? html`<li class="tag ${availability}">
                  ${availabilityText(product, producer, lang)}
                </li>`
              : nothing
          }
          ${
            product.exportReady
              ? html`<li class="tag">${icons.globe}${productStrings.get(lang, 'exportReady')}</li>`
              : nothing
          }
          ${certifications.map((cert) => {
            return html`<li class="tag">${icons.badge}${certificationShortName(cert, lang)}</li>`;
          })}
        </ul>
        ${this.orderPlanner ? this.renderPlanAdd(product, producer, lang) : nothing}
        ${producer ? this.renderContact(product, producer, lang) : nothing}
      </div>
      ${
        description || materials
          ? html`<section part="section" aria-labelledby="description">
              <h3 id="description">${strings.get(lang, 'description')}</h3>
              ${
                description
                  ? html`<p
                      class="description"
                      lang=${localizedLang(product.description, lang) ?? nothing}
                    >
                      ${description}
                    </p>`
                  : nothing
              }
              ${materials ? html`<p>${strings.get(lang, 'materials')}: ${materials}</p>` : nothing}
            </section>`
          : nothing
      }
      ${
        certifications.length
          ? html`<section part="section" aria-labelledby="certifications">
              <h3 id="certifications">${strings.get(lang, 'certifications')}</h3>
              <ul class="list">
                ${certifications.map((cert) => this.renderCertification(cert, lang))}
              </ul>
            </section>`
          : nothing
      }
      ${this.renderOrdering(orders, product, lang)} ${this.renderExport(product, lang)}
      ${producer ? this.renderProducer(producer, region, lang) : nothing}
      ${this.renderOutlets(lang)}
      ${
        this.source
          ? html`<p class="provenance">
              ${strings.get(
                lang,
                'provenance',
                localize(this.source.publisher.name, lang),
                formatDate(this.source.updatedAt, lang),
              )}
            </p>`
          : nothing
      }
    </div>`;
  }

  override render() {
    const lang = this.language;
    const product = this.product;
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      @close=${this.onClose}
      @click=${this.onBackdropClick}
    >
      ${
        product
          ? html`<div class="base" part="base">
              <header part="header">
                <h2
                  id="title"
                  part="title"
                  tabindex="-1"
                  lang=${localizedLang(product.name, lang) ?? nothing}
                >
                  ${localize(product.name, lang)}
                </h2>
                <button
                  class="close"
                  part="close"
                  type="button"
                  aria-label=${strings.get(lang, 'close')}
                  @click=${() => this.dialog?.close()}
                >
                  ${icons.close}
                </button>
              </header>
              ${this.renderBody(product, this.producer, lang)}
            </div>`
          : nothing
      }
    </dialog>`;
  }
}
