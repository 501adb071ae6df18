import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/order-planner/order-planner.js';
import type { EtalaseOrderPlanner } from '../../src/elements/order-planner/order-planner.js';
import type { EtalaseContactEvent } from '../../src/elements/events/contact.js';
import type { EtalasePlanChangeEvent } from '../../src/elements/events/plan-change.js';
import { emptyPlan, encodePlan, type OrderPlan } from '../../src/feed/order-plan/index.js';
import { getBuiltinRegion } from '../../src/model/regions/index.js';
import * as stories from '../../stories/order-planner.stories.js';
import {
  allWarningsPlan,
  planFeed,
  PLAN_TODAY,
  twoProducerPlan,
} from '../../stories/order-plan-fixtures.js';
import { itRendersEveryStoryAccessibly } from './story-helpers.js';

const regionNamer = (code: string) => getBuiltinRegion(code)?.name;
const root = (el: Element) => el.shadowRoot!;
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function planner(options: {
  plan?: OrderPlan;
  key?: string;
  shared?: string;
  view?: string;
}) {
  const el = await fixture<EtalaseOrderPlanner>(
    html`<etalase-order-planner
      lang="id"
      today=${PLAN_TODAY}
      storage-key=${options.key ?? ''}
      ?no-storage=${!options.key}
      view=${options.view ?? 'plan'}
      shared-plan=${options.shared ?? ''}
      .feed=${planFeed}
      .regionNamer=${regionNamer}
      .plan=${options.plan ?? emptyPlan()}
    ></etalase-order-planner>`,
  );
  await el.updateComplete;
  return el;
}

describe('etalase-order-planner', () => {
  itRendersEveryStoryAccessibly(stories, 'etalase-order-planner');

  it('groups items by producer with their checks, subtotals and send links', async () => {
    const el = await planner({ plan: twoProducerPlan });
    const groups = [...root(el).querySelectorAll('[part="group"]')];
    expect(groups.map((g) => text(g.querySelector('h3')))).to.deep.equal([
      'Dapur Talam Bu Ani',
      'Batik Kumala',
    ]);
    expect(text(groups[0]!)).to.contain('perlu dipesan paling lambat 1 Januari 2027');
    expect(text(groups[0]!)).to.contain('Rp2.500.000–Rp3.000.000');
    const links = [...groups[0]!.querySelectorAll<HTMLAnchorElement>('[part="send"] a')];
    expect(links.map((a) => text(a))).to.deep.equal(['WhatsApp', 'E-mail', 'Telepon']);
    expect(links[0]!.href).to.match(/^https:\/\/wa\.me\/6281200000001\?text=Halo%20Dapur/);
    expect(text(root(el).querySelector('.total'))).to.equal(
      'Perkiraan total: Rp11.500.000–Rp15.000.000',
    );
  });

  it('shows every warning in words, another producer who can, and the product that left the feed', async () => {
    const el = await planner({ plan: allWarningsPlan });
    const t = text(root(el).querySelector('.base'));
    for (const words of [
      'terlalu dekat: waktu pembuatan 14 hari',
      'kapasitas ±150 kotak per bulan (±45 dalam 9 hari); pertimbangkan membagi pesanan',
      'minimal 50 toples',
      'stok habis',
      'produsen tidak melayani pesanan partai',
      'Kue lapis · Kue Basah Katingan (Kabupaten Katingan) · kapasitas ±1.200 kotak per bulan (±360 dalam 9 hari)',
      'Tidak ada lagi di katalog',
      'Keripik kelakai',
      'sudah tidak ada di katalog',
    ])
      expect(t).to.contain(words);
    expect(text(root(el).querySelector('.summary'))).to.equal(
      '4 produk · 3 produsen · 6 peringatan',
    );
  });

  it('the print view has every item, quantity, price, NIB, link, publisher and date', async () => {
    const el = await planner({ plan: allWarningsPlan, view: 'print' });
    await waitUntil(() => root(el).querySelector('[part="sheet"]'), 'the sheet loads');
    const sheet = root(el).querySelector('[part="sheet"]')!;
    expect(text(sheet.querySelector('h1'))).to.equal('Rencana Belanja Produk Lokal');
    const rows = [...sheet.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((row) =>
      text(row.cells[0]!),
    );
    expect(rows).to.deep.equal(['Kue talam', 'Amplang ikan pipih', 'Tas rotan', 'Keripik kelakai']);
    const t = text(sheet);
    expect(t).to.contain('300 kotak');
    expect(t).to.contain('Rp25.000–Rp30.000 / kotak');
    expect(t).to.contain('Rp7.500.000–Rp9.000.000');
    expect(t).to.contain('NIB: 9120000000101');
    expect(t).to.contain('Sumber data: Pemerintah Kota Palangka Raya · Data per 20 November 2026');

    await expect(el).to.be.accessible();

    const withBags = await planner({ plan: twoProducerPlan, view: 'print' });
    await waitUntil(() => root(withBags).querySelector('[part="sheet"]'), 'the sheet loads');
    expect(text(root(withBags).querySelector('[part="sheet"]'))).to.contain(
      'e-Katalog / marketplace: https://e-katalog.example.go.id/kumala',
    );
  });

  it('reload keeps the plan: a new planner with the same storage key shows it', async () => {
    const key = `etalase.test-plan-${Math.random()}`;
    const first = await planner({ key });
    expect(first.add('amplang', 60)).to.equal(true);
    expect(first.add('unknown-product', 1)).to.equal(false);
    await first.updateComplete;
    const input = root(first).querySelector<HTMLInputElement>('input[type="number"]')!;
    input.value = '80';
    input.dispatchEvent(new Event('change'));
    first.remove();

    const second = await planner({ key });
    expect(second.plan.items).to.deep.equal([
      {
        productId: 'amplang',
        quantity: 80,
        name: { id: 'Amplang ikan pipih', en: 'Featherback fish crackers' },
      },
    ]);
    expect(text(root(second).querySelector('[part="group"]'))).to.contain('Amplang ikan pipih');
    localStorage.removeItem(key);
  });

  it('fires etalase-plan-change on user action only, with items and counts', async () => {
    const el = await planner({ plan: twoProducerPlan });
    let fired = 0;
    el.addEventListener('etalase-plan-change', () => fired++);
    el.plan = allWarningsPlan; // programmatic
    el.add('amplang', 5); // programmatic
    await el.updateComplete;
    expect(fired).to.equal(0);
    const remove = root(el).querySelector<HTMLButtonElement>('button.remove')!;
    setTimeout(() => remove.click());
    const event = (await oneEvent(el, 'etalase-plan-change')) as EtalasePlanChangeEvent;
    expect(event.items.map((i) => i.productId)).to.deep.equal([
      'amplang',
      'tas-rotan',
      'keripik-lama',
    ]);
    expect(event.counts).to.deep.equal({ items: 3, producers: 2, warnings: 4 });
  });

  it('each send fires a cancelable etalase-contact with the channel, producer and items', async () => {
    const el = await planner({ plan: twoProducerPlan });
    const link = root(el).querySelector<HTMLAnchorElement>('[part="send"] a')!;
    el.addEventListener('etalase-contact', (e) => e.preventDefault());
    setTimeout(() => link.click());
    const event = (await oneEvent(el, 'etalase-contact')) as EtalaseContactEvent;
    expect(event.channel).to.equal('whatsapp');
    expect(event.producerId).to.equal('dapur-talam');
    expect(event.items?.map((i) => [i.productId, i.quantity])).to.deep.equal([['kue-talam', 100]]);
    expect(event.cancelable).to.equal(true);
    expect(event.defaultPrevented).to.equal(true);
  });

  it('a shared link opens the same plan read-only, without touching the own plan', async () => {
    const el = await planner({ plan: allWarningsPlan, shared: encodePlan(twoProducerPlan) });
    expect(el.readOnly).to.equal(true);
    expect(root(el).querySelector('input, select')).to.equal(null);
    expect(root(el).querySelector('button.remove')).to.equal(null);
    const t = text(root(el).querySelector('.base'));
    expect(t).to.contain('Rencana yang dibagikan kepada Anda (hanya baca).');
    expect(t).to.contain('Rapat Koordinasi UMKM 2027');
    expect(t).to.contain('Kota Palangka Raya');
    expect(t).to.contain('100 kotak');
    expect(t).to.contain('60 buah');
    expect(el.plan).to.equal(allWarningsPlan);
    await expect(el).to.be.accessible();
  });

  it('edits the event details and keeps them in the plan', async () => {
    const el = await planner({ plan: twoProducerPlan });
    const date = root(el).querySelector<HTMLInputElement>('input[name="neededBy"]')!;
    expect(date.min).to.equal(PLAN_TODAY);
    date.value = '2026-12-10';
    setTimeout(() => date.dispatchEvent(new Event('change')));
    const event = (await oneEvent(el, 'etalase-plan-change')) as EtalasePlanChangeEvent;
    expect(event.plan.neededBy).to.equal('2026-12-10');
    await el.updateComplete;
    expect(text(root(el).querySelector('[part="group"]'))).to.contain(
      'terlalu dekat: waktu pembuatan 14 hari',
    );
  });
});
