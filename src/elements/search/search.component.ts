import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { EtalaseElement, baseStyles, highlightWords, icons } from '../base/index.js';
import { EtalaseFilterChangeEvent } from '../events/filter-change.js';
import { EtalaseProductSelectEvent } from '../events/product-select.js';
import type { FilterState } from '../../feed/types.js';
import { strings } from './search.strings.js';
import { searchStyles } from './search.styles.js';
import {
  SUGGESTION_KINDS,
  type SuggestFunction,
  type Suggestion,
  type SuggestionKind,
} from './suggestion.js';

/**
 * @summary Search box: an ARIA 1.2 combobox with suggestions grouped as a correction ("Mungkin
 * maksud Anda"), a place the words name, products, producers and categories; matched words are marked.
 *
 * Typing is debounced (`debounce`, 150 ms): then the search words are sent as a filter change (instant
 * results) and the suggestions are refreshed — from `suggest` when set, else the host keeps
 * `suggestions` up to date. ↓/↑ move through the suggestions, Enter chooses one (or submits the words at
 * once), Escape first closes the list and then clears the box; the clear button empties it too.
 *
 * @fires etalase-filter-change - `EtalaseFilterChangeEvent<FilterState>` on user action only, with a
 *   partial state: typing, Enter, Escape or the clear button → `{ q: string | undefined }` (trimmed
 *   words; `undefined` when empty; only when they changed); choosing a category →
 *   `{ q: undefined, category: [id] }`; choosing a producer → `{ q: undefined, producer: id }`;
 *   choosing a place → `{ q: other words | undefined, region: [code] }`; choosing a correction →
 *   `{ q: corrected words }`.
 * @fires etalase-product-select - `EtalaseProductSelectEvent` when a product suggestion is chosen
 *   (`productId`; the words are kept).
 *
 * @csspart base - The wrapper (a search landmark).
 * @csspart input - The text box.
 * @csspart clear - The clear button.
 * @csspart listbox - The suggestion list.
 * @csspart option - One suggestion.
 * @csspart mark - A typed word marked in a suggestion.
 *
 * @cssprop --etalase-search-max-height - Height after which the suggestion list scrolls (24em).
 */
export class EtalaseSearch extends EtalaseElement {
  static override styles = [baseStyles, searchStyles];

  /** The text in the box (follows typing). Setting it never fires an event. */
  @property() value = '';

  /** The suggestions to show (used when `suggest` is not set). */
  @property({ attribute: false }) suggestions: Suggestion[] = [];

  /** Computes suggestions for the typed text, e.g. from the feed runtime's `engine.suggest`. */
  @property({ attribute: false }) suggest: SuggestFunction | null = null;

  /**
   * Called when the box gets focus and at once on each keystroke with the text typed so far (before
   * the debounce), e.g. to start fetching what the search will need (a shard set's text chunks:
   * `ShardSet.prefetch`). Sends nothing.
   */
  @property({ attribute: false }) prefetch: ((text: string) => void) | null = null;

  /** Milliseconds to wait after the last keystroke before searching. */
  @property({ type: Number }) debounce = 150;

  /** Overrides the placeholder text. */
  @property() placeholder = '';

  /**
   * Accessible name of the search landmark, e.g. "Cari di katalog Kalimantan Tengah". Set it when a
   * page holds several search boxes, so each landmark has its own name.
   */
  @property() label = '';

  @state() private open = false;
  @state() private activeIndex = -1;
  @state() private computed: Suggestion[] | null = null;

  @query('input') private input!: HTMLInputElement;

  /** The words last sent in a filter change (or set by the host). */
  private committed = '';
  /** The last `value` the element set itself, to tell the visitor's changes from the host's. */
  private ownValue: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private request = 0;

  private get list(): Suggestion[] {
    const all = this.suggest ? (this.computed ?? []) : this.suggestions;
    // Grouped order: products, producers, categories.
    return SUGGESTION_KINDS.flatMap((kind) => all.filter((s) => s.kind === kind));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('value') && this.value !== this.ownValue) {
      // The host echoing the words this box sent (trimmed, often late on a slow phone) while the
      // visitor typed on ("kopi " → "kopi"): the visitor's text stays, spaces included.
      if (this.ownValue !== undefined && this.value === this.committed) this.value = this.ownValue;
      else {
        this.committed = this.value.trim();
        this.open = false;
      }
    }
    if (changed.has('suggestions') && !this.suggest) {
      this.activeIndex = -1;
      // A host answering a filter change asynchronously: show its suggestions while the visitor types.
      const typing = this.value.trim() !== '' && this.value === this.ownValue;
      this.open = typing && this.matches(':focus-within') && this.list.length > 0;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  private setText(text: string): void {
    this.ownValue = text;
    this.value = text;
  }

  private commit(text: string): void {
    const q = text.trim();
    if (q === this.committed) return;
    this.committed = q;
    this.dispatchEvent(new EtalaseFilterChangeEvent<FilterState>({ q: q || undefined }));
  }

  private onInput(): void {
    this.setText(this.input.value);
    this.prefetch?.(this.input.value);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), this.debounce);
  }

  private async run(): Promise<void> {
    const text = this.value;
    this.commit(text);
    if (this.suggest) {
      const request = ++this.request;
      const result = text.trim() ? await this.suggest(text) : [];
      if (request !== this.request) return;
      this.computed = result;
    }
    this.activeIndex = -1;
    this.open = text.trim() !== '' && this.list.length > 0;
  }

  private choose(suggestion: Suggestion): void {
    this.open = false;
    this.activeIndex = -1;
    clearTimeout(this.timer);
    if (suggestion.kind === 'product') {
      this.dispatchEvent(new EtalaseProductSelectEvent(suggestion.id));
      return;
    }
    if (suggestion.kind === 'correction') {
      // The corrected words become the search.
      this.setText(suggestion.id);
      this.commit(suggestion.id);
      return;
    }
    const keep = suggestion.kind === 'place' ? (suggestion.rest ?? '') : '';
    this.setText(keep);
    this.committed = keep;
    this.request++;
    this.computed = null;
    const partial: FilterState =
      suggestion.kind === 'category'
        ? { q: undefined, category: [suggestion.id] }
        : suggestion.kind === 'place'
          ? { q: keep || undefined, region: [suggestion.id] }
          : { q: undefined, producer: suggestion.id };
    this.dispatchEvent(new EtalaseFilterChangeEvent<FilterState>(partial));
  }

  private clear(): void {
    clearTimeout(this.timer);
    this.request++;
    this.setText('');
    this.computed = null;
    this.open = false;
    this.activeIndex = -1;
    const had = this.committed !== '';
    this.committed = '';
    if (had) this.dispatchEvent(new EtalaseFilterChangeEvent<FilterState>({ q: undefined }));
  }

  private onKeydown(event: KeyboardEvent): void {
    const list = this.list;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (list.length === 0 || !this.value.trim()) return;
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        if (!this.open) {
          this.open = true;
          this.activeIndex = step === 1 ? 0 : list.length - 1;
        } else {
          const next = this.activeIndex + step;
          this.activeIndex = next < 0 ? list.length - 1 : next >= list.length ? 0 : next;
        }
        break;
      }
      case 'Enter': {
        const chosen = this.open ? list[this.activeIndex] : undefined;
        event.preventDefault();
        if (chosen) this.choose(chosen);
        else {
          clearTimeout(this.timer);
          this.open = false;
          this.commit(this.value);
        }
        break;
      }
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.open = false;
          this.activeIndex = -1;
        } else if (this.value) {
          event.preventDefault();
          this.clear();
        }
        break;
      case 'Tab':
        this.open = false;
        break;
    }
  }

  private onClear(): void {
    this.clear();
    this.input.focus();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('activeIndex') && this.activeIndex >= 0) {
      this.renderRoot
        .querySelector(`#option-${this.activeIndex}`)
        ?.scrollIntoView({ block: 'nearest' });
    }
  }

  /** The suggestions of one kind, the first numbered `first`, with the typed `words` marked. */
  private renderGroup(
    kind: SuggestionKind,
    items: Suggestion[],
    first: number,
    words: string,
  ): TemplateResult {
    return html`<div role="group" aria-labelledby="group-${kind}">
      <div role="presentation" class="group-label" id="group-${kind}">
        ${strings.get(this.language, kind)}
      </div>
      ${items.map((item, n) => {
        const i = first + n;
        return html`<div
          role="option"
          part="option"
          class="option"
          id="option-${i}"
          aria-selected=${i === this.activeIndex ? 'true' : 'false'}
          @pointerdown=${(e: Event) => e.preventDefault()}
          @click=${() => this.choose(item)}
        >
          <span
            >${
              item.kind === 'product' || item.kind === 'producer'
                ? highlightWords(item.label, words)
                : item.label
            }</span
          >
          ${item.detail ? html`<span class="detail">${item.detail}</span>` : nothing}
        </div>`;
      })}
    </div>`;
  }

  /** The button that empties the box. */
  private renderClear(): TemplateResult {
    return html`<button
      class="clear"
      part="clear"
      type="button"
      aria-label=${strings.get(this.language, 'clear')}
      @click=${this.onClear}
    >
      ${icons.close}
    </button>`;
  }

  /** The clear button and the suggestions (a typed word marked), shown once the visitor types. */
  protected override rehearsal(): unknown {
    const sample: Suggestion = { kind: 'product', id: '', label: 'kopi', detail: 'kopi' };
    return [this.renderClear(), this.renderGroup('product', [sample], 0, 'kopi')];
  }

  override render() {
    const lang = this.language;
    const list = this.list;
    const open = this.open && list.length > 0;
    let first = 0;
    const groups = SUGGESTION_KINDS.map((kind) => {
      const items = list.filter((s) => s.kind === kind);
      const group = items.length ? this.renderGroup(kind, items, first, this.value) : nothing;
      first += items.length;
      return group;
    });
    return html`<div class="base" part="base" role="search" aria-label=${this.label || nothing}>
      <div class="field">
        ${icons.search}
        <input
          part="input"
          type="search"
          role="combobox"
          aria-label=${strings.get(lang, 'label')}
          aria-autocomplete="list"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="listbox"
          aria-activedescendant=${open && this.activeIndex >= 0 ? `option-${this.activeIndex}` : nothing}
          placeholder=${this.placeholder || strings.get(lang, 'placeholder')}
          autocomplete="off"
          enterkeyhint="search"
          spellcheck="false"
          .value=${this.value}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
          @focus=${() => this.prefetch?.(this.input.value)}
          @blur=${() => (this.open = false)}
        />
        ${this.value ? this.renderClear() : nothing}
      </div>
      <div
        class="listbox"
        part="listbox"
        role="listbox"
        id="listbox"
        aria-label=${strings.get(lang, 'suggestions')}
        ?hidden=${!open}
      >
        ${groups}
      </div>
      <div class="visually-hidden" role="status">
        ${open ? strings.get(lang, 'available', list.length) : ''}
      </div>
    </div>`;
  }
}
