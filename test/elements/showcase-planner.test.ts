import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/showcase/showcase.js';
import type { EtalaseShowcase } from '../../src/elements/showcase/showcase.component.js';
import type { EtalaseOrderPlanner } from '../../src/elements/order-planner/order-planner.component.js';
import type { EtalasePlanChangeEvent } from '../../src/elements/events/plan-change.js';
import { encodePlan, emptyPlan, PLAN_STORAGE_KEY } from '../../src/feed/order-plan/index.js';

const SAMPLE = '/demo/data/produk-unggulan.json';

const shadow = (element: Element | null | undefined, selector: string) =>
  element?.shadowRoot?.querySelector(selector) ?? null;
const text = (element: Element | null | undefined) =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const cards = (showcase: EtalaseShowcase) => [
  ...(shadow(showcase, 'etalase-product-grid')?.shadowRoot?.querySelectorAll(
    'etalase-product-card',
  ) ?? []),
];
const planner = (showcase: EtalaseShowcase) =>
  shadow(showcase, 'etalase-order-planner') as EtalaseOrderPlanner | null;

async function showcaseWith(planner: boolean): Promise<EtalaseShowcase> {
  const showcase = await fixture<EtalaseShowcase>(
    planner
      ? html`<etalase-showcase src=${SAMPLE} order-planner></etalase-showcase>`
      : html`<etalase-showcase src=${SAMPLE}></etalase-showcase>`,
  );
  await waitUntil(() => cards(showcase).length > 0, 'cards appear', { timeout: 8000 });
  return showcase;
}

describe('etalase-showcase with order-planner', () => {
  beforeEach(() => localStorage.removeItem(PLAN_STORAGE_KEY));
  afterEach(() => {
    localStorage.removeItem(PLAN_STORAGE_KEY);
    history.replaceState(null, '', location.pathname);
  });

  it('is off by default: no plan button, no add button, no planner', async () => {
    const showcase = await showcaseWith(false);
    expect(shadow(showcase, '.plan-toggle')).to.equal(null);
    expect(shadow(showcase, 'etalase-order-planner')).to.equal(null);
    expect(shadow(cards(showcase)[0], '.plan-add')).to.equal(null);
  });

  it('adds from a card: the count shows, the page hears etalase-plan-change, a reload keeps it', async () => {
    const showcase = await showcaseWith(true);
    const card = cards(showcase)[0]!;
    await waitUntil(() => planner(showcase)?.plan, 'the planner loads');
    const add = shadow(card, '.plan-add') as HTMLButtonElement;
    expect(text(add)).to.equal('Tambah ke rencana');
    expect(add.getAttribute('aria-label')).to.match(/^Tambah ke rencana: \S/);
    setTimeout(() => add.click());
    const event = (await oneEvent(showcase, 'etalase-plan-change')) as EtalasePlanChangeEvent;
    expect(event.items).to.have.length(1);
    expect(event.counts.items).to.equal(1);
    await showcase.updateComplete;
    expect(text(shadow(showcase, '.plan-toggle .toggle-label'))).to.equal('Rencana pesanan (1)');
    expect(text(shadow(showcase, '.plan-toggle + [role="status"]'))).to.contain(
      'ditambahkan ke rencana pesanan',
    );
    await expect(showcase).to.be.accessible();

    showcase.remove();
    const again = await showcaseWith(true);
    await waitUntil(
      () => text(shadow(again, '.plan-toggle .toggle-label')) === 'Rencana pesanan (1)',
      'the saved plan is counted after a reload',
    );
  });

  it('adds from the product detail with the quantity typed, and opens the plan', async () => {
    const showcase = await showcaseWith(true);
    (shadow(cards(showcase)[0], '.select') as HTMLButtonElement).click();
    const detail = shadow(showcase, 'etalase-product-detail')!;
    await waitUntil(() => shadow(detail, '.plan-add input'), 'the detail offers the plan');
    const input = shadow(detail, '.plan-add input') as HTMLInputElement;
    input.value = '250';
    setTimeout(() => (shadow(detail, '.plan-add button') as HTMLButtonElement).click());
    const event = (await oneEvent(showcase, 'etalase-plan-change')) as EtalasePlanChangeEvent;
    expect(event.items[0]!.quantity).to.equal(250);
    await waitUntil(() => text(shadow(detail, '.plan-add [role="status"]')), 'announced');
    expect(text(shadow(detail, '.plan-add [role="status"]'))).to.match(
      /^250 \S+ ditambahkan ke rencana pesanan\.$/,
    );
    (detail as unknown as { close(): void }).close();
    (shadow(showcase, '.plan-toggle') as HTMLButtonElement).click();
    await waitUntil(() => planner(showcase)?.open, 'the plan opens');
    await planner(showcase)!.updateComplete;
    expect(shadow(planner(showcase), 'dialog')!.hasAttribute('open')).to.equal(true);
    expect(shadow(planner(showcase), 'input[type="number"]')).to.have.property('value', '250');
  });

  it('opens a ?rencana= link read-only, leaving the own plan alone', async () => {
    localStorage.setItem(
      PLAN_STORAGE_KEY,
      JSON.stringify({ schema: 1, plan: { ...emptyPlan(), event: 'Own plan' } }),
    );
    const shared = encodePlan({
      ...emptyPlan(),
      event: 'Seminar UMKM',
      items: [{ productId: 'tas-rotan-manjawet', quantity: 30 }],
    });
    history.replaceState(null, '', `${location.pathname}?rencana=${shared}`);
    const showcase = await showcaseWith(true);
    await waitUntil(() => planner(showcase)?.open, 'the shared plan opens');
    const el = planner(showcase)!;
    await el.updateComplete;
    expect(el.readOnly).to.equal(true);
    const t = text(shadow(el, '.base'));
    expect(t).to.contain('Rencana yang dibagikan kepada Anda (hanya baca).');
    expect(t).to.contain('Seminar UMKM');
    expect(t).to.contain('Tas Anyaman Rotan Manjawet');
    expect(t).to.contain('30 buah');
    expect(el.plan.event).to.equal('Own plan');
  });
});
