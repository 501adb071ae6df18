import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/product-detail/product-detail.js';
import '../../src/elements/product-card/product-card.js';
import type { EtalaseProductDetail } from '../../src/elements/product-detail/product-detail.js';
import type { EtalaseProductCard } from '../../src/elements/product-card/product-card.js';
import type { EtalaseContactEvent } from '../../src/elements/events/contact.js';
import type { Outlet } from '../../src/model/types.js';
import {
  BAD_URLS,
  everyCertificationProduct,
  exportProduct,
  foodProducer,
  groupProducer,
  hostileHit,
  madeToOrderProduct,
  outlets,
  producer,
  product,
} from '../../stories/product-fixtures.js';
import { mount, realImages, urlsIn } from './product-helpers.js';

const root = (el: Element) => el.shadowRoot!;
const dialog = (el: Element) => root(el).querySelector('dialog')!;
const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');
const deepActive = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

async function detail(lang = 'id') {
  const el = await fixture<EtalaseProductDetail>(
    html`<etalase-product-detail
      lang=${lang}
      .regionNamer=${(code: string) => ({ '62.06': 'Kabupaten Katingan', '62.71': 'Kota Palangka Raya' })[code]}
    ></etalase-product-detail>`,
  );
  return el;
}

async function opened(el: EtalaseProductDetail, ...args: Parameters<EtalaseProductDetail['show']>) {
  el.show(...args);
  await el.updateComplete;
  return el;
}

describe('etalase-product-detail', () => {
  it('opens as a modal dialog with focus inside, showing everything about the product; accessible', async () => {
    const el = await opened(await detail(), product, producer, outlets);
    expect(el.open).to.equal(true);
    expect(dialog(el).matches(':modal')).to.equal(true);
    expect(dialog(el).contains(deepActive())).to.equal(true);
    const t = text(el);
    expect(t).to.contain('Tas rotan anyam');
    expect(t).to.contain('Rp350.000');
    expect(t).to.contain('Kerajinan Rotan Katingan');
    expect(t).to.contain('Kabupaten Katingan');
    expect(t).to.contain('1234567890123');
    expect(t).to.contain('Usaha mikro');
    expect(t).to.contain('Pesanan minimal 10 unit');
    expect(t).to.contain('Kapasitas per bulan 300 unit');
    expect(t).to.contain('Galeri Dekranasda Kalimantan Tengah');
    expect(t).to.contain('Pameran');
    await expect(el).to.be.accessible();
  });

  it('keeps the description as text with its line breaks', async () => {
    const el = await opened(await detail(), product, producer);
    const description = root(el).querySelector<HTMLElement>('p.description')!;
    expect(description.textContent).to.contain('Tas rotan anyaman tangan.\nUkuran 30 × 25 cm.');
    expect(getComputedStyle(description).whiteSpace).to.equal('pre-line');
    expect(description.children).to.have.length(0);
  });

  it('lists certificates with number, issuer, validity (expired marked) and verify links', async () => {
    const el = await opened(await detail(), everyCertificationProduct, foodProducer);
    const items = [...root(el).querySelectorAll('section[aria-labelledby="certifications"] li')];
    expect(items).to.have.length(6);
    const halal = items[0]!.textContent!.replace(/\s+/g, ' ');
    expect(halal).to.contain('Bersertifikat halal');
    expect(halal).to.contain('ID62110000123450823');
    expect(halal).to.contain('BPJPH');
    expect(halal).to.contain('1 Agustus 2029');
    expect(items[0]!.querySelector('a')!.getAttribute('href')).to.equal('https://halal.go.id/cek');
    expect(items[4]!.textContent).to.contain('kedaluwarsa');
    await expect(el).to.be.accessible();
  });

  it('offers WhatsApp with a message naming the product, phone, e-mail and named marketplaces', async () => {
    const el = await opened(await detail(), product, producer);
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('a.action')];
    const byLabel = Object.fromEntries(links.map((a) => [a.querySelector('span')!.textContent, a]));
    const wa = new URL(byLabel['WhatsApp']!.href);
    expect(wa.origin + wa.pathname).to.equal('https://wa.me/6281234567890');
    expect(wa.searchParams.get('text')).to.contain('"Tas rotan anyam"');
    expect(byLabel['Telepon']!.getAttribute('href')).to.equal('tel:+625363221234');
    expect(byLabel['E-mail']!.getAttribute('href')).to.match(/^mailto:rotan@example\.id/);
    expect(byLabel['Tokopedia']!.href).to.equal('https://www.tokopedia.com/rotankatingan');
    expect(byLabel['Shopee']).to.exist;
    expect(byLabel['Tokopedia']!.rel).to.equal('noopener noreferrer');
  });

  it('fires etalase-contact with channel, platform and product when a link is opened, never on its own', async () => {
    const el = await detail();
    const events: EtalaseContactEvent[] = [];
    el.addEventListener('etalase-contact', (e) => {
      events.push(e);
      e.preventDefault(); // keep the test page from navigating
    });
    await opened(el, product, producer);
    el.product = madeToOrderProduct;
    await el.updateComplete;
    expect(events).to.have.length(0);

    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('a.action')];
    links.find((a) => a.textContent!.includes('Tokopedia'))!.click();
    links.find((a) => a.textContent!.includes('WhatsApp'))!.click();
    expect(events.map((e) => [e.channel, e.platform, e.productId, e.producerId])).to.deep.equal([
      ['marketplace', 'tokopedia', 'batik-benang-bintik', 'rotan-katingan'],
      ['whatsapp', undefined, 'batik-benang-bintik', 'rotan-katingan'],
    ]);
    expect(events[0]!.url).to.equal('https://www.tokopedia.com/rotankatingan');
  });

  it('shares by copying the link when the Web Share API is missing', async () => {
    const nav = navigator as unknown as Record<string, unknown>;
    const share = Object.getOwnPropertyDescriptor(Navigator.prototype, 'share');
    let copied = '';
    Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (t: string) => void (copied = t) },
      configurable: true,
    });
    try {
      const el = await opened(await detail(), product, producer);
      setTimeout(() => root(el).querySelector<HTMLButtonElement>('button[part="action"]')!.click());
      const event = (await oneEvent(el, 'etalase-contact')) as unknown as EtalaseContactEvent;
      expect(event.channel).to.equal('share');
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(new URL(copied).searchParams.get('produk')).to.equal('tas-rotan-anyam');
      expect(root(el).querySelector('.status')!.textContent).to.contain('Tautan produk disalin.');
    } finally {
      delete nav['share'];
      delete nav['clipboard'];
      if (share) expect(typeof navigator.share).to.equal('function');
    }
  });

  it('links to the product page (page-url) and shares it; no link on that page itself', async () => {
    const el = await detail();
    el.pageUrl = 'https://umkm.example.go.id/produk/tas-rotan-anyam/';
    await opened(el, product, producer);
    const link = [...root(el).querySelectorAll<HTMLAnchorElement>('a[part="action"]')].find(
      (a) => a.textContent!.trim() === 'Halaman produk',
    );
    expect(link?.href).to.equal(el.pageUrl);
    expect(link?.target).to.equal('');
    // The test cancels the share itself (no share sheet, no clipboard).
    el.addEventListener('etalase-contact', (event) => event.preventDefault(), { once: true });
    const button = [...root(el).querySelectorAll<HTMLButtonElement>('button[part="action"]')].find(
      (b) => b.textContent!.trim() === 'Bagikan',
    )!;
    setTimeout(() => button.click());
    const event = (await oneEvent(el, 'etalase-contact')) as unknown as EtalaseContactEvent;
    expect([event.channel, event.url]).to.deep.equal(['share', el.pageUrl]);
    // On the product's own page the link would go nowhere.
    el.pageUrl = location.pathname;
    await el.updateComplete;
    expect(text(el)).not.to.contain('Halaman produk');
    el.pageUrl = 'javascript:alert(1)';
    await el.updateComplete;
    expect(text(el)).not.to.contain('Halaman produk');
  });

  it('closes on Escape, fires close, and returns focus to the card that opened it', async () => {
    const wrapper = mount(
      html`<div>
        <etalase-product-card .product=${product} .producer=${producer}></etalase-product-card>
        <etalase-product-detail></etalase-product-detail>
      </div>`,
    );
    const card = wrapper.querySelector<EtalaseProductCard>('etalase-product-card')!;
    const el = wrapper.querySelector<EtalaseProductDetail>('etalase-product-detail')!;
    wrapper.addEventListener('etalase-product-select', () => el.show(product, producer));
    await card.updateComplete;
    card.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(dialog(el).contains(deepActive())).to.equal(true);

    const closed = oneEvent(el, 'close');
    await sendKeys({ press: 'Escape' });
    await closed;
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(dialog(el).open).to.equal(false);
    expect(deepActive()).to.equal(card.shadowRoot!.querySelector('button'));
  });

  it('keeps focus inside while the visitor tabs through it', async () => {
    const wrapper = mount(
      html`<div>
        <button id="outside">outside</button>
        <etalase-product-detail></etalase-product-detail>
      </div>`,
    );
    const el = wrapper.querySelector<EtalaseProductDetail>('etalase-product-detail')!;
    await opened(el, product, producer, outlets);
    const stops = root(el).querySelectorAll('a[href], button').length;
    for (let i = 0; i < stops + 2; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive();
      if (active && active !== document.body) expect(dialog(el).contains(active)).to.equal(true);
    }
    expect(wrapper.querySelector('#outside')!.matches(':focus')).to.equal(false);
    el.close();
  });

  it('closes from its close button and from close(); switches gallery pictures', async () => {
    const el = await opened(await detail(), { ...product, images: realImages }, producer);
    const thumbs = root(el).querySelectorAll<HTMLButtonElement>('.thumbs button');
    expect(thumbs).to.have.length(2);
    thumbs[1]!.click();
    await el.updateComplete;
    expect(thumbs[1]!.getAttribute('aria-pressed')).to.equal('true');
    expect(root(el).querySelector('.main img')!.getAttribute('src')).to.contain('marker-icon.png');
    const closed = oneEvent(el, 'close');
    root(el).querySelector<HTMLButtonElement>('button.close')!.click();
    await closed;
    expect(el.open).to.equal(false);
    el.show();
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    el.close();
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
  });

  it('speaks English', async () => {
    const el = await opened(await detail('en'), madeToOrderProduct, producer, outlets);
    const t = text(el);
    expect(t).to.contain('Benang bintik batik cloth');
    expect(t).to.contain('Made to order · 21 days');
    expect(t).to.contain('Contact the producer');
    await expect(el).to.be.accessible();
  });

  for (const badUrl of BAD_URLS) {
    it(`renders a hostile feed (${badUrl.slice(0, 11)}) as inert text with no unsafe URL`, async () => {
      window.__etalaseXss = 0;
      const hit = hostileHit(badUrl);
      const el = await opened(await detail(), hit.product, hit.producer, [
        { ...outlets[0]!, name: hit.product.description!, address: '<b>x</b>' },
      ]);
      await new Promise((r) => setTimeout(r, 50));
      expect(window.__etalaseXss).to.equal(0);
      expect(root(el).querySelector('script, b, img[src="x"]')).to.equal(null);
      expect(text(el)).to.contain('<script>window.__etalaseXss=1</script>');
      const urls = urlsIn(root(el));
      expect(urls.length).to.be.greaterThan(0); // the WhatsApp link is still offered
      for (const url of urls) expect(url).not.to.match(/^\s*(javascript|data):/i);
      await expect(el).to.be.accessible();
      el.close();
    });
  }
});

describe('etalase-product-detail: trust, export and provenance', () => {
  async function at(lang: string, ...args: Parameters<EtalaseProductDetail['show']>) {
    const el = await detail(lang);
    el.today = '2026-12-01';
    return opened(el, ...args);
  }
  const certificates = (el: Element) =>
    [...root(el).querySelectorAll('section[aria-labelledby="certifications"] > ul > li')].map(
      (li) => li.textContent!.replace(/\s+/g, ' '),
    );

  it('marks expiring (≤ 90 days) and expired certificates against the given date', async () => {
    const el = await at('id', everyCertificationProduct, foodProducer);
    const [halal, pirt, , , haki] = certificates(el);
    expect(pirt).to.contain('31 Januari 2027 (segera kedaluwarsa)');
    expect(haki).to.contain('(kedaluwarsa)');
    expect(halal).not.to.contain('kedaluwarsa');
    el.today = '2026-10-01'; // four months before: not yet expiring
    await el.updateComplete;
    expect(certificates(el)[1]).not.to.contain('kedaluwarsa');
  });

  it('says where to check a certificate only when the feed switches lookups on', async () => {
    const el = await at('id', everyCertificationProduct, foodProducer);
    expect(root(el).querySelectorAll('a[href="https://spk.bsn.go.id/"]')).to.have.length(0);
    el.certificateLookups = { sni: 'https://spk.bsn.go.id/', halal: 'https://bpjph.halal.go.id/' };
    await el.updateComplete;
    const sni = certificates(el)[3]!;
    expect(sni).to.contain('Periksa di spk.bsn.go.id');
    expect(sni).to.contain('(cari nomor SNI 8664:2018)');
    const link = root(el).querySelector<HTMLAnchorElement>('a[href="https://spk.bsn.go.id/"]')!;
    expect(link.rel).to.equal('noopener noreferrer');
    // A certificate's own link wins over the lookup site.
    expect(root(el).querySelectorAll('a[href="https://bpjph.halal.go.id/"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('tells an export buyer what they need in words, not "Siap ekspor: Bisa"', async () => {
    const el = await at('id', exportProduct, groupProducer);
    const section = root(el).querySelector('section[aria-labelledby="export"]')!;
    const t = section.textContent!.replace(/\s+/g, ' ');
    expect(t).to.contain('Produk ini siap ekspor.');
    expect(t).to.contain('Kode HS 2008.20');
    expect(t).to.contain('Masa simpan 365 hari');
    expect(t).to.contain('Sudah diekspor ke Malaysia, Singapura, dan Jepang');
    expect(t).to.contain('Kapasitas ekspor per bulan 4.000 unit');
    expect(t).to.contain('HACCP-2026-117');
    expect(text(el)).not.to.match(/Siap ekspor:?\s*Bisa/);
    expect(text(el)).to.contain('Siap ekspor'); // the marker beside the price
    el.lang = 'en';
    await el.updateComplete;
    const en = section.isConnected
      ? section.textContent!.replace(/\s+/g, ' ')
      : root(el).querySelector('section[aria-labelledby="export"]')!.textContent!;
    expect(en).to.contain('This product is ready for export.');
    expect(en).to.contain('Already exported to Malaysia, Singapore, and Japan');
    await expect(el).to.be.accessible();
  });

  it('opens an English product sheet for a trading house, in a new tab', async () => {
    const el = await at('id', exportProduct, groupProducer);
    const createObjectURL = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    let blob: Blob | undefined;
    let opened: HTMLAnchorElement | undefined;
    URL.createObjectURL = (object: Blob | MediaSource) => {
      blob = object as Blob;
      return 'blob:sheet';
    };
    const clicked: HTMLAnchorElement[] = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
      opened = clicked[0];
    };
    try {
      const button = [...root(el).querySelectorAll('button')].find((b) =>
        b.textContent!.includes('Lembar produk'),
      )!;
      button.click();
      await waitUntil(() => opened !== undefined);
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(opened!.target).to.equal('_blank');
    expect(blob!.type).to.equal('text/html;charset=utf-8');
    const sheet = await blob!.text();
    expect(sheet).to.contain('<html lang="en">');
    expect(sheet).to.contain('<h1>Tamban pineapple chips</h1>');
    expect(sheet).to.contain('<dt>HS code</dt><dd>2008.20</dd>');
  });

  it("shows a producer group's photos with alt text, social links, members and combined capacity", async () => {
    const el = await at('id', exportProduct, groupProducer);
    const producerSection = root(el).querySelector('section[aria-labelledby="producer"]')!;
    const img = producerSection.querySelector('img')!;
    expect(img.alt).to.equal('Anggota kelompok memilah nanas di gudang desa');
    expect(img.getAttribute('width')).to.equal('640');
    const t = producerSection.textContent!.replace(/\s+/g, ' ');
    expect(t).to.contain('Kelompok Usaha Bersama, 24 pembuat');
    expect(text(el)).to.contain('Kapasitas gabungan per bulan 6.000 unit');
    const instagram = producerSection.querySelector<HTMLAnchorElement>(
      'a[href="https://www.instagram.com/nanastamban"]',
    )!;
    expect(instagram.textContent).to.contain('Instagram');
    // Cancelled while it is dispatched: the link must not open a tab (it would take the focus of
    // the browser that later test files send keys to).
    el.addEventListener('etalase-contact', (e) => e.preventDefault(), { once: true });
    setTimeout(() => instagram.dispatchEvent(new MouseEvent('click', { cancelable: true })));
    const event = (await oneEvent(el, 'etalase-contact')) as EtalaseContactEvent;
    expect(event.defaultPrevented).to.equal(true);
    expect(event.channel).to.equal('social');
    expect(event.platform).to.equal('instagram');
  });

  it('names the publisher a product comes from when feeds are merged', async () => {
    const el = await at('en', product, producer);
    expect(text(el)).not.to.contain('Data from');
    el.source = {
      url: 'https://kab.example.go.id/feed.json',
      publisher: { name: 'Dinas Koperasi Kabupaten Banjar', regionCode: '63.03' },
      updatedAt: '2026-11-20',
    };
    await el.updateComplete;
    expect(text(el)).to.contain(
      'Data from Dinas Koperasi Kabupaten Banjar, as of 20 November 2026.',
    );
  });

  it("shows where to buy with each outlet's status, Intl hours and WhatsApp", async () => {
    const gallery: Outlet = {
      id: 'g',
      name: 'Galeri Kalsel',
      kind: 'gallery',
      regionCode: '62.71',
      hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '16:00' }],
      contact: { whatsapp: '6281200000903' },
    };
    const expo: Outlet = {
      id: 'e',
      name: 'Kalsel Expo',
      kind: 'expo',
      regionCode: '62.71',
      startDate: '2026-11-29',
      endDate: '2026-12-03',
      booth: 'Stan 7',
    };
    const el = await at('id', product, producer, [gallery, expo]);
    const section = root(el).querySelector('section[aria-labelledby="outlets"]')!;
    const t = section.textContent!.replace(/\s+/g, ' ');
    expect(t).to.contain('Jam buka: Senin–Jumat 08.00–16.00');
    expect(t).to.contain('29 November – 3 Desember 2026 · sedang berlangsung');
    expect(t).to.contain('Stan 7');
    expect(section.querySelector('a[href^="https://wa.me/6281200000903?text="]')).to.exist;
    await expect(el).to.be.accessible();
  });
});
