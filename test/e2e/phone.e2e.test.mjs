// End-to-end on a 390 px phone (the width of a common Android/iPhone screen): the demo page with the
// built drop-in file shows its first product without scrolling, and search finds what visitors type.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openPage, startBrowser, waitForCards } from './browser.mjs';

const PHONE = { width: 390, height: 844 };
let env;

before(async () => {
  env = await startBrowser();
});
after(() => env?.close());

describe('the demo page on a 390 px phone', () => {
  it('shows the first product card whole without scrolling, the toolbar on one line', async () => {
    const session = await openPage(env, 'demo/index.html', { viewport: PHONE });
    const { page } = session;
    await waitForCards(page);
    const layout = await page.evaluate(() => {
      const showcase = document.querySelector('etalase-showcase');
      const grid = showcase.shadowRoot.querySelector('etalase-product-grid');
      const card = grid.shadowRoot.querySelector('etalase-product-card');
      const toolbar = showcase.shadowRoot.querySelector('.toolbar');
      // The shown controls ("list + map" is hidden on a phone).
      const buttons = [...toolbar.querySelectorAll('button, etalase-search')].filter(
        (control) => control.getClientRects().length > 0,
      );
      return {
        card: card.getBoundingClientRect().toJSON(),
        boxes: buttons.map((b) => b.getBoundingClientRect().toJSON()),
        scrollWidth: document.documentElement.scrollWidth,
        scrollY: window.scrollY,
      };
    });
    assert.equal(layout.scrollY, 0);
    assert.ok(layout.card.top >= 0, `card top ${layout.card.top}`);
    assert.ok(layout.card.bottom <= PHONE.height, `card bottom ${layout.card.bottom} px`);
    // One line: every control starts above the bottom of every other.
    const lowestTop = Math.max(...layout.boxes.map((box) => box.top));
    const highestBottom = Math.min(...layout.boxes.map((box) => box.bottom));
    assert.ok(lowestTop < highestBottom, `toolbar controls from ${lowestTop} to ${highestBottom}`);
    assert.ok(layout.scrollWidth <= PHONE.width, `page ${layout.scrollWidth} px wide`);
    await session.close();
  });

  it('loads without moving what the visitor sees, on a slow phone (4× CPU)', async () => {
    const context = await env.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // Every layout shift (Lighthouse's CLS), with the elements that moved.
    await page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const nodes = (entry.sources ?? []).map(
            (s) => `${s.node?.nodeName} ${s.node?.className}`,
          );
          window.__shifts.push({ value: entry.value, nodes });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(new URL('demo/index.html', env.server.url).href);
    await waitForCards(page);
    // The filters, the idle work and the images after the first products.
    await page.waitForTimeout(2500);
    const shifts = await page.evaluate(() => window.__shifts);
    const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
    assert.ok(total < 0.01, `layout shift ${total.toFixed(4)}: ${JSON.stringify(shifts)}`);
    await context.close();
  });

  it('finds "ampalng" (a typo), says what it meant, and sorts by price from the URL alone', async () => {
    const session = await openPage(env, 'demo/index.html?urut=termurah', { viewport: PHONE });
    const { page } = session;
    await waitForCards(page);
    const sort = page.getByRole('combobox', { name: 'Urutkan' });
    assert.equal(await sort.inputValue(), 'price-asc');
    const search = page.getByRole('combobox', { name: /Cari/ });
    await search.fill('ampalng');
    await search.press('Enter');
    await page.waitForURL(/q=ampalng/);
    await page.getByText('Mungkin maksud Anda:').waitFor();
    const names = await page.locator('etalase-product-card [part="name"]').allInnerTexts();
    assert.ok(names.length >= 3, `${names.length} cards`);
    for (const name of names) assert.match(name, /amplang/i);
    assert.equal(
      await page.locator('etalase-product-card [part="name"] mark').first().innerText(),
      'Amplang',
    );
    await page.getByRole('button', { name: 'amplang', exact: true }).click();
    await page.waitForURL(/q=amplang&urut=termurah/);
    assert.deepEqual(session.problems.pageErrors, []);
    assert.deepEqual(session.problems.consoleErrors, []);
    await session.close();
  });
});
