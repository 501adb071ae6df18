import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
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

describe('etalase-showcase sidebar', () => {
  afterEach(async () => {
    scrollTo(0, 0);
    await setViewport({ width: 800, height: 600 });
  });

  /** A wide showcase of the sample feed beside results taller than the screen, scrolled past its top. */
  async function scrolledShowcase() {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 1200px">
        <etalase-showcase src=${SAMPLE}></etalase-showcase>
      </div>`,
    );
    const showcase = box.querySelector('etalase-showcase') as EtalaseShowcase;
    await waitUntil(() => cardCount(showcase) > 0, 'cards appear', { timeout: 8000 });
    await grid(showcase)!.updateComplete;
    const root = showcase.shadowRoot!;
    const filters = root.querySelector<HTMLElement>('.filters')!;
    root.querySelector<HTMLElement>('.results')!.style.minHeight = `${innerHeight * 4}px`;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    scrollTo(0, filters.getBoundingClientRect().top + scrollY + innerHeight);
    await new Promise((done) => requestAnimationFrame(done));
    return filters;
  }

  it('lets every filter be scrolled into view when the filters are taller than the screen', async () => {
    const filters = await scrolledShowcase();
    expect(filters.scrollHeight, 'filters taller than the screen').to.be.above(innerHeight);
    const controls = [...filters.querySelectorAll('*')]
      .flatMap((el) => [...(el.shadowRoot?.querySelectorAll('input, button') ?? [])])
      .filter((el) => el.getBoundingClientRect().height > 0);
    const last = controls.at(-1)!;
    expect(last, 'a filter control').to.exist;
    last.scrollIntoView({ block: 'nearest' });
    await new Promise((done) => requestAnimationFrame(done));
    const rect = last.getBoundingClientRect();
    expect(rect.top, 'top on screen').to.be.at.least(0);
    expect(rect.bottom, 'bottom on screen').to.be.at.most(innerHeight);
  });

  it('stays in view while the results scroll when the filters fit on the screen', async () => {
    await setViewport({ width: 1300, height: 3000 });
    const filters = await scrolledShowcase();
    expect(filters.getBoundingClientRect().height, 'filters fit').to.be.below(innerHeight);
    expect(filters.getBoundingClientRect().top, 'stuck at the top').to.be.within(0, 50);
  });
});
