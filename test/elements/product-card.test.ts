import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/product-card/product-card.js';
import type { EtalaseProductCard } from '../../src/elements/product-card/product-card.js';
import type { EtalaseProductSelectEvent } from '../../src/elements/events/product-select.js';
import type { Producer, Product } from '../../src/model/types.js';
import {
  BAD_URLS,
  everyCertificationProduct,
  exportProduct,
  foodProducer,
  groupProducer,
  hostileHit,
  madeToOrderProduct,
  outOfStockProduct,
  priceRangeProduct,
  producer,
  product,
} from '../../stories/product-fixtures.js';
import { urlsIn } from './product-helpers.js';

async function card(p: Product, owner: Producer, extra = '') {
  const el = await fixture<EtalaseProductCard>(
    html`<etalase-product-card
      .product=${p}
      .producer=${owner}
      region-name="Kabupaten Katingan"
      lang=${extra || 'id'}
    ></etalase-product-card>`,
  );
  await el.updateComplete;
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ').trim();

describe('etalase-product-card', () => {
  it('shows name, producer, region, price, certification badges and flagship marker, and is accessible', async () => {
    const el = await card(product, producer);
    const t = text(el);
    expect(t).to.contain('Tas rotan anyam');
    expect(t).to.contain('Kerajinan Rotan Katingan · Kabupaten Katingan');
    expect(t).to.contain('Rp350.000');
    expect(t).to.contain('Produk unggulan');
    // The marker's star is drawn (an SVG shape, 14 px at the default size) and hidden from screen readers.
    const star = root(el).querySelector('[part="flagship"] svg.icon')!;
    expect(star.getAttribute('aria-hidden')).to.equal('true');
    expect(star.querySelector('path')).to.be.instanceOf(SVGPathElement);
    expect(star.getBoundingClientRect().width).to.be.closeTo(14, 0.5);
    expect(root(el).querySelector('[part="badges"]')!.getAttribute('aria-label')).to.equal(
      'Sertifikasi',
    );
    await expect(el).to.be.accessible();
  });

  it('shows its whole focus ring: the paint containment of an off-screen-skipping card does not clip it', async () => {
    const el = await card(product, producer);
    el.focus();
    const box = root(el).querySelector('.card')!;
    expect(box.matches(':focus-within')).to.equal(true);
    const ring = getComputedStyle(box);
    const reach = parseFloat(ring.outlineWidth) + parseFloat(ring.outlineOffset);
    expect(reach).to.be.greaterThan(0);
    const host = getComputedStyle(el);
    // `content-visibility: auto` contains paint: the clip edge is the host's box plus this margin.
    expect(host.contentVisibility).to.equal('auto');
    expect(parseFloat(host.overflowClipMargin) || 0).to.be.at.least(reach);
  });

  it('marks export-ready products "Siap ekspor" / "Export-ready", and no other product', async () => {
    const el = await card(exportProduct, groupProducer);
    expect(root(el).querySelector('[part="export"]')!.textContent!.trim()).to.equal('Siap ekspor');
    await expect(el).to.be.accessible();
    el.lang = 'en';
    await el.updateComplete;
    expect(root(el).querySelector('[part="export"]')!.textContent!.trim()).to.equal('Export-ready');
    expect(root(await card(product, producer)).querySelector('[part="export"]')).to.equal(null);
  });

  it('renders the picture with size, lazy loading and async decoding, through the base URL', async () => {
    const el = await fixture<EtalaseProductCard>(
      html`<etalase-product-card
        .product=${product}
        .producer=${producer}
        base-url="https://data.example.id/feeds/a.json"
      ></etalase-product-card>`,
    );
    const img = root(el).querySelector('img')!;
    expect(img.getAttribute('width')).to.equal('800');
    expect(img.getAttribute('height')).to.equal('600');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
    expect(img.getAttribute('src')).to.equal('https://data.example.id/data/img/rattan-bag.svg');
    expect(img.alt).to.equal('Tas rotan');
  });

  it('shows another product in the same markup, never with the old picture under its name', async () => {
    const picture = (src: string) => [{ src, alt: 'Foto', width: 26, height: 26 }];
    // A picture that loads (new to the page: a cached one would show at once), then one that never
    // arrives (the fault server's hanging route): what the card paints meanwhile is what counts.
    const loads = `/node_modules/leaflet/dist/images/layers.png?card=${Math.random()}`;
    const el = await card({ ...product, images: picture(loads) }, producer);
    const img = root(el).querySelector('img')!;
    await waitUntil(() => img.complete && img.naturalWidth > 0, 'the first picture loads');
    const box = img.getBoundingClientRect();
    // The middle of the picture box, as painted.
    type Clip = { x: number; y: number; width: number; height: number };
    const painted = () =>
      executeServerCommand<string, Clip>('screenshot', {
        x: Math.round(box.x + box.width / 2 - 8),
        y: Math.round(box.y + box.height / 2 - 8),
        width: 16,
        height: 16,
      });
    const withOldPicture = await painted();
    el.product = {
      ...product,
      id: 'other',
      name: 'Tikar purun',
      images: picture(`/__fault/hang?card=${Math.random()}`),
    };
    await el.updateComplete;
    // The same <img> (the markup is kept), the new name, and not the old picture while the new loads.
    expect(root(el).querySelector('img')).to.equal(img);
    expect(text(el)).to.include('Tikar purun');
    expect(await painted(), 'a picture is painted').to.be.a('string');
    expect(
      (await painted()) === withOldPicture,
      'the old picture is painted under the new name',
    ).to.equal(false);
    // Back to a product with that picture: it shows again; its picture stays for another highlight.
    el.product = { ...product, images: picture(loads) };
    await waitUntil(() => img.complete && img.naturalWidth > 0, 'the picture loads again');
    el.highlight = 'tikar';
    await el.updateComplete;
    expect((await painted()) === withOldPicture, 'the picture is painted again').to.equal(true);
  });

  it('keeps the keyboard focus when a focused card is given another product', async () => {
    const el = await card(product, producer);
    el.focus();
    const before = root(el).querySelector('button.select')!;
    expect(before.matches(':focus')).to.equal(true);
    el.product = { ...product, id: 'other', name: 'Tikar purun' };
    await el.updateComplete;
    const after = root(el).querySelector('button.select')!;
    expect(after.matches(':focus')).to.equal(true);
    expect(after.textContent).to.contain('Tikar purun');
  });

  it('keeps the focus and shows the new state when a focused card is told its product is out of stock', async () => {
    const el = await card(product, producer);
    el.focus();
    el.product = { ...product, availability: 'out_of_stock' }; // same product, new state
    await el.updateComplete;
    const line = root(el).querySelector('[part="availability"]')!;
    expect(line.className).to.equal('availability out_of_stock');
    expect(line.textContent).to.contain('Stok habis');
    expect(root(el).querySelector('button.select')!.matches(':focus')).to.equal(true);
    el.product = { ...product, availability: undefined };
    await el.updateComplete;
    expect(
      root(el).querySelector('[part="availability"]')!.getBoundingClientRect().height,
    ).to.equal(0);
  });

  it('shows each product’s availability when a grid gives it one product after another, keeping its markup', async () => {
    const el = await card({ ...product, availability: 'out_of_stock' }, producer);
    const img = root(el).querySelector('img')!;
    const states = ['in_stock', undefined, 'made_to_order', 'out_of_stock'] as const;
    for (const [i, availability] of states.entries()) {
      el.product = { ...product, id: `p-${i}`, availability };
      await el.updateComplete;
      const line = root(el).querySelector<HTMLElement>('[part="availability"]')!;
      expect(line.className).to.equal(
        availability ? `availability ${availability}` : 'availability',
      );
      expect(line.getBoundingClientRect().height > 0).to.equal(availability !== undefined);
      if (availability === 'out_of_stock')
        expect(getComputedStyle(line).color).to.not.equal(
          getComputedStyle(root(el).querySelector('.meta')!).color,
        );
    }
    // Updated in place: the picture element stays (a new one would be a whole new card's markup).
    expect(root(el).querySelector('img')).to.equal(img);
  });

  it('keeps its picture element when the language changes, and names its heading level', async () => {
    const el = await card(product, producer);
    const img = root(el).querySelector('img')!;
    expect(root(el).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    el.lang = 'en';
    await el.updateComplete;
    expect(root(el).querySelector('img')).to.equal(img);
    expect(text(el)).to.contain('Price: ');
    el.headingLevel = 2;
    await el.updateComplete;
    expect(root(el).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
  });

  it('loads the picture of an eager card at once, and keeps the picture when it stops being eager', async () => {
    const el = await fixture<EtalaseProductCard>(
      html`<etalase-product-card
        eager
        .product=${product}
        .producer=${producer}
      ></etalase-product-card>`,
    );
    const img = root(el).querySelector('img')!;
    expect(img.getAttribute('loading')).to.equal('eager');
    expect(img.getAttribute('fetchpriority')).to.equal('high');
    el.eager = false; // the grid moved it further down
    await el.updateComplete;
    expect(root(el).querySelector('img')).to.equal(img);
  });

  it("describes the same picture in the card's language when the language changes", async () => {
    const el = await card(product, producer);
    expect(root(el).querySelector('img')!.alt).to.equal('Tas rotan');
    el.lang = 'en';
    await el.updateComplete;
    expect(root(el).querySelector('img')!.alt).to.equal('Rattan bag');
    const other = await card(product, producer);
    expect(root(other).querySelector('img')!.alt).to.equal('Tas rotan');
  });

  it('builds a srcset from image variants', async () => {
    const withVariants: Product = {
      ...product,
      images: [
        {
          src: 'https://img.example.id/a-800.jpg',
          alt: 'A',
          width: 800,
          height: 600,
          variants: [{ src: 'https://img.example.id/a-400.jpg', width: 400 }],
        },
      ],
    };
    const el = await card(withVariants, producer);
    expect(root(el).querySelector('img')!.getAttribute('srcset')).to.equal(
      'https://img.example.id/a-400.jpg 400w, https://img.example.id/a-800.jpg 800w',
    );
  });

  it('shows a placeholder when there is no image, and when the image fails to load', async () => {
    // The picture's `<img>` is part of the card's one template: without a picture it is hidden
    // (not shown, not in the accessibility tree) and has no URL.
    const none = await card(priceRangeProduct, foodProducer);
    expect(root(none).querySelector('img:not([hidden])')).to.equal(null);
    expect(root(none).querySelector('img')!.hasAttribute('src')).to.equal(false);
    expect(root(none).querySelector('img')!.getBoundingClientRect().height).to.equal(0);
    expect(text(none)).to.contain('Belum ada foto');
    await expect(none).to.be.accessible();

    const broken = await fixture<EtalaseProductCard>(
      html`<etalase-product-card
        eager
        .product=${{ ...product, images: [{ src: '/does-not-exist.png', alt: 'x', width: 4, height: 3 }] }}
        .producer=${producer}
      ></etalase-product-card>`,
    );
    await waitUntil(
      () => !root(broken).querySelector('img:not([hidden])'),
      'the broken image is replaced',
    );
    expect(root(broken).querySelector('img')!.getBoundingClientRect().height).to.equal(0);
    expect(text(broken)).to.contain('Belum ada foto');
  });

  it('shows a price range with its unit, every certification by accessible name, and availability', async () => {
    const range = await card(priceRangeProduct, foodProducer);
    expect(text(range)).to.contain('Rp50.000–Rp75.000 / toples');

    const all = await card(everyCertificationProduct, foodProducer);
    const badges = [...root(all).querySelectorAll('[part="badge"] .visually-hidden')].map((b) =>
      b.textContent!.trim(),
    );
    expect(badges).to.deep.equal([
      'Bersertifikat halal',
      'Izin P-IRT (pangan industri rumah tangga)',
      'Terdaftar di BPOM',
      'Bersertifikat SNI',
      'Terdaftar HAKI (kekayaan intelektual)',
      'Indikasi Geografis',
    ]);
    expect(text(all)).to.contain('Musiman');
    await expect(all).to.be.accessible();

    const out = await card(outOfStockProduct, foodProducer);
    expect(text(out)).to.contain('Stok habis');
    await expect(out).to.be.accessible();

    const made = await card(madeToOrderProduct, producer);
    expect(text(made)).to.contain('Dibuat sesuai pesanan · 21 hari');
  });

  it('has a certification list only when the product has a certification, named in the card language', async () => {
    const el = await card({ ...product, certifications: [] }, producer, 'en');
    // No empty list: a screen reader meets no empty "Certifications" list.
    expect(root(el).querySelector('[part="badges"]')).to.equal(null);
    const name = root(el).querySelector('.select');
    el.product = product; // the same product (same markup), now with a certification
    await el.updateComplete;
    expect(root(el).querySelector('.select')).to.equal(name);
    const list = root(el).querySelector('[part="badges"]')!;
    expect(list.getAttribute('aria-label')).to.equal('Certifications');
    expect(list.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    el.product = { ...product, certifications: [] };
    await el.updateComplete;
    expect(root(el).querySelector('[part="badges"]')).to.equal(null);
  });

  it('speaks English when asked', async () => {
    const el = await card(madeToOrderProduct, producer, 'en');
    expect(text(el)).to.contain('Benang bintik batik cloth');
    expect(text(el)).to.contain('Made to order · 21 days');
    await expect(el).to.be.accessible();
  });

  it('is one button: a click and Enter fire etalase-product-select with the product', async () => {
    const el = await card(product, producer);
    const buttons = root(el).querySelectorAll('button, a[href]');
    expect(buttons.length).to.equal(1);

    setTimeout(() => root(el).querySelector('button')!.click());
    const clicked = (await oneEvent(
      el,
      'etalase-product-select',
    )) as unknown as EtalaseProductSelectEvent;
    expect(clicked.productId).to.equal('tas-rotan-anyam');
    expect(clicked.product).to.equal(product);
    expect(clicked.composed).to.equal(true);

    el.focus();
    const pressed = oneEvent(el, 'etalase-product-select');
    await sendKeys({ press: 'Enter' });
    expect(((await pressed) as unknown as EtalaseProductSelectEvent).productId).to.equal(
      'tas-rotan-anyam',
    );
  });

  it('fires no event when its product changes programmatically', async () => {
    const el = await card(product, producer);
    let fired = 0;
    el.addEventListener('etalase-product-select', () => fired++);
    el.product = priceRangeProduct;
    el.producer = foodProducer;
    el.layout = 'horizontal';
    await el.updateComplete;
    expect(fired).to.equal(0);
  });

  for (const badUrl of BAD_URLS) {
    it(`renders a hostile feed (${badUrl.slice(0, 11)}) as inert text`, async () => {
      window.__etalaseXss = 0;
      const hit = hostileHit(badUrl);
      const el = await card(hit.product, hit.producer);
      await new Promise((r) => setTimeout(r, 50));
      expect(window.__etalaseXss).to.equal(0);
      expect(root(el).querySelector('script, img[src="x"]')).to.equal(null);
      expect(text(el)).to.contain('<img src=x onerror=');
      for (const url of urlsIn(root(el))) expect(url).not.to.match(/^\s*(javascript|data):/i);
      await expect(el).to.be.accessible();
    });
  }
});
