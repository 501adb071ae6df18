import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../src/elements/showcase/showcase.js';
import type { EtalaseShowcase } from '../../src/elements/showcase/showcase.component.js';
import type {
  EtalaseFeedErrorEvent,
  EtalaseFilterChangeEvent,
  EtalaseProductSelectEvent,
} from '../../src/elements/events/index.js';
import type { ProductHit } from '../../src/feed/types.js';

const SAMPLE = '/demo/data/produk-unggulan.json';

function shadow(element: Element | null | undefined, selector: string): Element | null {
  return element?.shadowRoot?.querySelector(selector) ?? null;
}

function grid(showcase: EtalaseShowcase) {
  return shadow(showcase, 'etalase-product-grid');
}

function cards(showcase: EtalaseShowcase): Element[] {
  return [...(grid(showcase)?.shadowRoot?.querySelectorAll('etalase-product-card') ?? [])];
}

function cardText(card: Element): string {
  return card.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
}

async function loaded(showcase: EtalaseShowcase): Promise<void> {
  await waitUntil(() => cards(showcase).length > 0, 'cards appear', { timeout: 8000 });
  // The grid builds a first screenful of cards, the rest in the next task: wait for all of them.
  await (grid(showcase) as LitElement).updateComplete;
}

describe('etalase-showcase', () => {
  afterEach(() => {
    history.replaceState(null, '', location.pathname);
  });

  it('loads the feed, shows the publisher and its products, announces the load once, and is accessible', async () => {
    const loads: Event[] = [];
    document.addEventListener('etalase-feed-load', (event) => loads.push(event));
    const showcase = await fixture<EtalaseShowcase>(
      html`<etalase-showcase src=${SAMPLE}></etalase-showcase>`,
    );
    await loaded(showcase);
    expect(shadow(showcase, '.title')?.textContent).to.contain('Dinas Koperasi dan UKM');
    expect(shadow(showcase, '.as-of')?.textContent).to.match(/Data per \d+ \w+ \d{4}/);
    expect(cards(showcase)).to.have.length(24);
    expect(loads).to.have.length(1);
    await expect(showcase).to.be.accessible();
  });

  it('pre-filters by the region and category attributes without firing a filter event', async () => {
    let filterEvents = 0;
    const count = () => filterEvents++;
    document.addEventListener('etalase-filter-change', count);
    const showcase = await fixture<EtalaseShowcase>(
      html`<etalase-showcase src=${SAMPLE} region="6472" category="kuliner"></etalase-showcase>`,
    );
    await loaded(showcase);
    expect(showcase.filter).to.deep.equal({ region: ['64.72'], category: ['kuliner'] });
    const hits = (grid(showcase) as unknown as { hits: ProductHit[] }).hits;
    expect(hits.length).to.be.within(1, 23);
    for (const hit of hits) {
      expect(hit.regionCode).to.match(/^64\.72/);
      expect(hit.product.category).to.equal('kuliner');
    }
    expect(filterEvents).to.equal(0);
    document.removeEventListener('etalase-filter-change', count);
  });

  it('merges a child element’s change into one filter event carrying the whole state', async () => {
    const showcase = await fixture<EtalaseShowcase>(
      html`<etalase-showcase src=${SAMPLE} category="kriya"></etalase-showcase>`,
    );
    await loaded(showcase);
    const input = shadow(shadow(showcase, 'etalase-search'), 'input') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: 'rotan' });
    const event = (await oneEvent(showcase, 'etalase-filter-change')) as EtalaseFilterChangeEvent;
    expect(event.target).to.equal(showcase);
    expect(event.filter).to.deep.include({ category: ['kriya'], q: 'rotan' });
    await waitUntil(
      () => cards(showcase).every((card) => /rotan/i.test(cardText(card))),
      'only rattan products',
    );
  });

  it('shows a friendly error, and fires etalase-feed-error, when the feed cannot be loaded', async () => {
    const showcase = document.createElement('etalase-showcase');
    const error = oneEvent(showcase, 'etalase-feed-error');
    showcase.src = '/__fault/status?code=404';
    document.body.append(showcase);
    const event = (await error) as unknown as EtalaseFeedErrorEvent;
    expect(event.code).to.equal('http');
    await showcase.updateComplete;
    const alert = shadow(showcase, '[role="alert"]');
    expect(alert?.textContent).to.contain('Katalog belum dapat ditampilkan');
    expect(shadow(alert, 'button') ?? alert?.querySelector('button')).to.exist;
    await expect(showcase).to.be.accessible();
    showcase.remove();
  });

  it('merges several feeds, and a failing one does not hide the others', async () => {
    const showcase = document.createElement('etalase-showcase');
    const error = oneEvent(showcase, 'etalase-feed-error');
    showcase.src = `${SAMPLE} /__fault/status?code=500`;
    document.body.append(showcase);
    after(() => showcase.remove());
    expect(((await error) as unknown as EtalaseFeedErrorEvent).url).to.contain('/__fault/status');
    await loaded(showcase);
    expect(shadow(showcase, '.notice.partial')?.textContent).to.contain(
      '1 sumber data belum dapat dimuat',
    );
    showcase.remove();
  });

  it('keeps the last good data on screen when a later load fails', async () => {
    const key = `showcase-${Math.random()}`;
    const src = `/__fault/feed.json?key=${key}`;
    const showcase = await fixture<EtalaseShowcase>(
      html`<etalase-showcase src=${src}></etalase-showcase>`,
    );
    await loaded(showcase);
    await fetch(`/__fault/set?key=${key}&mode=500`);
    showcase.src = `${src}&again=1`;
    await waitUntil(() => shadow(showcase, '[role="alert"]'), 'error shown', { timeout: 15000 });
    expect(cards(showcase)).to.have.length(1);
    expect(cardText(cards(showcase)[0]!)).to.contain('Amplang versi 1');
  });

  it('opens a product from its card, puts it in the URL with sync-url, and Back closes it', async () => {
    const showcase = await fixture<EtalaseShowcase>(
      html`<etalase-showcase src=${SAMPLE} sync-url></etalase-showcase>`,
    );
    await loaded(showcase);
    const select = oneEvent(showcase, 'etalase-product-select');
    (shadow(cards(showcase)[0], 'button.select') as HTMLButtonElement).click();
    const { productId } = (await select) as unknown as EtalaseProductSelectEvent;
    const detail = shadow(showcase, 'etalase-product-detail');
    await waitUntil(() => detail?.shadowRoot?.querySelector('dialog[open]'), 'dialog opens');
    expect(new URLSearchParams(location.search).get('produk')).to.equal(productId);
    history.back();
    await waitUntil(
      () => !detail?.shadowRoot?.querySelector('dialog[open]'),
      'dialog closes on Back',
    );
    expect(new URLSearchParams(location.search).get('produk')).to.equal(null);
  });

  it('restores the filter state from the page URL, keeping the host page’s own parameters', async () => {
    history.replaceState(null, '', `${location.pathname}?page_id=12&kategori=wastra`);
    const showcase = await fixture<EtalaseShowcase>(
      html`<etalase-showcase src=${SAMPLE} sync-url></etalase-showcase>`,
    );
    await loaded(showcase);
    expect(showcase.filter).to.deep.equal({ category: ['wastra'] });
    const input = shadow(shadow(showcase, 'etalase-search'), 'input') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: 'sasirangan' });
    await oneEvent(showcase, 'etalase-filter-change');
    const params = new URLSearchParams(location.search);
    expect(params.get('page_id')).to.equal('12');
    expect(params.get('kategori')).to.equal('wastra');
    expect(params.get('q')).to.equal('sasirangan');
  });

  it('speaks English with lang="en" and offers a way out of an empty result', async () => {
    const showcase = await fixture<EtalaseShowcase>(
      html`<etalase-showcase src=${SAMPLE} lang="en"></etalase-showcase>`,
    );
    await loaded(showcase);
    expect(shadow(showcase, '.as-of')?.textContent).to.match(/Data as of/);
    showcase.filter = { q: 'zzzz-tidak-ada' };
    await waitUntil(() => cards(showcase).length === 0, 'empty result');
    await expect(showcase).to.be.accessible();
    const reset = shadow(showcase, 'button.clear-all') as HTMLButtonElement;
    reset.click();
    await waitUntil(() => cards(showcase).length === 24, 'everything again');
  });
  it('with loading="lazy" loads its feed only once the visitor scrolls to it', async () => {
    const loads: EventTarget[] = [];
    const onLoad = (event: Event) => loads.push(event.target!);
    document.addEventListener('etalase-feed-load', onLoad);
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <etalase-showcase src=${SAMPLE}></etalase-showcase>
        <div style="height: 4000px"></div>
        <etalase-showcase src=${SAMPLE} loading="lazy"></etalase-showcase>
      </div>`,
    );
    const [eager, lazy] = [...page.querySelectorAll<EtalaseShowcase>('etalase-showcase')];
    // The one on screen has loaded the same feed meanwhile; the one far below has not, and shows
    // the loading state (not "no products").
    await loaded(eager!);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(loads).to.deep.equal([eager]);
    expect(cards(lazy!)).to.have.length(0);
    expect(grid(lazy!)?.hasAttribute('loading')).to.equal(true);
    lazy!.scrollIntoView();
    await loaded(lazy!);
    expect(loads).to.deep.equal([eager, lazy]);
    document.removeEventListener('etalase-feed-load', onLoad);
    await expect(lazy).to.be.accessible();
  });
});
