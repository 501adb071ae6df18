// `etalase site` (the built CLI) on the sample feed: product pages that link previews and search engines
// read (Open Graph, Twitter card, canonical, JSON-LD), contacts without JavaScript, a sitemap valid per
// sitemaps.org, and the pre-rendered showcase page working under its own strict CSP.
// Run by `npm test` after the build, or alone: node --test test/e2e/site.e2e.test.mjs
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { assertNoProblems, openPage, startBrowser } from './browser.mjs';

const OUT = 'dist/test-pages/site';
const BASE = 'https://umkm.example.go.id/katalog/';
const feed = JSON.parse(readFileSync('demo/data/produk-unggulan.json', 'utf8'));
let env;

before(async () => {
  rmSync(OUT, { recursive: true, force: true });
  execFileSync(
    'node',
    [
      'dist/cli/etalase.js',
      'site',
      'demo/data/produk-unggulan.json',
      '--out',
      OUT,
      '--base-url',
      BASE,
      '--langs',
      'id,en',
    ],
    { stdio: 'pipe' },
  );
  env = await startBrowser();
});
after(() => env?.close());

/** The content of the `<meta>` tags of the page, by property or name. */
const metaOf = (page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('meta[property], meta[name]')].map((m) => [
        m.getAttribute('property') ?? m.getAttribute('name'),
        m.content,
      ]),
    ),
  );

/** Waits until the page's showcase has taken over its server markup. */
const hydrated = (page) =>
  page.waitForFunction(
    () => {
      const showcase = document.querySelector('etalase-showcase');
      return showcase?.hasUpdated && !showcase.shadowRoot.querySelector('[defer-hydration]');
    },
    null,
    { timeout: 20000 },
  );

describe('etalase site', () => {
  it('a product page carries its own preview tags, canonical URL and JSON-LD', async () => {
    const product = feed.products.find((p) => p.id === 'abon-ikan-haruan');
    const producer = feed.producers.find((p) => p.id === product.producerId);
    const session = await openPage(env, `${OUT}/produk/${product.id}/`);
    const { page } = session;
    const meta = await metaOf(page);
    const name = product.name.id ?? product.name;
    assert.equal(
      await page.title(),
      `${name} — ${producer.name} | ${feed.publisher.name.id ?? feed.publisher.name}`,
    );
    assert.equal(meta['og:type'], 'product');
    assert.equal(meta['og:title'], await page.title());
    assert.equal(meta['og:url'], `${BASE}produk/${product.id}/`);
    assert.equal(meta['og:image'], new URL(product.images[0].src, `${BASE}data/feed.json`).href);
    assert.equal(meta['og:locale'], 'id_ID');
    assert.equal(meta['product:price:amount'], String(product.price.min));
    assert.equal(meta['product:price:currency'], 'IDR');
    assert.equal(meta['twitter:card'], 'summary_large_image');
    assert.equal(meta['twitter:image'], meta['og:image']);
    assert.ok(meta['description'].length > 20);
    assert.equal(await page.locator('link[rel=canonical]').getAttribute('href'), meta['og:url']);
    assert.equal(
      await page.locator('link[rel=alternate][hreflang=en]').getAttribute('href'),
      `${BASE}en/produk/${product.id}/`,
    );
    const jsonLd = JSON.parse(
      await page.locator('script[type="application/ld+json"]').textContent(),
    );
    assert.equal(jsonLd['@type'], 'Product');
    assert.equal(jsonLd.name, name);
    assert.equal(jsonLd.url, meta['og:url']);
    assertNoProblems(session.problems);
    assert.deepEqual(await session.cspViolations(), []);
    await session.close();
  });

  it('without JavaScript a product page shows its name, price, producer and contacts', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL(`${OUT}/produk/abon-ikan-haruan/`, env.server.url).href);
    const article = page.locator('article.product');
    await article.getByRole('heading', { level: 1, name: 'Abon Ikan Haruan 150 g' }).waitFor();
    await article.getByText('Rp55.000').waitFor();
    const producerLink = article.getByRole('link', { name: 'Olahan Ikan Haruan Barito' });
    assert.equal(await producerLink.getAttribute('href'), '../../produsen/haruan-barito/');
    const whatsapp = await article.getByRole('link', { name: 'WhatsApp' }).getAttribute('href');
    assert.match(whatsapp, /^https:\/\/wa\.me\/62\d+\?text=/);
    assert.equal(
      await article.getByRole('link', { name: 'Surel' }).getAttribute('href'),
      'mailto:haruan-barito@example.org',
    );
    // The English tree: same product, English words.
    await page.goto(new URL(`${OUT}/en/produk/abon-ikan-haruan/`, env.server.url).href);
    await page.getByRole('heading', { name: 'Contact the producer' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await context.close();
  });

  it('writes a sitemap valid per sitemaps.org, and robots.txt pointing to it', () => {
    const xml = readFileSync(`${OUT}/sitemap.xml`, 'utf8');
    assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n'));
    assert.match(xml, /<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/);
    assert.ok(statSync(`${OUT}/sitemap.xml`).size < 50 * 1024 * 1024);
    const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]);
    const pages = 2 * (1 + feed.products.length + feed.producers.length);
    assert.equal(entries.length, pages);
    assert.ok(entries.length <= 50000);
    // Outside <url> elements only the declaration and the root element.
    assert.equal(
      xml.replace(/<url>[\s\S]*?<\/url>/g, '').replace(/\s+/g, ''),
      '<?xmlversion="1.0"encoding="UTF-8"?><urlsetxmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>',
    );
    const locs = new Set();
    for (const entry of entries) {
      const loc = /^<loc>([^<]+)<\/loc>(?:<lastmod>(\d{4}-\d{2}-\d{2})<\/lastmod>)?$/.exec(entry);
      assert.ok(loc, entry);
      assert.ok(loc[1].startsWith(BASE) && loc[1].length < 2048, loc[1]);
      assert.doesNotMatch(loc[1], /[<>"']|&(?!amp;|lt;|gt;|quot;|apos;)/);
      assert.ok(!Number.isNaN(Date.parse(loc[2] ?? '2026-01-01')));
      locs.add(loc[1]);
      // Every URL is a page of the site.
      assert.ok(existsSync(`${OUT}/${loc[1].slice(BASE.length)}index.html`), loc[1]);
    }
    assert.equal(locs.size, entries.length, 'no URL twice');
    assert.equal(
      readFileSync(`${OUT}/robots.txt`, 'utf8'),
      `User-agent: *\nAllow: /\nSitemap: ${BASE}sitemap.xml\n`,
    );
  });

  it('the showcase page is pre-rendered, styled under its strict CSP, and hydrates', async () => {
    const session = await openPage(env, `${OUT}/`, { viewport: { width: 412, height: 823 } });
    const { page } = session;
    const styled = await page.evaluate(() => {
      const grid = document
        .querySelector('etalase-showcase')
        .shadowRoot.querySelector('etalase-product-grid');
      const card = grid.shadowRoot.querySelector('etalase-product-card');
      // The card's own style (linked from its file, allowed by `style-src 'self'`) applies.
      return getComputedStyle(card.shadowRoot.querySelector('article')).display;
    });
    assert.notEqual(styled, 'block');
    await hydrated(page);
    assertNoProblems(session.problems);
    assert.deepEqual(await session.cspViolations(), []);
    await session.close();
  });

  it('the site feed names the site: the showcase links a product to its page and shares it', async () => {
    const copy = JSON.parse(readFileSync(`${OUT}/data/feed.json`, 'utf8'));
    assert.equal(copy.publisher.siteUrl, BASE);
    const session = await openPage(env, `${OUT}/`);
    const { page } = session;
    await hydrated(page);
    const name = page.locator('etalase-product-card [part="name"]').first();
    const title = (await name.textContent()).trim();
    const { id } = feed.products.find((p) => (p.name.id ?? p.name) === title);
    await name.click();
    const detail = page.getByRole('dialog');
    await detail.waitFor();
    assert.ok(page.url().endsWith(`?produk=${id}`), page.url());
    const pageUrl = `${BASE}produk/${id}/`;
    assert.equal(
      await detail.getByRole('link', { name: 'Halaman produk' }).getAttribute('href'),
      pageUrl,
    );
    // Share gives the product page (its Open Graph tags make the chat preview); the test cancels
    // the share itself.
    const shared = page.evaluate(
      () =>
        new Promise((done) =>
          document.addEventListener('etalase-contact', (event) => {
            event.preventDefault();
            done([event.channel, event.url]);
          }),
        ),
    );
    await detail.getByRole('button', { name: 'Bagikan' }).click();
    assert.deepEqual(await shared, ['share', pageUrl]);
    assertNoProblems(session.problems);
    await session.close();
  });

  it('a filtered link into the pre-rendered showcase hydrates, then shows the filter', async () => {
    const session = await openPage(env, `${OUT}/?kategori=kriya`);
    const { page } = session;
    await hydrated(page);
    const kriya = feed.products.filter((p) => p.category === 'kriya').length;
    await page.waitForFunction(
      (count) =>
        document
          .querySelector('etalase-showcase')
          .shadowRoot.querySelector('etalase-product-grid')
          ?.shadowRoot.querySelectorAll('etalase-product-card').length === count,
      kriya,
      { timeout: 20000 },
    );
    assert.equal(await page.locator('etalase-product-grid').count(), 1, 'one grid');
    assertNoProblems(session.problems);
    await session.close();
  });

  it('a product page loads its showcase when scrolled to, and opens nothing by itself', async () => {
    const context = await env.browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    const feedRequests = [];
    const showcaseCode = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/data/feed.json')) feedRequests.push(request.url());
      if (/\/chunks\/showcase[.-]/.test(request.url())) showcaseCode.push(request.url());
    });
    await page.addInitScript(() => {
      window.__shifts = [];
      window.__lcp = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          for (const source of entry.sources)
            if (document.querySelector('article.product')?.contains(source.node))
              window.__shifts.push(source.node.nodeName);
      }).observe({ type: 'layout-shift', buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__lcp.push(entry.element?.tagName);
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(new URL(`${OUT}/produk/abon-ikan-haruan/`, env.server.url).href);
    const article = page.locator('article.product');
    const before = await article.boundingBox();
    const showcase = page.locator('etalase-showcase');
    await page.waitForLoadState('load');
    await page.waitForTimeout(1500);
    // Below the product (at most its top edge on screen): no feed and no showcase code yet, no
    // dialog over the page.
    assert.deepEqual(feedRequests, [], 'the feed waits until the showcase is scrolled to');
    assert.deepEqual(showcaseCode, [], 'so does the showcase code');
    assert.equal(await page.getByRole('dialog').count(), 0);
    assert.equal(
      await page.evaluate(() => document.activeElement === document.body),
      true,
      'focus stays on the page',
    );
    await showcase.evaluate((element) => element.scrollIntoView());
    const cards = page.locator('etalase-showcase etalase-product-card');
    await cards.first().waitFor({ timeout: 20000 });
    assert.equal(feedRequests.length, 1);
    assert.equal(showcaseCode.length, 1);
    const { shifts, lcp } = await page.evaluate(() => ({
      shifts: window.__shifts,
      lcp: window.__lcp,
    }));
    // Nothing of the server-rendered product moved (the showcase below may settle by itself).
    assert.deepEqual(shifts, [], 'no shift in the product');
    await page.evaluate(() => scrollTo(0, 0));
    assert.deepEqual(await article.boundingBox(), before, 'the product stays where it was');
    assert.equal(lcp.at(-1), 'IMG', 'the product picture is the largest paint');
    // It works: a card opens its detail; closing it leaves the visitor on the product page.
    const name = page.locator('etalase-product-card [part="name"]').nth(1);
    const title = (await name.textContent()).trim();
    await name.click();
    const detail = page.getByRole('dialog');
    await detail.getByRole('heading', { name: title }).waitFor({ timeout: 20000 });
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'hidden' });
    assert.match(new URL(page.url()).pathname, /\/produk\/abon-ikan-haruan\/$/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('hydration keeps the server nodes (styles linked from files) and one JSON-LD block', async () => {
    const context = await env.browser.newContext({ viewport: { width: 412, height: 823 } });
    // The feed is held back: the page shows the server's markup until it arrives.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await context.route('**/data/feed.json', async (route) => {
      await held;
      await route.continue();
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    // Layout shifts on this phone-sized page (Lighthouse's CLS), with the element that moved.
    await page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          for (const source of entry.sources ?? [])
            window.__shifts.push(`${source.node?.nodeName} ${source.node?.className ?? ''}`);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(new URL(`${OUT}/`, env.server.url).href);
    const server = await page.evaluate(() => {
      const showcase = document.querySelector('etalase-showcase');
      const grid = showcase.shadowRoot.querySelector('etalase-product-grid');
      const card = grid.shadowRoot.querySelectorAll('etalase-product-card')[2];
      window.__card = card;
      window.__name = card.shadowRoot.querySelector('.select');
      const roots = [showcase, grid, card].map((element) => element.shadowRoot);
      return {
        inlineStyles: roots.map((root) => root.querySelectorAll('style').length),
        links: roots.map((root) => root.querySelectorAll('link[rel="stylesheet"]').length),
        // The card's own style file applies (an unstyled article would be a block).
        display: getComputedStyle(card.shadowRoot.querySelector('article')).display,
        jsonLd: document.querySelectorAll('script[type="application/ld+json"]').length,
      };
    });
    assert.deepEqual(server.inlineStyles, [0, 0, 0]);
    assert.deepEqual(server.links, [1, 1, 1]);
    assert.notEqual(server.display, 'block');
    assert.equal(server.jsonLd, 1);
    release();
    await hydrated(page);
    // The grid writes its own JSON-LD once the page is idle: it replaces the server's block.
    await page.waitForSelector('script[type="application/ld+json"][data-etalase]', {
      state: 'attached',
      timeout: 20000,
    });
    const after = await page.evaluate(() => {
      const grid = document
        .querySelector('etalase-showcase')
        .shadowRoot.querySelector('etalase-product-grid');
      const card = grid.shadowRoot.querySelectorAll('etalase-product-card')[2];
      return {
        sameCard: card === window.__card,
        sameName: card.shadowRoot.querySelector('.select') === window.__name,
        hydrated: card.hasUpdated,
        jsonLd: document.querySelectorAll('script[type="application/ld+json"]').length,
      };
    });
    assert.deepEqual(after, { sameCard: true, sameName: true, hydrated: true, jsonLd: 1 });
    // The phone layout that follows hydration moves nothing (the "list + map" button is hidden by
    // the styles, as it was on the server at this width).
    assert.deepEqual(await page.evaluate(() => window.__shifts), []);
    // It works: "load more" renders the next cards (styled by Lit, as any client-rendered card).
    await page.getByRole('button', { name: 'Muat lebih banyak' }).click();
    await page.waitForFunction(
      () =>
        document
          .querySelector('etalase-showcase')
          .shadowRoot.querySelector('etalase-product-grid')
          .shadowRoot.querySelectorAll('etalase-product-card').length > 12,
    );
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a feed that never loads leaves the server products and says so', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    let fail = true;
    await context.route('**/data/feed.json', (route) =>
      fail ? route.abort('internetdisconnected') : route.continue(),
    );
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(new URL(`${OUT}/`, env.server.url).href);
    const notice = page.getByRole('alert');
    await notice.waitFor({ timeout: 30000 });
    assert.match(await notice.innerText(), /Katalog belum dapat ditampilkan/);
    const cards = page.locator('etalase-showcase etalase-product-card');
    assert.equal(await cards.count(), 12, 'the server products stay');
    await cards.first().evaluate((card) => (window.__card = card));
    // Retry once the network is back: the showcase takes the markup over and the notice goes.
    fail = false;
    await notice.getByRole('button', { name: 'Coba lagi' }).click();
    await hydrated(page);
    await notice.waitFor({ state: 'detached', timeout: 20000 });
    assert.equal(
      await cards.first().evaluate((card) => card === window.__card),
      true,
      'the same server nodes',
    );
    assert.deepEqual(errors, []);
    await context.close();
  });
});
