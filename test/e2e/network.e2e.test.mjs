// End-to-end: the built drop-in file on the demo page while the feed server hangs. A hung feed request
// is never cancelled by the browser, so this is where a Retry used to wait forever (issue 14); a hung
// `<link rel="preload">` of the feed is covered in test/feed/load.test.ts.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startBrowser, waitForCards } from './browser.mjs';

let env;
before(async () => (env = await startBrowser()));
after(() => env?.close());

describe('the drop-in file while the feed server hangs', () => {
  it('says it is slow within 3 s, offers Retry within 10 s, and Retry loads the products', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    let hanging = true;
    let requests = 0;
    await page.route('**/demo/data/produk-unggulan.json*', (route) => {
      requests++;
      // A hung server: the request is left without an answer.
      if (!hanging) void route.continue();
    });
    const started = Date.now();
    await page.goto(new URL('demo/index.html', env.server.url).href);
    const showcase = page.locator('etalase-showcase').first();

    await showcase.getByText(/Masih memuat \(koneksi lambat\)/).waitFor({ timeout: 10000 });
    const slowAfter = Date.now() - started;
    assert.ok(slowAfter < 3000, `slow notice after ${slowAfter} ms`);

    const retry = showcase.getByRole('button', { name: 'Coba lagi' });
    await retry.waitFor({ timeout: 15000 });
    const errorAfter = Date.now() - started;
    assert.ok(errorAfter < 10000, `error with Retry after ${errorAfter} ms`);
    assert.match(await showcase.getByRole('alert').innerText(), /terlalu lama menjawab/);

    hanging = false;
    const before = requests;
    const clicked = Date.now();
    await retry.click();
    await waitForCards(page);
    assert.ok(requests > before, 'Retry sent a request of its own');
    assert.ok(Date.now() - clicked < 5000, `products ${Date.now() - clicked} ms after Retry`);
    assert.equal(await showcase.getByRole('alert').count(), 0, 'the error is gone');
    assert.deepEqual(pageErrors, []);
    await context.close();
  });
});
