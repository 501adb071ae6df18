import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/producer-map/producer-map.js';
import type { EtalaseProducerMap } from '../../src/elements/producer-map/producer-map.js';
import type { EtalaseFilterChangeEvent } from '../../src/elements/events/filter-change.js';
import type { EtalaseProductSelectEvent } from '../../src/elements/events/product-select.js';
import type { Outlet, Producer, Product } from '../../src/model/types.js';

const producer = (
  id: string,
  name: string,
  regionCode: string,
  lat: number,
  lng: number,
): Producer => ({
  id,
  name,
  regionCode,
  location: { lat, lng },
  contact: {},
});

const product = (id: string, producerId: string, name: string): Product => ({
  id,
  producerId,
  name,
  category: 'kriya',
  images: [],
});

/** Five Kalimantan cities, far enough apart on a large map that none of them is clustered. */
const CITIES = {
  palangkaRaya: producer('pky', 'Rotan Katingan', '62.71', -2.21, 113.92),
  samarinda: producer('smd', 'Tenun Sarung Samarinda', '64.72', -0.5, 117.15),
  banjarmasin: producer('bjm', 'Sasirangan Banjar', '63.71', -3.32, 114.59),
  pontianak: producer('ptk', 'Lidah Buaya Pontianak', '61.71', -0.03, 109.34),
  tarakan: producer('trk', 'Amplang Tarakan', '65.71', 3.3, 117.63),
};
const cityProducers = Object.values(CITIES);
const cityProducts = [
  product('pky-1', 'pky', 'Tas rotan'),
  product('pky-2', 'pky', 'Tikar rotan'),
  product('smd-1', 'smd', 'Sarung tenun'),
  product('bjm-1', 'bjm', 'Kain sasirangan'),
  product('ptk-1', 'ptk', 'Minuman lidah buaya'),
  product('trk-1', 'trk', 'Amplang ikan'),
];
const gallery: Outlet = {
  id: 'galeri',
  name: 'Galeri Dekranasda Kalteng',
  kind: 'gallery',
  regionCode: '62.71',
  location: { lat: -1.2, lng: 113.0 },
};

/** `count` producers at seeded random spots over Kalimantan. */
function scattered(count: number, seed = 7): Producer[] {
  let state = seed;
  const random = () => (state = (state * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: count }, (_, i) =>
    producer(`r${i}`, `Produsen ${i}`, '62.71', -3.5 + random() * 6, 110 + random() * 7),
  );
}

async function mapFixture(
  producers: Producer[],
  options: { products?: Product[]; outlets?: Outlet[]; attrs?: Record<string, string> } = {},
) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: 1000px; --etalase-map-height: 800px">
      <button id="before">before</button>
      <etalase-producer-map
        .producers=${producers}
        .products=${options.products ?? []}
        .outlets=${options.outlets ?? []}
      ></etalase-producer-map>
    </div>`,
  );
  const el = wrapper.querySelector('etalase-producer-map')!;
  for (const [name, value] of Object.entries(options.attrs ?? {})) el.setAttribute(name, value);
  await el.updateComplete;
  return el;
}

const root = (el: EtalaseProducerMap) => el.shadowRoot!;
const markers = (el: EtalaseProducerMap) => [...root(el).querySelectorAll<SVGGElement>('.marker')];
const marker = (el: EtalaseProducerMap, key: string) =>
  root(el).querySelector<SVGGElement>(`.marker[data-key="${key}"]`)!;
const position = (g: Element): [number, number] => {
  const match = /translate\(([-\d.e]+) ([-\d.e]+)\)/.exec(g.getAttribute('transform') ?? '')!;
  return [Number(match[1]), Number(match[2])];
};
const focused = (el: EtalaseProducerMap) =>
  root(el).activeElement as HTMLElement | SVGElement | null;
const landScale = (el: EtalaseProducerMap) =>
  Number(
    /scale\(([-\d.e]+)\)/.exec(
      root(el).querySelector('svg > g[transform]')!.getAttribute('transform')!,
    )![1],
  );

describe('etalase-producer-map', () => {
  it('places known cities in the right relative positions (Mercator)', async () => {
    const el = await mapFixture(cityProducers);
    const at = (p: Producer) => position(marker(el, `p:${p.id}`));
    const [pky, smd, bjm, ptk, trk] = [
      at(CITIES.palangkaRaya),
      at(CITIES.samarinda),
      at(CITIES.banjarmasin),
      at(CITIES.pontianak),
      at(CITIES.tarakan),
    ];
    // West to east: Pontianak, Palangka Raya, Banjarmasin, Samarinda, Tarakan.
    expect(ptk[0]).to.be.below(pky[0]);
    expect(pky[0]).to.be.below(bjm[0]);
    expect(bjm[0]).to.be.below(smd[0]);
    expect(smd[0]).to.be.below(trk[0]);
    // North to south (screen y grows southwards): Tarakan, Pontianak, Samarinda, Palangka Raya, Banjarmasin.
    expect(trk[1]).to.be.below(ptk[1]);
    expect(ptk[1]).to.be.below(smd[1]);
    expect(smd[1]).to.be.below(pky[1]);
    expect(pky[1]).to.be.below(bjm[1]);
    // Longitude is linear on a Mercator map.
    const ratio = (smd[0] - ptk[0]) / (bjm[0] - ptk[0]);
    expect(ratio).to.be.closeTo((117.15 - 109.34) / (114.59 - 109.34), 0.01);
    // Every marker is on the map.
    for (const [x, y] of [pky, smd, bjm, ptk, trk]) {
      expect(x).to.be.within(0, 1000);
      expect(y).to.be.within(0, 800);
    }
  });

  it('names markers with producer, region and product count, in Indonesian and English', async () => {
    const el = await mapFixture(cityProducers, { products: cityProducts, outlets: [gallery] });
    expect(marker(el, 'p:pky').getAttribute('aria-label')).to.equal(
      'Produsen Rotan Katingan, Kota Palangkaraya, 2 produk',
    );
    expect(marker(el, 'o:galeri').getAttribute('aria-label')).to.equal(
      'Galeri Galeri Dekranasda Kalteng, Kota Palangkaraya',
    );
    el.lang = 'en';
    await el.updateComplete;
    expect(marker(el, 'p:smd').getAttribute('aria-label')).to.equal(
      'Producer Tenun Sarung Samarinda, Kota Samarinda, 1 product',
    );
  });

  it('clusters nearby producers; cluster counts add up to every producer', async () => {
    const producers = scattered(400);
    const el = await mapFixture(producers);
    const clusters = markers(el).filter((m) => m.classList.contains('cluster'));
    expect(clusters.length).to.be.greaterThan(0);
    const total = markers(el).reduce(
      (sum, m) =>
        sum + (m.classList.contains('cluster') ? Number(m.querySelector('text')!.textContent) : 1),
      0,
    );
    expect(total).to.equal(producers.length);
    expect(markers(el).length).to.be.below(producers.length);
  });

  it('gives markers at least 24 px targets', async () => {
    const el = await mapFixture(cityProducers, { outlets: [gallery] });
    for (const m of markers(el)) {
      const box = m.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    }
  });

  it('is one tab stop; arrow keys move between markers; Enter opens a popup and Escape closes it', async () => {
    const el = await mapFixture(cityProducers, { products: cityProducts });
    el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    const first = focused(el)!;
    expect(first.classList.contains('marker')).to.equal(true);
    expect(markers(el).filter((m) => m.getAttribute('tabindex') === '0')).to.have.length(1);

    // Arrows go to the nearest marker ahead, preferring straight ahead over sideways.
    marker(el, 'p:bjm').focus();
    const walk = async (key: string) => {
      await sendKeys({ press: key });
      await el.updateComplete;
      return focused(el)!.dataset['key'];
    };
    expect(await walk('ArrowUp')).to.equal('p:pky');
    expect(await walk('ArrowLeft')).to.equal('p:ptk');
    expect(await walk('ArrowLeft')).to.equal('p:ptk'); // nothing further west
    expect(await walk('ArrowRight')).to.equal('p:smd');
    expect(await walk('ArrowRight')).to.equal('p:trk');
    expect(await walk('ArrowDown')).to.equal('p:smd');
    expect(await walk('ArrowDown')).to.equal('p:bjm');
    expect(await walk('ArrowUp')).to.equal('p:pky');
    expect(marker(el, 'p:pky').getAttribute('tabindex')).to.equal('0');
    expect(markers(el).filter((m) => m.getAttribute('tabindex') === '0')).to.have.length(1);

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const popup = root(el).querySelector('[role="dialog"]')!;
    expect(popup).to.exist;
    expect(popup.textContent).to.contain('Rotan Katingan');
    expect(popup.textContent).to.contain('Kota Palangkaraya');
    expect(popup.textContent).to.contain('Tas rotan');
    expect(popup.contains(focused(el))).to.equal(true);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root(el).querySelector('[role="dialog"]')).to.equal(null);
    expect(focused(el)!.dataset['key']).to.equal('p:pky');

    // Tab leaves the markers: the next stop is a zoom button, not another marker.
    await sendKeys({ press: 'Tab' });
    expect(focused(el)!.classList.contains('marker')).to.equal(false);
  });

  it('zooms in on a cluster with Enter and keeps the keyboard on the map', async () => {
    const el = await mapFixture(scattered(300));
    const cluster = markers(el).find((m) => m.classList.contains('cluster'))!;
    const key = cluster.dataset['key']!;
    const scale = landScale(el);
    cluster.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(landScale(el)).to.be.greaterThan(scale);
    expect(marker(el, key)).to.equal(null);
    expect(focused(el)!.classList.contains('marker')).to.equal(true);
  });

  it('lists producers at the same spot instead of zooming forever', async () => {
    const market = [1, 2, 3].map((i) => producer(`m${i}`, `Kios ${i}`, '62.71', -2.21, 113.92));
    const el = await mapFixture([...market, CITIES.tarakan]);
    const cluster = markers(el).find((m) => m.classList.contains('cluster'))!;
    expect(cluster.querySelector('text')!.textContent).to.equal('3');
    cluster.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const dialog = root(el).querySelector('[role="dialog"]')!;
    expect(dialog.querySelector('h2')!.textContent).to.equal('3 produsen di lokasi ini');
    const names = [...dialog.querySelectorAll('li button')].map((b) => b.textContent!.trim());
    expect(names).to.have.members(['Kios 1', 'Kios 2', 'Kios 3']);
    await expect(el).to.be.accessible();
    dialog.querySelector<HTMLButtonElement>('li button')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('[role="dialog"] h2')!.textContent).to.match(/^Kios \d$/);
  });

  it('fires etalase-product-select and etalase-filter-change from the popup', async () => {
    const el = await mapFixture(cityProducers, { products: cityProducts });
    marker(el, 'p:pky').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('.popup li button')];
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['Tas rotan', 'Tikar rotan']);
    setTimeout(() => buttons[1]!.click());
    const select = (await oneEvent(el, 'etalase-product-select')) as EtalaseProductSelectEvent;
    expect(select.productId).to.equal('pky-2');
    expect(select.product?.name).to.equal('Tikar rotan');

    setTimeout(() => root(el).querySelector<HTMLButtonElement>('.popup .action')!.click());
    const change = (await oneEvent(el, 'etalase-filter-change')) as EtalaseFilterChangeEvent;
    expect(change.filter).to.deep.equal({ producer: 'pky' });
  });

  it('fires no event for programmatic changes', async () => {
    const el = await mapFixture(cityProducers, { products: cityProducts });
    const fired: string[] = [];
    for (const name of ['etalase-product-select', 'etalase-filter-change'])
      el.addEventListener(name, () => fired.push(name));
    el.producers = scattered(50);
    el.selectedRegion = '62';
    el.zoomIn();
    el.zoomOut();
    el.resetView();
    el.lang = 'en';
    await el.updateComplete;
    expect(fired).to.deep.equal([]);
  });

  it('zooms with the on-screen buttons and resets to the producers', async () => {
    const el = await mapFixture(cityProducers);
    const home = landScale(el);
    const [zoomIn, zoomOut, reset] = [
      ...root(el).querySelectorAll<HTMLButtonElement>('.controls button'),
    ];
    zoomIn!.click();
    await el.updateComplete;
    expect(landScale(el)).to.be.closeTo(home * 2, 1e-6);
    zoomOut!.click();
    zoomOut!.click();
    await el.updateComplete;
    expect(landScale(el)).to.be.closeTo(home / 2, 1e-6);
    reset!.click();
    await el.updateComplete;
    expect(landScale(el)).to.be.closeTo(home, 1e-6);
    expect(zoomIn!.getAttribute('aria-label')).to.equal('Perbesar');
  });

  it('pans by dragging without opening a marker', async () => {
    const el = await mapFixture(cityProducers);
    const svgElement = root(el).querySelector('svg')!;
    const before = position(marker(el, 'p:pky'));
    const box = svgElement.getBoundingClientRect();
    const at = (x: number, y: number) => ({
      pointerId: 1,
      pointerType: 'mouse',
      button: 0,
      clientX: box.left + x,
      clientY: box.top + y,
      bubbles: true,
    });
    svgElement.dispatchEvent(new PointerEvent('pointerdown', at(500, 400)));
    svgElement.dispatchEvent(new PointerEvent('pointermove', at(540, 380)));
    svgElement.dispatchEvent(new PointerEvent('pointermove', at(560, 370)));
    svgElement.dispatchEvent(new PointerEvent('pointerup', at(560, 370)));
    await el.updateComplete;
    const after = position(marker(el, 'p:pky'));
    expect(after[0] - before[0]).to.be.closeTo(60, 0.01);
    expect(after[1] - before[1]).to.be.closeTo(-30, 0.01);
  });

  it('zooms with the wheel around the pointer, and with a two-finger pinch', async () => {
    const el = await mapFixture(cityProducers);
    const svgElement = root(el).querySelector('svg')!;
    const box = svgElement.getBoundingClientRect();
    const home = landScale(el);
    const pky = position(marker(el, 'p:pky'));
    svgElement.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -300,
        clientX: box.left + pky[0],
        clientY: box.top + pky[1],
        bubbles: true,
        cancelable: true,
      }),
    );
    await el.updateComplete;
    expect(landScale(el)).to.be.closeTo(home * 2, 1e-6);
    // The point under the pointer stays put (within the whole pixels a mouse event carries).
    const after = position(marker(el, 'p:pky'));
    expect(after[0]).to.be.closeTo(pky[0], 1);
    expect(after[1]).to.be.closeTo(pky[1], 1);

    el.resetView();
    await el.updateComplete;
    const touch = (pointerId: number, x: number) => ({
      pointerId,
      pointerType: 'touch',
      clientX: box.left + x,
      clientY: box.top + 400,
      bubbles: true,
    });
    svgElement.dispatchEvent(new PointerEvent('pointerdown', touch(1, 400)));
    svgElement.dispatchEvent(new PointerEvent('pointerdown', touch(2, 500)));
    svgElement.dispatchEvent(new PointerEvent('pointermove', touch(2, 600)));
    svgElement.dispatchEvent(new PointerEvent('pointerup', touch(2, 600)));
    svgElement.dispatchEvent(new PointerEvent('pointerup', touch(1, 400)));
    await el.updateComplete;
    expect(landScale(el)).to.be.closeTo(home * 2, 1e-6);
  });

  it('follows its size, also after being moved in the page', async () => {
    const el = await mapFixture(cityProducers);
    const wrapper = el.parentElement!;
    const viewBox = () => root(el).querySelector('svg')!.getAttribute('viewBox');
    expect(viewBox()).to.equal('0 0 998 798');
    wrapper.remove();
    document.body.append(wrapper);
    await el.updateComplete;
    wrapper.style.width = '600px';
    await waitUntil(() => viewBox() === '0 0 598 798', 'the map did not follow its new size');
    const [x] = position(marker(el, 'p:trk'));
    expect(x).to.be.within(0, 598);
    wrapper.remove();
  });

  it('zooms with + and - on a focused marker, keeping that marker focused', async () => {
    const el = await mapFixture(cityProducers);
    const home = landScale(el);
    marker(el, 'p:smd').focus();
    await sendKeys({ press: '=' });
    await el.updateComplete;
    expect(landScale(el)).to.be.closeTo(home * 2, 1e-6);
    expect(focused(el)!.dataset['key']).to.equal('p:smd');
    await sendKeys({ press: '-' });
    await sendKeys({ press: '-' });
    await el.updateComplete;
    expect(landScale(el)).to.be.closeTo(home / 2, 1e-6);
    expect(focused(el)!.dataset['key']).to.equal('p:smd');
  });

  it('is accessible in English with the dark theme and an open popup', async () => {
    const el = await mapFixture(cityProducers, { products: cityProducts, outlets: [gallery] });
    el.lang = 'en';
    el.theme = 'dark';
    await el.updateComplete;
    marker(el, 'o:galeri').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const popup = root(el).querySelector('[role="dialog"]')!;
    expect(popup.textContent).to.contain('Gallery');
    expect(popup.textContent).to.contain('Show products sold here');
    await expect(el).to.be.accessible();
    setTimeout(() => popup.querySelector<HTMLButtonElement>('.action')!.click());
    const change = (await oneEvent(el, 'etalase-filter-change')) as EtalaseFilterChangeEvent;
    expect(change.filter).to.deep.equal({ outlet: 'galeri' });
  });

  it("leaves finished events off the map and writes an event's dates with Intl in id and en", async () => {
    const expo: Outlet = {
      id: 'expo',
      name: 'Kalsel Expo 2027',
      kind: 'expo',
      regionCode: '63.71',
      location: { lat: -3.32, lng: 114.6 },
      startDate: '2027-01-29',
      endDate: '2027-02-02',
      hours: [
        {
          days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
          opens: '10:00',
          closes: '22:00',
        },
      ],
      contact: { whatsapp: '6281200000901' },
    };
    const fair: Outlet = {
      ...expo,
      id: 'fair',
      kind: 'fair',
      startDate: '2026-05-18',
      endDate: '2026-05-23',
    };
    const el = await mapFixture(cityProducers, {
      outlets: [expo, fair, gallery],
      attrs: { today: '2026-12-01' },
    });
    expect(marker(el, 'o:expo')).to.exist;
    expect(marker(el, 'o:galeri')).to.exist;
    expect(marker(el, 'o:fair')).to.equal(null);
    marker(el, 'o:expo').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const popup = () =>
      root(el).querySelector('[role="dialog"]')!.textContent!.replace(/\s+/g, ' ');
    expect(popup()).to.contain('29 Januari – 2 Februari 2027 (akan datang)');
    expect(popup()).to.contain('Setiap hari 10.00–22.00');
    expect(popup()).not.to.contain('2027-01-29');
    expect(root(el).querySelector('[role="dialog"] a[href^="https://wa.me/6281200000901"]')).to
      .exist;
    el.lang = 'en';
    await el.updateComplete;
    expect(popup()).to.contain('29 January – 2 February 2027 (upcoming)');
    expect(popup()).to.contain('Daily 10:00–22:00');
    await expect(el).to.be.accessible();
    // On a day during the fair, it is back on the map.
    el.today = '2026-05-20';
    await el.updateComplete;
    expect(marker(el, 'o:fair')).to.exist;
  });

  it('shows a text list of the same producers', async () => {
    const el = await mapFixture(cityProducers, { products: cityProducts });
    const details = root(el).querySelector('details')!;
    expect(details.querySelector('summary')!.textContent).to.contain('(5)');
    details.open = true;
    await oneEvent(details, 'toggle');
    await el.updateComplete;
    const items = [...details.querySelectorAll('li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' '),
    );
    expect(items).to.have.length(5);
    expect(items[0]).to.contain('Rotan Katingan, Kota Palangkaraya, 2 produk');
    await expect(el).to.be.accessible();
  });

  it('is accessible with producers, clusters and outlets', async () => {
    const el = await mapFixture(scattered(200), { outlets: [gallery] });
    await expect(el).to.be.accessible();
  });

  it('says when no producer has a location, and stays accessible', async () => {
    const el = await mapFixture([{ ...CITIES.samarinda, location: undefined }]);
    expect(markers(el)).to.have.length(0);
    expect(root(el).querySelector('.state')!.textContent).to.contain(
      'Belum ada produsen dengan lokasi',
    );
    await expect(el).to.be.accessible();
  });

  describe('network', () => {
    beforeEach(() => {
      performance.setResourceTimingBufferSize(2000);
      performance.clearResourceTimings();
    });

    /** Requests other than the test page's own code modules. */
    const dataRequests = () =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name))
        .filter((url) => !/\.(js|ts|mjs)$/.test(url.pathname))
        .map((url) => url.pathname);

    it('makes no request by default', async () => {
      const calls: unknown[] = [];
      const original = window.fetch;
      window.fetch = (...args: Parameters<typeof fetch>) => {
        calls.push(args[0]);
        return original(...args);
      };
      try {
        const el = await mapFixture(scattered(100), { products: cityProducts, outlets: [gallery] });
        el.zoomIn();
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(calls).to.deep.equal([]);
        expect(dataRequests()).to.deep.equal([]);
        expect(root(el).querySelectorAll('image')).to.have.length(0);
      } finally {
        window.fetch = original;
      }
    });

    it('requests tiles only with tile-url, aligned with the markers, and shows the attribution', async () => {
      const el = await mapFixture(cityProducers, {
        attrs: { 'tile-url': '/__tiles/{z}/{x}/{y}.png', 'tile-attribution': '© Peta Uji' },
      });
      const images = [...root(el).querySelectorAll('image')];
      expect(images.length).to.be.greaterThan(0);
      for (const image of images)
        expect(image.getAttribute('href')).to.match(/^\/__tiles\/\d+\/\d+\/\d+\.png$/);
      expect(root(el).querySelector('.attribution')!.textContent).to.contain('© Peta Uji');
      await waitUntil(() => dataRequests().some((path) => path.startsWith('/__tiles/')));

      // The tile that holds Palangka Raya (standard slippy-map numbering) is drawn under its marker.
      const href = images[0]!.getAttribute('href')!;
      const z = Number(href.split('/')[2]);
      const n = 2 ** z;
      const lat = (-2.21 * Math.PI) / 180;
      const tx = Math.floor(((113.92 + 180) / 360) * n);
      const ty = Math.floor(((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2) * n);
      const tile = images.find(
        (image) => image.getAttribute('href') === `/__tiles/${z}/${tx}/${ty}.png`,
      )!;
      expect(tile).to.exist;
      const [x, y] = position(marker(el, 'p:pky'));
      const left = Number(tile.getAttribute('x'));
      const top = Number(tile.getAttribute('y'));
      const size = Number(tile.getAttribute('width'));
      expect(x).to.be.within(left, left + size);
      expect(y).to.be.within(top, top + size);
      await expect(el).to.be.accessible();
    });

    it('draws no tiles without an attribution', async () => {
      const el = await mapFixture(cityProducers, {
        attrs: { 'tile-url': '/__tiles/{z}/{x}/{y}.png' },
      });
      expect(root(el).querySelectorAll('image')).to.have.length(0);
    });

    it('loads a publisher base map and highlights the selected region', async () => {
      const el = await mapFixture(cityProducers, {
        attrs: { basemap: '/stories/assets/kalimantan-provinces.geojson', region: '62' },
      });
      // A resource timing entry is queued after its response: it may come a task after the render.
      const withoutTiles = () => dataRequests().filter((path) => !path.startsWith('/__tiles/')); // earlier tests' tiles
      await waitUntil(() => withoutTiles().length > 0, 'the base map request is recorded');
      expect(withoutTiles()).to.deep.equal(['/stories/assets/kalimantan-provinces.geojson']);
      const regions = [...root(el).querySelectorAll('path.region')];
      expect(regions).to.have.length(5);
      const selected = regions.filter((path) => path.classList.contains('selected'));
      expect(selected).to.have.length(1);
      // Rewound correctly: the province is a small shape, not the whole globe minus the province.
      const box = (selected[0] as SVGPathElement).getBBox();
      expect(box.width * landScale(el)).to.be.below(1000);
      el.selectedRegion = '64.72';
      await el.updateComplete;
      expect(root(el).querySelectorAll('path.region.selected')).to.have.length(1);
    });

    it('keeps the markers and says so when the publisher base map fails', async () => {
      const el = await mapFixture(cityProducers, { attrs: { basemap: '/__missing/basemap.json' } });
      expect(markers(el)).to.have.length(5);
      expect(root(el).querySelector('.state')!.textContent).to.contain(
        'Peta dasar tidak dapat dimuat',
      );
      await expect(el).to.be.accessible();
    });

    it('refuses an unsafe base map URL without requesting it', async () => {
      const calls: unknown[] = [];
      const original = window.fetch;
      window.fetch = (...args: Parameters<typeof fetch>) => {
        calls.push(args[0]);
        return original(...args);
      };
      try {
        const el = await mapFixture(cityProducers, { attrs: { basemap: 'javascript:alert(1)' } });
        expect(calls).to.deep.equal([]);
        expect(root(el).querySelector('.state')!.textContent).to.contain(
          'Peta dasar tidak dapat dimuat',
        );
      } finally {
        window.fetch = original;
      }
    });
  });
});
