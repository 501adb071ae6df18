import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { EtalaseElement } from '../base/etalase-element.js';
import { baseStyles } from '../base/theme.js';
import { dialogStyles } from '../base/dialog.js';
import { icons } from '../base/icons.js';
import { EtalaseContactEvent } from '../events/contact.js';
import { EtalasePlanChangeEvent } from '../events/plan-change.js';
import { createQueryEngine } from '../../feed/query.js';
import {
  addToPlan,
  checkPlan,
  checkText,
  decodePlan,
  emptyPlan,
  formatTotal,
  isWarning,
  loadPlan,
  localToday,
  planShareUrl,
  PLAN_STORAGE_KEY,
  PLAN_URL_PARAM,
  producerMessage,
  quantityText,
  removeFromPlan,
  savePlan,
  SEND_CHANNELS,
  sendUrl,
  setQuantity,
  toQuantity,
  type CheckedItem,
  type CheckedPlan,
  type OrderPlan,
  type PlanCatalog,
  type PlanCounts,
  type ProducerGroup,
  type SendChannel,
} from '../../feed/order-plan/index.js';
import { formatDate } from '../../format/date.js';
import { localize, localizedLang } from '../../format/text.js';
import type { Feed } from '../../model/types.js';
import type { Language } from '../../model/vocabulary.js';
import { actionStyles, type RegionNamer } from '../shared/shared.js';
import { orderPlannerStyles } from './order-planner.styles.js';
import type * as PrintSheet from './print-sheet.js';
import { strings } from './order-planner.strings.js';

export const PLANNER_VIEWS = ['plan', 'print'] as const;
export type PlannerView = (typeof PLANNER_VIEWS)[number];

/** The printable sheet and the CSV writer: a chunk of their own, loaded on first use. */
type SheetModule = typeof PrintSheet;
let sheetModule: Promise<SheetModule> | undefined;
const loadSheet = () => (sheetModule ??= import('./print-sheet.js'));

const channelIcon = { whatsapp: icons.whatsapp, email: icons.mail, phone: icons.phone } as const;
const channelLabel = { whatsapp: 'sendWhatsapp', email: 'sendEmail', phone: 'sendPhone' } as const;

/**
 * @summary An order plan for a buyer (often a government office preparing an event): products and
 * quantities grouped by producer, checks in plain words (minimum order, lead time against the
 * needed-by date, capacity, availability) with other producers who can make the quantity, one
 * prefilled WhatsApp, e-mail or phone enquiry per producer, a printable A4 procurement sheet and a
 * CSV of it, a saved plan on the device and a read-only link to share. Nothing leaves the page
 * unless the buyer sends it.
 *
 * Give it the feed (`feed`) and, from a showcase, its query engine (`engine`). The plan is saved in
 * `localStorage` under `storage-key` (schema-versioned) unless `no-storage` is set.
 *
 * @csspart base - The wrapper.
 * @csspart dialog - The `<dialog>` (with `modal`).
 * @csspart header - Title bar.
 * @csspart details - Event, date, place and buyer fields.
 * @csspart group - One producer's items.
 * @csspart item - One item.
 * @csspart check - One check of an item (a warning or a note).
 * @csspart send - One producer's send links.
 * @csspart actions - Print, CSV, share and clear.
 * @csspart sheet - The printable sheet (print view).
 *
 * @cssprop [--etalase-planner-width=48em] - Widest the plan dialog gets on a large screen.
 *
 * @fires etalase-plan-change - The buyer changed the plan (`items`, `counts`, `plan`).
 * @fires etalase-contact - The buyer opened a WhatsApp, e-mail or phone link for a producer
 *   (`channel`, `producerId`, `items`); cancelable: `preventDefault()` stops the link.
 * @fires close - The dialog closed (with `modal`; not bubbling).
 */
export class EtalaseOrderPlanner extends EtalaseElement {
  static override styles = [baseStyles, actionStyles, dialogStyles, orderPlannerStyles];

  /** The feed the plan's products come from. */
  @property({ attribute: false }) feed?: Feed;

  /** The feed's query engine (the showcase passes its own); built from `feed` when not given. */
  @property({ attribute: false }) engine?: PlanCatalog;

  /** Turns a region code into its name (e.g. the feed runtime's `RegionIndex.nameOf`). */
  @property({ attribute: false }) regionNamer?: RegionNamer;

  /** The visitor's own plan. Setting it is a programmatic change: no event fires. */
  @property({ attribute: false }) plan: OrderPlan = emptyPlan();

  /** A plan shared as a link (the `?rencana=` value): shown read-only instead of the own plan. */
  @property({ attribute: 'shared-plan' }) sharedPlan = '';

  /** `localStorage` key of the saved plan. */
  @property({ attribute: 'storage-key' }) storageKey: string = PLAN_STORAGE_KEY;

  /** Do not read or save the plan on the device. */
  @property({ type: Boolean, attribute: 'no-storage' }) noStorage = false;

  /** Show the plan in a modal dialog (opened with `open` or `show()`), as the showcase does. */
  @property({ type: Boolean }) modal = false;

  /** Whether the dialog is open (with `modal`). */
  @property({ type: Boolean, reflect: true }) open = false;

  /** `plan` (default) or `print`: the printable sheet, as it will print. */
  @property({ reflect: true }) view: PlannerView = 'plan';

  /** Today's date, `YYYY-MM-DD`; by default the visitor's local date. */
  @property() today = '';

  @state() private status = '';
  @state() private shareLink = '';
  @state() private sheet?: SheetModule;

  @query('dialog') private dialog?: HTMLDialogElement;

  private shared: OrderPlan | null = null;
  private checked: CheckedPlan | null = null;
  private ownEngine?: { feed: Feed; engine: PlanCatalog };
  private opener: Element | null = null;
  private planLoaded = false;

  /** Opens the dialog (with `modal`). */
  show(): void {
    this.open = true;
  }

  close(): void {
    this.open = false;
  }

  /** Items, producers and warnings in the plan shown. */
  get counts(): PlanCounts {
    return this.countsOf(this.shown);
  }

  private countsOf(plan: OrderPlan): PlanCounts {
    const catalog = this.catalog;
    return catalog
      ? checkPlan(plan, catalog, this.day).counts
      : { items: plan.items.length, producers: 0, warnings: 0 };
  }

  /** Whether a shared plan is shown (read-only). */
  get readOnly(): boolean {
    return this.shared !== null;
  }

  /**
   * Adds `quantity` of a product of the feed to the own plan (saved on the device). Programmatic: no
   * event fires. False when the product is not in the feed or the quantity is not a whole number.
   */
  add(productId: string, quantity: number): boolean {
    const hit = this.catalog?.get(productId);
    if (!hit || toQuantity(quantity) === undefined) return false;
    this.ensureLoaded();
    this.plan = addToPlan(this.plan, hit, quantity);
    this.save();
    return true;
  }

  private get catalog(): PlanCatalog | undefined {
    if (this.engine) return this.engine;
    if (!this.feed) return undefined;
    if (this.ownEngine?.feed !== this.feed)
      this.ownEngine = { feed: this.feed, engine: createQueryEngine(this.feed) };
    return this.ownEngine.engine;
  }

  private get shown(): OrderPlan {
    return this.shared ?? this.plan;
  }

  private get day(): string {
    return this.today || localToday();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('storage', this.onStorage);
    this.ensureLoaded();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('storage', this.onStorage);
    if (this.dialog?.open) this.dialog.close();
  }

  /** Reads the saved plan once, unless a plan was given first. */
  private ensureLoaded(): void {
    if (this.planLoaded || this.noStorage) return;
    this.planLoaded = true;
    if (this.plan.items.length) return;
    const saved = loadPlan(undefined, this.storageKey);
    if (saved) this.plan = saved;
  }

  /** Another tab changed the saved plan: show it (programmatic, no event). */
  private readonly onStorage = (event: StorageEvent) => {
    if (this.noStorage || event.key !== this.storageKey) return;
    this.plan = loadPlan(undefined, this.storageKey) ?? emptyPlan();
  };

  private save(): void {
    if (!this.noStorage) savePlan(this.plan, undefined, this.storageKey);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('view') && !PLANNER_VIEWS.includes(this.view)) this.view = 'plan';
    if (changed.has('sharedPlan')) this.shared = decodePlan(this.sharedPlan);
    if (this.view === 'print' && !this.sheet) void this.loadSheet();
    const catalog = this.catalog;
    this.checked = catalog ? checkPlan(this.shown, catalog, this.day) : null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dialog = this.dialog;
    if (!dialog || !changed.has('open')) return;
    if (this.open && !dialog.open) {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      this.opener = active;
      dialog.showModal();
      this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    } else if (!this.open && dialog.open) dialog.close();
  }

  private readonly onDialogClose = () => {
    this.open = false;
    const opener = this.opener as HTMLElement | null;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
    this.dispatchEvent(new Event('close'));
  };

  /** A change by the buyer: keep it, save it, announce it. */
  private change(next: OrderPlan, status = ''): void {
    this.plan = next;
    this.save();
    this.status = status;
    this.dispatchEvent(new EtalasePlanChangeEvent(next.items, this.countsOf(next), next));
  }

  private field(key: 'event' | 'neededBy' | 'place' | 'office' | 'contact') {
    return (event: Event) => {
      const value = (event.target as HTMLInputElement).value;
      if (value !== this.plan[key]) this.change({ ...this.plan, [key]: value });
    };
  }

  private itemName(item: CheckedItem, lang: Language): string {
    return localize(item.hit?.product.name ?? item.item.name, lang) || item.item.productId;
  }

  private placeName(code: string): string {
    return code ? (this.regionNamer?.(code) ?? code) : '';
  }

  /** Regencies and cities where the feed has producers: the delivery places offered. */
  private places(): string[] {
    const codes = new Set<string>();
    for (const producer of this.feed?.producers ?? [])
      codes.add(producer.regionCode.split('.').slice(0, 2).join('.'));
    if (this.plan.place) codes.add(this.plan.place);
    return [...codes]
      .filter((code) => code.includes('.'))
      .sort((a, b) => this.placeName(a).localeCompare(this.placeName(b)));
  }

  private send(event: Event, channel: SendChannel, group: ProducerGroup, url: string): void {
    const contact = new EtalaseContactEvent(
      channel,
      group.producer.id,
      undefined,
      undefined,
      url,
      group.items.map(({ item }) => item),
    );
    this.dispatchEvent(contact);
    if (contact.defaultPrevented) event.preventDefault();
  }

  private async share(): Promise<void> {
    const lang = this.language;
    const url = planShareUrl(this.shown, location.href);
    try {
      await navigator.clipboard.writeText(url);
      this.shareLink = '';
      this.status = strings.get(lang, 'copied');
    } catch {
      this.shareLink = url;
      this.status = strings.get(lang, 'copyFailed');
    }
  }

  /** Loads the sheet's chunk and adds its styles to the shadow root. */
  private async loadSheet(): Promise<SheetModule> {
    const sheet = await loadSheet();
    const styles = sheet.printStyles.styleSheet;
    const root = this.renderRoot as ShadowRoot;
    if (styles && !root.adoptedStyleSheets.includes(styles))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles];
    this.sheet = sheet;
    return sheet;
  }

  private readonly downloadCsv = async (): Promise<void> => {
    const { planCsv } = await this.loadSheet();
    const checked = this.checked;
    if (!checked) return;
    const plan = this.shown;
    const csv = planCsv(plan, checked, {
      lang: this.language,
      placeName: this.placeName(plan.place),
      feed: this.feed,
      today: this.day,
    });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const slug = plan.event
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40);
    link.download = `rencana-belanja-${slug || this.day}.csv`;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  };

  /** Prints only the sheet, from a hidden frame: nothing of the host page is printed. */
  private async print(): Promise<void> {
    this.view = 'print';
    const { printFrom } = await this.loadSheet();
    await this.updateComplete;
    const sheet = this.renderRoot.querySelector('.sheet');
    if (!sheet) return;
    printFrom(sheet, this.renderRoot);
  }

  private leaveShared(copy: boolean): void {
    const shared = this.shared;
    this.shared = null;
    this.sharedPlan = '';
    if (copy && shared)
      this.change(
        {
          ...shared,
          items: shared.items.map((item) => ({
            ...item,
            name: this.catalog?.get(item.productId)?.product.name ?? item.name,
          })),
        },
        '',
      );
    // The link's plan is no longer shown: take it out of the address bar.
    const url = new URL(location.href);
    if (url.searchParams.has(PLAN_URL_PARAM)) {
      url.searchParams.delete(PLAN_URL_PARAM);
      history.replaceState(history.state, '', url.href);
    }
    this.requestUpdate();
  }

  private renderDetails(plan: OrderPlan, lang: Language) {
    const t = strings;
    if (this.readOnly) {
      const rows: [string, string][] = [
        [t.get(lang, 'event'), plan.event],
        [t.get(lang, 'neededBy'), plan.neededBy ? formatDate(plan.neededBy, lang) : ''],
        [t.get(lang, 'place'), this.placeName(plan.place)],
        [t.get(lang, 'office'), plan.office],
        [t.get(lang, 'contact'), plan.contact],
      ];
      return html`<dl class="details" part="details">
        ${rows
          .filter(([, value]) => value)
          .map(
            ([term, value]) =>
              html`<dt>${term}</dt>
                <dd>${value}</dd>`,
          )}
      </dl>`;
    }
    const text = (key: 'event' | 'office' | 'contact', optional = false) =>
      html`<label
        >${t.get(lang, key)}
        ${optional ? html`<span class="hint">${t.get(lang, 'optional')}</span>` : nothing}
        <input
          type="text"
          name=${key}
          maxlength="200"
          .value=${plan[key]}
          @change=${this.field(key)}
      /></label>`;
    return html`<fieldset class="details" part="details">
      <legend>${t.get(lang, 'details')}</legend>
      ${text('event')}
      <label
        >${t.get(lang, 'neededBy')}
        <input
          type="date"
          name="neededBy"
          min=${this.day}
          .value=${plan.neededBy}
          @change=${this.field('neededBy')}
      /></label>
      <label
        >${t.get(lang, 'place')}
        <select name="place" @change=${this.field('place')}>
          <option value="" ?selected=${!plan.place}>${t.get(lang, 'placeNone')}</option>
          ${this.places().map(
            (code) =>
              html`<option value=${code} ?selected=${code === plan.place}>
                ${this.placeName(code)}
              </option>`,
          )}
        </select></label
      >
      ${text('office', true)} ${text('contact', true)}
    </fieldset>`;
  }

  private renderItem(checked: CheckedItem, lang: Language) {
    const t = strings;
    const { item, hit } = checked;
    const name = this.itemName(checked, lang);
    const product = hit?.product;
    const unit = localize(product?.price?.unit, lang) || 'unit';
    const id = `q-${item.productId}`;
    return html`<li class="item" part="item">
      <div class="item-head">
        <strong lang=${localizedLang(product?.name ?? item.name, lang) ?? nothing}>${name}</strong>
        ${
          this.readOnly || !product
            ? html`<span class="quantity">${quantityText(item.quantity, product, lang)}</span>`
            : html`<label class="quantity" for=${id}>${t.get(lang, 'quantity', unit)}</label>
                <input
                  id=${id}
                  type="number"
                  inputmode="numeric"
                  min="1"
                  step="1"
                  .value=${String(item.quantity)}
                  @change=${(event: Event) => {
                    const input = event.target as HTMLInputElement;
                    const quantity = toQuantity(input.value);
                    if (quantity === undefined) input.value = String(item.quantity);
                    else if (quantity !== item.quantity)
                      this.change(setQuantity(this.plan, item.productId, quantity));
                  }}
                />`
        }
        ${
          checked.total
            ? html`<span class="estimate"
                ><span class="visually-hidden">${t.get(lang, 'estimate')}: </span>${formatTotal(
                  checked.total,
                )}</span
              >`
            : nothing
        }
        ${
          this.readOnly
            ? nothing
            : html`<button
                class="action remove"
                type="button"
                aria-label=${t.get(lang, 'remove', name)}
                @click=${() =>
                  this.change(
                    removeFromPlan(this.plan, item.productId),
                    t.get(lang, 'removed', name),
                  )}
              >
                ${icons.close}<span aria-hidden="true">${t.get(lang, 'removeShort')}</span>
              </button>`
        }
      </div>
      ${
        checked.checks.length
          ? html`<ul class="checks">
              ${checked.checks.map((check) => {
                const warning = isWarning(check);
                return html`<li class=${warning ? 'check warning' : 'check'} part="check">
                  ${warning ? icons.alert : icons.clock}<span
                    ><span class="visually-hidden"
                      >${t.get(lang, warning ? 'warning' : 'info')}: </span
                    >${checkText(check, product, lang)}</span
                  >
                </li>`;
              })}
            </ul>`
          : nothing
      }
      ${
        checked.alternatives.length
          ? html`<div class="alternatives">
              <p>${t.get(lang, 'alternatives')}</p>
              <ul>
                ${checked.alternatives.map((alternative) => {
                  const altName = localize(alternative.hit.product.name, lang);
                  const producer = localize(alternative.hit.producer.name, lang);
                  const region = this.placeName(
                    alternative.hit.regionCode.split('.').slice(0, 2).join('.'),
                  );
                  const capacity = quantityText(
                    alternative.monthlyCapacity,
                    alternative.hit.product,
                    lang,
                  );
                  return html`<li>
                    <span
                      >${altName} · ${producer}${region ? ` (${region})` : ''} ·
                      ${t.get(lang, 'capacityOf', capacity, alternative.available, this.daysLeft())}</span
                    >
                    ${
                      this.readOnly
                        ? nothing
                        : html`<button
                            class="action"
                            type="button"
                            @click=${() =>
                              this.change(
                                addToPlan(this.plan, alternative.hit, item.quantity),
                                t.get(lang, 'added', altName),
                              )}
                          >
                            ${icons.plus}${t.get(lang, 'addAlternative', altName)}
                          </button>`
                    }
                  </li>`;
                })}
              </ul>
            </div>`
          : nothing
      }
    </li>`;
  }

  private daysLeft(): number {
    const over = this.checked?.groups
      .flatMap((g) => g.items)
      .flatMap((i) => i.checks)
      .find((check) => check.code === 'over-capacity');
    return over && over.code === 'over-capacity' ? over.days : 30;
  }

  private renderGroup(group: ProducerGroup, plan: OrderPlan, lang: Language) {
    const t = strings;
    const producerName = localize(group.producer.name, lang);
    const context = { lang, placeName: this.placeName(plan.place) };
    const links = SEND_CHANNELS.map(
      (channel) => [channel, sendUrl(channel, plan, group, context)] as const,
    ).filter((entry): entry is readonly [SendChannel, string] => entry[1] !== undefined);
    const headingId = `producer-${group.producer.id}`;
    return html`<section class="group" part="group" aria-labelledby=${headingId}>
      <h3 id=${headingId} lang=${localizedLang(group.producer.name, lang) ?? nothing}>
        ${producerName}
      </h3>
      <ul class="items">
        ${group.items.map((item) => this.renderItem(item, lang))}
      </ul>
      ${
        group.total
          ? html`<p class="subtotal">${t.get(lang, 'estimate')}: ${formatTotal(group.total)}</p>`
          : nothing
      }
      ${
        links.length
          ? html`<ul class="send" part="send" aria-label=${t.get(lang, 'send', producerName)}>
              ${links.map(
                ([channel, url]) =>
                  html`<li>
                    <a
                      class="action primary"
                      href=${url}
                      target=${channel === 'whatsapp' ? '_blank' : nothing}
                      rel="noopener noreferrer"
                      @click=${(event: Event) => this.send(event, channel, group, url)}
                      >${channelIcon[channel]}${t.get(lang, channelLabel[channel])}</a
                    >
                  </li>`,
              )}
            </ul>`
          : html`<p class="hint">${t.get(lang, 'noContact')}</p>`
      }
      <details>
        <summary>${t.get(lang, 'showMessage')}</summary>
        <p class="message">${producerMessage(plan, group, context)}</p>
      </details>
    </section>`;
  }

  private renderMissing(checked: CheckedPlan, lang: Language) {
    if (!checked.missing.length) return nothing;
    return html`<section class="group missing" part="group" aria-labelledby="missing">
      <h3 id="missing">${strings.get(lang, 'missingTitle')}</h3>
      <ul class="items">
        ${checked.missing.map((item) => this.renderItem(item, lang))}
      </ul>
    </section>`;
  }

  private renderPlan(plan: OrderPlan, lang: Language) {
    const t = strings;
    const checked = this.checked;
    const counts = checked?.counts ?? this.counts;
    return html`
      ${
        this.readOnly
          ? html`<div class="shared" role="note">
              <p>${t.get(lang, 'shared')}</p>
              <button class="action primary" type="button" @click=${() => this.leaveShared(true)}>
                ${t.get(lang, 'copyToMine')}
              </button>
              <button class="action" type="button" @click=${() => this.leaveShared(false)}>
                ${t.get(lang, 'leaveShared')}
              </button>
            </div>`
          : html`<p class="hint">${t.get(lang, 'intro')}</p>`
      }
      ${this.renderDetails(plan, lang)}
      ${
        plan.items.length === 0
          ? html`<div class="empty">
              ${icons.cart}
              <p><strong>${t.get(lang, 'empty')}</strong></p>
              <p>${t.get(lang, 'emptyHint')}</p>
            </div>`
          : html`<p class="summary">
                ${[
                  t.get(lang, 'itemCount', counts.items),
                  t.get(lang, 'producerCount', counts.producers),
                  counts.warnings ? t.get(lang, 'warningCount', counts.warnings) : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              ${checked?.groups.map((group) => this.renderGroup(group, plan, lang))}
              ${checked ? this.renderMissing(checked, lang) : nothing}
              ${
                checked?.total
                  ? html`<p class="total">
                      ${t.get(lang, 'total')}: ${formatTotal(checked.total)}
                    </p>`
                  : nothing
              }
              <div class="actions" part="actions" role="group" aria-label=${t.get(lang, 'actions')}>
                <button class="action" type="button" @click=${() => void this.print()}>
                  ${t.get(lang, 'print')}
                </button>
                <button class="action" type="button" @click=${() => (this.view = 'print')}>
                  ${t.get(lang, 'printPreview')}
                </button>
                <button class="action" type="button" @click=${() => void this.downloadCsv()}>
                  ${t.get(lang, 'csv')}
                </button>
                <button class="action" type="button" @click=${() => void this.share()}>
                  ${icons.share}${t.get(lang, 'share')}
                </button>
                ${
                  this.readOnly
                    ? nothing
                    : html`<button
                        class="action"
                        type="button"
                        @click=${() =>
                          this.change(
                            { ...emptyPlan(), office: plan.office, contact: plan.contact },
                            t.get(lang, 'cleared'),
                          )}
                      >
                        ${icons.reset}${t.get(lang, 'clear')}
                      </button>`
                }
              </div>`
      }
    `;
  }

  private renderContent() {
    const lang = this.language;
    const plan = this.shown;
    const t = strings;
    const print = this.view === 'print';
    return html`<div class="base" part="base">
      <header part="header">
        <h2 tabindex="-1">${print ? t.get(lang, 'printPreview') : t.get(lang, 'title')}</h2>
        ${
          this.modal
            ? html`<button
                class="action close"
                type="button"
                aria-label=${t.get(lang, 'close')}
                @click=${() => this.dialog?.close()}
              >
                ${icons.close}
              </button>`
            : nothing
        }
      </header>
      ${
        print
          ? html`<div class="actions" role="group" aria-label=${t.get(lang, 'actions')}>
                <button class="action primary" type="button" @click=${() => void this.print()}>
                  ${t.get(lang, 'print')}
                </button>
                <button class="action" type="button" @click=${() => (this.view = 'plan')}>
                  ${t.get(lang, 'back')}
                </button>
              </div>
              ${
                this.checked && this.sheet
                  ? this.sheet.printSheet(plan, this.checked, {
                      lang,
                      placeName: this.placeName(plan.place),
                      feed: this.feed,
                      today: this.day,
                    })
                  : nothing
              }`
          : this.renderPlan(plan, lang)
      }
      <p class="status" role="status">
        ${this.status}
        ${
          this.shareLink
            ? html`<input
                type="text"
                readonly
                aria-label=${t.get(lang, 'share')}
                .value=${this.shareLink}
              />`
            : nothing
        }
      </p>
    </div>`;
  }

  override render() {
    if (!this.modal) return this.renderContent();
    return html`<dialog
      part="dialog"
      aria-label=${strings.get(this.language, 'title')}
      @close=${this.onDialogClose}
      @click=${(event: MouseEvent) => {
        if (event.target === this.dialog) this.dialog?.close();
      }}
    >
      ${this.open ? this.renderContent() : nothing}
    </dialog>`;
  }
}
