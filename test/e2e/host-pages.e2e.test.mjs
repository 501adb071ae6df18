// The drop-in file on host pages with the CSS of real Indonesian government sites (test/e2e/host-pages):
// measured inside the shadow roots, every page must match the bare page (no stylesheet at all).
// Run alone: npm run build && node --test test/e2e/host-pages.e2e.test.mjs
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openPage, startBrowser, waitForCards } from './browser.mjs';

export const HOST_STYLES = ['wordpress-classic', 'page-builder', 'bootstrap', 'bad-reset', 'dark'];

let env;
before(async () => {
  env = await startBrowser();
});
after(() => env?.close());

/**
 * Opens the host page with `style` and waits until the cards and the region filter are there. Fonts
 * come from the page on purpose; to compare boxes across pages, `sameFont` gives every page one font
 * through the documented token.
 */
export async function openHostPage(environment, style, viewport, { sameFont = false } = {}) {
  const session = await openPage(environment, `test/e2e/host-pages/?style=${style}`, { viewport });
  if (sameFont)
    await session.page.addStyleTag({
      content: 'etalase-showcase { --etalase-font-family: "DejaVu Sans", sans-serif; }',
    });
  await waitForCards(session.page);
  await session.page.locator('etalase-region-filter [role="treeitem"]').first().waitFor();
  return session;
}

/** What a visitor sees of the showcase, read inside its shadow roots. */
export function measure() {
  /** Every element matching `selector` in `root` and the shadow roots below it. */
  const deepAll = (root, selector) => {
    const found = [...root.querySelectorAll(selector)];
    for (const element of root.querySelectorAll('*'))
      if (element.shadowRoot) found.push(...deepAll(element.shadowRoot, selector));
    return found;
  };
  const px = (value) => Math.round(parseFloat(value) * 10) / 10;
  const text = (element) => {
    if (!element) return 'missing';
    const style = getComputedStyle(element);
    return {
      fontSize: px(style.fontSize),
      lineHeight: style.lineHeight === 'normal' ? 'normal' : px(style.lineHeight),
      textAlign: style.textAlign,
      textTransform: style.textTransform,
      textIndent: style.textIndent,
      letterSpacing: style.letterSpacing,
      wordSpacing: style.wordSpacing,
      whiteSpace: style.whiteSpace,
      fontStyle: style.fontStyle,
      fontWeight: style.fontWeight,
    };
  };
  const box = (element) => {
    const rect = element.getBoundingClientRect();
    return { width: Math.round(rect.width), height: Math.round(rect.height) };
  };
  const showcase = document.querySelector('etalase-showcase');
  const root = showcase.shadowRoot;
  const cards = deepAll(document, 'etalase-product-card').slice(0, 6);
  const first = cards[0].shadowRoot;
  // A count is visible when it has a box and nothing clips it: inside its row and inside the
  // tree's scroll box horizontally (rows below the fold are scrolled to, not clipped).
  const filter = deepAll(document, 'etalase-region-filter')[0].shadowRoot;
  const tree = filter.querySelector('.tree');
  const treeBox = tree.getBoundingClientRect();
  const rows = [...filter.querySelectorAll('[role="treeitem"]')];
  const counts = rows.map((row) => {
    const count = row.querySelector('.count');
    if (!count) return 'missing';
    const rect = count.getBoundingClientRect();
    const rowBox = row.getBoundingClientRect();
    const clipped =
      rect.width === 0 ||
      rect.right > Math.min(rowBox.right, treeBox.left + tree.clientWidth) + 0.5 ||
      rect.left < rowBox.left - 0.5;
    return clipped ? `clipped: ${row.textContent.trim()}` : 'visible';
  });
  return {
    showcase: text(showcase),
    title: text(root.querySelector('.title')),
    viewButton: {
      ...text(root.querySelector('.views button')),
      ...box(root.querySelector('.views button')),
    },
    search: text(root.querySelector('etalase-search').shadowRoot.querySelector('input')),
    sidebar: box(root.querySelector('.filters')),
    cards: cards.map(box),
    cardName: text(first.querySelector('.name')),
    cardMeta: text(first.querySelector('.meta')),
    cardPrice: text(first.querySelector('.price')),
    // A card's content must fit: the last line is inside the card's box.
    cardContentFits: cards.every((card) => {
      const inner = card.shadowRoot.querySelector('.card');
      return inner.scrollHeight <= inner.clientHeight + 1;
    }),
    regionRow: text(rows[0]),
    regionCounts: counts,
    boxSizing: getComputedStyle(first.querySelector('.body')).boxSizing,
  };
}

describe('host pages (the built drop-in file under the CSS of real government sites)', () => {
  let bare;
  before(async () => {
    const session = await openHostPage(
      env,
      'bare',
      { width: 1280, height: 900 },
      { sameFont: true },
    );
    bare = await session.page.evaluate(measure);
    await session.close();
  });

  it('the bare page: 16px text in a system font, every region count visible', async () => {
    assert.equal(bare.showcase.fontSize, 16);
    assert.equal(bare.showcase.textAlign, 'start');
    assert.ok(
      bare.cards.every((card) => card.width > 200),
      JSON.stringify(bare.cards),
    );
    assert.ok(bare.regionCounts.length > 0);
    assert.deepEqual(
      bare.regionCounts.filter((count) => count !== 'visible'),
      [],
    );
    assert.ok(bare.cardContentFits, 'card content is cut off');
    const session = await openHostPage(env, 'bare', { width: 1280, height: 900 });
    const family = await session.page.evaluate(
      () => getComputedStyle(document.querySelector('etalase-showcase')).fontFamily,
    );
    await session.close();
    assert.match(family, /^system-ui/);
  });

  it("fonts still come from the page: the showcase uses the theme's font", async () => {
    const session = await openHostPage(env, 'wordpress-classic', { width: 1280, height: 900 });
    const [body, showcase] = await session.page.evaluate(() =>
      [document.body, document.querySelector('etalase-showcase')].map(
        (element) => getComputedStyle(element).fontFamily,
      ),
    );
    await session.close();
    assert.match(body, /Georgia/);
    assert.equal(showcase, body);
  });

  for (const style of HOST_STYLES) {
    it(`${style}: looks as on the bare page`, async () => {
      const session = await openHostPage(
        env,
        style,
        { width: 1280, height: 900 },
        { sameFont: true },
      );
      const measured = await session.page.evaluate(measure);
      assert.deepEqual(session.problems.pageErrors, []);
      await session.close();
      assert.deepEqual(measured, bare);
    });
  }
});
