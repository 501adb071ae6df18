import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/region-filter/region-filter.js';
import type { EtalaseRegionFilter } from '../../src/elements/region-filter/region-filter.component.js';
import type { EtalaseFilterChangeEvent } from '../../src/elements/events/filter-change.js';
import type { FilterState, RegionNode } from '../../src/feed/types.js';
import { ancestorRegionCodes, parentRegionCode } from '../../src/model/region-code.js';
import { getBuiltinRegion, loadDistricts } from '../../src/model/regions/index.js';
import { createQueryEngine, loadRegionIndex, type QueryEngine } from '../../src/feed/index.js';
import { parseFeed } from '../../src/model/parse.js';
import { generateFeed } from '../fixtures/generate-feed.js';
import * as stories from '../../stories/region-filter.stories.js';
import { itRendersEveryStoryAccessibly } from './story-helpers.js';

/** A region tree with `products` per leaf code, rolled up to the ancestors (names from the built-in table). */
function tree(products: Record<string, number>, extra: string[] = []): RegionNode[] {
  const byCode = new Map<string, RegionNode>();
  const ensure = (code: string): RegionNode => {
    let node = byCode.get(code);
    if (!node) {
      const info = getBuiltinRegion(code);
      const parent = parentRegionCode(code) ?? null;
      node = {
        code,
        name: info?.name ?? code,
        level: info?.level ?? 'district',
        parent,
        children: [],
        productCount: 0,
      };
      byCode.set(code, node);
      if (parent) ensure(parent).children.push(node);
    }
    return node;
  };
  for (const [code, n] of Object.entries(products)) {
    ensure(code).productCount += n;
    for (const a of ancestorRegionCodes(code)) ensure(a).productCount += n;
  }
  for (const code of extra) ensure(code);
  const sort = (nodes: RegionNode[]): RegionNode[] =>
    nodes.sort((a, b) => a.name.localeCompare(b.name)).map((n) => (sort(n.children), n));
  return sort([...byCode.values()].filter((n) => n.parent === null));
}

// Kalimantan Tengah: Palangka Raya city (two districts) and Kapuas; Bali's Badung.
const PRODUCTS = { '62.71.01': 3, '62.71.02': 2, '62.03': 4, '51.03': 5 };

const items = (el: EtalaseRegionFilter) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"]'),
];
const item = (el: EtalaseRegionFilter, code: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[data-code="${code}"]`);
const focused = (el: EtalaseRegionFilter) =>
  (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['code'];
const press = async (el: EtalaseRegionFilter, key: string) => {
  await sendKeys({ press: key });
  await el.updateComplete;
};

describe('etalase-region-filter', () => {
  before(() => loadDistricts());

  it('shows provinces with counts and a tree with the ARIA tree attributes', async () => {
    const el = await fixture<EtalaseRegionFilter>(
      html`<etalase-region-filter .regions=${tree(PRODUCTS)}></etalase-region-filter>`,
    );
    const rows = items(el);
    expect(rows.map((r) => r.dataset['code'])).to.have.members(['51', '62']);
    const kalteng = item(el, '62')!;
    expect(kalteng.textContent).to.contain('Kalimantan Tengah').and.contain('9');
    expect(kalteng.getAttribute('aria-expanded')).to.equal('false');
    expect(kalteng.getAttribute('aria-level')).to.equal('1');
    expect(kalteng.getAttribute('aria-setsize')).to.equal('2');
    expect(rows.filter((r) => r.tabIndex === 0)).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('keeps the row of each region when a branch opens above it (keyed, not rebuilt by position)', async () => {
    const el = await fixture<EtalaseRegionFilter>(
      html`<etalase-region-filter .regions=${tree(PRODUCTS)}></etalase-region-filter>`,
    );
    // Bali (51) comes first; opening it inserts Badung between it and Kalimantan Tengah (62).
    expect(items(el).map((r) => r.dataset['code'])).to.deep.equal(['51', '62']);
    const kalteng = item(el, '62')!;
    el.shadowRoot!.querySelector('input')!.focus();
    await press(el, 'ArrowDown');
    await press(el, 'ArrowRight');
    expect(items(el).map((r) => r.dataset['code'])).to.deep.equal(['51', '51.03', '62']);
    expect(item(el, '62')).to.equal(kalteng);
  });

  it('can be used by keyboard alone: move, expand, type-ahead, select, collapse', async () => {
    const el = await fixture<EtalaseRegionFilter>(
      html`<etalase-region-filter .regions=${tree(PRODUCTS)}></etalase-region-filter>`,
    );
    const events: FilterState[] = [];
    el.addEventListener('etalase-filter-change', (e) =>
      events.push((e as EtalaseFilterChangeEvent<FilterState>).filter),
    );
    el.shadowRoot!.querySelector('input')!.focus();
    await press(el, 'ArrowDown');
    expect(focused(el)).to.equal(items(el)[0]!.dataset['code']);
    await press(el, 'End');
    expect(focused(el)).to.equal('62');
    await press(el, 'ArrowRight');
    expect(item(el, '62')!.getAttribute('aria-expanded')).to.equal('true');
    await press(el, 'ArrowRight');
    expect(focused(el)).to.equal(item(el, '62')!.nextElementSibling!.getAttribute('data-code'));
    // Type-ahead ignores the "Kota" prefix ("p" finds Kota Palangkaraya).
    await sendKeys({ type: 'p' });
    await el.updateComplete;
    expect(focused(el)).to.equal('62.71');
    await press(el, 'ArrowRight');
    await press(el, 'ArrowRight');
    expect(focused(el)).to.match(/^62\.71\.0[12]$/);
    expect(item(el, focused(el)!)!.getAttribute('aria-level')).to.equal('3');
    const district = focused(el)!;
    await press(el, 'Enter');
    expect(events).to.deep.equal([{ region: [district] }]);
    expect(item(el, district)!.getAttribute('aria-selected')).to.equal('true');
    // Single selection: Space on another item replaces it.
    await press(el, 'ArrowLeft');
    expect(focused(el)).to.equal('62.71');
    await press(el, ' ');
    expect(events[1]).to.deep.equal({ region: ['62.71'] });
    await press(el, 'ArrowLeft');
    expect(item(el, '62.71')!.getAttribute('aria-expanded')).to.equal('false');
    await press(el, 'Home');
    expect(focused(el)).to.equal(items(el)[0]!.dataset['code']);
    // The chip removes the selection.
    const chip = el.shadowRoot!.querySelector<HTMLButtonElement>('.chip')!;
    expect(chip.getAttribute('aria-label')).to.equal('Hapus Kota Palangkaraya');
    chip.focus();
    await press(el, 'Enter');
    expect(events[2]).to.deep.equal({ region: undefined });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.classList.contains('reset')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('selects several regions with `multiple` and resets to all regions', async () => {
    const el = await fixture<EtalaseRegionFilter>(
      html`<etalase-region-filter multiple .regions=${tree(PRODUCTS)}></etalase-region-filter>`,
    );
    expect(
      el.shadowRoot!.querySelector('[role="tree"]')!.getAttribute('aria-multiselectable'),
    ).to.equal('true');
    item(el, '51')!.click();
    await el.updateComplete;
    item(el, '62')!.click();
    await el.updateComplete;
    expect(el.value).to.deep.equal(['51', '62']);
    expect(el.shadowRoot!.querySelectorAll('.chip')).to.have.length(2);
    await expect(el).to.be.accessible();
    const reset = el.shadowRoot!.querySelector<HTMLButtonElement>('.reset')!;
    expect(reset.getAttribute('aria-pressed')).to.equal('false');
    setTimeout(() => reset.click());
    const event = await oneEvent(el, 'etalase-filter-change');
    expect((event as unknown as EtalaseFilterChangeEvent<FilterState>).filter).to.deep.equal({
      region: undefined,
    });
    await el.updateComplete;
    expect(reset.getAttribute('aria-pressed')).to.equal('true');
  });

  it('finds a region by name regardless of spacing and case, including districts', async () => {
    const el = await fixture<EtalaseRegionFilter>(
      html`<etalase-region-filter .regions=${tree(PRODUCTS)}></etalase-region-filter>`,
    );
    const input = el.shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({ type: 'Palangka Raya' });
    await el.updateComplete;
    expect(items(el).map((r) => r.dataset['code'])).to.deep.equal(['62', '62.71']);
    expect(item(el, '62')!.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
    // A district name, typed in upper case with odd spacing.
    input.value = '';
    const name = getBuiltinRegion('62.71.02')!.name;
    await sendKeys({ type: name.toUpperCase().replace(/ /g, '  ') });
    await el.updateComplete;
    expect(items(el).map((r) => r.dataset['code'])).to.include('62.71.02');
    await sendKeys({ type: 'zzzz' });
    await el.updateComplete;
    expect(items(el)).to.have.length(0);
    expect(el.shadowRoot!.querySelector('.message')!.textContent).to.contain('Tidak ada wilayah');
    await expect(el).to.be.accessible();
  });

  it('shows counts under the other filters, hides regions without products unless show-empty', async () => {
    const regions = tree(PRODUCTS, ['63']);
    const el = await fixture<EtalaseRegionFilter>(
      html`<etalase-region-filter
        .regions=${regions}
        .counts=${{ '62': 2, '62.03': 2, '51': 0, '51.03': 0 }}
      ></etalase-region-filter>`,
    );
    expect(item(el, '63')).to.equal(null);
    expect(item(el, '62')!.querySelector('.count')!.textContent).to.match(/^2\b/);
    expect(item(el, '51')!.querySelector('.count')!.textContent).to.match(/^0\b/);
    el.showEmpty = true;
    await el.updateComplete;
    expect(item(el, '63')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('renders again only when the selected codes change, not for a copy of the same codes', async () => {
    const el = await fixture<EtalaseRegionFilter>(
      html`<etalase-region-filter
        .regions=${tree(PRODUCTS)}
        .value=${['62.71']}
      ></etalase-region-filter>`,
    );
    const row = item(el, '62.71')!;
    el.value = ['62.71'];
    expect(el.isUpdatePending).to.equal(false);
    el.value = ['62.71', '62.71.01'];
    expect(el.isUpdatePending).to.equal(true);
    await el.updateComplete;
    expect(item(el, '62.71.01')!.getAttribute('aria-selected')).to.equal('true');
    el.value = ['62.71.01'];
    await el.updateComplete;
    expect(item(el, '62.71')).to.equal(row);
    expect(row.getAttribute('aria-selected')).to.equal('false');
  });

  it('fires no event when value is set programmatically, and reveals the chosen region', async () => {
    const el = await fixture<EtalaseRegionFilter>(
      html`<etalase-region-filter .regions=${tree(PRODUCTS)}></etalase-region-filter>`,
    );
    let fired = 0;
    el.addEventListener('etalase-filter-change', () => fired++);
    el.value = ['62.71.01'];
    await el.updateComplete;
    el.value = [];
    await el.updateComplete;
    el.value = ['62.71.01'];
    await el.updateComplete;
    expect(fired).to.equal(0);
    expect(item(el, '62.71.01')!.getAttribute('aria-selected')).to.equal('true');
    expect(el.shadowRoot!.querySelector('.chip')!.textContent).to.contain(
      getBuiltinRegion('62.71.01')!.name,
    );
  });

  it('collapses into a disclosure button in a narrow container, usable by keyboard', async () => {
    const wrapper = await fixture(
      html`<div style="width: 220px">
        <etalase-region-filter lang="en" .regions=${tree(PRODUCTS)}></etalase-region-filter>
      </div>`,
    );
    const el = wrapper.querySelector<EtalaseRegionFilter>('etalase-region-filter')!;
    await el.updateComplete;
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!;
    const panel = el.shadowRoot!.querySelector<HTMLElement>('.panel')!;
    expect(getComputedStyle(toggle).display).to.not.equal('none');
    expect(getComputedStyle(panel).display).to.equal('none');
    expect(toggle.textContent).to.contain('Region: All regions');
    expect(toggle.getBoundingClientRect().height).to.be.at.least(24);
    await expect(el).to.be.accessible();
    toggle.focus();
    await press(el, 'Enter');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(panel).display).to.not.equal('none');
    await press(el, 'Tab');
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    expect(toggle.textContent).to.contain('Region: ');
    expect(toggle.textContent).to.not.contain('All regions');
    await expect(el).to.be.accessible();
  });

  it('renders only expanded nodes of a national tree', async () => {
    const { builtinRegions } = await import('../../src/model/regions/index.js');
    const leaves = Object.fromEntries(
      builtinRegions()
        .filter((r) => r.level === 'district')
        .map((r) => [r.code, 1]),
    );
    const regions = tree(leaves);
    const el = await fixture<EtalaseRegionFilter>(
      html`<etalase-region-filter theme="dark" .regions=${regions}></etalase-region-filter>`,
    );
    expect(items(el)).to.have.length(38);
    item(el, '62')!.querySelector<HTMLElement>('.twisty')!.click();
    await el.updateComplete;
    expect(items(el).length).to.equal(38 + regions.find((r) => r.code === '62')!.children.length);
    await expect(el).to.be.accessible();
  });
});

describe('etalase-region-filter counts under combined filters match the query engine', () => {
  let engine: QueryEngine;
  let roots: RegionNode[];
  before(async () => {
    const { feed } = parseFeed(generateFeed({ products: 1500, seed: 7 }));
    engine = createQueryEngine(feed!);
    roots = (await loadRegionIndex(feed!)).roots;
  });

  const states: FilterState[] = [
    { category: ['kuliner'] },
    { certification: ['halal'], availability: ['in_stock'], priceMax: 150000 },
    { q: 'rotan', bulk: true },
  ];
  for (const state of states) {
    it(`state ${JSON.stringify(state)}`, async () => {
      const el = await fixture<EtalaseRegionFilter>(
        html`<etalase-region-filter
          .regions=${roots}
          .counts=${engine.facets(state).region}
        ></etalase-region-filter>`,
      );
      el.expandAll();
      await el.updateComplete;
      const rows = items(el);
      expect(rows.length).to.be.greaterThan(50);
      for (const row of rows) {
        const code = row.dataset['code']!;
        // The count beside a region = products if that region were chosen, all else equal.
        const shown = Number(
          /^[\d.,]+/.exec(row.querySelector('.count')!.textContent!.trim())![0].replace(/\D/g, ''),
        );
        expect(shown, code).to.equal(engine.query({ ...state, region: [code] }).total);
      }
    });
  }
});

describe('etalase-region-filter stories', () => {
  itRendersEveryStoryAccessibly(stories, 'etalase-region-filter');
});
