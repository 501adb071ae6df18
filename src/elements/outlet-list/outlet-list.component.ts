import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { EtalaseElement } from '../base/etalase-element.js';
import { baseStyles } from '../base/theme.js';
import { icons } from '../base/icons.js';
import { EtalaseFilterChangeEvent } from '../events/filter-change.js';
import { isEventKind, localDate, outletStatus, type OutletStatus } from '../../format/calendar.js';
import { formatDate, formatDateRange, formatMonth } from '../../format/date.js';
import { directionLinks } from '../../format/directions.js';
import { openingHoursLines } from '../../format/hours.js';
import { icsFileName, outletIcs } from '../../format/ics.js';
import type { EventJsonLdOptions } from '../../format/json-ld.js';
import { localize, localizedLang } from '../../format/text.js';
import { safeUrl } from '../../format/url.js';
import { mailtoUrl, telUrl, whatsappUrl } from '../../format/whatsapp.js';
import type { Outlet, Producer, Product } from '../../model/types.js';
import type { Language } from '../../model/vocabulary.js';
import { actionStyles, type RegionNamer } from '../shared/shared.js';
import { JsonLdController } from '../product-grid/json-ld-controller.js';
import { outletListStyles } from './outlet-list.styles.js';
import { strings } from './outlet-list.strings.js';
import { outletKindLabel } from '../shared/outlet.strings.js';

/** Exhibitor names listed per outlet; the rest are counted. */
const LISTED_EXHIBITORS = 6;

interface Placed {
  outlet: Outlet;
  status: OutletStatus;
  event: boolean;
}

const external = { target: '_blank', rel: 'noopener noreferrer' } as const;

/**
 * @summary Expos, bazaars, fairs and galleries from the feed, as a calendar list: coming and current
 * events first under month headings, then permanent places (galleries, souvenir centres, shops), with
 * finished events and closed places folded away. Each shows its dates and opening hours in the
 * visitor's language, its exhibitors from the feed, its contacts and plain links for directions, and,
 * for events, a calendar file. Upcoming and current events are described for search engines
 * (schema.org `Event` JSON-LD in the page's `<head>`).
 *
 * @csspart base - The wrapper.
 * @csspart outlet - One expo or place.
 * @csspart status - Its status ("Akan datang", "Sedang berlangsung", …).
 * @csspart actions - Its contact and calendar links.
 *
 * @fires etalase-filter-change - The visitor asked for the products sold at an outlet (`{ outlet }`).
 */
export class EtalaseOutletList extends EtalaseElement {
  static override styles = [baseStyles, actionStyles, outletListStyles];

  /** The outlets to list (usually the feed's `outlets`). */
  @property({ attribute: false }) outlets: Outlet[] = [];

  /** The feed's producers, to name each outlet's exhibitors. */
  @property({ attribute: false }) producers: Producer[] = [];

  /** The feed's products, to count what each outlet sells. */
  @property({ attribute: false }) products: Product[] = [];

  /** Turns a region code into its name. */
  @property({ attribute: false }) regionNamer?: RegionNamer;

  /** The visitor's date (`YYYY-MM-DD`); empty for the real local date. */
  @property() today = '';

  /** Describe upcoming events for search engines (a JSON-LD script in the page's `<head>`). */
  @property({ type: Boolean, attribute: 'no-json-ld' }) noJsonLd = false;

  private readonly jsonLd = new JsonLdController<Outlet>(this, () => ({
    items: () =>
      this.placed()
        .filter((p) => p.event && p.status !== 'finished')
        .map((p) => p.outlet),
    lang: this.language,
    enabled: !this.noJsonLd,
    build: ({ eventJsonLd }, outlets) => {
      const events = outlets.flatMap((outlet) => {
        const options: EventJsonLdOptions = { lang: this.language };
        const region = this.regionNamer?.(outlet.regionCode);
        if (region) options.regionName = region;
        return eventJsonLd(outlet, options) ?? [];
      });
      return events.length === 1 ? events[0] : events;
    },
  }));

  /** Resolves once the JSON-LD script matches the last render (for tests). */
  get jsonLdSettled(): Promise<void> {
    return this.jsonLd.settled;
  }

  private get date(): string {
    return this.today || localDate();
  }

  private placed(): Placed[] {
    const today = this.date;
    return this.outlets.map((outlet) => ({
      outlet,
      status: outletStatus(outlet, today),
      event: isEventKind(outlet.kind),
    }));
  }

  /** Producers exhibiting at an outlet and how many products it sells. */
  private exhibitorsOf(outlet: Outlet): { producers: Producer[]; productCount: number } {
    const producerIds = new Set(outlet.producerIds ?? []);
    const productIds = new Set(outlet.productIds ?? []);
    let productCount = 0;
    for (const product of this.products) {
      if (productIds.has(product.id) || producerIds.has(product.producerId)) {
        productCount++;
        producerIds.add(product.producerId);
      }
    }
    const producers = this.producers.filter((producer) => producerIds.has(producer.id));
    return { producers, productCount };
  }

  private showProducts(outlet: Outlet): void {
    this.dispatchEvent(new EtalaseFilterChangeEvent({ outlet: outlet.id }));
  }

  /** Builds the .ics file and hands it to the browser as a download. */
  private downloadIcs(outlet: Outlet): void {
    const lang = this.language;
    const options: Parameters<typeof outletIcs>[1] = { lang, url: location.href };
    const region = this.regionNamer?.(outlet.regionCode);
    if (region) options.regionName = region;
    const text = outletIcs(outlet, options);
    if (!text) return;
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = icsFileName(outlet);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  private renderStatus({ outlet, status, event }: Placed, lang: Language) {
    let text: string;
    if (event) text = strings.get(lang, status);
    else if (status === 'upcoming')
      text = strings.get(lang, 'openingSoon', formatDate(outlet.startDate, lang));
    else if (status === 'finished') text = strings.get(lang, 'closed');
    else return nothing;
    return html`<span part="status" class="status ${status}">${text}</span>`;
  }

  private renderLinks(outlet: Outlet, lang: Language) {
    const name = localize(outlet.name, lang);
    const contact = outlet.contact ?? {};
    const newTab = html`<span class="visually-hidden"> ${strings.get(lang, 'opensNewTab')}</span>`;
    const links = [
      {
        label: strings.get(lang, 'whatsapp'),
        url: whatsappUrl(contact.whatsapp, strings.get(lang, 'whatsappMessage', name)),
        icon: icons.whatsapp,
        external: true,
      },
      { label: strings.get(lang, 'phone'), url: telUrl(contact.phone), icon: icons.phone },
      { label: strings.get(lang, 'email'), url: mailtoUrl(contact.email, name), icon: icons.mail },
      {
        label: strings.get(lang, 'website'),
        url: safeUrl(outlet.url ?? contact.website),
        icon: icons.globe,
        external: true,
      },
    ].filter((link) => link.url !== undefined);
    const calendar = isEventKind(outlet.kind) && outlet.startDate;
    const directions = directionLinks(outlet.location, name);
    return html`
      ${
        links.length || calendar
          ? html`<ul class="links" part="actions">
              ${links.map(
                (link) =>
                  html`<li>
                    <a
                      class="action"
                      href=${link.url!}
                      target=${link.external ? external.target : nothing}
                      rel=${link.external ? external.rel : nothing}
                      >${link.icon}<span>${link.label}</span
                      ><span class="visually-hidden"> ${name}</span>${
                        link.external ? newTab : nothing
                      }</a
                    >
                  </li>`,
              )}
              ${
                calendar
                  ? html`<li>
                      <button class="action" type="button" @click=${() => this.downloadIcs(outlet)}>
                        ${icons.calendar}<span>${strings.get(lang, 'calendar')}</span
                        ><span class="visually-hidden"> ${name}</span>
                      </button>
                    </li>`
                  : nothing
              }
            </ul>`
          : nothing
      }
      ${
        directions.length
          ? html`<p class="directions">
              ${icons.directions} ${strings.get(lang, 'directions')}:
              ${directions.map(
                (link, i) =>
                  html`${i ? ' · ' : ''}<a
                      href=${link.url}
                      target=${link.kind === 'app' ? nothing : external.target}
                      rel=${link.kind === 'app' ? nothing : external.rel}
                      >${strings.get(lang, `direction_${link.kind}`)}${
                        link.kind === 'app' ? nothing : newTab
                      }</a
                    >`,
              )}
            </p>`
          : nothing
      }
    `;
  }

  private renderOutlet(placed: Placed, lang: Language) {
    const { outlet } = placed;
    const id = `outlet-${outlet.id}`;
    const region = this.regionNamer?.(outlet.regionCode) ?? '';
    const place = [outlet.address, region].filter(Boolean).join(', ');
    const dates = placed.event ? formatDateRange(outlet.startDate, outlet.endDate, lang) : '';
    const hours = openingHoursLines(outlet, lang);
    const booth = localize(outlet.booth, lang);
    const description = localize(outlet.description, lang);
    const { producers, productCount } = this.exhibitorsOf(outlet);
    return html`<li part="outlet" class="outlet" aria-labelledby=${id}>
      <h5 id=${id} lang=${localizedLang(outlet.name, lang) ?? nothing}>
        ${localize(outlet.name, lang)}
      </h5>
      ${this.renderStatus(placed, lang)}
      <p class="meta">
        ${outletKindLabel(outlet.kind, lang)}${dates ? html` · <strong>${dates}</strong>` : nothing}
      </p>
      ${place ? html`<p>${icons.mapPin} ${place}</p>` : nothing}
      ${booth ? html`<p>${strings.get(lang, 'booth')}: ${booth}</p>` : nothing}
      ${
        hours.length
          ? html`<p>
              ${icons.clock}
              <span class="visually-hidden">${strings.get(lang, 'hours')}: </span
              >${hours.join('; ')}
            </p>`
          : nothing
      }
      ${description ? html`<p class="muted">${description}</p>` : nothing}
      ${
        producers.length
          ? html`<div class="exhibitors">
              <p>${strings.get(lang, 'exhibitors', producers.length)}</p>
              <ul>
                ${producers
                  .slice(0, LISTED_EXHIBITORS)
                  .map((producer) => html`<li>${localize(producer.name, lang)}</li>`)}
                ${
                  producers.length > LISTED_EXHIBITORS
                    ? html`<li>
                        ${strings.get(lang, 'moreExhibitors', producers.length - LISTED_EXHIBITORS)}
                      </li>`
                    : nothing
                }
              </ul>
            </div>`
          : nothing
      }
      ${
        productCount
          ? html`<p>
              <button
                class="action primary"
                type="button"
                @click=${() => this.showProducts(outlet)}
              >
                ${icons.store} ${strings.get(lang, 'showProducts', productCount)}<span
                  class="visually-hidden"
                >
                  ${localize(outlet.name, lang)}</span
                >
              </button>
            </p>`
          : nothing
      }
      ${this.renderLinks(outlet, lang)}
    </li>`;
  }

  private renderList(list: Placed[], lang: Language) {
    return html`<ul class="outlets">
      ${list.map((placed) => this.renderOutlet(placed, lang))}
    </ul>`;
  }

  override render() {
    const lang = this.language;
    const placed = this.placed();
    const start = (p: Placed) => p.outlet.startDate ?? '';
    const events = placed
      .filter((p) => p.event && p.status !== 'finished')
      .sort((a, b) => start(a).localeCompare(start(b)));
    const places = placed.filter((p) => !p.event && p.status !== 'finished');
    const finished = placed
      .filter((p) => p.status === 'finished')
      .sort((a, b) => start(b).localeCompare(start(a)));
    const months = new Map<string, Placed[]>();
    for (const event of events) {
      const month = start(event).slice(0, 7);
      months.set(month, [...(months.get(month) ?? []), event]);
    }
    return html`<section part="base" aria-labelledby="outlets-title">
      <h3 id="outlets-title">${strings.get(lang, 'title')}</h3>
      ${
        placed.length === 0
          ? html`<p>${strings.get(lang, 'empty')}</p>`
          : events.length === 0
            ? html`<p>${strings.get(lang, 'noneCurrent')}</p>`
            : nothing
      }
      ${[...months].map(
        ([month, list]) =>
          html`<h4>${formatMonth(month, lang)}</h4>
            ${this.renderList(list, lang)}`,
      )}
      ${
        places.length
          ? html`<h4>${strings.get(lang, 'places')}</h4>
              ${this.renderList(places, lang)}`
          : nothing
      }
      ${
        finished.length
          ? html`<details>
              <summary>${strings.get(lang, 'past', finished.length)}</summary>
              ${this.renderList(finished, lang)}
            </details>`
          : nothing
      }
    </section>`;
  }
}
