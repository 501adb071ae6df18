/**
 * The showcase on the demo feed as a visitor sees it on 1 December 2026 (issue 17): a past fair is
 * not offered, the expos view lists what is coming, and merged feeds are credited.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/showcase/showcase.js';
import type { EtalaseShowcase } from '../../src/elements/showcase/showcase.component.js';

const SAMPLE = '/demo/data/produk-unggulan.json';
const TODAY = '2026-12-01';

const shadow = (element: Element | null | undefined, selector: string) =>
  element?.shadowRoot?.querySelector(selector) ?? null;
const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ') ?? '';
const cards = (showcase: EtalaseShowcase) => [
  ...(shadow(showcase, 'etalase-product-grid')?.shadowRoot?.querySelectorAll(
    'etalase-product-card',
  ) ?? []),
];
const viewButton = (showcase: EtalaseShowcase, label: string) =>
  [...showcase.shadowRoot!.querySelectorAll<HTMLButtonElement>('.views button')].find((b) =>
    b.textContent!.includes(label),
  )!;

describe('etalase-showcase: expos, provenance and the visitor date', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('offers an "Expos & galleries" view where the May fair is folded away as finished', async () => {
    const showcase = await fixture<EtalaseShowcase>(
      html`<etalase-showcase src=${SAMPLE} today=${TODAY}></etalase-showcase>`,
    );
    await waitUntil(() => cards(showcase).length > 0, 'cards appear', { timeout: 8000 });
    viewButton(showcase, 'Pameran & galeri').click();
    await waitUntil(() => shadow(shadow(showcase, 'etalase-outlet-list'), 'h3'), 'list shows', {
      timeout: 8000,
    });
    expect(showcase.view).to.equal('outlets');
    const list = shadow(showcase, 'etalase-outlet-list')!;
    const open = [...list.shadowRoot!.querySelectorAll('section > ul .outlet h5')].map(text);
    expect(open.join('|')).to.contain('UMKM Expo Siring Menara Pandang 2027');
    expect(open.join('|')).not.to.contain('Isen Mulang');
    expect(text(shadow(list, 'details'))).to.contain('Isen Mulang');
    expect(text(list.shadowRoot!.querySelector('section'))).to.contain(
      'Segera dibuka, mulai 15 Januari 2027',
    );
    await expect(showcase).to.be.accessible();
    // "See the products sold here" goes back to the grid, filtered by the outlet.
    const expo = list.shadowRoot!.querySelector('#outlet-umkm-expo-menara-pandang-2027')!;
    expo.closest('li')!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await waitUntil(() => showcase.view === 'grid' && cards(showcase).length > 0, 'grid again');
    expect(showcase.filter).to.deep.equal({ outlet: 'umkm-expo-menara-pandang-2027' });
  });

  it("does not offer a finished fair in a product's where-to-buy", async () => {
    history.replaceState(null, '', `${location.pathname}?produk=tas-rotan-manjawet`);
    const showcase = await fixture<EtalaseShowcase>(
      html`<etalase-showcase src=${SAMPLE} today=${TODAY} sync-url></etalase-showcase>`,
    );
    const detail = () => shadow(showcase, 'etalase-product-detail');
    await waitUntil(() => shadow(detail(), 'dialog[open]'), 'detail opens', { timeout: 8000 });
    const outlets = text(shadow(detail(), 'section[aria-labelledby="outlets"]'));
    expect(outlets).to.contain('Galeri Dekranasda Kota Palangka Raya');
    expect(outlets).not.to.contain('Isen Mulang');
    // On a day of the fair, it is offered.
    showcase.today = '2026-05-20';
    await showcase.updateComplete;
    (detail() as unknown as { close(): void }).close();
    history.replaceState(null, '', `${location.pathname}?produk=tas-rotan-manjawet`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await waitUntil(
      () => text(shadow(detail(), 'section[aria-labelledby="outlets"]')).includes('Isen Mulang'),
      'fair offered during the fair',
    );
  });

  it('credits every merged publisher with its date in the footer, and on the detail', async () => {
    const key = `credits-${Math.random()}`;
    const showcase = await fixture<EtalaseShowcase>(
      html`<etalase-showcase
        src=${`${SAMPLE} /__fault/feed.json?key=${key}`}
        lang="en"
        sync-url
      ></etalase-showcase>`,
    );
    await waitUntil(() => shadow(showcase, '.footer .credits'), 'credits', { timeout: 8000 });
    const credits = [...shadow(showcase, '.footer .credits')!.querySelectorAll('li')].map(text);
    expect(credits).to.have.length(2);
    expect(credits[0]).to.contain('Cooperatives and SME Office (Kalimantan sample data)');
    expect(credits[0]).to.contain('data as of 20 November 2026');
    expect(credits[1]).to.contain('Etalase Uji');
    expect(credits[1]).to.contain('data as of 11 November 2026');
    history.replaceState(null, '', `${location.pathname}?produk=produk`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    const detail = shadow(showcase, 'etalase-product-detail');
    await waitUntil(() => shadow(detail, 'dialog[open]'), 'detail opens', { timeout: 8000 });
    expect(text(shadow(detail, '.provenance'))).to.contain(
      'Data from Etalase Uji, as of 11 November 2026.',
    );
    await expect(showcase).to.be.accessible();
  });
});
