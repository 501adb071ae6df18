import { expect, fixture, html } from '@open-wc/testing';
import { EtalaseShowcase } from '../../src/elements/showcase/showcase.component.js';
import { warmTemplates } from '../../src/elements/showcase/warm-templates.js';
import '../../src/elements/product-card/product-card.js';
import type { EtalaseProductCard } from '../../src/elements/product-card/product-card.js';
import type { EtalaseSearch } from '../../src/elements/search/search.component.js';
import { everyCertificationProduct, producer } from '../../stories/product-fixtures.js';

// A showcase already in the page when its code loads (the drop-in's case) renders first in short
// tasks after it is defined: nothing on the page may move meanwhile, and what changes meanwhile counts.

const SAMPLE = '/demo/data/produk-unggulan.json';
/** The page's space for the showcase until it is defined (`etalase-showcase:not(:defined)`). */
const HELD = 2000;

/** Microtasks: what the task that defined the element still runs. */
const microtasks = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('etalase-showcase first render of a showcase already in the page', () => {
  it('holds the page’s space until its first render, a task later, and takes a filter set meanwhile', async () => {
    const style = document.createElement('style');
    style.textContent = `etalase-showcase:not(:defined) { display: block; min-height: ${HELD}px; }`;
    document.head.append(style);
    const page = document.createElement('div');
    page.innerHTML = `<etalase-showcase src="${SAMPLE}"></etalase-showcase><footer>Kaki</footer>`;
    document.body.append(page);
    const showcase = page.querySelector('etalase-showcase')!;
    const footer = page.querySelector('footer')!;
    const footerTop = footer.getBoundingClientRect().top;
    expect(showcase.getBoundingClientRect().height).to.equal(HELD);
    // Every frame until the first render: the footer stays where the page put it.
    const moved: number[] = [];
    let sampling = true;
    const sample = () => {
      if (!sampling) return;
      if (!showcase.shadowRoot?.querySelector('.base'))
        moved.push(footer.getBoundingClientRect().top - footerTop);
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);

    EtalaseShowcase.define('etalase-showcase');
    const element = showcase as EtalaseShowcase;
    await microtasks();
    expect(element.shadowRoot!.querySelector('.base'), 'rendered in the defining task').to.equal(
      null,
    );
    expect(element.getBoundingClientRect().height, 'space held while defined').to.equal(HELD);
    expect(footer.getBoundingClientRect().top).to.equal(footerTop);
    // A filter set before the first render (by the page, or the URL) is the one shown.
    element.filter = { q: 'rotan' };

    await element.updateComplete;
    sampling = false;
    const base = element.shadowRoot!.querySelector<HTMLElement>('.base');
    expect(base).to.exist;
    expect(
      moved.every((shift) => shift === 0),
      `footer moved: ${moved.join(', ')}`,
    ).to.be.true;
    const search = element.shadowRoot!.querySelector<EtalaseSearch>('etalase-search')!;
    expect(search.value).to.equal('rotan');
    // Rendered, the showcase is as tall as what it shows: the held space is gone.
    expect(element.getBoundingClientRect().height).to.be.closeTo(
      base!.getBoundingClientRect().height,
      1,
    );
    await expect(element).to.be.accessible();
    page.remove();
    style.remove();
  });

  it('prepares templates without adding anything to the page or loading an image, and renders the same after', async () => {
    const render = async () => {
      const card = await fixture<EtalaseProductCard>(
        html`<etalase-product-card
          .product=${everyCertificationProduct}
          .producer=${producer}
          order-planner
        ></etalase-product-card>`,
      );
      await card.updateComplete;
      return card.shadowRoot!.innerHTML.replace(/<!--\?lit\$\d+\$-->/g, '');
    };
    const before = await render();
    const elements = [...document.querySelectorAll('*')];
    const images = () =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'img');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const loaded = images().length;

    const unseen = document.createElement('etalase-product-card');
    unseen.product = { ...everyCertificationProduct, id: 'lain' };
    unseen.producer = producer;
    await warmTemplates(unseen);
    await new Promise((resolve) => setTimeout(resolve, 200));

    const added = [...document.querySelectorAll('*')].filter((el) => !elements.includes(el));
    expect(added.map((el) => el.outerHTML.slice(0, 80))).to.deep.equal([]);
    expect(
      images()
        .slice(loaded)
        .map((entry) => entry.name),
    ).to.deep.equal([]);
    expect(unseen.shadowRoot?.childNodes.length ?? 0, 'the unseen card rendered').to.equal(0);
    expect(await render()).to.equal(before);
  });
});
