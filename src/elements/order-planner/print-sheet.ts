/**
 * The printable "Rencana Belanja Produk Lokal" (A4): the plan's details, per producer its NIB,
 * contacts, purchase links and a table of products, quantities, unit prices, estimated costs,
 * certificates and checks, then the total and the feed's publisher and date. The same markup shows
 * as the print view and is copied into a hidden frame to print. Loaded (with the CSV writer) only
 * when the buyer asks for either, so the planner's own chunk stays small.
 */
import { css, html, nothing } from 'lit';
import { formatTotal, type CheckedItem, type CheckedPlan } from '../../feed/order-plan/checks.js';
import {
  certificateLine,
  contactLine,
  PLAN_TEXT,
  purchaseLinks,
  type PlanFileContext,
} from '../../feed/order-plan/csv.js';
import { quantityText, type OrderPlan } from '../../feed/order-plan/plan.js';
import { checkText } from '../../feed/order-plan/text.js';
import { formatDate } from '../../format/date.js';
import { formatPrice } from '../../format/money.js';
import { localize } from '../../format/text.js';

export { planCsv } from '../../feed/order-plan/csv.js';

export function printSheet(plan: OrderPlan, checked: CheckedPlan, context: PlanFileContext) {
  const { lang, feed } = context;
  const t = PLAN_TEXT[lang];
  const meta: [string, string][] = [
    [t.event, plan.event],
    [t.neededBy, formatDate(plan.neededBy, lang)],
    [t.place, context.placeName || plan.place],
    [t.office, plan.office],
    [t.contact, plan.contact],
  ];
  const row = ({ item, hit, checks, total }: CheckedItem) => {
    const product = hit?.product;
    return html`<tr>
      <td>${localize(product?.name ?? item.name, lang) || item.productId}</td>
      <td class="number">${quantityText(item.quantity, product, lang)}</td>
      <td class="number">${formatPrice(product?.price, lang)}</td>
      <td class="number">${formatTotal(total)}</td>
      <td>${product && hit ? certificateLine(product, hit.producer) : ''}</td>
      <td>${checks.map((check) => checkText(check, product, lang)).join('; ')}</td>
    </tr>`;
  };
  const head = html`<thead>
    <tr>
      <th scope="col">${t.product}</th>
      <th scope="col">${t.quantity}</th>
      <th scope="col">${t.price}</th>
      <th scope="col">${t.estimate}</th>
      <th scope="col">${t.certificates}</th>
      <th scope="col">${t.notes}</th>
    </tr>
  </thead>`;
  return html`<article class="sheet" part="sheet" lang=${lang} tabindex="0">
    <h1>${t.title}</h1>
    <dl class="meta">
      ${meta
        .filter(([, value]) => value)
        .map(
          ([term, value]) =>
            html`<dt>${term}</dt>
              <dd>${value}</dd>`,
        )}
    </dl>
    ${checked.groups.map((group) => {
      const links = purchaseLinks(group.items[0]!.hit!.product, group.producer);
      const contacts = contactLine(group.producer);
      return html`<section class="producer">
        <h2>${localize(group.producer.name, lang)}</h2>
        <p>
          ${group.producer.nib ? html`${t.nib}: ${group.producer.nib}<br />` : nothing}
          ${contacts ? html`${t.contacts}: ${contacts}<br />` : nothing}
          ${links.length ? html`${t.links}: ${links.map((link) => link.url).join(' · ')}` : nothing}
        </p>
        <table>
          ${head}
          <tbody>
            ${group.items.map(row)}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colspan="3">${t.subtotal}</th>
              <td class="number">${formatTotal(group.total)}</td>
              <td colspan="2"></td>
            </tr>
          </tfoot>
        </table>
      </section>`;
    })}
    ${
      checked.missing.length
        ? html`<section class="producer">
            <h2>${lang === 'en' ? 'No longer in the catalogue' : 'Tidak ada lagi di katalog'}</h2>
            <table>
              ${head}
              <tbody>
                ${checked.missing.map(row)}
              </tbody>
            </table>
          </section>`
        : nothing
    }
    <p class="grand-total"><strong>${t.total}: ${formatTotal(checked.total) || '—'}</strong></p>
    <footer>
      ${feed ? html`${t.source}: ${localize(feed.publisher.name, lang)} · ` : nothing}
      ${feed ? html`${t.dataAsOf} ${formatDate(feed.updatedAt, lang)} · ` : nothing} ${t.preparedOn}
      ${formatDate(context.today, lang)}
    </footer>
  </article>`;
}

/** The sheet's look, on screen (print view) and on paper (A4, black on white). */
export const printStyles = css`
  @page {
    size: A4;
    margin: 15mm;
  }
  .sheet {
    font:
      10.5pt/1.4 system-ui,
      sans-serif;
    color: #000;
    background: #fff;
    padding: 1em;
  }
  .sheet h1 {
    font-size: 15pt;
    margin: 0 0 0.5em;
  }
  .sheet h2 {
    font-size: 12pt;
    margin: 1em 0 0.25em;
  }
  .sheet .meta {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.125em 1em;
    margin: 0 0 0.5em;
  }
  .sheet dd {
    margin: 0;
  }
  .sheet p {
    margin: 0.25em 0;
  }
  .sheet table {
    width: 100%;
    border-collapse: collapse;
    font-size: 9.5pt;
  }
  .sheet th,
  .sheet td {
    border: 1px solid #666;
    padding: 0.2em 0.35em;
    text-align: left;
    vertical-align: top;
  }
  .sheet .number {
    text-align: right;
    white-space: nowrap;
  }
  .sheet .producer {
    break-inside: avoid;
  }
  .sheet thead {
    display: table-header-group;
  }
  .sheet footer {
    margin-top: 1em;
    font-size: 9pt;
    color: #333;
  }
  @media print {
    .sheet {
      padding: 0;
    }
  }
`;

/**
 * Prints `sheet` alone from a hidden frame appended to `parent`: nothing of the host page prints,
 * and the frame's styles are a constructed sheet (allowed under a strict CSP).
 */
export function printFrom(sheet: Element, parent: ParentNode): void {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  Object.assign(frame.style, { position: 'fixed', width: '0', height: '0', border: '0' });
  parent.append(frame);
  const win = frame.contentWindow;
  const doc = frame.contentDocument;
  if (!win || !doc) return frame.remove();
  doc.documentElement.lang = sheet.getAttribute('lang') ?? '';
  doc.title = sheet.querySelector('h1')?.textContent ?? '';
  const styles = new (win as unknown as typeof globalThis).CSSStyleSheet();
  styles.replaceSync(printStyles.cssText);
  doc.adoptedStyleSheets = [styles];
  doc.body.append(doc.importNode(sheet, true));
  win.addEventListener('afterprint', () => frame.remove(), { once: true });
  win.print();
}
