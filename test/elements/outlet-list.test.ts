import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/outlet-list/outlet-list.js';
import type { EtalaseOutletList } from '../../src/elements/outlet-list/outlet-list.js';
import type { EtalaseFilterChangeEvent } from '../../src/elements/events/filter-change.js';
import type { Outlet } from '../../src/model/types.js';
import * as stories from '../../stories/outlet-list.stories.js';
import {
  allOutlets,
  kalselExpo,
  OUTLETS_TODAY,
  outletProducers,
  outletProducts,
} from '../../stories/outlet-fixtures.js';
import { itRendersEveryStoryAccessibly } from './story-helpers.js';

async function listFixture(outlets: Outlet[] = allOutlets, lang = 'id', jsonLd = false) {
  return fixture<EtalaseOutletList>(
    html`<etalase-outlet-list
      lang=${lang}
      today=${OUTLETS_TODAY}
      ?no-json-ld=${!jsonLd}
      .outlets=${outlets}
      .producers=${outletProducers}
      .products=${outletProducts}
    ></etalase-outlet-list>`,
  );
}

const root = (el: EtalaseOutletList) => el.shadowRoot!;
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const headings = (el: EtalaseOutletList) =>
  [...root(el).querySelectorAll('section > h4')].map(text);
/** Outlet names in the order shown, outside the folded "finished" part. */
const shown = (el: EtalaseOutletList) =>
  [...root(el).querySelectorAll('section > ul .outlet h5')].map(text);

describe('etalase-outlet-list', () => {
  it('lists coming events first under month headings, then places; the past is folded away', async () => {
    const el = await listFixture();
    expect(headings(el)).to.deep.equal([
      'November 2026',
      'Januari 2027',
      'Galeri & tempat belanja',
    ]);
    expect(shown(el)).to.deep.equal([
      'Bazar UMKM Akhir Tahun',
      'UMKM Expo Siring Menara Pandang 2027',
      'Galeri Dekranasda Kota Palangka Raya',
      'Pusat Oleh-Oleh Khas Kaltim',
    ]);
    const details = root(el).querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(text(details.querySelector('summary')!)).to.contain('(2)');
    expect(text(details)).to.contain('Pameran Produk Unggulan Festival Isen Mulang 2026');
    expect(text(details)).to.contain('Sudah selesai');
    expect(text(details)).to.contain('Sudah tutup');
  });

  it('writes statuses, dates, hours and booths in the visitor language', async () => {
    const el = await listFixture();
    const expo = root(el).querySelector('#outlet-kalsel-expo-2027')!.closest('li')!;
    expect(text(expo)).to.contain('Akan datang');
    expect(text(expo)).to.contain('29 Januari – 2 Februari 2027');
    expect(text(expo)).to.contain('Setiap hari 10.00–22.00');
    expect(text(expo)).to.contain('Stan: Paviliun Kalimantan, stan 12');
    expect(text(expo)).to.contain('Peserta dari katalog ini: 2 produsen');
    const soon = root(el).querySelector('#outlet-pusat-oleh-oleh-basuki-rahmat')!.closest('li')!;
    expect(text(soon)).to.contain('Segera dibuka, mulai 1 Maret 2027');
    el.lang = 'en';
    await el.updateComplete;
    expect(text(expo)).to.contain('Upcoming');
    expect(text(expo)).to.contain('29 January – 2 February 2027');
    expect(text(expo)).to.contain('Daily 10:00–22:00');
    expect(text(expo)).to.contain('Booth: Kalimantan pavilion, booth 12');
    expect(text(root(el).querySelector('#outlet-bazar-akhir-tahun')!.closest('li')!)).to.contain(
      'On now',
    );
    await expect(el).to.be.accessible();
  });

  it("gives each outlet's contacts and directions as plain links, and no request before a click", async () => {
    const el = await listFixture([kalselExpo]);
    const links = [...root(el).querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.include('tel:05113350000');
    expect(links.some((href) => href!.startsWith('https://wa.me/6281200000904?text='))).to.equal(
      true,
    );
    expect(links).to.include(
      'geo:-3.3199,114.5946?q=-3.3199,114.5946(UMKM%20Expo%20Siring%20Menara%20Pandang%202027)',
    );
    expect(links.some((href) => href!.startsWith('https://www.openstreetmap.org/'))).to.equal(true);
    // Nothing in the list loads anything from another origin.
    expect(root(el).querySelectorAll('img, iframe, link, script').length).to.equal(0);
  });

  it('downloads an .ics calendar file for an event', async () => {
    const el = await listFixture([kalselExpo]);
    const original = URL.createObjectURL;
    let blob: Blob | undefined;
    URL.createObjectURL = (object: Blob | MediaSource) => {
      blob = object as Blob;
      return original.call(URL, object);
    };
    try {
      const button = [...root(el).querySelectorAll('button')].find((b) =>
        text(b).includes('Simpan ke kalender'),
      )!;
      button.click();
    } finally {
      URL.createObjectURL = original;
    }
    expect(blob?.type).to.equal('text/calendar;charset=utf-8');
    const ics = await blob!.text();
    expect(ics).to.contain('DTSTART;VALUE=DATE:20270129');
    expect(ics).to.contain('DTEND;VALUE=DATE:20270203');
    expect(ics).to.contain('SUMMARY:UMKM Expo Siring Menara Pandang 2027');
    // Places have no calendar button.
    const place = await listFixture([allOutlets[1]!]);
    expect(text(root(place).querySelector('.outlet')!)).not.to.contain('kalender');
  });

  it('asks for the products sold at an outlet on click, and fires nothing on a programmatic change', async () => {
    const el = await listFixture([kalselExpo]);
    let fired = 0;
    el.addEventListener('etalase-filter-change', () => fired++);
    el.outlets = [kalselExpo, allOutlets[1]!];
    el.today = '2027-01-30';
    await el.updateComplete;
    expect(fired).to.equal(0);
    const button = root(el).querySelector<HTMLButtonElement>('.outlet button.primary')!;
    expect(text(button)).to.equal('Lihat 3 produk di sini UMKM Expo Siring Menara Pandang 2027');
    setTimeout(() => button.click());
    const event = (await oneEvent(el, 'etalase-filter-change')) as EtalaseFilterChangeEvent;
    expect(event.filter).to.deep.equal({ outlet: 'kalsel-expo-2027' });
    expect(event.composed).to.equal(true);
  });

  it('describes upcoming and current events (not past ones) as schema.org Events in the head', async () => {
    const el = await listFixture(allOutlets, 'en', true);
    await el.jsonLdSettled;
    const script = document.head.querySelector<HTMLScriptElement>(
      'script[type="application/ld+json"][data-etalase="etalase-outlet-list"]',
    )!;
    const data = JSON.parse(script.textContent!) as { name: string; '@type': string }[];
    expect(data.map((event) => event['@type'])).to.deep.equal(['Event', 'Event']);
    expect(data.map((event) => event.name).sort()).to.deep.equal([
      'UMKM Expo at Siring Menara Pandang 2027',
      'Year-end UMKM Bazaar',
    ]);
    el.remove();
    expect(script.isConnected).to.equal(false);
  });

  itRendersEveryStoryAccessibly(stories, 'etalase-outlet-list');
});
