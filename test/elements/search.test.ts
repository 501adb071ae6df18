import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/search/search.js';
import {
  toSuggestions,
  type EtalaseSearch,
  type Suggestion,
} from '../../src/elements/search/search.js';
import type { EtalaseFilterChangeEvent } from '../../src/elements/events/filter-change.js';
import type { EtalaseProductSelectEvent } from '../../src/elements/events/product-select.js';
import type { FilterState } from '../../src/feed/types.js';
import { createQueryEngine } from '../../src/feed/index.js';
import { parseFeed } from '../../src/model/parse.js';
import { generateFeed } from '../../test/fixtures/generate-feed.js';

import * as stories from '../../stories/search.stories.js';
import { itRendersEveryStoryAccessibly } from './story-helpers.js';

const SUGGESTIONS: Suggestion[] = [
  { kind: 'category', id: 'minuman', label: 'Minuman', detail: '12 produk' },
  { kind: 'product', id: 'p-1', label: 'Kopi Liberika', detail: 'Kopi Dayak' },
  { kind: 'producer', id: 'u-1', label: 'Kopi Dayak', detail: 'Kota Palangkaraya' },
  { kind: 'product', id: 'p-2', label: 'Kopi Bubuk Robusta' },
];
const suggest = (text: string) =>
  SUGGESTIONS.filter((s) => s.label.toLowerCase().includes(text.trim().toLowerCase()));

const $ = <T extends Element>(el: EtalaseSearch, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const input = (el: EtalaseSearch) => $<HTMLInputElement>(el, 'input')!;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Waits out the debounce (and an async `suggest`). */
const settle = async (el: EtalaseSearch) => {
  await wait(el.debounce + 30);
  await el.updateComplete;
};

function record(el: EtalaseSearch) {
  const filters: FilterState[] = [];
  const products: string[] = [];
  el.addEventListener('etalase-filter-change', (e) =>
    filters.push((e as EtalaseFilterChangeEvent<FilterState>).filter),
  );
  el.addEventListener('etalase-product-select', (e) =>
    products.push((e as EtalaseProductSelectEvent).productId),
  );
  return { filters, products };
}

describe('etalase-search', () => {
  it('is a labelled combobox with an Indonesian placeholder', async () => {
    const el = await fixture<EtalaseSearch>(html`<etalase-search></etalase-search>`);
    const box = input(el);
    expect(box.getAttribute('role')).to.equal('combobox');
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(box.getAttribute('aria-controls')).to.equal('listbox');
    expect(box.getAttribute('aria-label')).to.equal('Cari produk');
    expect(box.placeholder).to.contain('Cari produk');
    await expect(el).to.be.accessible();
  });

  it('can be used by keyboard alone: type, browse grouped suggestions, choose, Escape', async () => {
    const el = await fixture<EtalaseSearch>(
      html`<etalase-search .suggest=${suggest}></etalase-search>`,
    );
    const { filters, products } = record(el);
    input(el).focus();
    await sendKeys({ type: 'kopi' });
    await settle(el);
    expect(filters.at(-1)).to.deep.equal({ q: 'kopi' });
    const box = input(el);
    expect(box.getAttribute('aria-expanded')).to.equal('true');
    // Grouped: products first, then producers.
    const groups = [...el.shadowRoot!.querySelectorAll('[role="group"]')];
    expect(groups.map((g) => g.querySelector('.group-label')!.textContent!.trim())).to.deep.equal([
      'Produk',
      'Pelaku usaha',
    ]);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(box.getAttribute('aria-activedescendant')).to.equal('option-0');
    expect($(el, '#option-0')!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect($(el, '#option-2')!.textContent).to.contain('Kopi Dayak');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(products).to.deep.equal(['p-1']);
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(box.value).to.equal('kopi');
    // Escape: the list is closed already, so it clears.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(box.value).to.equal('');
    expect(filters.at(-1)).to.deep.equal({ q: undefined });
  });

  it('closes the list on the first Escape and clears on the second', async () => {
    const el = await fixture<EtalaseSearch>(
      html`<etalase-search .suggest=${suggest}></etalase-search>`,
    );
    const { filters } = record(el);
    input(el).focus();
    await sendKeys({ type: 'kopi' });
    await settle(el);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(input(el).value).to.equal('kopi');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input(el).value).to.equal('');
    expect(filters).to.deep.equal([{ q: 'kopi' }, { q: undefined }]);
  });

  it('chooses a category or producer as a filter, by Enter or click', async () => {
    const el = await fixture<EtalaseSearch>(
      html`<etalase-search lang="en" .suggest=${suggest}></etalase-search>`,
    );
    const { filters } = record(el);
    input(el).focus();
    await sendKeys({ type: 'minum' });
    await settle(el);
    expect($(el, '.group-label')!.textContent!.trim()).to.equal('Categories');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(filters.at(-1)).to.deep.equal({ q: undefined, category: ['minuman'] });
    expect(input(el).value).to.equal('');
    await sendKeys({ type: 'dayak' });
    await settle(el);
    $<HTMLElement>(el, '[role="option"]')!.click();
    expect(filters.at(-1)).to.deep.equal({ q: undefined, producer: 'u-1' });
  });

  it('waits for a pause in typing before searching', async () => {
    const el = await fixture<EtalaseSearch>(
      html`<etalase-search debounce="60000" .suggest=${suggest}></etalase-search>`,
    );
    const { filters } = record(el);
    input(el).focus();
    await sendKeys({ type: 'kopi' });
    await el.updateComplete;
    expect(filters).to.have.length(0);
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    expect(filters).to.deep.equal([{ q: 'kopi' }]);
  });

  it('hands focus and each keystroke to `prefetch` at once, and still searches once after the pause', async () => {
    const typed: string[] = [];
    const el = await fixture<EtalaseSearch>(
      html`<etalase-search
        debounce="300"
        .prefetch=${(text: string) => typed.push(text)}
      ></etalase-search>`,
    );
    const { filters } = record(el);
    input(el).focus();
    await sendKeys({ type: 'tas r' });
    // Focus first (nothing typed: a shard set fetches its list of text chunks), then each keystroke.
    expect(typed).to.deep.equal(['', 't', 'ta', 'tas', 'tas ', 'tas r']);
    expect(filters, 'no search before the pause').to.have.length(0);
    await settle(el);
    expect(filters).to.deep.equal([{ q: 'tas r' }]);
  });

  it('keeps what the visitor typed on when the host echoes the words it sent', async () => {
    const el = await fixture<EtalaseSearch>(html`<etalase-search debounce="50"></etalase-search>`);
    const { filters } = record(el);
    input(el).focus();
    await sendKeys({ type: 'kopi' });
    await settle(el);
    expect(filters).to.deep.equal([{ q: 'kopi' }]);
    await sendKeys({ type: ' ' });
    // A slow host answers the first search after the space was typed: `filter.q` is trimmed.
    el.value = 'kopi';
    await el.updateComplete;
    await sendKeys({ type: 'teh' });
    expect(input(el).value).to.equal('kopi teh');
    await settle(el);
    expect(filters).to.deep.equal([{ q: 'kopi' }, { q: 'kopi teh' }]);
    // Other words from the host replace the text.
    el.value = 'madu';
    await el.updateComplete;
    expect(input(el).value).to.equal('madu');
  });

  it('submits at once on Enter and clears with the clear button', async () => {
    const el = await fixture<EtalaseSearch>(html`<etalase-search></etalase-search>`);
    const { filters } = record(el);
    input(el).focus();
    await sendKeys({ type: 'tas rotan ' });
    await sendKeys({ press: 'Enter' });
    expect(filters).to.deep.equal([{ q: 'tas rotan' }]);
    await settle(el);
    expect(filters).to.have.length(1); // the pending debounce does not repeat it
    await sendKeys({ press: 'Tab' });
    const clear = $<HTMLButtonElement>(el, '.clear')!;
    expect(el.shadowRoot!.activeElement).to.equal(clear);
    expect(clear.getBoundingClientRect().width).to.be.at.least(24);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(filters.at(-1)).to.deep.equal({ q: undefined });
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    await expect(el).to.be.accessible();
  });

  it('fires nothing when value or suggestions are set programmatically', async () => {
    const el = await fixture<EtalaseSearch>(html`<etalase-search theme="dark"></etalase-search>`);
    const { filters, products } = record(el);
    el.value = 'batik';
    el.suggestions = SUGGESTIONS;
    await el.updateComplete;
    await settle(el);
    expect(input(el).value).to.equal('batik');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(filters).to.have.length(0);
    expect(products).to.have.length(0);
    // Escape clears a host-set value and reports it, as it is the visitor's action.
    input(el).focus();
    await sendKeys({ press: 'Escape' });
    expect(filters).to.deep.equal([{ q: undefined }]);
    await expect(el).to.be.accessible();
  });

  it('opens host suggestions that arrive after the filter change', async () => {
    const el = await fixture<EtalaseSearch>(html`<etalase-search></etalase-search>`);
    el.addEventListener('etalase-filter-change', (e) => {
      const q = (e as EtalaseFilterChangeEvent<FilterState>).filter.q ?? '';
      setTimeout(() => (el.suggestions = suggest(q)), 20);
    });
    input(el).focus();
    await sendKeys({ type: 'kopi' });
    await settle(el);
    await wait(40);
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.querySelectorAll('[role="option"]')).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('shows the query engine suggestions through toSuggestions', async () => {
    const { feed } = parseFeed(generateFeed({ products: 400, seed: 3 }));
    const engine = createQueryEngine(feed!);
    const el = await fixture<EtalaseSearch>(
      html`<etalase-search
        .suggest=${(text: string) => toSuggestions(engine.suggest(text), 'id')}
      ></etalase-search>`,
    );
    const word = engine.query({}).hits[0]!.product.name;
    const first = (typeof word === 'string' ? word : word['id']!).split(' ')[0]!;
    input(el).focus();
    await sendKeys({ type: first.toLowerCase() });
    await settle(el);
    const expected = engine.suggest(first.toLowerCase());
    const options = [...el.shadowRoot!.querySelectorAll('[role="option"]')];
    expect(options).to.have.length(
      expected.products.length +
        expected.producers.length +
        expected.categories.length +
        Math.min(1, expected.places.length) +
        (expected.didYouMean ? 1 : 0),
    );
    expect(options.length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });
});

describe('etalase-search: corrections, places and marked words (sample feed)', () => {
  let engine: ReturnType<typeof createQueryEngine>;
  before(async () => {
    const { feed } = parseFeed(await (await fetch('/demo/data/produk-unggulan.json')).json());
    engine = createQueryEngine(feed!);
  });
  const open = () =>
    fixture<EtalaseSearch>(
      html`<etalase-search
        .suggest=${(text: string) => toSuggestions(engine.suggest(text), 'id')}
      ></etalase-search>`,
    );

  it('offers the corrected words first, and chooses them with the keyboard', async () => {
    const el = await open();
    const { filters } = record(el);
    input(el).focus();
    await sendKeys({ type: 'ampalng' });
    await settle(el);
    const options = [...el.shadowRoot!.querySelectorAll('[role="option"]')];
    expect(el.shadowRoot!.querySelector('#group-correction')!.textContent).to.contain(
      'Mungkin maksud Anda',
    );
    expect(options[0]!.textContent!.trim()).to.equal('amplang');
    // The products found despite the typo follow, their names' matching word marked.
    const marked = [...el.shadowRoot!.querySelectorAll('[role="option"] mark')];
    expect(marked.map((m) => m.textContent)).to.include('Amplang');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(input(el).value).to.equal('amplang');
    expect(filters.at(-1)).to.deep.equal({ q: 'amplang' });
  });

  it('offers the place the words name, keeping the other words', async () => {
    const el = await open();
    const { filters } = record(el);
    input(el).focus();
    await sendKeys({ type: 'kopi samarinda' });
    await settle(el);
    const place = el.shadowRoot!.querySelector<HTMLElement>(
      '[aria-labelledby="group-place"] [role="option"]',
    )!;
    expect(place.textContent).to.contain('Tampilkan produk dari Kota Samarinda');
    place.click();
    await el.updateComplete;
    expect(filters.at(-1)).to.deep.equal({ q: 'kopi', region: ['64.72'] });
    expect(input(el).value).to.equal('kopi');
  });
});

describe('etalase-search stories', () => {
  itRendersEveryStoryAccessibly(stories, 'etalase-search');
});
