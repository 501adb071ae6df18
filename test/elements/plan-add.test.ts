import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/product-card/product-card.js';
import '../../src/elements/product-detail/product-detail.js';
import type { EtalaseProductCard } from '../../src/elements/product-card/product-card.js';
import type { EtalaseProductDetail } from '../../src/elements/product-detail/product-detail.js';
import type { EtalasePlanAddEvent } from '../../src/elements/events/plan-change.js';
import {
  producer,
  product,
  priceRangeProduct,
  foodProducer,
} from '../../stories/product-fixtures.js';

const root = (el: Element) => el.shadowRoot!;

describe('"Tambah ke rencana" on the card and the detail', () => {
  it('the card shows it only with order-planner, and asks for the minimum order', async () => {
    const off = await fixture<EtalaseProductCard>(
      html`<etalase-product-card .product=${product} .producer=${producer}></etalase-product-card>`,
    );
    expect(root(off).querySelector('.plan-add')).to.equal(null);
    const on = await fixture<EtalaseProductCard>(
      html`<etalase-product-card
        order-planner
        lang="en"
        .product=${product}
        .producer=${producer}
      ></etalase-product-card>`,
    );
    const button = root(on).querySelector<HTMLButtonElement>('.plan-add')!;
    expect(button.getAttribute('aria-label')).to.equal('Add to plan: Woven rattan bag');
    setTimeout(() => button.click());
    const event = (await oneEvent(on, 'etalase-plan-add')) as EtalasePlanAddEvent;
    expect([event.productId, event.quantity]).to.deep.equal(['tas-rotan-anyam', 10]);
    expect(event.composed).to.equal(true);
    await expect(on).to.be.accessible();
  });

  it('the detail takes a quantity in the product unit, refuses a fraction, and says it was added', async () => {
    const el = await fixture<EtalaseProductDetail>(
      html`<etalase-product-detail
        order-planner
        .product=${priceRangeProduct}
        .producer=${foodProducer}
      ></etalase-product-detail>`,
    );
    el.show();
    await el.updateComplete;
    const form = root(el).querySelector<HTMLFormElement>('form.plan-add')!;
    expect(form.querySelector('label')!.textContent).to.equal('Jumlah (toples)');
    const input = form.querySelector('input')!;
    expect(input.value).to.equal('1', 'no minimum order: one');
    let fired = 0;
    el.addEventListener('etalase-plan-add', () => fired++);
    input.value = '2.5';
    form.requestSubmit();
    expect(fired).to.equal(0);
    input.value = '300';
    setTimeout(() => form.requestSubmit());
    const event = (await oneEvent(el, 'etalase-plan-add')) as EtalasePlanAddEvent;
    expect([event.productId, event.quantity]).to.deep.equal(['amplang-ikan-pipih', 300]);
    await el.updateComplete;
    expect(form.querySelector('[role="status"]')!.textContent).to.equal(
      '300 toples ditambahkan ke rencana pesanan.',
    );
    el.close();
  });
});
