import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/elements/product-grid/product-grid.js';
import '../../src/elements/product-card/product-card.js';
import type { EtalaseProductGrid } from '../../src/elements/product-grid/product-grid.component.js';
import { manyHits, product, producer } from '../../stories/product-fixtures.js';

/** A host page's stylesheet for the length of one test. */
function hostStyle(css: string): () => void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return () => style.remove();
}

async function grid(style = ''): Promise<EtalaseProductGrid> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: 900px; ${style}">
      <etalase-product-grid .hits=${manyHits(6)} .total=${6} .pageSize=${6}></etalase-product-grid>
    </div>`,
  );
  const element = wrapper.querySelector('etalase-product-grid') as EtalaseProductGrid;
  await waitUntil(() => element.shadowRoot!.querySelector('etalase-product-card'), 'cards');
  return element;
}

const firstCard = (element: EtalaseProductGrid) =>
  element.shadowRoot!.querySelector('etalase-product-card')!;
const px = (element: Element, property: string) =>
  parseFloat(getComputedStyle(element).getPropertyValue(property));

describe('isolation from the host page', () => {
  it('sizes text from --etalase-font-size, never below 14px when the page shrinks its root', async () => {
    const restore = hostStyle('html { font-size: 62.5%; }');
    try {
      const plain = await grid();
      expect(px(plain, 'font-size')).to.equal(16);
      const small = await grid('--etalase-font-size: 1rem');
      expect(px(small, 'font-size')).to.equal(14);
      const large = await grid('--etalase-font-size: 20px');
      expect(px(large, 'font-size')).to.equal(20);
      expect(px(firstCard(large), 'font-size')).to.equal(20);
      // Lengths inside follow the token, not the page's 10px root.
      const body = firstCard(large).shadowRoot!.querySelector('.body')!;
      expect(px(body, 'padding-top')).to.equal(15); // 0.75 × 1em
    } finally {
      restore();
    }
  });

  it('a relative token applies once, not once per nested element', async () => {
    const element = await grid('font-size: 20px; --etalase-font-size: 0.9em');
    expect(px(element, 'font-size')).to.equal(18);
    expect(px(firstCard(element), 'font-size')).to.equal(18);
  });

  it('inherited text properties and box sizing of the page do not reach inside', async () => {
    const restore = hostStyle(`
      * { box-sizing: content-box; }
      .host-theme { text-align: justify; line-height: 3; text-transform: uppercase;
        letter-spacing: 0.2em; word-spacing: 1em; white-space: nowrap; font-style: italic;
        text-indent: 3em; }`);
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div class="host-theme" style="width: 320px">
          <etalase-product-card .product=${product} .producer=${producer}></etalase-product-card>
        </div>`,
      );
      const card = wrapper.querySelector('etalase-product-card')!;
      await waitUntil(() => card.shadowRoot!.querySelector('.name'), 'rendered');
      const name = card.shadowRoot!.querySelector('.name')!;
      const style = getComputedStyle(name);
      expect(style.textAlign).to.equal('start');
      expect(style.textTransform).to.equal('none');
      expect(style.letterSpacing).to.equal('normal');
      expect(style.wordSpacing).to.equal('0px');
      expect(style.whiteSpace).to.equal('normal');
      expect(style.fontStyle).to.equal('normal');
      expect(style.textIndent).to.equal('0px');
      expect(px(card, 'line-height')).to.equal(24);
      expect(getComputedStyle(card.shadowRoot!.querySelector('.body')!).boxSizing).to.equal(
        'border-box',
      );
    } finally {
      restore();
    }
  });
});

describe('the page font', () => {
  const family = (element: Element) => getComputedStyle(element).fontFamily;
  const cards = (count: number) =>
    Array.from(
      { length: count },
      () =>
        html`<etalase-product-card
          .product=${product}
          .producer=${producer}
        ></etalase-product-card>`,
    );

  it('cards on a page that sets no font get a system font, each of those inserted together', async () => {
    const restore = hostStyle('body { font-family: serif; }');
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div>${cards(3)}</div>`);
      for (const card of wrapper.querySelectorAll('etalase-product-card'))
        expect(family(card)).to.match(/^system-ui/);
      // Already in the first frame that shows them.
      const later = document.createElement('div');
      later.innerHTML = '<etalase-product-card></etalase-product-card>'.repeat(2);
      wrapper.append(later);
      const inFrame = await new Promise<string[]>((resolve) =>
        requestAnimationFrame(() => resolve([...later.children].map(family))),
      );
      expect(inFrame).to.have.length(2);
      for (const font of inFrame) expect(font).to.match(/^system-ui/);
    } finally {
      restore();
    }
  });

  it("cards keep the font of the element around them, also when slotted into another element's shadow root", async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="font-family: Georgia, serif">${cards(2)}</div>`,
    );
    for (const card of wrapper.querySelectorAll('etalase-product-card'))
      expect(family(card)).to.equal('Georgia, serif');

    // The slot, not the light-DOM parent, is where a slotted card inherits its font from.
    const host = document.createElement('div');
    host.style.fontFamily = 'serif';
    host.attachShadow({ mode: 'open' }).innerHTML =
      '<div style="font-family: Verdana, sans-serif"><slot></slot></div>';
    const slotted = document.createElement('etalase-product-card');
    host.append(slotted);
    wrapper.append(host);
    // Read in the frame that first shows the card.
    await nextFrame();
    expect(family(slotted)).to.equal('Verdana, sans-serif');

    const inShadow = document.createElement('etalase-product-card');
    const plain = document.createElement('div');
    plain.style.fontFamily = 'serif';
    plain.attachShadow({ mode: 'open' }).append(inShadow);
    wrapper.append(plain);
    await nextFrame();
    expect(family(inShadow)).to.match(/^system-ui/);
  });

  it("a grid on a page that sets no font shows the system font from its first render, and keeps a slot's font", async () => {
    const restore = hostStyle('body { font-family: serif; }');
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const plain = document.createElement('etalase-product-grid') as EtalaseProductGrid;
      plain.hits = manyHits(2);
      wrapper.append(plain);
      // Before any frame and before its first render: that frame lays it out once, in this font.
      expect(plain.hasUpdated).to.equal(false);
      expect(family(plain)).to.match(/^system-ui/);
      await plain.updateComplete;
      expect(family(firstCard(plain))).to.match(/^system-ui/);

      const host = document.createElement('div');
      host.attachShadow({ mode: 'open' }).innerHTML =
        '<div style="font-family: Verdana, sans-serif"><slot></slot></div>';
      wrapper.append(host);
      const slotted = document.createElement('etalase-product-grid');
      host.append(slotted);
      expect(family(slotted)).to.equal('Verdana, sans-serif');
    } finally {
      restore();
    }
  });
});
