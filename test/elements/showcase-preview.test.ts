import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/showcase/showcase.js';
import type { EtalaseShowcase } from '../../src/elements/showcase/showcase.component.js';
import type { QueryEngine } from '../../src/feed/query.js';
import type { Product } from '../../src/model/types.js';
import { generateFeedJson } from '../fixtures/generate-feed.js';
import { newKey } from '../server/fault-client.js';

type Grid = HTMLElement & {
  pageSize: number;
  total: number;
  loading: boolean;
  updateComplete: Promise<unknown>;
};
const grid = (showcase: EtalaseShowcase) =>
  showcase.shadowRoot!.querySelector<Grid>('etalase-product-grid')!;
/** Ids of the cards the grid shows. */
const cardIds = (showcase: EtalaseShowcase) =>
  [
    ...(grid(showcase)?.shadowRoot?.querySelectorAll<HTMLElement & { product?: Product }>(
      'etalase-product-card',
    ) ?? []),
  ].map((card) => card.product?.id);
const engineOf = (showcase: EtalaseShowcase) =>
  (showcase as unknown as { engine: QueryEngine | null }).engine;

/** A showcase of a 3,000-product feed, once its first cards show (and whether the engine was there). */
async function largeShowcase() {
  const key = newKey();
  const body = generateFeedJson({ products: 3000, seed: 11 });
  await fetch(`/__fault/custom?key=${key}`, { method: 'POST', body });
  const showcase = await fixture<EtalaseShowcase>(
    html`<etalase-showcase src=${`/__fault/custom?key=${key}`}></etalase-showcase>`,
  );
  let first: (string | undefined)[] = [];
  let engineThen: QueryEngine | null = null;
  await waitUntil(
    () => {
      first = cardIds(showcase);
      engineThen = engineOf(showcase);
      return first.length > 0;
    },
    'the first cards',
    { timeout: 30_000, interval: 2 },
  );
  return { showcase, first, engineThen };
}

describe('etalase-showcase: a large feed through the feed worker', () => {
  // The test server serves the worker's TypeScript source only to tests that ask (web-test-runner.config).
  before(() => (document.cookie = 'etalase-test-worker=1; path=/'));
  after(() => (document.cookie = 'etalase-test-worker=; path=/; max-age=0'));

  it('shows its first products before the search index is ready; a search typed meanwhile finds the right ones', async () => {
    const { showcase, first, engineThen } = await largeShowcase();
    expect(engineThen, 'cards before the query engine').to.not.be.ok;
    expect(grid(showcase).loading).to.equal(false);

    // The visitor searches before the engine is there.
    const search = showcase.shadowRoot!.querySelector('etalase-search')!;
    const input = search.shadowRoot!.querySelector('input')!;
    input.value = 'kopi';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));

    await waitUntil(() => engineOf(showcase), 'the engine', { timeout: 30_000 });
    const engine = engineOf(showcase)!;
    const pageSize = grid(showcase).pageSize;
    // The first products shown were the engine's first page: nothing moved when the data came.
    const firstPage = engine.query({}, { pageSize }).hits.map((hit) => hit.product.id);
    expect(first.length).to.be.greaterThan(0);
    expect(first).to.deep.equal(firstPage.slice(0, first.length));
    const found = engine.query({ q: 'kopi' }, { pageSize });
    expect(found.total, 'the search finds something').to.be.greaterThan(0);
    expect(found.total).to.be.lessThan(3000);
    await waitUntil(
      () => grid(showcase).total === found.total && !grid(showcase).loading,
      'the search’s products',
      { timeout: 10_000 },
    );
    await grid(showcase).updateComplete;
    expect(cardIds(showcase)).to.deep.equal(found.hits.map((hit) => hit.product.id));
  });

  it('keeps the first cards as they are when the engine answers: same elements, same products, no render, focus kept', async () => {
    const { showcase, engineThen } = await largeShowcase();
    expect(engineThen, 'cards before the query engine').to.not.be.ok;
    const cardsOf = () => [
      ...grid(showcase).shadowRoot!.querySelectorAll<HTMLElement & { product?: Product }>(
        'etalase-product-card',
      ),
    ];
    const before = cardsOf();
    const products = before.map((card) => card.product);
    // The visitor is on the second card when the rest of the feed arrives.
    const focused = before[1]!.shadowRoot!.querySelector<HTMLElement>('.select')!;
    focused.focus();
    const proto = customElements.get('etalase-product-card')!.prototype as {
      willUpdate(changed: Map<string, unknown>): void;
    };
    // Renders for what the engine changed (a picture that failed to load meanwhile does not count).
    const willUpdate = proto.willUpdate;
    const renders: string[] = [];
    proto.willUpdate = function (this: unknown, changed: Map<string, unknown>) {
      const keys = [...changed.keys()].filter((key) => key !== 'imageFailed');
      if (keys.length && before.includes(this as HTMLElement)) renders.push(keys.join());
      return willUpdate.call(this, changed);
    };
    try {
      await waitUntil(() => engineOf(showcase), 'the engine', { timeout: 30_000 });
      await showcase.updateComplete;
      await grid(showcase).updateComplete;
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
    } finally {
      proto.willUpdate = willUpdate;
    }
    // The cards shown then are still there (more may have come since: the first page's later batches).
    const after = cardsOf().slice(0, before.length);
    after.forEach((card, i) => {
      expect(card, `card ${i} is the same element`).to.equal(before[i]);
      expect(card.product, `card ${i} has the same product`).to.equal(products[i]);
    });
    expect(renders, 'cards rendered again').to.deep.equal([]);
    expect(before[1]!.shadowRoot!.activeElement, 'focus stays on the card').to.equal(focused);
  });

  it('opens a first-page card chosen before the engine is ready, once it is', async () => {
    const { showcase, first, engineThen } = await largeShowcase();
    expect(engineThen, 'cards before the query engine').to.not.be.ok;
    const card = grid(showcase).shadowRoot!.querySelector('etalase-product-card')!;
    card.shadowRoot!.querySelector<HTMLButtonElement>('.select')!.click();
    const detail = showcase.shadowRoot!.querySelector<
      HTMLElement & { open: boolean; product?: Product }
    >('etalase-product-detail')!;
    await waitUntil(() => detail.open, 'the detail opens', { timeout: 30_000 });
    expect(detail.product?.id).to.equal(first[0]);
  });
});
