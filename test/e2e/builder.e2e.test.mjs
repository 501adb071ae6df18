// The embed builder (demo/builder.html) as a webmaster uses it: choose, see the preview follow, copy
// the snippet. Run by `npm test` after the build, or alone: node --test test/e2e/builder.e2e.test.mjs
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  assertNoProblems,
  axeViolations,
  openPage,
  startBrowser,
  waitForCards,
} from './browser.mjs';

let env;

before(async () => {
  env = await startBrowser();
});
after(() => env?.close());

describe('embed builder', () => {
  it('the choices drive the live preview and the two-line snippet, which copies as shown', async () => {
    const session = await openPage(env, 'demo/builder.html');
    const { page } = session;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(env.server.url).origin,
    });
    await waitForCards(page, '#preview');
    await page.getByText(/55 produk ditemukan/).waitFor();

    // Region and category lists come from the feed the preview loaded.
    await page.locator('#region option[value="62.71"]').waitFor({ state: 'attached' });
    await page.selectOption('#region', '62.71');
    await page.selectOption('#category', 'kriya');
    await page.getByLabel('Kisi dan peta').check();
    await page.getByLabel('English').check();
    await page.getByLabel('Gelap').check();
    await page.getByLabel('Warna merek sendiri').check();
    await page.locator('#brand').fill('#8a1538');

    const snippet = await page.locator('#snippet').inputValue();
    assert.equal(
      snippet,
      [
        '<script type="module" src="/assets/etalase/etalase.min.js"></script>',
        '<etalase-showcase src="data/produk-unggulan.json" lang="en" region="62.71" category="kriya"' +
          ' view="split" theme="dark"' +
          ' style="--etalase-color-primary: #8a1538; --etalase-color-on-primary: #ffffff"></etalase-showcase>',
      ].join('\n'),
    );
    const block = await page.locator('#wordpress').inputValue();
    assert.equal(block, `<!-- wp:html -->\n${snippet}\n<!-- /wp:html -->`);

    // The preview is that same element: English, filtered, dark, in the brand colour.
    const preview = page.locator('#preview');
    assert.equal(await preview.getAttribute('region'), '62.71');
    assert.equal(await preview.getAttribute('theme'), 'dark');
    await page.getByText(/^\d+ products? found/).waitFor();
    const found = Number(
      /^(\d+)/.exec(await page.getByText(/^\d+ products? found/).innerText())[1],
    );
    assert.ok(found > 0 && found < 19, `${found} crafts in Kota Palangka Raya`);
    const primary = await preview.evaluate((el) =>
      getComputedStyle(el).getPropertyValue('--etalase-color-primary').trim(),
    );
    assert.equal(primary, '#8a1538');
    await page.getByText(/Contrast with the button text|Kontras dengan teks tombol/).waitFor();

    await page.getByRole('button', { name: 'Salin kode' }).click();
    await page.getByText('Tersalin ke papan klip.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);

    // Nothing leaves the page: the only requests are the page's own files and the sample feed.
    assertNoProblems(session.problems);
    await session.close();
  });

  it('refuses a javascript: feed address, keeps the last good one, and switches to English', async () => {
    const session = await openPage(env, 'demo/builder.html');
    const { page } = session;
    await waitForCards(page, '#preview');
    await page.locator('#feed').fill('javascript:alert(1)');
    await page.locator('#feed').blur();
    await page
      .getByRole('alert')
      .filter({ hasText: /tidak bisa dipakai/ })
      .waitFor();
    assert.equal(await page.locator('#feed').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('#preview').getAttribute('src'), 'data/produk-unggulan.json');
    assert.doesNotMatch(await page.locator('#snippet').inputValue(), /javascript:/);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Embed builder' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page
      .getByRole('alert')
      .filter({ hasText: /cannot be used/ })
      .waitFor();
    assertNoProblems(session.problems);
    await session.close();
  });

  it('passes axe', async () => {
    const session = await openPage(env, 'demo/builder.html');
    const { page } = session;
    await waitForCards(page, '#preview');
    await page.getByLabel('Warna merek sendiri').check();
    assert.deepEqual(await axeViolations(page), []);
    assertNoProblems(session.problems);
    await session.close();
  });
});
