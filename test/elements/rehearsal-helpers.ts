import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/showcase/showcase.js';
import { localize } from '../../src/format/text.js';
import type { EtalaseShowcase } from '../../src/elements/showcase/showcase.component.js';
import type { EtalaseProductCard } from '../../src/elements/product-card/product-card.component.js';

/** Helpers of the tests of the templates prepared for a visitor's first change (`rehearsal`). */

const SAMPLE = '/demo/data/produk-unggulan.json';

/**
 * The templates Lit prepares from now on (the HTML it parses for each, whitespace collapsed): Lit
 * writes a template's HTML into a `<template>` element the first time it renders that template.
 */
export function watchTemplates(): { made: string[]; stop(): void } {
  const made: string[] = [];
  const innerHTML = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!;
  Object.defineProperty(HTMLTemplateElement.prototype, 'innerHTML', {
    configurable: true,
    get(this: HTMLTemplateElement) {
      return innerHTML.get!.call(this) as string;
    },
    set(this: HTMLTemplateElement, markup: unknown) {
      // Lit in development mode writes TrustedHTML where the browser has it.
      made.push(String(markup).replace(/\s+/g, ' '));
      innerHTML.set!.call(this, markup);
    },
  });
  return {
    made,
    stop: () => delete (HTMLTemplateElement.prototype as { innerHTML?: string }).innerHTML,
  };
}

const inShadow = <T extends Element>(element: Element | null | undefined, selector: string) =>
  element?.shadowRoot?.querySelector<T>(selector) ?? null;

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A showcase on the demo feed, once its results, region tree and filters show. */
export async function showcaseWithResults(): Promise<EtalaseShowcase> {
  const showcase = await fixture<EtalaseShowcase>(
    html`<etalase-showcase src=${SAMPLE}></etalase-showcase>`,
  );
  await waitUntil(
    () => inShadow(showcase, 'etalase-region-filter') && inShadow(showcase, 'etalase-facets'),
    'results and filters show',
    { timeout: 8000 },
  );
  await showcase.updateComplete;
  return showcase;
}

/** The visitor's first filter change: a click on the first region of the tree. */
export async function clickFirstRegion(showcase: EtalaseShowcase): Promise<void> {
  const tree = inShadow(showcase, 'etalase-region-filter')!;
  const row = tree.shadowRoot!.querySelector<HTMLElement>('[role="treeitem"]')!;
  row.click();
  await showcase.updateComplete;
  await settle(300);
  expect(row.getAttribute('aria-selected'), 'the region is chosen').to.equal('true');
  expect(tree.shadowRoot!.querySelector('.chip'), 'the region’s chip').to.exist;
  expect(inShadow(showcase, '.result-bar .chip'), 'the active filter’s chip').to.exist;
  expect(inShadow(showcase, '.filters-toggle .toggle-count')?.textContent).to.equal('1');
}

/**
 * The visitor's first search: a word of the first product shown, typed into the search box, until
 * the results and the suggestions show.
 */
export async function typeFirstSearch(showcase: EtalaseShowcase): Promise<void> {
  const grid = inShadow(showcase, 'etalase-product-grid')!;
  const card = inShadow<EtalaseProductCard>(grid, 'etalase-product-card')!;
  const word = localize(card.product!.name, 'id').split(' ')[0]!.toLowerCase();
  const search = inShadow(showcase, 'etalase-search')!;
  search.shadowRoot!.querySelector('input')!.focus();
  await sendKeys({ type: word });
  await waitUntil(
    () => search.shadowRoot!.querySelector('[role="option"]'),
    'the suggestions show',
    { timeout: 4000 },
  );
  await showcase.updateComplete;
  await settle(300);
  expect(search.shadowRoot!.querySelector('.clear'), 'the clear button').to.exist;
  expect(inShadow(grid, 'etalase-product-card'), 'the word’s products').to.exist;
}

/** A search naming a place (after "clear all"), until the showcase offers to show the place. */
export async function typePlace(showcase: EtalaseShowcase): Promise<void> {
  inShadow<HTMLElement>(showcase, '.result-bar .clear-all')!.click();
  await showcase.updateComplete;
  const search = inShadow(showcase, 'etalase-search')!;
  search.shadowRoot!.querySelector('input')!.focus();
  await sendKeys({ type: 'palangkaraya' });
  await waitUntil(() => inShadow(showcase, '.result-bar .hints button'), 'the place is offered', {
    timeout: 4000,
  });
  await showcase.updateComplete;
  await settle(300);
}

/** A search nothing matches (after "clear all"), until the grid's empty state shows. */
export async function typeNoMatch(showcase: EtalaseShowcase): Promise<void> {
  inShadow<HTMLElement>(showcase, '.result-bar .clear-all')?.click();
  await showcase.updateComplete;
  const search = inShadow(showcase, 'etalase-search')!;
  const input = search.shadowRoot!.querySelector('input')!;
  input.focus();
  input.select();
  await sendKeys({ type: 'qxzvw' });
  const grid = inShadow(showcase, 'etalase-product-grid')!;
  await waitUntil(() => inShadow(grid, '.empty'), 'the empty state shows', { timeout: 4000 });
  await showcase.updateComplete;
  await settle(300);
}

/**
 * The visitor's first steps on a showcase with results — a region click, a search, a place offered,
 * a search without results — and the templates `watch` saw made in each.
 */
export async function templatesOfFirstSteps(
  showcase: EtalaseShowcase,
  watch: ReturnType<typeof watchTemplates>,
): Promise<Record<'click' | 'search' | 'place' | 'noMatch', string[]>> {
  await clickFirstRegion(showcase);
  const click = watch.made.splice(0);
  await typeFirstSearch(showcase);
  const search = watch.made.splice(0);
  await typePlace(showcase);
  const place = watch.made.splice(0);
  await typeNoMatch(showcase);
  return { click, search, place, noMatch: watch.made.splice(0) };
}
