import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/showcase/showcase.js';
import type { EtalaseShowcase } from '../../src/elements/showcase/showcase.component.js';
import type { EtalaseProductGrid } from '../../src/elements/product-grid/product-grid.component.js';

// Nothing moves under the visitor's eyes while the catalogue loads (Lighthouse's layout shift).

const SAMPLE = '/demo/data/produk-unggulan.json';

const grid = (showcase: EtalaseShowcase) =>
  showcase.shadowRoot!.querySelector<EtalaseProductGrid>('etalase-product-grid');
const cardCount = (showcase: EtalaseShowcase) =>
  grid(showcase)?.shadowRoot?.querySelectorAll('etalase-product-card').length ?? 0;

describe('etalase-showcase layout while loading', () => {
  for (const width of [400, 1000]) {
    it(`keeps the product grid where it was when the products arrive (${width} px wide)`, async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div style="width: ${width}px">
          <etalase-showcase src=${SAMPLE}></etalase-showcase>
        </div>`,
      );
      const showcase = box.querySelector('etalase-showcase') as EtalaseShowcase;
      await showcase.updateComplete;
      expect(cardCount(showcase), 'still loading').to.equal(0);
      const before = grid(showcase)!.getBoundingClientRect().top;
      await waitUntil(() => cardCount(showcase) > 0, 'cards appear', { timeout: 8000 });
      await grid(showcase)!.updateComplete;
      expect(grid(showcase)!.getBoundingClientRect().top).to.equal(before);
      // The sort control is there from the start, so it can hold the place.
      expect(showcase.shadowRoot!.querySelector('select[part="sort"]')).to.exist;
    });
  }
});
