// End-to-end on the built drop-in file (issue 17): with the real date, a past fair is not offered; the
// expos view, its calendar data and the certificate checks work, also under the strict CSP page.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openPage, startBrowser, waitForCards } from './browser.mjs';

let env;
before(async () => {
  env = await startBrowser();
});
after(() => env?.close());

describe('expos, galleries and certificates on the demo', () => {
  it('leaves the finished May fair off the map and folds it away in the expos view', async () => {
    const session = await openPage(env, 'demo/index.html');
    const { page } = session;
    await waitForCards(page);
    // Split view: the map shows galleries, not the fair that ended on 23 May 2026.
    const gallery = page.locator(
      'etalase-producer-map .marker[data-key="o:dekranasda-palangka-raya"]',
    );
    await gallery.waitFor({ state: 'attached', timeout: 15000 });
    assert.equal(
      await page
        .locator('etalase-producer-map .marker[data-key="o:pameran-isen-mulang-2026"]')
        .count(),
      0,
    );
    await page.getByRole('button', { name: 'Pameran & galeri' }).click();
    const list = page.locator('etalase-outlet-list');
    await list.getByRole('heading', { name: 'Pameran & galeri' }).waitFor();
    const fair = list.getByRole('heading', { name: /Isen Mulang/ });
    assert.equal(await fair.isVisible(), false, 'the finished fair is folded away');
    await list.getByText(/Pameran yang sudah selesai/).click();
    assert.equal(await fair.isVisible(), true);
    assert.match(await list.locator('details').innerText(), /Sudah selesai/);
    // Events still to come are described for search engines, in the page's head.
    const events = await page.evaluate(() =>
      [...document.head.querySelectorAll('script[data-etalase="etalase-outlet-list"]')].map(
        (s) => s.textContent,
      ),
    );
    for (const json of events) assert.doesNotMatch(json, /Isen Mulang/);
    assert.deepEqual(session.problems.pageErrors, []);
    assert.deepEqual(session.problems.consoleErrors, []);
    assert.deepEqual(session.problems.foreignRequests, []);
    await session.close();
  });

  it('works under the strict Content-Security-Policy with Trusted Types', async () => {
    const session = await openPage(env, 'demo/csp.html');
    const { page } = session;
    await waitForCards(page);
    await page.evaluate(() => {
      document.querySelector('etalase-showcase').view = 'outlets';
    });
    await page.locator('etalase-outlet-list').getByRole('heading', { level: 3 }).waitFor();
    assert.deepEqual(await session.cspViolations(), []);
    assert.deepEqual(session.problems.pageErrors, []);
    await session.close();
  });
});
