import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/facets/facets.js';
import type { EtalaseFacets } from '../../src/elements/facets/facets.component.js';
import type { EtalaseFilterChangeEvent } from '../../src/elements/events/filter-change.js';
import type { Facets, FilterState } from '../../src/feed/types.js';
import { createQueryEngine, type QueryEngine } from '../../src/feed/index.js';
import { parseFeed } from '../../src/model/parse.js';
import { generateFeed } from '../../test/fixtures/generate-feed.js';

import * as stories from '../../stories/facets.stories.js';
import { itRendersEveryStoryAccessibly } from './story-helpers.js';

const FACETS: Facets = {
  region: {},
  category: { kuliner: 40, kriya: 12, wastra: 9, minuman: 7, herbal: 5, fesyen: 3, dekorasi: 2 },
  certification: { halal: 30, pirt: 18, bpom: 0 },
  availability: { in_stock: 50, made_to_order: 20 },
  tags: {},
  materials: {},
  flagship: 11,
  bulk: 25,
  custom: 0,
  exportReady: 0,
  priceRange: { min: 5000, max: 2500000 },
};

const $ = <T extends Element>(el: EtalaseFacets, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const options = (el: EtalaseFacets, group: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLInputElement>(`.group-${group} input[type="checkbox"]`),
];
const countOf = (input: HTMLInputElement) =>
  Number(
    /^[\d.,]+/
      .exec(input.closest('label')!.querySelector('.count')!.textContent!.trim())![0]
      .replace(/\D/g, ''),
  );

function record(el: EtalaseFacets): FilterState[] {
  const events: FilterState[] = [];
  el.addEventListener('etalase-filter-change', (e) =>
    events.push((e as EtalaseFilterChangeEvent<FilterState>).filter),
  );
  return events;
}

describe('etalase-facets', () => {
  it('shows a loading state until facets arrive', async () => {
    const el = await fixture<EtalaseFacets>(html`<etalase-facets></etalase-facets>`);
    expect($(el, '[role="status"]').textContent).to.contain('Memuat filter');
    await expect(el).to.be.accessible();
  });

  it('shows its first groups in the task that got the counts, the rest in the next, without moving them', async () => {
    const el = document.createElement('etalase-facets') as EtalaseFacets;
    el.facets = FACETS;
    document.body.append(el);
    // Microtasks only: the first task's render.
    for (let i = 0; i < 10 && !el.shadowRoot?.querySelector('fieldset'); i++)
      await Promise.resolve();
    const groups = () => [...el.shadowRoot!.querySelectorAll('fieldset')];
    const first = groups();
    expect(first.map((group) => group.className)).to.deep.equal([
      'group-category',
      'group-certification',
    ]);
    expect(el.shadowRoot!.querySelector('.clear')).to.equal(null);
    const tops = first.map((group) => group.getBoundingClientRect().top);
    await el.updateComplete;
    const all = groups();
    expect(all.length).to.be.greaterThan(4);
    expect(all.slice(0, 2)).to.deep.equal(first);
    expect(first.map((group) => group.getBoundingClientRect().top)).to.deep.equal(tops);
    expect($(el, '.clear')).to.exist;
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('keeps the row of each value when new counts reorder them (keyed, not rebuilt by position)', async () => {
    const el = await fixture<EtalaseFacets>(
      html`<etalase-facets .facets=${FACETS}></etalase-facets>`,
    );
    const rowOf = (value: string) =>
      options(el, 'category')
        .find((i) => i.dataset['value'] === value)!
        .closest('li')!;
    const kriya = rowOf('kriya');
    const kuliner = rowOf('kuliner');
    el.facets = { ...FACETS, category: { ...FACETS.category, kriya: 90 } };
    await el.updateComplete;
    expect(options(el, 'category')[0]!.dataset['value']).to.equal('kriya');
    expect(rowOf('kriya')).to.equal(kriya);
    expect(rowOf('kuliner')).to.equal(kuliner);
    expect(countOf(options(el, 'category')[0]!)).to.equal(90);
  });

  it('shows the top values by count with "show more", and zero counts disabled', async () => {
    const el = await fixture<EtalaseFacets>(
      html`<etalase-facets .facets=${FACETS}></etalase-facets>`,
    );
    const categories = options(el, 'category');
    expect(categories.map((i) => i.dataset['value'])).to.deep.equal([
      'kuliner',
      'kriya',
      'wastra',
      'minuman',
      'herbal',
    ]);
    expect(countOf(categories[0]!)).to.equal(40);
    const more = $<HTMLButtonElement>(el, '.group-category .more');
    expect(more.textContent).to.contain('Tampilkan lainnya (2)');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    const bpom = options(el, 'certification').find((i) => i.dataset['value'] === 'bpom')!;
    expect(bpom.disabled).to.equal(true);
    expect($<HTMLInputElement>(el, 'input[data-value="custom"]').disabled).to.equal(true);
    await expect(el).to.be.accessible();
    more.click();
    await el.updateComplete;
    expect(options(el, 'category')).to.have.length(7);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('can be used by keyboard alone and fires exact partial states', async () => {
    const el = await fixture<EtalaseFacets>(
      html`<etalase-facets .facets=${FACETS}></etalase-facets>`,
    );
    const events = record(el);
    options(el, 'category')[0]!.focus();
    await sendKeys({ press: 'Space' });
    expect(events.at(-1)).to.deep.equal({ category: ['kuliner'] });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    expect(events.at(-1)).to.deep.equal({ category: ['kuliner', 'kriya'] });
    await sendKeys({ press: 'Space' });
    expect(events.at(-1)).to.deep.equal({ category: ['kuliner'] });
    // Price: typed digits are grouped as they come; committed with Enter.
    const min = $<HTMLInputElement>(el, 'input[data-bound="min"]');
    min.focus();
    await sendKeys({ type: '50000' });
    expect(min.value).to.equal('50.000');
    await sendKeys({ press: 'Enter' });
    expect(events.at(-1)).to.deep.equal({ priceMin: 50000, priceMax: undefined });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1,5 jt' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(events.at(-1)).to.deep.equal({ priceMin: 50000, priceMax: 1500000 });
    expect($<HTMLInputElement>(el, 'input[data-bound="max"]').value).to.equal('1.500.000');
    // The switch for flagship products.
    const flagship = $<HTMLInputElement>(el, 'input[data-value="flagship"]');
    expect(flagship.getAttribute('role')).to.equal('switch');
    flagship.focus();
    await sendKeys({ press: 'Space' });
    expect(events.at(-1)).to.deep.equal({ flagship: true });
    await sendKeys({ press: 'Space' });
    expect(events.at(-1)).to.deep.equal({ flagship: undefined });
    // Lead time.
    const select = $<HTMLSelectElement>(el, 'select');
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(events.at(-1)).to.deep.equal({ maxLeadTimeDays: 3 });
    await expect(el).to.be.accessible();
    // Clear all.
    $<HTMLButtonElement>(el, '.clear').focus();
    await sendKeys({ press: 'Enter' });
    expect(events.at(-1)).to.deep.equal({
      category: undefined,
      certification: undefined,
      materials: undefined,
      tags: undefined,
      availability: undefined,
      priceMin: undefined,
      priceMax: undefined,
      flagship: undefined,
      bulk: undefined,
      custom: undefined,
      exportReady: undefined,
      maxLeadTimeDays: undefined,
    });
    await el.updateComplete;
    expect(options(el, 'category').some((i) => i.checked)).to.equal(false);
    expect($<HTMLButtonElement>(el, '.clear').disabled).to.equal(true);
  });

  it('offers "Siap ekspor / Export-ready" only when some product is export-ready', async () => {
    const el = await fixture<EtalaseFacets>(
      html`<etalase-facets .facets=${FACETS}></etalase-facets>`,
    );
    expect(el.shadowRoot!.querySelector('input[data-value="exportReady"]')).to.equal(null);
    el.facets = { ...FACETS, exportReady: 4 };
    await el.updateComplete;
    const events = record(el);
    const toggle = $<HTMLInputElement>(el, 'input[data-value="exportReady"]');
    expect(toggle.closest('label')!.textContent!.replace(/\s+/g, ' ')).to.contain('Siap ekspor');
    expect(countOf(toggle)).to.equal(4);
    toggle.click();
    expect(events.at(-1)).to.deep.equal({ exportReady: true });
    el.lang = 'en';
    await el.updateComplete;
    expect(toggle.closest('label')!.textContent).to.contain('Export-ready');
    await expect(el).to.be.accessible();
  });

  it('renders again only when a facet field of the value changes (not for a region or a page)', async () => {
    const el = await fixture<EtalaseFacets>(
      html`<etalase-facets .facets=${FACETS} .value=${{ category: ['kuliner'] }}></etalase-facets>`,
    );
    // The host passes a new state object on each change: another region or page leaves the facets.
    el.value = { category: ['kuliner'], region: ['62.71'], page: 2 };
    expect(el.isUpdatePending).to.equal(false);
    // The same list with another value in it (the host's own copy, changed) is a change.
    el.value = { category: ['kuliner', 'kriya'], region: ['62.71'] };
    expect(el.isUpdatePending).to.equal(true);
    await el.updateComplete;
    const checked = options(el, 'category').filter((i) => i.checked);
    expect(checked.map((i) => i.dataset['value'])).to.deep.equal(['kuliner', 'kriya']);
    el.value = { category: ['kuliner', 'kriya'], priceMin: 10000 };
    expect(el.isUpdatePending).to.equal(true);
    await el.updateComplete;
    expect($<HTMLInputElement>(el, 'input[data-bound="min"]').value).to.equal('10.000');
  });

  it('fires nothing on programmatic change, and reflects the value', async () => {
    const el = await fixture<EtalaseFacets>(
      html`<etalase-facets lang="en" theme="dark" .facets=${FACETS}></etalase-facets>`,
    );
    const events = record(el);
    el.value = {
      category: ['fesyen'],
      certification: ['bpom'],
      priceMax: 200000,
      bulk: true,
      maxLeadTimeDays: 14,
    };
    await el.updateComplete;
    expect(events).to.have.length(0);
    // A selected value stays visible (beyond the top five) and enabled even with a zero count.
    const fesyen = options(el, 'category').find((i) => i.dataset['value'] === 'fesyen')!;
    expect(fesyen.checked).to.equal(true);
    const bpom = options(el, 'certification').find((i) => i.dataset['value'] === 'bpom')!;
    expect(bpom.checked && !bpom.disabled).to.equal(true);
    expect($<HTMLInputElement>(el, 'input[data-bound="max"]').value).to.equal('200.000');
    expect($<HTMLSelectElement>(el, 'select').value).to.equal('14');
    expect($(el, 'legend').textContent).to.equal('Category');
    await expect(el).to.be.accessible();
  });

  describe('counts under combined filters match the query engine', () => {
    let engine: QueryEngine;
    before(() => {
      const { feed } = parseFeed(generateFeed({ products: 1500, seed: 7 }));
      engine = createQueryEngine(feed!);
    });

    const states: FilterState[] = [
      {},
      { certification: ['halal'], flagship: true },
      { category: ['kuliner', 'minuman'], availability: ['in_stock'], priceMax: 100000 },
      { q: 'kopi', bulk: true, maxLeadTimeDays: 7 },
    ];
    for (const state of states) {
      it(`state ${JSON.stringify(state)}`, async () => {
        const el = await fixture<EtalaseFacets>(
          html`<etalase-facets
            limit="100"
            .facets=${engine.facets(state)}
            .value=${state}
          ></etalase-facets>`,
        );
        let checked = 0;
        for (const group of ['category', 'certification', 'availability'] as const) {
          for (const input of options(el, group)) {
            // The count next to a value = products if that value alone were chosen in its group.
            const expected = engine.query({ ...state, [group]: [input.dataset['value']!] }).total;
            expect(countOf(input), `${group}=${input.dataset['value']}`).to.equal(expected);
            checked++;
          }
        }
        for (const toggle of ['flagship', 'bulk', 'custom', 'exportReady'] as const) {
          const input = $<HTMLInputElement>(el, `input[data-value="${toggle}"]`);
          expect(countOf(input), toggle).to.equal(engine.query({ ...state, [toggle]: true }).total);
        }
        expect(checked).to.be.greaterThan(3);
      });
    }
  });
});

describe('etalase-facets: tags and materials', () => {
  const many = Object.fromEntries(
    Array.from({ length: 14 }, (_, i) => [`label-${String(i + 1).padStart(2, '0')}`, 20 - i]),
  );
  const withTags: Facets = { ...FACETS, tags: many, materials: { rotan: 5, purun: 3 } };

  it('shows material and tag groups with names, top values and "show more"', async () => {
    const el = await fixture<EtalaseFacets>(
      html`<etalase-facets
        .facets=${withTags}
        .materials=${{ rotan: { id: 'Rotan', en: 'Rattan' } }}
        lang="en"
      ></etalase-facets>`,
    );
    const materials = options(el, 'materials');
    expect(
      materials.map((i) => i.closest('label')!.textContent!.replace(/\s+/g, ' ').trim()),
    ).to.deep.equal(['Rattan 5 products', 'purun 3 products']);
    expect(options(el, 'tags')).to.have.length(5);
    expect($(el, '.group-tags .more').textContent).to.contain('Show more (9)');
    const events = record(el);
    materials[0]!.click();
    expect(events.at(-1)).to.deep.equal({ materials: ['rotan'] });
    await expect(el).to.be.accessible();
  });

  it('finds a value by name in a long group, keeping selected ones', async () => {
    const el = await fixture<EtalaseFacets>(
      html`<etalase-facets .facets=${withTags} .value=${{ tags: ['label-01'] }}></etalase-facets>`,
    );
    expect($(el, '.group-materials .find')).to.equal(null);
    const find = $<HTMLInputElement>(el, '.group-tags .find');
    expect(find.getAttribute('aria-label')).to.equal('Cari label');
    find.focus();
    await sendKeys({ type: '13' });
    await el.updateComplete;
    expect(options(el, 'tags').map((i) => i.dataset['value'])).to.deep.equal([
      'label-01',
      'label-13',
    ]);
    await sendKeys({ type: 'zz' });
    await el.updateComplete;
    expect($(el, '.group-tags [role="status"]').textContent).to.contain('Tidak ada yang cocok');
    await expect(el).to.be.accessible();
  });
});

describe('etalase-facets stories', function () {
  // The loaders build query engines over synthetic feeds (cached per size): slow on a busy machine.
  this.timeout(60000);
  itRendersEveryStoryAccessibly(stories, 'etalase-facets');
});
