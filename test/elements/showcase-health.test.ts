import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/showcase/showcase.js';
import type { EtalaseShowcase } from '../../src/elements/showcase/showcase.component.js';
import type { EtalaseFeedLoadEvent } from '../../src/elements/events/index.js';

const NOTHING_SHOWABLE = '/test/fixtures/feeds/no-showable-products.json';
const MISTAKES = '/test/fixtures/feeds/steward-mistakes.json';

const shadow = (element: Element | null | undefined, selector: string): Element | null =>
  element?.shadowRoot?.querySelector(selector) ?? null;

const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ') ?? '';

async function load(src: string, attrs: { debug?: boolean; lang?: string } = {}) {
  const showcase = document.createElement('etalase-showcase') as EtalaseShowcase;
  const loaded = oneEvent(showcase, 'etalase-feed-load') as Promise<EtalaseFeedLoadEvent>;
  showcase.src = src;
  if (attrs.debug) showcase.debug = true;
  if (attrs.lang) showcase.setAttribute('lang', attrs.lang);
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.append(showcase);
  const event = await loaded;
  await showcase.updateComplete;
  return { showcase, event };
}

describe('etalase-showcase feed health', () => {
  it('says the feed has no showable products (with the number of problems), not "no match"', async () => {
    const { showcase, event } = await load(NOTHING_SHOWABLE);
    expect(event.counts).to.include({ products: 0, dropped: 4, read: 5, shown: 1 });
    const empty = shadow(showcase, '.feed-empty');
    expect(text(empty)).to.contain('Feed ini tidak berisi produk yang dapat ditampilkan');
    expect(text(empty)).to.match(/memuat \d+ masalah/);
    expect(text(empty)).to.contain('etalase validate');
    expect(shadow(showcase, 'etalase-product-grid')).to.equal(null);
    await expect(showcase).to.be.accessible();
  });

  it('shows no empty state under a load error', async () => {
    const showcase = document.createElement('etalase-showcase') as EtalaseShowcase;
    const error = oneEvent(showcase, 'etalase-feed-error');
    showcase.src = '/__fault/status?code=404';
    document.body.append(showcase);
    await error;
    await showcase.updateComplete;
    expect(shadow(showcase, '[role="alert"]')).to.exist;
    expect(shadow(showcase, 'etalase-product-grid')).to.equal(null);
    expect(shadow(showcase, '.feed-empty')).to.equal(null);
    showcase.remove();
  });

  it('keeps every record a steward mistyped, and counts what was dropped and repaired', async () => {
    const { showcase, event } = await load(MISTAKES);
    expect(event.feed.producers.map((p) => p.id)).to.deep.equal(['p1']);
    expect(event.feed.products.map((p) => p.id)).to.deep.equal(['a', 'b']);
    expect(event.feed.publisher.url).to.equal('https://www.kota-contoh.go.id');
    expect(event.counts).to.include({ products: 2, dropped: 0 });
    // The e-mail, the image, the impossible date and the logo without alt went alone.
    expect(event.counts.droppedParts).to.equal(4);
    // www.… (twice) and "Rp 25.000".
    expect(event.counts.repaired).to.equal(3);
    await waitUntil(() => shadow(shadow(showcase, 'etalase-product-grid'), 'etalase-product-card'));
    expect(shadow(showcase, '[part~="debug"]')).to.equal(null);
  });

  it('shows a feed-health panel with the debug attribute, in the page language', async () => {
    const { showcase } = await load(MISTAKES, { debug: true, lang: 'en' });
    const panel = shadow(showcase, '[part~="debug"]');
    expect(text(panel)).to.contain('Feed health');
    expect(text(panel)).to.match(/Records read\s*3/);
    expect(text(panel)).to.match(/Values repaired\s*3/);
    expect(text(panel)).to.contain('contact.email');
    await expect(showcase).to.be.accessible();
  });

  it('logs one collapsed console group with the summary and the first issues', async () => {
    const calls: string[] = [];
    const original = { group: console.groupCollapsed, end: console.groupEnd };
    // Logged when the page is idle, after the first products: an earlier test's showcase (English)
    // may log meanwhile; this one's group is the Indonesian one.
    const ours = () =>
      calls.findIndex((c) => /^group Etalase: feed dimuat dengan \d+ galat/.test(c));
    console.groupCollapsed = (...args: unknown[]) => void calls.push(`group ${String(args[0])}`);
    console.groupEnd = () => void calls.push('end');
    try {
      await load(MISTAKES);
      await waitUntil(() => ours() >= 0 && calls.length > ours() + 1, 'no console group', {
        timeout: 4000,
      });
    } finally {
      console.groupCollapsed = original.group;
      console.groupEnd = original.end;
    }
    expect(calls.filter((c) => c.includes('dimuat'))).to.have.length(1);
    expect(calls[ours() + 1]).to.equal('end');
  });

  it('logs nothing for a showcase removed before the page is idle', async () => {
    const calls: string[] = [];
    const original = console.groupCollapsed;
    console.groupCollapsed = (...args: unknown[]) => void calls.push(String(args[0]));
    try {
      const showcase = document.createElement('etalase-showcase') as EtalaseShowcase;
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      // Removed as its feed arrives: the page moved on before the health log's idle time.
      const loaded = new Promise<void>((resolve) =>
        showcase.addEventListener('etalase-feed-load', () => (showcase.remove(), resolve())),
      );
      showcase.src = MISTAKES;
      host.append(showcase);
      await loaded;
      for (let i = 0; i < 3; i++)
        await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 }));
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      console.groupCollapsed = original;
    }
    expect(calls.filter((c) => c.includes('Etalase: feed'))).to.deep.equal([]);
  });
});
