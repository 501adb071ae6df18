import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/showcase/showcase.js';
import type { EtalaseShowcase } from '../../src/elements/showcase/showcase.component.js';
import type { Facets } from '../../src/feed/types.js';

const SAMPLE = '/demo/data/produk-unggulan.json';

type LitElementLike = HTMLElement & { updateComplete: Promise<unknown> };
const inShadow = <T extends Element>(element: Element | null | undefined, selector: string) =>
  element?.shadowRoot?.querySelector<T>(selector) ?? null;
const grid = (showcase: EtalaseShowcase) =>
  inShadow<LitElementLike & { total: number }>(showcase, 'etalase-product-grid')!;
const facets = (showcase: EtalaseShowcase) =>
  inShadow<LitElementLike & { facets: Facets | null }>(showcase, 'etalase-facets')!;
const tree = (showcase: EtalaseShowcase) =>
  inShadow<LitElementLike & { counts: Record<string, number> }>(showcase, 'etalase-region-filter')!;
const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('etalase-showcase: a visitor’s filter change', () => {
  it('paints the region’s products first, then brings the facet counts in line with them', async () => {
    const showcase = await fixture<EtalaseShowcase>(
      html`<etalase-showcase src=${SAMPLE}></etalase-showcase>`,
    );
    await waitUntil(() => facets(showcase)?.facets && tree(showcase), 'filters appear', {
      timeout: 8000,
    });
    await showcase.updateComplete;
    const before = facets(showcase).facets!;
    const allProducts = grid(showcase).total;
    expect(sum(before.category)).to.equal(allProducts);

    const row = tree(showcase).shadowRoot!.querySelector<HTMLElement>('[role="treeitem"]')!;
    row.click();
    // The frame after the click: the grid shows the region's products, the panel its old counts.
    await nextFrame();
    const inRegion = grid(showcase).total;
    expect(inRegion, 'the region has fewer products than the feed').to.be.below(allProducts);
    expect(facets(showcase).facets, 'counts wait for the products’ paint').to.equal(before);
    expect(row.getAttribute('aria-selected'), 'the clicked region shows as chosen').to.equal(
      'true',
    );

    // Then the counts follow: the categories count the region's products.
    await showcase.updateComplete;
    expect(facets(showcase).facets).not.to.equal(before);
    expect(sum(facets(showcase).facets!.category)).to.equal(inRegion);
    await expect(showcase).to.be.accessible();
  });
});
