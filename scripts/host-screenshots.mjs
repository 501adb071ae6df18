// Screenshots of the showcase on the host pages of the e2e suite (test/e2e/host-pages), at a phone
// (390px) and a desktop (1280px) width, written to docs/host-pages/ for the README.
//   npm run build && node scripts/host-screenshots.mjs
import { mkdirSync } from 'node:fs';
import { openPage, startBrowser, waitForCards } from '../test/e2e/browser.mjs';

const STYLES = ['bare', 'wordpress-classic', 'page-builder', 'bootstrap', 'bad-reset', 'dark'];
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
];
const OUT = 'docs/host-pages';

mkdirSync(OUT, { recursive: true });
const env = await startBrowser();
try {
  for (const style of STYLES) {
    for (const viewport of VIEWPORTS) {
      const session = await openPage(env, `test/e2e/host-pages/?style=${style}`, { viewport });
      await waitForCards(session.page);
      await session.page.evaluate(() => document.fonts.ready);
      const path = `${OUT}/${style}-${viewport.width}.png`;
      await session.page.screenshot({ path });
      console.log(path);
      await session.close();
    }
  }
} finally {
  await env.close();
}
