import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/elements/product-card/product-card.js';
import '../../src/elements/product-grid/product-grid.js';
import '../../src/elements/product-detail/product-detail.js';
import '../../src/elements/facets/facets.js';
import '../../src/elements/search/search.js';
import '../../src/elements/region-filter/region-filter.js';
import '../../src/elements/producer-map/producer-map.js';
import '../../src/elements/showcase/showcase.js';
import type { EtalaseProductCard } from '../../src/elements/product-card/product-card.js';
import type { EtalaseProductDetail } from '../../src/elements/product-detail/product-detail.component.js';
import type { EtalaseShowcase } from '../../src/elements/showcase/showcase.component.js';
import { createQueryEngine, createRegionIndex } from '../../src/feed/index.js';
import type { Feed, Producer, Product } from '../../src/model/types.js';
import { toSuggestions } from '../../src/elements/search/suggestion.js';
import { hostileHit, producer, product } from '../../stories/product-fixtures.js';
import { mount, urlsIn } from './product-helpers.js';

// Feed strings a publisher (or an attacker) may send, rendered by every element: URLs that try to
// leave the feed's host or smuggle a scheme, lone surrogates, bidi overrides, zero-width characters
// and ids named like `Object.prototype`'s members.

const FEED_URL = 'https://data.example.id/feeds/a.json';
const BYPASSES = [
  '\\/evil.example/x.png',
  '\u00a0//evil.example/x.png',
  '\u00a0javascript:window.__etalaseXss=1',
  '/\\evil.example/x.png',
  ' \t//evil.example/x.png',
  '\u3000javascript:window.__etalaseXss=1',
];

const root = (el: Element) => el.shadowRoot!;

/** Every URL the element put in the page resolves to http(s) (or a contact scheme), never off-host. */
function expectNoEscape(el: Element) {
  for (const raw of urlsIn(root(el))) {
    for (const candidate of raw.split(/,\s+/)) {
      const url = new URL(candidate.trim().split(/\s+/)[0] ?? '', document.baseURI);
      expect(['https:', 'http:', 'mailto:', 'tel:'], raw).to.include(url.protocol);
      expect(url.host, raw).not.to.contain('evil.example');
    }
  }
}

/** Errors nobody caught: in event handlers, timers, rendering, promises. */
const uncaught: unknown[] = [];
const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);

describe('hostile feed strings in every element', function () {
  this.timeout(120000);
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  beforeEach(() => (uncaught.length = 0));
  afterEach(() => expect(uncaught, 'no uncaught error').to.deep.equal([]));

  for (const badUrl of BYPASSES) {
    it(`a card and a detail, with and without base-url, never load ${JSON.stringify(badUrl)}`, async () => {
      window.__etalaseXss = 0;
      const hit = hostileHit(badUrl);
      for (const baseUrl of ['', FEED_URL]) {
        const card = await fixture<EtalaseProductCard>(
          html`<etalase-product-card
            .product=${hit.product}
            .producer=${hit.producer}
            base-url=${baseUrl}
          ></etalase-product-card>`,
        );
        expectNoEscape(card);
        const detail = await fixture<EtalaseProductDetail>(
          html`<etalase-product-detail base-url=${baseUrl}></etalase-product-detail>`,
        );
        detail.show(hit.product, hit.producer, []);
        await detail.updateComplete;
        expectNoEscape(detail);
        detail.close();
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(window.__etalaseXss).to.equal(0);
    });
  }

  it('images from other hosts are requested without a Referer; outbound links open without opener', async () => {
    const detail = await fixture<EtalaseProductDetail>(
      html`<etalase-product-detail base-url=${FEED_URL}></etalase-product-detail>`,
    );
    detail.show(
      { ...product, images: [{ src: 'https://cdn.example/a.jpg', alt: 'A' }] },
      producer,
      [],
    );
    await detail.updateComplete;
    const img = root(detail).querySelector('img')!;
    expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
    const external = [...root(detail).querySelectorAll('a[target="_blank"]')];
    expect(external.length).to.be.greaterThan(0);
    for (const link of external) expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    detail.close();
  });

  it('a product name with a lone surrogate opens its detail, with a WhatsApp link', async () => {
    const detail = await fixture<EtalaseProductDetail>(
      html`<etalase-product-detail></etalase-product-detail>`,
    );
    detail.show({ ...product, name: 'Minuman Lidah Buaya \ud83e' }, producer, []);
    await detail.updateComplete;
    expect(root(detail).querySelector('dialog[open]')).to.exist;
    const whatsapp = root(detail).querySelector<HTMLAnchorElement>('a[href^="https://wa.me/"]');
    expect(whatsapp?.href).to.contain('Buaya%20%EF%BF%BD');
    const mail = root(detail).querySelector<HTMLAnchorElement>('a[href^="mailto:"]');
    expect(mail?.href).to.contain('%EF%BF%BD');
    detail.close();
  });

  it('the showcase shows undeclared categories named toString and hasOwnProperty', async () => {
    const key = `proto-${Date.now()}`;
    const feed = {
      version: 1,
      publisher: { name: 'Uji', regionCode: '62' },
      updatedAt: '2026-11-20',
      producers: [{ id: 'constructor', name: 'Produsen', regionCode: '62.71', contact: {} }],
      products: ['toString', 'hasOwnProperty', 'valueOf'].map((id) => ({
        id,
        producerId: 'constructor',
        name: `Produk ${id}`,
        category: id,
        tags: ['__proto__', 'constructor'],
        images: [],
      })),
    };
    await fetch(`/__fault/custom?key=${key}`, { method: 'POST', body: JSON.stringify(feed) });
    const showcase = document.createElement('etalase-showcase') as EtalaseShowcase;
    showcase.src = `/__fault/custom?key=${key}`;
    document.body.append(showcase);
    after(() => showcase.remove());
    const grid = () => root(showcase).querySelector('etalase-product-grid');
    await waitUntil(
      () => grid()?.shadowRoot?.querySelectorAll('etalase-product-card').length === 3,
      'three cards',
      {
        timeout: 10000,
      },
    );
    const facets = () => root(showcase).querySelector('etalase-facets');
    await waitUntil(
      () => facets()?.shadowRoot?.textContent?.includes('hasOwnProperty'),
      'category facet',
    );
    expect(facets()!.shadowRoot!.textContent).to.contain('toString');
  });

  // --- property test ----------------------------------------------------------------------------

  const pieces = fc.constantFrom(
    '\ud83e',
    '\udd64',
    '\ud83e\udd64',
    '\u202e',
    '\u202d',
    '\u2066',
    '\u200b',
    '\u200d',
    '\ufeff',
    '\u0000',
    '\u0301',
    '\u00a0',
    'toString',
    '__proto__',
    'hasOwnProperty',
    '<img src=x onerror="window.__etalaseXss=1">',
    '"\'`',
    '&amp;',
    '%',
    'Rp',
    'kuliner',
  );
  const text = fc
    .array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 6 })
    .map((parts) => parts.join(''));
  const ids = fc.constantFrom('toString', 'hasOwnProperty', 'constructor', 'valueOf', 'a-1', 'b-2');

  const hostileFeed = fc
    .record({
      name: text,
      description: text,
      category: fc.oneof(ids, text),
      tag: text,
      material: text,
      unit: text,
      address: text,
      alt: text,
      producerId: ids,
      productIds: fc.uniqueArray(ids, { minLength: 1, maxLength: 3 }),
    })
    .map((s): Feed => {
      const owner: Producer = {
        id: s.producerId,
        name: s.name,
        regionCode: '62.71',
        location: { lat: -2.2, lng: 113.9 },
        address: s.address,
        description: s.description,
        contact: {
          whatsapp: '6281234567890',
          email: 'a@b.example',
          website: `https://a.example/${s.tag}`,
        },
        marketplaces: [{ platform: s.category, url: `https://shop.example/${s.name}` }],
      };
      const products: Product[] = s.productIds.map((id) => ({
        id,
        producerId: owner.id,
        name: { id: s.name, en: s.description },
        category: s.category,
        description: s.description,
        tags: [s.tag, s.category],
        materials: [s.material],
        images: [{ src: 'img/a.jpg', alt: s.alt, width: 40, height: 30 }],
        price: { min: 1000, currency: 'IDR', unit: s.unit },
        certifications: [{ type: 'other', number: s.unit, name: s.name }],
      }));
      return {
        version: 1,
        publisher: { name: s.name, regionCode: '62' },
        updatedAt: '2026-11-20',
        categories: [],
        regions: [],
        outlets: [
          {
            id: s.producerId,
            name: s.name,
            kind: 'gallery',
            regionCode: '62.71',
            productIds: s.productIds,
          },
        ],
        producers: [owner],
        products,
      } as Feed;
    });

  it('renders every element with arbitrary full-Unicode strings without an uncaught error', async () => {
    await fc.assert(
      fc.asyncProperty(hostileFeed, text, async (feed, query) => {
        window.__etalaseXss = 0;
        const engine = createQueryEngine(feed, { lang: 'id' });
        const result = engine.query({ q: query }, { pageSize: 24 });
        const all = engine.query({}, { pageSize: 24 });
        const suggestions = toSuggestions(engine.suggest(query, 6), 'id');
        const regions = createRegionIndex(feed);
        const hit = all.hits[0]!;
        const container = mount(html`
          <etalase-product-card
            .product=${hit.product}
            .producer=${hit.producer}
            base-url=${FEED_URL}
          ></etalase-product-card>
          <etalase-product-card
            lang="en"
            .product=${hit.product}
            .producer=${hit.producer}
          ></etalase-product-card>
          <etalase-product-grid
            .hits=${result.hits.length ? result.hits : all.hits}
            .total=${all.total}
            base-url=${FEED_URL}
          ></etalase-product-grid>
          <etalase-facets
            .facets=${all.facets}
            .value=${{ category: [feed.products[0]!.category] }}
          ></etalase-facets>
          <etalase-search .value=${query} .suggestions=${suggestions}></etalase-search>
          <etalase-region-filter
            .regions=${regions.roots}
            .counts=${all.facets.region}
          ></etalase-region-filter>
          <etalase-producer-map
            .producers=${feed.producers}
            .products=${feed.products}
            .outlets=${feed.outlets}
          ></etalase-producer-map>
          <etalase-product-detail></etalase-product-detail>
        `);
        const detail = container.querySelector('etalase-product-detail') as EtalaseProductDetail;
        detail.show(hit.product, hit.producer, feed.outlets);
        await Promise.all(
          [...container.children].map(
            (el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete,
          ),
        );
        for (const el of container.children) expectNoEscape(el);
        detail.close();
        container.remove();
        await new Promise((resolve) => setTimeout(resolve, 0));
        expect(window.__etalaseXss).to.equal(0);
        expect(uncaught).to.deep.equal([]);
      }),
      { numRuns: 60 },
    );
  });
});
