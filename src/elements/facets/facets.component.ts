import { html, isServer, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { EtalaseElement, baseStyles } from '../base/index.js';
import { EtalaseFilterChangeEvent } from '../events/filter-change.js';
import type { FacetCounts, Facets, FilterState } from '../../feed/types.js';
import type { LocalizedText } from '../../model/types.js';
import { BUILTIN_CATEGORIES, type Language } from '../../model/vocabulary.js';
import { formatCount, parseRupiah } from '../../format/money.js';
import { localize } from '../../format/text.js';
import { compareNames } from '../../format/collate.js';
import { normalizeText } from '../../feed/text.js';
import { yieldToEventLoop } from '../../model/yield.js';
import { strings } from './facets.strings.js';
import { facetsStyles } from './facets.styles.js';

/** Groups in the first render with counts (see `allGroups`). */
const FIRST_GROUPS = 2;

/** The checkbox groups, in display order. */
export const FACET_GROUPS = [
  'category',
  'certification',
  'availability',
  'materials',
  'tags',
] as const;
export type FacetGroup = (typeof FACET_GROUPS)[number];

/** The yes/no filters shown as switches. */
export const FACET_TOGGLES = ['flagship', 'bulk', 'custom', 'exportReady'] as const;
export type FacetToggle = (typeof FACET_TOGGLES)[number];

/** Choices of the "longest lead time" select, in days. */
export const LEAD_TIME_OPTIONS = [1, 3, 7, 14, 30] as const;

/** Every field this element reads and writes. */
export type FacetsState = Pick<
  FilterState,
  FacetGroup | FacetToggle | 'priceMin' | 'priceMax' | 'maxLeadTimeDays'
>;

const FIELDS: (keyof FacetsState)[] = [
  ...FACET_GROUPS,
  'priceMin',
  'priceMax',
  ...FACET_TOGGLES,
  'maxLeadTimeDays',
];

/** Whether two filter states have the same facet fields (lists compared item by item). */
function sameFacetsState(a: FilterState, b: FilterState | undefined): boolean {
  if (a === b) return true;
  if (!b) return false;
  return FIELDS.every((field) => {
    const x = a[field];
    const y = b[field];
    if (!Array.isArray(x) || !Array.isArray(y)) return x === y;
    return x.length === y.length && x.every((item, i) => item === y[i]);
  });
}

/** A group with more values than this gets a box to find one by name. */
const SEARCHABLE_FROM = 12;

/** `350000` → `350.000` (the box shows the Rp sign beside it). */
const groupDigits = (n: number) => formatCount(n, 'id');

/** `record[key]` if it is the record's own: a feed value named `toString` is no inherited method. */
const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/**
 * @summary Facet filters: checkbox groups with counts (category, certification, availability, materials,
 * tags), a price range in rupiah, switches for flagship / bulk orders / custom orders / export-ready
 * (shown when some product is), and the longest lead time.
 *
 * Counts are those of `facets` (computed by the feed runtime under all the *other* active filters).
 * Values with a count of 0 stay visible but disabled (so the list does not jump), unless selected — a
 * selected value can always be unchecked. Each group shows the `limit` values with the most products
 * (plus any selected ones) and a "Tampilkan lainnya / Show more" button for the rest.
 * Price boxes group thousands as the visitor types (`350000` → `350.000`) and accept `Rp 1,5 jt`.
 *
 * @fires etalase-filter-change - `EtalaseFilterChangeEvent<FilterState>` on user action only, with a
 *   partial state holding only the fields that changed; a cleared field is present as `undefined`:
 *   a checkbox → `{ category | certification | availability | materials | tags: string[] | undefined }`
 *   (the group's whole
 *   new selection); price (on change / Enter) → `{ priceMin: number | undefined, priceMax: number |
 *   undefined }`; a switch → `{ flagship | bulk | custom | exportReady: true | undefined }`; lead time →
 *   `{ maxLeadTimeDays: number | undefined }`; "clear all" → every one of those fields `undefined`.
 *
 * @csspart base - The wrapper.
 * @csspart group - A fieldset (checkbox group, price, ordering options).
 * @csspart option - One checkbox with its label and count.
 * @csspart count - A product count.
 * @csspart show-more - The "show more" button of a group.
 * @csspart find - The box that finds a value in a long group (12 values or more).
 * @csspart price-input - A price text box.
 * @csspart lead-time - The lead time select.
 * @csspart clear - The "clear all filters" button.
 */
export class EtalaseFacets extends EtalaseElement {
  static override styles = [baseStyles, facetsStyles];

  /** Counts per value under the other active filters (`QueryResult.facets`); `null` while loading. */
  @property({ attribute: false }) facets: Facets | null = null;

  /**
   * The current filter state (only the facet fields are read). Setting it never fires an event; a state
   * whose facet fields are the same (another region, another page) does not render the facets again.
   */
  @property({
    attribute: false,
    hasChanged: (next: FilterState, last: FilterState | undefined) => !sameFacetsState(next, last),
  })
  value: FilterState = {};

  /** Names of the feed's own categories (`feed.categories`); built-in categories are named already. */
  @property({ attribute: false }) categories: Record<string, LocalizedText> = {};

  /**
   * Names of materials by facet key (`{ rotan: { id: 'Rotan', en: 'Rattan' } }`); a key without a
   * name shows as written. Tags always show as written.
   */
  @property({ attribute: false }) materials: Record<string, LocalizedText> = {};

  /** How many values a group shows before "show more". */
  @property({ type: Number }) limit = 5;

  /** What the visitor typed in a long group's find box, per group. */
  @state() private find: Partial<Record<FacetGroup, string>> = {};

  @state() private showAll = new Set<FacetGroup>();

  /**
   * The first render with counts shows the first groups only; the others (below them: nothing moves)
   * follow in the next task, so no single task holds a phone's CPU for long. Facets rendered on the
   * server hydrate whole.
   */
  private allGroups = isServer || this.shadowRoot !== null;
  private restOfGroups: Promise<void> | undefined;

  /** `updateComplete` waits until every group is rendered. */
  protected override laterWork(): Promise<unknown> | undefined {
    return this.restOfGroups;
  }

  /** What the visitor is typing in a price box, until committed. */
  @state() private draft: { min?: string; max?: string } = {};

  private label(group: FacetGroup, key: string, lang: Language): string {
    if (group === 'category') {
      return localize(own(this.categories, key) ?? own(BUILTIN_CATEGORIES, key), lang) || key;
    }
    if (group === 'tags') return key;
    if (group === 'materials') return localize(this.materials[key], lang) || key;
    const id = `${group === 'certification' ? 'cert' : 'avail'}.${key}`;
    return strings.get(lang, id as 'cert.halal');
  }

  private emit(partial: Partial<FacetsState>): void {
    this.value = { ...this.value, ...partial };
    this.dispatchEvent(new EtalaseFilterChangeEvent<FilterState>(partial));
  }

  private toggleValue(group: FacetGroup, key: string, checked: boolean): void {
    const current = (this.value[group] ?? []) as string[];
    const next = checked
      ? [...current.filter((k) => k !== key), key]
      : current.filter((k) => k !== key);
    this.emit({ [group]: next.length ? next : undefined } as Partial<FacetsState>);
  }

  private clearAll(): void {
    this.draft = {};
    this.emit(Object.fromEntries(FIELDS.map((field) => [field, undefined])) as FacetsState);
  }

  private get hasActive(): boolean {
    return FIELDS.some((field) => {
      const v = this.value[field];
      return Array.isArray(v) ? v.length > 0 : v !== undefined && v !== false;
    });
  }

  // --- price ----------------------------------------------------------------------------------

  /** Regroups digits while typing and keeps the caret after the same digit. */
  private onPriceInput(bound: 'min' | 'max', event: Event): void {
    const input = event.target as HTMLInputElement;
    const raw = input.value;
    if (/^[\d.\s]*$/.test(raw)) {
      const caret = input.selectionStart ?? raw.length;
      const digitsBefore = raw.slice(0, caret).replace(/\D/g, '').length;
      const digits = raw.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
      const formatted = digits ? groupDigits(Number(digits)) : '';
      input.value = formatted;
      let seen = 0;
      let position = 0;
      while (position < formatted.length && seen < digitsBefore) {
        if (/\d/.test(formatted[position]!)) seen++;
        position++;
      }
      input.setSelectionRange(position, position);
    }
    this.draft = { ...this.draft, [bound]: input.value };
  }

  private commitPrice(): void {
    if (this.draft.min === undefined && this.draft.max === undefined) return;
    const read = (text: string | undefined, current: number | undefined) =>
      text === undefined ? current : parseRupiah(text);
    let min = read(this.draft.min, this.value.priceMin);
    let max = read(this.draft.max, this.value.priceMax);
    this.draft = {};
    if (min !== undefined && max !== undefined && min > max) [min, max] = [max, min];
    if (min === this.value.priceMin && max === this.value.priceMax) return;
    this.emit({ priceMin: min, priceMax: max });
  }

  private onPriceKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter') this.commitPrice();
  }

  // --- rendering ------------------------------------------------------------------------------

  private renderCount(count: number, lang: Language): TemplateResult {
    return html`<span class="count" part="count"
      >${formatCount(count, lang)}<span class="visually-hidden">
        ${strings.get(lang, 'unit', count)}</span
      ></span
    >`;
  }

  private renderGroup(
    group: FacetGroup,
    counts: FacetCounts,
    lang: Language,
  ): TemplateResult | typeof nothing {
    const selected = (this.value[group] ?? []) as string[];
    const keys = [...new Set([...Object.keys(counts), ...selected])];
    if (keys.length === 0) return nothing;
    const labels = new Map(keys.map((key) => [key, this.label(group, key, lang)]));
    keys.sort(
      (a, b) =>
        (own(counts, b) ?? 0) - (own(counts, a) ?? 0) ||
        compareNames(labels.get(a)!, labels.get(b)!, lang),
    );
    const searchable = keys.length >= SEARCHABLE_FROM;
    const find = searchable ? normalizeText(this.find[group] ?? '') : '';
    const expanded = this.showAll.has(group) || find !== '';
    const shown = find
      ? keys.filter(
          (key) => normalizeText(labels.get(key)!).includes(find) || selected.includes(key),
        )
      : expanded
        ? keys
        : keys.filter((key, i) => i < this.limit || selected.includes(key));
    const hidden = keys.length - shown.length;
    const listId = `${group}-list`;
    const legendId = `${group}-legend`;
    return html`<fieldset part="group" class="group-${group}">
      <legend id=${legendId}>${strings.get(lang, group)}</legend>
      ${
        searchable
          ? html`<input
              class="find"
              part="find"
              type="search"
              autocomplete="off"
              aria-label=${strings.get(lang, 'find', strings.get(lang, group))}
              placeholder=${strings.get(lang, 'find', strings.get(lang, group))}
              aria-controls=${listId}
              .value=${this.find[group] ?? ''}
              @input=${(e: Event) =>
                (this.find = { ...this.find, [group]: (e.target as HTMLInputElement).value })}
            />`
          : nothing
      }
      <ul id=${listId}>
        ${repeat(
          shown,
          (key) => key,
          (key) => {
            const count = own(counts, key) ?? 0;
            const checked = selected.includes(key);
            const disabled = count === 0 && !checked;
            return html`<li>
              <label part="option" class="option${disabled ? ' disabled' : ''}">
                <input
                  type="checkbox"
                  .checked=${checked}
                  ?disabled=${disabled}
                  data-value=${key}
                  @change=${(e: Event) => this.toggleValue(group, key, (e.target as HTMLInputElement).checked)}
                />
                <span class="option-label">${labels.get(key)}</span>
                ${this.renderCount(count, lang)}
              </label>
            </li>`;
          },
        )}
      </ul>
      ${
        find && shown.every((key) => selected.includes(key))
          ? html`<p class="message" role="status">${strings.get(lang, 'noMatch')}</p>`
          : nothing
      }
      ${
        !find && (hidden > 0 || expanded)
          ? html`<button
              class="more"
              part="show-more"
              type="button"
              aria-expanded=${expanded ? 'true' : 'false'}
              aria-controls=${listId}
              aria-describedby=${legendId}
              @click=${() => {
                const next = new Set(this.showAll);
                if (expanded) next.delete(group);
                else next.add(group);
                this.showAll = next;
              }}
            >
              ${expanded ? strings.get(lang, 'showLess') : strings.get(lang, 'showMore', hidden)}
            </button>`
          : nothing
      }
    </fieldset>`;
  }

  private renderPrice(lang: Language): TemplateResult {
    const range = this.facets?.priceRange;
    const shown = (bound: 'min' | 'max') => {
      const draft = this.draft[bound];
      if (draft !== undefined) return draft;
      const value = bound === 'min' ? this.value.priceMin : this.value.priceMax;
      return value === undefined ? '' : groupDigits(value);
    };
    const box = (bound: 'min' | 'max') =>
      html`<label>
        <span>${strings.get(lang, bound === 'min' ? 'from' : 'to')}</span>
        <span class="money"
          ><span aria-hidden="true">Rp</span
          ><input
            part="price-input"
            type="text"
            inputmode="numeric"
            autocomplete="off"
            data-bound=${bound}
            aria-label=${strings.get(lang, bound === 'min' ? 'priceMin' : 'priceMax')}
            placeholder=${range ? groupDigits(bound === 'min' ? range.min : range.max) : ''}
            .value=${shown(bound)}
            @input=${(e: Event) => this.onPriceInput(bound, e)}
            @change=${this.commitPrice}
            @keydown=${this.onPriceKeydown}
        /></span>
      </label>`;
    return html`<fieldset part="group" class="group-price">
      <legend>${strings.get(lang, 'price')}</legend>
      <div class="price">${box('min')}${box('max')}</div>
    </fieldset>`;
  }

  private renderOrdering(facets: Facets, lang: Language): TemplateResult {
    const lead = this.value.maxLeadTimeDays;
    return html`<fieldset part="group" class="group-options">
      <legend>${strings.get(lang, 'options')}</legend>
      <ul>
        ${FACET_TOGGLES.filter(
          // Export readiness is offered only when the feed has export-ready products.
          (toggle) => toggle !== 'exportReady' || facets.exportReady || this.value.exportReady,
        ).map((toggle) => {
          const count = facets[toggle];
          const checked = this.value[toggle] === true;
          const disabled = count === 0 && !checked;
          return html`<li>
            <label part="option" class="option${disabled ? ' disabled' : ''}">
              <input
                type="checkbox"
                role="switch"
                data-value=${toggle}
                .checked=${checked}
                ?disabled=${disabled}
                @change=${(e: Event) =>
                  this.emit({ [toggle]: (e.target as HTMLInputElement).checked || undefined })}
              />
              <span class="option-label">${strings.get(lang, toggle)}</span>
              ${this.renderCount(count, lang)}
            </label>
          </li>`;
        })}
      </ul>
      <label class="lead">
        <span>${strings.get(lang, 'leadTime')}</span>
        <select
          part="lead-time"
          @change=${(e: Event) => {
            const days = (e.target as HTMLSelectElement).value;
            this.emit({ maxLeadTimeDays: days ? Number(days) : undefined });
          }}
        >
          <option value="" ?selected=${lead === undefined}>
            ${strings.get(lang, 'anyLeadTime')}
          </option>
          ${LEAD_TIME_OPTIONS.map(
            (days) =>
              html`<option value=${days} ?selected=${lead === days}>
                ≤ ${strings.get(lang, 'days', days)}
              </option>`,
          )}
          ${
            lead !== undefined && !(LEAD_TIME_OPTIONS as readonly number[]).includes(lead)
              ? html`<option value=${lead} selected>≤ ${strings.get(lang, 'days', lead)}</option>`
              : nothing
          }
        </select>
      </label>
    </fieldset>`;
  }

  override render() {
    const lang = this.language;
    const facets = this.facets;
    if (!facets) {
      return html`<div class="base" part="base">
        <p class="message" role="status">${strings.get(lang, 'loading')}</p>
      </div>`;
    }
    if (!this.allGroups) {
      this.restOfGroups ??= yieldToEventLoop().then(() => {
        this.allGroups = true;
        this.restOfGroups = undefined;
        this.requestUpdate();
      });
    }
    const all = this.allGroups;
    return html`<div class="base" part="base" role="group" aria-label=${strings.get(lang, 'label')}>
      ${(all ? FACET_GROUPS : FACET_GROUPS.slice(0, FIRST_GROUPS)).map((group) =>
        this.renderGroup(group, facets[group], lang),
      )}
      ${
        all
          ? html`${this.renderPrice(lang)} ${this.renderOrdering(facets, lang)}
              <button
                class="clear"
                part="clear"
                type="button"
                ?disabled=${!this.hasActive}
                @click=${this.clearAll}
              >
                ${strings.get(lang, 'clear')}
              </button>`
          : nothing
      }
    </div>`;
  }
}
