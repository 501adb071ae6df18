// End-to-end, as a new user would: the built drop-in file on the demo pages, in headless Chromium.
// Run by `npm test` (after `scripts/ensure-build.mjs`), or alone: node --test test/e2e/
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { buildExamples, openPage, startBrowser, waitForCards } from './browser.mjs';

const require = createRequire(import.meta.url);
let env;

before(async () => {
  await buildExamples();
  env = await startBrowser();
});
after(() => env?.close());

/** Every card's product name in the grid. */
async function cardNames(page) {
  await waitForCards(page);
  return page.locator('etalase-product-card [part="name"]').allInnerTexts();
}

function assertNoProblems(problems) {
  assert.deepEqual(problems.pageErrors, [], 'uncaught errors');
  assert.deepEqual(problems.consoleErrors, [], 'console errors');
  assert.deepEqual(problems.foreignRequests, [], 'requests to other hosts');
}

describe('the drop-in file on a page', () => {
  it('a page with only the script tag and the element shows the sample feed', async () => {
    const session = await openPage(env, 'demo/embed.html');
    const { page } = session;
    const count = await waitForCards(page);
    assert.ok(count >= 20, `${count} cards`);
    await page.getByText(/55 produk ditemukan/).waitFor();
    assertNoProblems(session.problems);
    await session.close();
  });

  it('filters by region, searches, opens a product with a WhatsApp link, and Back restores the state', async () => {
    const session = await openPage(env, 'demo/index.html');
    const { page } = session;
    const all = (await cardNames(page)).length;

    // Search: the grid keeps only matching products, and the URL says so.
    const search = page.getByRole('combobox', { name: /Cari/ });
    await search.fill('amplang');
    await search.press('Enter');
    await page.waitForURL(/q=amplang/);
    const found = await cardNames(page);
    assert.ok(found.length > 0 && found.length < all, `${found.length} of ${all}`);
    for (const name of found) assert.match(name, /amplang/i);

    // Region: Kota Samarinda (64.72) through the region filter's finder.
    // In a narrow column the region filter is a disclosure; in the sidebar its tree shows at once.
    const regionToggle = page.getByRole('button', { name: /^Wilayah:/ });
    if (await regionToggle.isVisible()) await regionToggle.click();
    await page
      .getByRole('searchbox', { name: 'Cari wilayah' })
      .or(page.getByRole('textbox', { name: 'Cari wilayah' }))
      .fill('samarinda');
    await page
      .getByRole('treeitem', { name: /Samarinda/ })
      .first()
      .click();
    await page.waitForURL(/wilayah=64\.72/);
    const inSamarinda = await cardNames(page);
    assert.ok(inSamarinda.length > 0 && inSamarinda.length <= found.length);
    const filteredUrl = page.url();

    // Open the first product: a dialog with a WhatsApp link naming the product.
    const firstName = inSamarinda[0];
    await page.locator('etalase-product-card [part="name"]').first().click();
    const dialog = page.locator('etalase-product-detail dialog[open]');
    await dialog.waitFor();
    await page.waitForURL(/produk=/);
    const whatsapp = dialog.locator('a[href^="https://wa.me/62"]').first();
    const href = await whatsapp.getAttribute('href');
    const message = new URL(href).searchParams.get('text') ?? '';
    assert.ok(
      message.includes(firstName.trim()),
      `WhatsApp message "${message}" names "${firstName}"`,
    );
    assert.match(message, /Halo|Selamat/i, 'the message is in Indonesian');

    // Back closes the product; Back again returns to the search before the region filter.
    await page.goBack();
    await dialog.waitFor({ state: 'detached' });
    assert.equal(page.url(), filteredUrl);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('wilayah='));
    assert.deepEqual(await cardNames(page), found);
    assertNoProblems(session.problems);
    await session.close();
  });

  it('choosing a producer on the map makes the grid follow', async () => {
    const session = await openPage(env, 'demo/index.html');
    const { page } = session;
    await waitForCards(page);
    // Keyboard only: Enter on a cluster zooms in, until a producer's marker is reachable.
    const producers = page.locator('etalase-producer-map [role="button"][aria-label^="Produsen "]');
    const clusters = page.locator('etalase-producer-map [role="button"][aria-label^="Kelompok "]');
    await page.locator('etalase-producer-map [role="button"][aria-label]').first().waitFor();
    for (let i = 0; i < 8 && (await producers.count()) === 0; i++) {
      await clusters.first().focus();
      await page.keyboard.press('Enter');
      await page.waitForTimeout(200);
    }
    await producers.first().focus();
    await page.keyboard.press('Enter');
    const show = page.getByRole('button', { name: 'Tampilkan produk produsen ini' });
    await show.waitFor();
    const producer = (await page.locator('etalase-producer-map .popup h2').innerText()).trim();
    await show.click();
    await page.waitForURL(/produsen=/);
    const metas = await page.locator('etalase-product-card [part="meta"]').allInnerTexts();
    assert.ok(metas.length > 0);
    for (const meta of metas) assert.ok(meta.includes(producer), `${meta} is by ${producer}`);
    assertNoProblems(session.problems);
    await session.close();
  });

  for (const [path, viewport] of [
    ['demo/index.html', { width: 1280, height: 900 }],
    ['demo/index.html', { width: 390, height: 844 }],
    ['demo/themes.html', { width: 1280, height: 900 }],
  ]) {
    it(`${path} at ${viewport.width}px passes axe (every showcase, filters open)`, async () => {
      const session = await openPage(env, path, { viewport });
      const { page } = session;
      await waitForCards(page);
      // On a phone the filters are behind a toggle: open it so they are checked too.
      const toggle = page.locator('etalase-showcase .filters-toggle').first();
      if (await toggle.isVisible()) await toggle.click();
      await page.waitForTimeout(300);
      await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
      });
      assert.deepEqual(violations, []);
      assertNoProblems(session.problems);
      await session.close();
    });
  }

  it('reads a shard set (src names index.json) on the page, without starting the feed worker', async () => {
    const session = await openPage(env, 'demo/nasional.html');
    const { page } = session;
    const count = await waitForCards(page);
    assert.ok(count > 0, `${count} cards`);
    await page
      .getByText(/55 produk/)
      .first()
      .waitFor();
    const requested = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
    );
    assert.ok(requested.includes('/demo/data/nasional/index.json'), requested.join('\n'));
    assert.ok(!requested.includes('/dist/etalase-worker.min.js'), requested.join('\n'));
    // The feed's relative image paths were rebased by `etalase shard`: the pictures load (a 404
    // would be a console error), from the feed's own folder.
    const images = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.endsWith('.svg')),
    );
    assert.ok(
      images.some((path) => path.startsWith('/demo/data/img/')),
      images.join('\n'),
    );
    assertNoProblems(session.problems);
    await session.close();
  });

  it('works under a strict Content-Security-Policy with Trusted Types, with no violation', async () => {
    const session = await openPage(env, 'demo/csp.html');
    const { page } = session;
    await waitForCards(page);
    await page.locator('etalase-product-card [part="name"]').first().click();
    await page.locator('etalase-product-detail dialog[open]').waitFor();
    await page.keyboard.press('Escape');
    // The feed worker started under script-src 'self' and Trusted Types, and the feed was fetched,
    // parsed and validated there: the page itself never requested it.
    const requested = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
    );
    assert.ok(requested.includes('/dist/etalase-worker.min.js'), requested.join('\n'));
    assert.ok(!requested.some((path) => path.endsWith('.json')), requested.join('\n'));
    assert.deepEqual(await session.cspViolations(), []);
    assertNoProblems(session.problems);
    await session.close();
  });
});

describe('embedding recipes (docs/embedding.md)', () => {
  for (const recipe of ['plain', 'wordpress', 'react', 'vue']) {
    it(`${recipe}: the example page shows products`, async () => {
      const session = await openPage(env, `docs/examples/${recipe}.html`);
      const count = await waitForCards(session.page);
      assert.ok(count > 0);
      assertNoProblems(session.problems);
      await session.close();
    });
  }
});
