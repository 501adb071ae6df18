import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/showcase/showcase.js';
import type { EtalaseShowcase } from '../../src/elements/showcase/showcase.component.js';

const SAMPLE = '/demo/data/produk-unggulan.json';
/** A product whose producer sits in a district (62.71.02, Kota Palangka Raya). */
const DISTRICT_PRODUCT = 'tas-rotan-manjawet';

const shadow = (element: Element | null | undefined, selector: string) =>
  element?.shadowRoot?.querySelector(selector) ?? null;

const cards = (showcase: EtalaseShowcase): Element[] => [
  ...(shadow(showcase, 'etalase-product-grid')?.shadowRoot?.querySelectorAll(
    'etalase-product-card',
  ) ?? []),
];

async function loaded(showcase: EtalaseShowcase): Promise<void> {
  await waitUntil(() => cards(showcase).length > 0, 'cards appear', { timeout: 8000 });
}

/** The focused element, looking through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const openDialog = (showcase: EtalaseShowcase) =>
  shadow(shadow(showcase, 'etalase-product-detail'), 'dialog[open]');

describe('etalase-showcase for visitors', () => {
  afterEach(() => {
    history.replaceState(null, '', location.pathname);
  });

  // First in this file: district names are not loaded yet when the deep link opens.
  it('a deep-linked product names its region, never a raw code such as 62.71.02', async () => {
    history.replaceState(null, '', `${location.pathname}?produk=${DISTRICT_PRODUCT}`);
    const showcase = await fixture<EtalaseShowcase>(
      html`<etalase-showcase src=${SAMPLE} sync-url></etalase-showcase>`,
    );
    await waitUntil(() => openDialog(showcase), 'the product opens', { timeout: 8000 });
    const text = openDialog(showcase)!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Tas Anyaman Rotan Manjawet');
    expect(text).not.to.contain('62.71');
    expect(text).to.match(/Wilayah (Bukit Batu|Kota Palangka ?Raya)/);
  });

  it('opening a product with sync-url names it in the page title; closing restores the title', async () => {
    document.title = 'Produk Unggulan — Pemprov Kalteng';
    const showcase = await fixture<EtalaseShowcase>(
      html`<etalase-showcase src=${SAMPLE} sync-url></etalase-showcase>`,
    );
    await loaded(showcase);
    const card = cards(showcase)[0]!;
    const name = shadow(card, '.name')!.textContent!.trim();
    (shadow(card, 'button.select') as HTMLButtonElement).click();
    await waitUntil(() => openDialog(showcase), 'dialog opens');
    expect(document.title).to.equal(`${name} — Produk Unggulan — Pemprov Kalteng`);
    (shadow(shadow(showcase, 'etalase-product-detail'), 'dialog') as HTMLDialogElement).close();
    await waitUntil(() => document.title === 'Produk Unggulan — Pemprov Kalteng', 'title back');
  });

  it('without sync-url the page title is left alone', async () => {
    document.title = 'Halaman pemda';
    const showcase = await fixture<EtalaseShowcase>(
      html`<etalase-showcase src=${SAMPLE}></etalase-showcase>`,
    );
    await loaded(showcase);
    (shadow(cards(showcase)[0], 'button.select') as HTMLButtonElement).click();
    await waitUntil(() => openDialog(showcase), 'dialog opens');
    expect(document.title).to.equal('Halaman pemda');
  });

  it('the view buttons have distinct icons and names, also when only icons show', async () => {
    const wide = await fixture<HTMLDivElement>(
      html`<div style="width: 960px"><etalase-showcase src=${SAMPLE}></etalase-showcase></div>`,
    );
    const showcase = wide.firstElementChild as EtalaseShowcase;
    await loaded(showcase);
    const buttons = [...showcase.shadowRoot!.querySelectorAll('.views button')];
    expect(buttons.map((button) => button.textContent!.trim())).to.deep.equal([
      'Daftar',
      'Peta',
      'Daftar dan peta',
      // The sample feed has outlets: the expos & galleries view is offered too.
      'Pameran & galeri',
    ]);
    const icons = buttons.map((button) => button.querySelector('svg')!.innerHTML);
    expect(new Set(icons).size).to.equal(4);
    await expect(showcase).to.be.accessible();
    // Phone: "list + map" would show the list only, so it is not offered (the list button is
    // pressed instead); the labels are visually hidden, the buttons stay named (and get a tooltip).
    const narrow = await fixture<HTMLDivElement>(
      html`<div style="width: 360px">
        <etalase-showcase src=${SAMPLE} view="split"></etalase-showcase>
      </div>`,
    );
    const phone = narrow.firstElementChild as EtalaseShowcase;
    await loaded(phone);
    const shownButtons = () =>
      [...phone.shadowRoot!.querySelectorAll<HTMLElement>('.views button')].filter(
        (button) => button.getClientRects().length > 0,
      );
    await waitUntil(
      () => shownButtons()[0]!.getAttribute('aria-pressed') === 'true',
      'phone shows the list',
    );
    const phoneButtons = shownButtons();
    expect(phoneButtons.map((button) => button.getAttribute('title'))).to.deep.equal([
      'Daftar',
      'Peta',
      'Pameran & galeri',
    ]);
    expect(phoneButtons[0]!.getAttribute('aria-pressed')).to.equal('true');
    const label = phoneButtons[1]!.querySelector('span')!;
    expect(label.getBoundingClientRect().width).to.be.at.most(1);
    // The hidden button cannot be reached by keyboard.
    const split = phone.shadowRoot!.querySelector<HTMLButtonElement>('.views .split')!;
    split.focus();
    expect(phone.shadowRoot!.activeElement).not.to.equal(split);
    await expect(phone).to.be.accessible();
  });

  it('"Langsung ke produk" is the first tab stop and takes the keyboard to the first card', async () => {
    const showcase = await fixture<EtalaseShowcase>(
      html`<etalase-showcase src=${SAMPLE}></etalase-showcase>`,
    );
    await loaded(showcase);
    const skip = shadow(showcase, 'a.skip') as HTMLAnchorElement;
    expect(skip.textContent!.trim()).to.equal('Langsung ke produk');
    expect(skip.getBoundingClientRect().width).to.be.at.most(1);
    const before = document.createElement('button');
    showcase.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(skip);
    expect(skip.getBoundingClientRect().width).to.be.greaterThan(50);
    await sendKeys({ press: 'Enter' });
    const first = cards(showcase)[0]!;
    await waitUntil(() => first.shadowRoot!.contains(deepActive()), 'the first card has focus');
    before.remove();
  });

  it('on a phone the filter panel ends with "Tampilkan N produk", which returns to the results', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 360px">
        <etalase-showcase src=${SAMPLE} lang="id"></etalase-showcase>
      </div>`,
    );
    const showcase = wrapper.querySelector('etalase-showcase') as EtalaseShowcase;
    await loaded(showcase);
    (shadow(showcase, '.filters-toggle') as HTMLButtonElement).click();
    await waitUntil(() => shadow(showcase, '.show-results'), 'the button shows');
    const filters = shadow(showcase, '.filters')!;
    const show = shadow(showcase, '.show-results') as HTMLButtonElement;
    expect(filters.lastElementChild).to.equal(show);
    expect(show.textContent!.trim()).to.equal('Tampilkan 55 produk');
    await expect(showcase).to.be.accessible();
    show.click();
    await waitUntil(() => getComputedStyle(filters).display === 'none', 'the panel closes');
    await waitUntil(() => cards(showcase)[0]!.shadowRoot!.contains(deepActive()), 'focus on card');
  });

  it('speaks English: "Skip to products" and "Show 55 products"', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 360px">
        <etalase-showcase src=${SAMPLE} lang="en"></etalase-showcase>
      </div>`,
    );
    const showcase = wrapper.querySelector('etalase-showcase') as EtalaseShowcase;
    await loaded(showcase);
    expect(shadow(showcase, 'a.skip')!.textContent!.trim()).to.equal('Skip to products');
    (shadow(showcase, '.filters-toggle') as HTMLButtonElement).click();
    await waitUntil(() => shadow(showcase, '.show-results'), 'the button shows');
    expect(shadow(showcase, '.show-results')!.textContent!.trim()).to.equal('Show 55 products');
  });
});
