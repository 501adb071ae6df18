/**
 * The map's HTML panels: the popup of an opened marker (producer, outlet, or producers sharing one
 * spot) and the text list of every producer. Pure templates over what the engine hands them.
 */
import { html, nothing } from 'lit';
import { icons } from '../base/icons.js';
import { isEventKind, outletStatus } from '../../format/calendar.js';
import { formatDate, formatDateRange } from '../../format/date.js';
import { openingHoursLines } from '../../format/hours.js';
import { localize } from '../../format/text.js';
import { whatsappUrl } from '../../format/whatsapp.js';
import type { FilterState } from '../../feed/types.js';
import type { Outlet, Producer, Product } from '../../model/types.js';
import type { Language } from '../../model/vocabulary.js';
import { strings } from './producer-map.strings.js';
import { outletKindLabel } from '../shared/outlet.strings.js';

/** What a popup shows. */
export type Opened =
  | { type: 'producer'; producer: Producer }
  | { type: 'outlet'; outlet: Outlet }
  /** Producers too close together to ever split (same market, same building). */
  | { type: 'group'; producers: Producer[] };

export interface PanelContext {
  lang(): Language;
  /** The visitor's date, `YYYY-MM-DD`. */
  today(): string;
  regionName(code: string): string;
  productsOf(producerId: string): Product[];
  close(): void;
  openProducer(producer: Producer): void;
  /** A visitor asked for some products: the engine fires `etalase-filter-change`. */
  filter(state: FilterState): void;
  /** A visitor chose a product: the engine fires `etalase-product-select`. */
  selectProduct(product: Product): void;
  onPopupKeydown(event: KeyboardEvent): void;
  onListToggle(open: boolean): void;
}

/** Products listed in a producer's popup; the rest are counted. */
const POPUP_PRODUCTS = 8;

export function popupTemplate(opened: Opened, ctx: PanelContext) {
  const lang = ctx.lang();
  if (opened.type === 'group') {
    return popup(
      ctx,
      strings.get(lang, 'group', opened.producers.length),
      html`<ul>
        ${opened.producers.map(
          (producer) =>
            html`<li>
              <button type="button" @click=${() => ctx.openProducer(producer)}>
                ${localize(producer.name, lang)}
              </button>
            </li>`,
        )}
      </ul>`,
    );
  }
  if (opened.type === 'outlet') {
    const { outlet } = opened;
    const event = isEventKind(outlet.kind);
    const status = outletStatus(outlet, ctx.today());
    const dates = event
      ? formatDateRange(outlet.startDate, outlet.endDate, lang)
      : status === 'upcoming'
        ? strings.get(lang, 'opensOn', formatDate(outlet.startDate, lang))
        : '';
    const whatsapp = whatsappUrl(outlet.contact?.whatsapp);
    return popup(
      ctx,
      localize(outlet.name, lang),
      html`<p>${outletKindLabel(outlet.kind, lang)} · ${ctx.regionName(outlet.regionCode)}</p>
        ${
          dates
            ? html`<p>
                <strong>${dates}</strong>${
                  event ? ` (${strings.get(lang, `status_${status}`)})` : ''
                }
              </p>`
            : nothing
        }
        ${outlet.address ? html`<p>${outlet.address}</p>` : nothing}
        ${openingHoursLines(outlet, lang).map((line) => html`<p>${line}</p>`)}
        ${
          whatsapp
            ? html`<p>
                <a href=${whatsapp} target="_blank" rel="noopener noreferrer"
                  >${icons.whatsapp} WhatsApp<span class="visually-hidden">
                    ${strings.get(lang, 'opensNewTab')}</span
                  ></a
                >
              </p>`
            : nothing
        }
        <button type="button" class="action" @click=${() => ctx.filter({ outlet: outlet.id })}>
          ${strings.get(lang, 'showOutletProducts')}
        </button>`,
    );
  }
  const { producer } = opened;
  const products = ctx.productsOf(producer.id);
  return popup(
    ctx,
    localize(producer.name, lang),
    html`<p>
        ${ctx.regionName(producer.regionCode)} · ${strings.get(lang, 'products', products.length)}
      </p>
      ${
        products.length
          ? html`<ul>
              ${products.slice(0, POPUP_PRODUCTS).map(
                (product) =>
                  html`<li>
                    <button type="button" @click=${() => ctx.selectProduct(product)}>
                      ${localize(product.name, lang)}
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        products.length > POPUP_PRODUCTS
          ? html`<p>${strings.get(lang, 'moreProducts', products.length - POPUP_PRODUCTS)}</p>`
          : nothing
      }
      <button type="button" class="action" @click=${() => ctx.filter({ producer: producer.id })}>
        ${strings.get(lang, 'showProducts')}
      </button>`,
  );
}

/** The popup frame every marker kind shares: a labelled dialog with its title and a close button. */
function popup(ctx: PanelContext, title: string, body: unknown) {
  return html`<div
    part="popup"
    class="popup"
    role="dialog"
    aria-labelledby="popup-title"
    @keydown=${ctx.onPopupKeydown}
  >
    <header>
      <h2 id="popup-title">${title}</h2>
      <button type="button" aria-label=${strings.get(ctx.lang(), 'close')} @click=${ctx.close}>
        ${icons.close}
      </button>
    </header>
    ${body}
  </div>`;
}

/** The same producers as text, for screen readers and anyone who prefers a list; built when opened. */
export function listTemplate(producers: Producer[], open: boolean, ctx: PanelContext) {
  const lang = ctx.lang();
  return html`<details
    part="list"
    class="list"
    @toggle=${(event: Event) => ctx.onListToggle((event.currentTarget as HTMLDetailsElement).open)}
  >
    <summary>${strings.get(lang, 'list', producers.length)}</summary>
    ${
      open
        ? html`<ul>
            ${producers.map((producer) => {
              const count = ctx.productsOf(producer.id).length;
              return html`<li>
                ${localize(producer.name, lang)}, ${ctx.regionName(producer.regionCode)},
                ${strings.get(lang, 'products', count)}
                <button type="button" @click=${() => ctx.filter({ producer: producer.id })}>
                  ${strings.get(lang, 'showProducts')}
                </button>
              </li>`;
            })}
          </ul>`
        : nothing
    }
  </details>`;
}
