import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { EtalaseElement, baseStyles, icons } from '../base/index.js';
import { EtalaseFilterChangeEvent } from '../events/filter-change.js';
import type { FacetCounts, FilterState, RegionNode } from '../../feed/types.js';
import type { Language } from '../../model/vocabulary.js';
import { formatCount } from '../../format/money.js';
import { ancestorRegionCodes } from '../../model/region-code.js';
import { getBuiltinRegion, hasDistricts, loadDistricts } from '../../model/regions/index.js';
import { strings } from './region-filter.strings.js';
import { regionFilterStyles } from './region-filter.styles.js';
import { normalizeName, stripAdminPrefix } from './normalize.js';

/** One visible line of the tree. */
interface Row {
  node: RegionNode;
  level: 1 | 2 | 3;
  setSize: number;
  position: number;
  /** Has visible children (so it can be expanded). */
  branch: boolean;
  open: boolean;
}

const TYPEAHEAD_RESET_MS = 600;

/** The same codes in the same order (the host passes its own copy of the selection on every render). */
const sameCodes = (a: readonly string[], b: readonly string[] | undefined): boolean =>
  a === b || (!!b && a.length === b.length && a.every((code, i) => code === b[i]));

/**
 * @summary Province › regency/city › district tree with product counts, a region finder, removable
 * chips for the selection and an "all regions" reset. Collapses into a disclosure button in a narrow
 * container.
 *
 * Only expanded nodes are rendered, so a national feed (38 provinces, 514 regencies/cities, 7,285
 * districts) stays light; district names come from the built-in table, loaded on first need.
 * By default regions without any product in the feed are hidden (`show-empty` shows them); regions whose
 * count under the other filters is 0 stay visible with a 0, so the tree does not jump while filtering.
 *
 * Keyboard (WAI-ARIA tree pattern): ↑/↓ move, → expands or enters, ← collapses or goes to the parent,
 * Home/End, `*` expands the siblings, typing a name jumps to it, Enter/Space select (and unselect).
 *
 * @fires etalase-filter-change - `EtalaseFilterChangeEvent<FilterState>` on user action only, with the
 *   partial state `{ region: string[] | undefined }` (the selected codes; `undefined` = all regions).
 *
 * @csspart base - The wrapper.
 * @csspart toggle - The disclosure button shown in a narrow container.
 * @csspart panel - The finder, chips and tree.
 * @csspart find - The region finder text box.
 * @csspart chip - A selected region's remove button.
 * @csspart reset - The "all regions" button.
 * @csspart tree - The tree.
 * @csspart item - One tree item.
 * @csspart count - A product count.
 *
 * @cssprop --etalase-region-filter-max-height - Height after which the tree scrolls (28em).
 */
export class EtalaseRegionFilter extends EtalaseElement {
  static override styles = [baseStyles, regionFilterStyles];

  /** The region tree (provinces at the top), e.g. from the feed runtime's region index. */
  @property({ attribute: false }) regions: RegionNode[] = [];

  /**
   * Region code → products under all the other active filters (`Facets.region`). When not set, each
   * node's whole-feed `productCount` is shown.
   */
  @property({ attribute: false }) counts: FacetCounts | null = null;

  /**
   * Selected region codes. Setting it never fires an event; setting the same codes again (a new array)
   * does not render the tree again.
   */
  @property({
    attribute: false,
    hasChanged: (next: string[], last: string[] | undefined) => !sameCodes(next, last),
  })
  value: string[] = [];

  /** Allow several regions at once (otherwise choosing one replaces the other). */
  @property({ type: Boolean, reflect: true }) multiple = false;

  /** Also show regions without products. */
  @property({ type: Boolean, attribute: 'show-empty' }) showEmpty = false;

  /** In a narrow container: whether the disclosure panel is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  @state() private expanded = new Set<string>();
  @state() private findText = '';
  @state() private active: string | undefined;
  /** Expanded state while a find text is active (starts with the ancestors of the matches). */
  private findExpanded = new Set<string>();
  private byCodeMap = new Map<string, RegionNode>();
  private indexed: RegionNode[] | undefined;
  private rows: Row[] = [];
  private typeahead = '';
  private typeaheadAt = 0;
  private readonly nameCache = new Map<string, string>();

  /** Every node by code (rebuilt when `regions` is replaced). */
  private get byCode(): Map<string, RegionNode> {
    if (this.indexed !== this.regions) {
      this.indexed = this.regions;
      this.byCodeMap = new Map();
      const walk = (nodes: RegionNode[]) => {
        for (const node of nodes) {
          this.byCodeMap.set(node.code, node);
          walk(node.children);
        }
      };
      walk(this.regions);
    }
    return this.byCodeMap;
  }

  /** The displayed name: the node's own, else the built-in table's (districts once loaded), else the code. */
  regionName(code: string): string {
    const node = this.byCode.get(code);
    const own = node?.name && node.name !== code ? node.name : undefined;
    return own ?? getBuiltinRegion(code)?.name ?? code;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('value')) {
      // Reveal what was chosen (e.g. a `region` preset by the page), without collapsing anything.
      const ancestors = this.value.flatMap(ancestorRegionCodes);
      if (ancestors.some((code) => !this.expanded.has(code))) {
        this.expanded = new Set([...this.expanded, ...ancestors]);
      }
      if (this.value.some((code) => code.length > 5)) this.needDistricts();
    }
    this.rows = this.buildRows();
  }

  /** Expands every region (loads district names if needed). Fires nothing. */
  expandAll(): void {
    this.expanded = new Set(
      [...this.byCode.values()].filter((n) => n.children.length).map((n) => n.code),
    );
    this.needDistricts();
  }

  /** Collapses every region. Fires nothing. */
  collapseAll(): void {
    this.expanded = new Set();
  }

  private count(node: RegionNode): number {
    return this.counts ? (this.counts[node.code] ?? 0) : node.productCount;
  }

  private isVisible(node: RegionNode): boolean {
    return (
      this.showEmpty ||
      node.productCount > 0 ||
      this.count(node) > 0 ||
      this.value.includes(node.code)
    );
  }

  private normalized(code: string): string {
    const name = this.regionName(code);
    const key = `${code}|${name}`;
    let cached = this.nameCache.get(key);
    if (cached === undefined) {
      cached = normalizeName(name);
      this.nameCache.set(key, cached);
    }
    return cached;
  }

  private buildRows(): Row[] {
    const rows: Row[] = [];
    const query = normalizeName(this.findText);
    if (!query) {
      const walk = (nodes: RegionNode[], level: 1 | 2 | 3) => {
        const visible = nodes.filter((n) => this.isVisible(n));
        visible.forEach((node, i) => {
          const branch = node.children.some((c) => this.isVisible(c));
          const open = branch && this.expanded.has(node.code);
          rows.push({ node, level, setSize: visible.length, position: i + 1, branch, open });
          if (open) walk(node.children, Math.min(level + 1, 3) as 1 | 2 | 3);
        });
      };
      walk(this.regions, 1);
      return rows;
    }
    // Find mode: matches and their ancestors; below a match, the whole (expandable) subtree.
    const keep = new Set<string>();
    const matched = new Set<string>();
    for (const node of this.byCode.values()) {
      if (!this.isVisible(node) || !this.normalized(node.code).includes(query)) continue;
      matched.add(node.code);
      keep.add(node.code);
      for (const ancestor of ancestorRegionCodes(node.code)) keep.add(ancestor);
    }
    const walk = (nodes: RegionNode[], level: 1 | 2 | 3, insideMatch: boolean) => {
      const visible = nodes.filter((n) => this.isVisible(n) && (insideMatch || keep.has(n.code)));
      visible.forEach((node, i) => {
        const inside = insideMatch || matched.has(node.code);
        const branch = node.children.some((c) => this.isVisible(c) && (inside || keep.has(c.code)));
        const open = branch && this.findExpanded.has(node.code);
        rows.push({ node, level, setSize: visible.length, position: i + 1, branch, open });
        if (open) walk(node.children, Math.min(level + 1, 3) as 1 | 2 | 3, inside);
      });
    };
    walk(this.regions, 1, false);
    return rows;
  }

  private needDistricts(): void {
    if (!hasDistricts()) void loadDistricts().then(() => this.requestUpdate());
  }

  // --- user actions -------------------------------------------------------------------------

  private emit(): void {
    const region = this.value.length ? [...this.value] : undefined;
    const partial: Pick<FilterState, 'region'> = { region };
    this.dispatchEvent(new EtalaseFilterChangeEvent<FilterState>(partial));
  }

  private choose(code: string): void {
    const selected = this.value.includes(code);
    if (this.multiple) {
      this.value = selected ? this.value.filter((c) => c !== code) : [...this.value, code];
    } else {
      this.value = selected && this.value.length === 1 ? [] : [code];
    }
    this.emit();
  }

  /** Removes a chip's region, then keeps the focus on a neighbouring chip (or the reset button). */
  private async removeRegion(code: string): Promise<void> {
    const index = this.value.indexOf(code);
    this.value = this.value.filter((c) => c !== code);
    this.emit();
    await this.updateComplete;
    const chips = [...this.renderRoot.querySelectorAll<HTMLElement>('.chip')];
    (
      chips[index] ??
      chips[index - 1] ??
      this.renderRoot.querySelector<HTMLElement>('.reset')
    )?.focus();
  }

  private reset(): void {
    if (this.value.length === 0) return;
    this.value = [];
    this.emit();
  }

  private setOpen(row: Row, open: boolean): void {
    if (!row.branch || row.open === open) return;
    const set = new Set(this.findText ? this.findExpanded : this.expanded);
    if (open) set.add(row.node.code);
    else set.delete(row.node.code);
    if (this.findText) {
      this.findExpanded = set;
      this.requestUpdate();
    } else {
      this.expanded = set;
    }
    if (open && row.node.level !== 'province') this.needDistricts();
  }

  private async focusRow(code: string): Promise<void> {
    this.active = code;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-code="${code}"]`)?.focus();
  }

  private onItemClick(event: MouseEvent): void {
    const item = (event.target as Element).closest<HTMLElement>('[role="treeitem"]');
    const row = this.rows.find((r) => r.node.code === item?.dataset['code']);
    if (!row) return;
    this.active = row.node.code;
    if ((event.target as Element).closest('.twisty')) this.setOpen(row, !row.open);
    else this.choose(row.node.code);
  }

  private onTreeKeydown(event: KeyboardEvent): void {
    const rows = this.rows;
    const index = rows.findIndex((r) => r.node.code === this.activeCode);
    const row = rows[index];
    if (!row || event.altKey || event.ctrlKey || event.metaKey) return;
    const go = (target: Row | undefined) => {
      if (target) void this.focusRow(target.node.code);
    };
    switch (event.key) {
      case 'ArrowDown':
        go(rows[index + 1]);
        break;
      case 'ArrowUp':
        go(rows[index - 1]);
        break;
      case 'Home':
        go(rows[0]);
        break;
      case 'End':
        go(rows[rows.length - 1]);
        break;
      case 'ArrowRight':
        if (row.branch && !row.open) this.setOpen(row, true);
        else if (row.open) go(rows[index + 1]);
        break;
      case 'ArrowLeft':
        if (row.open) this.setOpen(row, false);
        else if (row.node.parent) go(rows.find((r) => r.node.code === row.node.parent));
        break;
      case 'Enter':
      case ' ':
        this.choose(row.node.code);
        break;
      case '*':
        for (const sibling of rows.filter((r) => r.node.parent === row.node.parent)) {
          this.setOpen(sibling, true);
        }
        break;
      default:
        if (event.key.length !== 1 || !/\S/.test(event.key)) return;
        this.typeAhead(event.key, index);
    }
    event.preventDefault();
  }

  private typeAhead(char: string, from: number): void {
    const now = performance.now();
    this.typeahead = now - this.typeaheadAt > TYPEAHEAD_RESET_MS ? char : this.typeahead + char;
    this.typeaheadAt = now;
    const prefix = normalizeName(this.typeahead);
    if (!prefix) return;
    const rows = this.rows;
    // A repeated single letter cycles; a longer prefix may stay on the current item.
    const start = this.typeahead.length === 1 ? from + 1 : from;
    for (let k = 0; k < rows.length; k++) {
      const row = rows[(start + k) % rows.length]!;
      const name = this.regionName(row.node.code);
      if (
        normalizeName(stripAdminPrefix(name)).startsWith(prefix) ||
        this.normalized(row.node.code).startsWith(prefix)
      ) {
        void this.focusRow(row.node.code);
        return;
      }
    }
  }

  private onFindInput(event: Event): void {
    this.findText = (event.target as HTMLInputElement).value;
    const query = normalizeName(this.findText);
    if (query) this.needDistricts();
    // Open every ancestor of a match; reset whenever the text changes.
    const open = new Set<string>();
    if (query) {
      for (const node of this.byCode.values()) {
        if (this.isVisible(node) && this.normalized(node.code).includes(query)) {
          for (const ancestor of ancestorRegionCodes(node.code)) open.add(ancestor);
        }
      }
    }
    this.findExpanded = open;
  }

  private onFindKeydown(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' && this.rows.length) {
      event.preventDefault();
      void this.focusRow(this.activeCode ?? this.rows[0]!.node.code);
    } else if (event.key === 'Escape' && this.findText) {
      event.preventDefault();
      this.findText = '';
      this.findExpanded = new Set();
      (event.target as HTMLInputElement).value = '';
    }
  }

  /** The item holding the roving tab stop: the last focused one, else the first selected, else the first. */
  private get activeCode(): string | undefined {
    const codes = this.rows.map((r) => r.node.code);
    if (this.active && codes.includes(this.active)) return this.active;
    return this.value.find((code) => codes.includes(code)) ?? codes[0];
  }

  // --- rendering ----------------------------------------------------------------------------

  private renderRow(
    row: Row,
    activeCode: string | undefined,
    selectedCodes: Set<string>,
    lang: Language,
  ): TemplateResult {
    const { node } = row;
    const count = this.count(node);
    const selected = selectedCodes.has(node.code);
    return html`<div
      role="treeitem"
      part="item"
      class="item l${row.level}${count === 0 ? ' zero' : ''}"
      data-code=${node.code}
      tabindex=${node.code === activeCode ? 0 : -1}
      aria-level=${row.level}
      aria-setsize=${row.setSize}
      aria-posinset=${row.position}
      aria-selected=${selected ? 'true' : 'false'}
      aria-expanded=${row.branch ? (row.open ? 'true' : 'false') : nothing}
    >
      <span class="twisty">${row.branch ? icons.chevronRight : nothing}</span>
      <span class="name">${this.regionName(node.code)}</span>
      <span class="count" part="count"
        >${formatCount(count, lang)}<span class="visually-hidden">
          ${strings.get(lang, 'unit', count)}</span
        ></span
      >
    </div>`;
  }

  /** A selected region's chip, which removes it. */
  private renderChip(code: string, name: string, lang: Language): TemplateResult {
    return html`<li>
      <button
        class="chip"
        part="chip"
        type="button"
        aria-label=${strings.get(lang, 'removeChip', name)}
        @click=${() => void this.removeRegion(code)}
      >
        <span>${name}</span>${icons.close}
      </button>
    </li>`;
  }

  /** A selected region's chip, shown once the visitor chooses a region. */
  protected override rehearsal(): unknown {
    return this.renderChip('', '', this.language);
  }

  override render() {
    const lang = this.language;
    const t = strings;
    const activeCode = this.activeCode;
    const selectedCodes = new Set(this.value);
    const names = this.value.map((code) => this.regionName(code));
    const summary =
      names.length === 0
        ? t.get(lang, 'allRegions')
        : names.length === 1
          ? names[0]!
          : t.get(lang, 'moreSelected', names[0]!, names.length - 1);
    return html`<div class="base" part="base">
      <button
        class="toggle"
        part="toggle"
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel"
        @click=${() => (this.open = !this.open)}
      >
        <span>${t.get(lang, 'toggle', summary)}</span>${icons.chevronDown}
      </button>
      <div id="panel" class="panel${this.open ? ' open' : ''}" part="panel">
        <p class="heading" id="heading">${t.get(lang, 'heading')}</p>
        <div class="find">
          ${icons.search}
          <input
            part="find"
            type="search"
            aria-label=${t.get(lang, 'findLabel')}
            placeholder=${t.get(lang, 'findPlaceholder')}
            autocomplete="off"
            spellcheck="false"
            .value=${this.findText}
            @input=${this.onFindInput}
            @keydown=${this.onFindKeydown}
          />
        </div>
        ${
          this.findText && !hasDistricts()
            ? html`<p class="message" role="status">${t.get(lang, 'loading')}</p>`
            : nothing
        }
        <ul class="chips" aria-label=${t.get(lang, 'selectedLabel')}>
          <li>
            <button
              class="reset"
              part="reset"
              type="button"
              aria-pressed=${this.value.length === 0 ? 'true' : 'false'}
              @click=${this.reset}
            >
              ${t.get(lang, 'allRegions')}
            </button>
          </li>
          ${this.value.map((code, i) => this.renderChip(code, names[i]!, lang))}
        </ul>
        ${
          this.rows.length
            ? html`<div
                class="tree"
                part="tree"
                role="tree"
                aria-labelledby="heading"
                aria-multiselectable=${this.multiple ? 'true' : nothing}
                @click=${this.onItemClick}
                @keydown=${this.onTreeKeydown}
              >
                ${repeat(
                  this.rows,
                  (row) => row.node.code,
                  (row) => this.renderRow(row, activeCode, selectedCodes, lang),
                )}
              </div>`
            : html`<p class="message" role="status">
                ${this.findText ? t.get(lang, 'noMatch', this.findText) : t.get(lang, 'noRegions')}
              </p>`
        }
      </div>
    </div>`;
  }
}
