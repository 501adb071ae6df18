import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/showcase/showcase.js';
import type { EtalaseShowcase } from '../../src/elements/showcase/showcase.component.js';
import type { EtalaseFilterChangeEvent } from '../../src/elements/events/index.js';
import type { FilterState } from '../../src/feed/types.js';

const SAMPLE = '/demo/data/produk-unggulan.json';

const inShadow = <T extends Element>(element: Element | null | undefined, selector: string) =>
  element?.shadowRoot?.querySelector<T>(selector) ?? null;
type LitElementLike = HTMLElement & { updateComplete: Promise<unknown> };
const grid = (showcase: EtalaseShowcase) =>
  inShadow<LitElementLike>(showcase, 'etalase-product-grid');
const cards = (showcase: EtalaseShowcase) => [
  ...(grid(showcase)?.shadowRoot?.querySelectorAll('etalase-product-card') ?? []),
];
const cardNames = (showcase: EtalaseShowcase) =>
  cards(showcase).map((card) => inShadow(card, '[part="name"]')!.textContent!.trim());
const chips = (showcase: EtalaseShowcase) => [
  ...showcase.shadowRoot!.querySelectorAll<HTMLButtonElement>('.chip'),
];
const sortSelect = (showcase: EtalaseShowcase) => inShadow<HTMLSelectElement>(showcase, 'select')!;

async function open(markup: ReturnType<typeof html>): Promise<EtalaseShowcase> {
  const showcase = await fixture<EtalaseShowcase>(markup);
  await waitUntil(() => cards(showcase).length > 0, 'cards appear', { timeout: 8000 });
  return showcase;
}

function record(showcase: EtalaseShowcase): FilterState[] {
  const events: FilterState[] = [];
  showcase.addEventListener('etalase-filter-change', (e) =>
    events.push((e as EtalaseFilterChangeEvent<FilterState>).filter),
  );
  return events;
}

describe('etalase-showcase: sort, chips, corrections and places', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('sorts by price from the sort control, and says so in the URL', async () => {
    const showcase = await open(html`<etalase-showcase src=${SAMPLE} sync-url></etalase-showcase>`);
    const events = record(showcase);
    const select = sortSelect(showcase);
    expect(select.selectedOptions[0]!.textContent!.trim()).to.equal('Unggulan');
    select.value = 'price-asc';
    select.dispatchEvent(new Event('change'));
    await showcase.updateComplete;
    await grid(showcase)!.updateComplete;
    expect(events.at(-1)!.sort).to.equal('price-asc');
    expect(location.search).to.contain('urut=termurah');
    // The cheapest product in the sample feed comes first.
    const feed = (await (await fetch(SAMPLE)).json()) as {
      products: { name: { id: string }; price?: { min?: number; max?: number } }[];
    };
    const low = (p: (typeof feed.products)[number]) => p.price?.min ?? p.price?.max ?? Infinity;
    const cheapest = [...feed.products].sort((a, b) => low(a) - low(b))[0]!;
    expect(cardNames(showcase)[0]).to.equal(cheapest.name.id);
    await expect(showcase).to.be.accessible();
  });

  it('honours ?urut= alone in the URL, and the view too', async () => {
    history.replaceState(null, '', `${location.pathname}?urut=termahal&tampilan=daftar`);
    const showcase = await open(
      html`<etalase-showcase src=${SAMPLE} view="split" sync-url></etalase-showcase>`,
    );
    expect(showcase.filter.sort).to.equal('price-desc');
    expect(showcase.view).to.equal('grid');
    expect(sortSelect(showcase).value).to.equal('price-desc');
  });

  it('writes a view the visitor chooses into the URL', async () => {
    const showcase = await open(html`<etalase-showcase src=${SAMPLE} sync-url></etalase-showcase>`);
    const mapButton = [
      ...showcase.shadowRoot!.querySelectorAll<HTMLButtonElement>('.views button'),
    ][1]!;
    mapButton.click();
    await showcase.updateComplete;
    expect(location.search).to.contain('tampilan=peta');
  });

  it('shows every active filter as a removable chip, with "clear all"', async () => {
    const showcase = await open(html`<etalase-showcase src=${SAMPLE}></etalase-showcase>`);
    showcase.filter = {
      region: ['64.72'],
      certification: ['halal'],
      tags: ['oleh-oleh'],
      materials: ['rotan'],
      priceMin: 10000,
      bulk: true,
      maxLeadTimeDays: 7,
    };
    await showcase.updateComplete;
    const labels = chips(showcase).map((chip) => chip.textContent!.trim());
    expect(labels).to.include.members([
      'Kota Samarinda',
      'Halal',
      '#oleh-oleh',
      'rotan',
      'mulai Rp10.000',
      'Menerima pesanan partai besar',
    ]);
    expect(labels.some((label) => label.includes('7 hari'))).to.equal(true);
    await expect(showcase).to.be.accessible();

    const events = record(showcase);
    const halal = chips(showcase).find((chip) => chip.textContent!.includes('Halal'))!;
    expect(halal.getAttribute('aria-label')).to.equal('Hapus filter Halal');
    halal.click();
    await showcase.updateComplete;
    expect(showcase.filter.certification).to.equal(undefined);
    expect(events.at(-1)!.region).to.deep.equal(['64.72']);
    // The focus stays in the chip list.
    await waitUntil(() => showcase.shadowRoot!.activeElement?.classList.contains('chip'));

    inShadow<HTMLButtonElement>(showcase, '.clear-all')!.click();
    await showcase.updateComplete;
    expect(chips(showcase)).to.have.length(0);
    expect(showcase.filter).to.deep.equal({});
  });

  it('offers the corrected words and the place the words name', async () => {
    const showcase = await open(html`<etalase-showcase src=${SAMPLE}></etalase-showcase>`);
    showcase.filter = { q: 'ampalng' };
    await showcase.updateComplete;
    await grid(showcase)!.updateComplete;
    expect(cardNames(showcase).every((name) => /amplang/i.test(name))).to.equal(true);
    const hints = inShadow(showcase, '.hints')!;
    expect(hints.textContent).to.contain('Mungkin maksud Anda:');
    const correction = hints.querySelector<HTMLButtonElement>('button')!;
    expect(correction.textContent!.trim()).to.equal('amplang');
    correction.click();
    await showcase.updateComplete;
    expect(showcase.filter.q).to.equal('amplang');

    showcase.filter = { q: 'kopi samarinda' };
    await showcase.updateComplete;
    const place = inShadow(showcase, '.hints')!.querySelector<HTMLButtonElement>('button')!;
    expect(place.textContent).to.contain('Tampilkan “kopi” dari Kota Samarinda');
    await expect(showcase).to.be.accessible();
    place.click();
    await showcase.updateComplete;
    expect(showcase.filter).to.deep.equal({ q: 'kopi', region: ['64.72'] });
  });

  it('marks the searched words in card names as text, not HTML', async () => {
    const showcase = await open(html`<etalase-showcase src=${SAMPLE}></etalase-showcase>`);
    showcase.filter = { q: 'amplang <b>' };
    await showcase.updateComplete;
    showcase.filter = { q: 'amplang' };
    await showcase.updateComplete;
    await grid(showcase)!.updateComplete;
    const card = cards(showcase)[0]!;
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const marks = [...card.shadowRoot!.querySelectorAll('[part="name"] mark')];
    expect(marks.map((mark) => mark.textContent)).to.deep.equal(['Amplang']);
    expect(inShadow(card, '[part="name"]')!.textContent!.trim()).to.match(/^Amplang /);
  });
});
