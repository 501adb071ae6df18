import { expect, fixture, html, waitUntil } from '@open-wc/testing';
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
