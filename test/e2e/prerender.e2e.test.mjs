// A page with a showcase pre-rendered by `etalase render` (the built CLI), hydrated by the built drop-in:
// the server's nodes stay (no re-render, nothing moves), then filters, search and "load more" work.
// Run by `npm test` after the build, or alone: node --test test/e2e/prerender.e2e.test.mjs
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { assertNoProblems, openPage, startBrowser } from './browser.mjs';

const DIR = 'dist/test-pages/prerender';
let env;

before(async () => {
  const snippet = execFileSync(
    'node',
    [
      'dist/cli/etalase.js',
      'render',
      'demo/data/produk-unggulan.json',
      '--src',
      '/demo/data/produk-unggulan.json',
      '--page-size',
      '12',
      '--out',
      '-',
    ],
    { encoding: 'utf8' },
  );
  mkdirSync(DIR, { recursive: true });
  const page = (script) =>
    `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Pra-render</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<style>body { font-family: system-ui, sans-serif; margin: 0 1em; }</style>
${script ? '<script type="module" src="/dist/etalase.min.js"></script>' : ''}</head>
<body><main>${snippet}</main></body></html>`;
  writeFileSync(`${DIR}/index.html`, page(true));
  writeFileSync(`${DIR}/no-script.html`, page(false));
  env = await startBrowser();
});
after(() => env?.close());

/** The grid and the cards inside the showcase's shadow root. */
const cardsIn = (page) =>
  page.evaluate(() => {
    const grid = document
      .querySelector('etalase-showcase')
      .shadowRoot.querySelectorAll('etalase-product-grid');
    return {
      grids: grid.length,
      cards: grid[0]?.shadowRoot.querySelectorAll('etalase-product-card').length,
    };
  });

describe('pre-rendered showcase', () => {
  it('hydrates without re-rendering: the same nodes in the same place, then it works', async () => {
    // The page without the script first: grab a card, its name and position as the server made them.
    const session = await openPage(env, `${DIR}/no-script.html`, {
      viewport: { width: 1280, height: 900 },
    });
    const { page } = session;
    const before = await page.evaluate(() => {
      const grid = document
        .querySelector('etalase-showcase')
        .shadowRoot.querySelector('etalase-product-grid');
      const card = grid.shadowRoot.querySelectorAll('etalase-product-card')[2];
      window.__card = card;
      window.__name = card.shadowRoot.querySelector('.select');
      window.__shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__shifts += entry.value;
      }).observe({ type: 'layout-shift', buffered: false });
      return {
        text: window.__name.textContent.trim(),
        rect: window.__name.getBoundingClientRect().toJSON(),
      };
    });
    assert.ok(before.text.length > 0);
    await page.addScriptTag({ type: 'module', url: '/dist/etalase.min.js' });
    await page.waitForFunction(
      () => {
        const showcase = document.querySelector('etalase-showcase');
        return showcase.hasUpdated && !showcase.shadowRoot.querySelector('[defer-hydration]');
      },
      null,
      { timeout: 20000 },
    );
    await page.waitForTimeout(500);
    const after = await page.evaluate(() => {
      const grid = document
        .querySelector('etalase-showcase')
        .shadowRoot.querySelector('etalase-product-grid');
      const card = grid.shadowRoot.querySelectorAll('etalase-product-card')[2];
      return {
        sameCard: card === window.__card,
        sameName: card.shadowRoot.querySelector('.select') === window.__name,
        connected: window.__name.isConnected,
        rect: window.__name.getBoundingClientRect().toJSON(),
        hydrated: card.hasUpdated,
        shifts: window.__shifts,
      };
    });
    assert.deepEqual(
      { ...after, rect: undefined },
      {
        sameCard: true,
        sameName: true,
        connected: true,
        rect: undefined,
        hydrated: true,
        shifts: 0,
      },
    );
    assert.deepEqual(after.rect, before.rect, 'the name did not move');
    assert.deepEqual(await cardsIn(page), { grids: 1, cards: 12 }, 'nothing rendered twice');

    // It works: load more, a category filter, a search.
    await page.getByRole('button', { name: 'Muat lebih banyak' }).click();
    await page.waitForFunction(
      () =>
        document
          .querySelector('etalase-showcase')
          .shadowRoot.querySelector('etalase-product-grid')
          .shadowRoot.querySelectorAll('etalase-product-card').length === 24,
    );
    const found = page.getByText(/\d+ produk ditemukan/).first();
    const total = async () => Number(/(\d+) produk/.exec(await found.innerText())[1]);
    const all = await total();
    await page.getByRole('checkbox', { name: /Kriya/ }).first().check();
    await page.waitForFunction((n) => {
      const grid = document
        .querySelector('etalase-showcase')
        .shadowRoot.querySelector('etalase-product-grid');
      return /(\d+) produk/.exec(grid.shadowRoot.textContent)?.[1] !== String(n);
    }, all);
    const crafts = await total();
    assert.equal(crafts, 6, 'the six crafts of the sample feed');
    // Search within the crafts: two of them are rattan.
    await page.locator('etalase-search input').fill('rotan');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => {
      const grid = document
        .querySelector('etalase-showcase')
        .shadowRoot.querySelector('etalase-product-grid');
      return /(\d+) produk/.exec(grid.shadowRoot.textContent)?.[1] === '2';
    });
    assertNoProblems(session.problems);
    await session.close();
  });

  it('a page that loads the script hydrates with no error and no second copy', async () => {
    const session = await openPage(env, `${DIR}/index.html`, {
      viewport: { width: 412, height: 823 },
    });
    const { page } = session;
    await page.waitForFunction(
      () => {
        const showcase = document.querySelector('etalase-showcase');
        return showcase.hasUpdated && !showcase.shadowRoot.querySelector('[defer-hydration]');
      },
      null,
      { timeout: 20000 },
    );
    await page.waitForTimeout(500);
    assert.deepEqual(await cardsIn(page), { grids: 1, cards: 12 });
    assertNoProblems(session.problems);
    await session.close();
  });
});
