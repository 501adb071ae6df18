// Shared set-up of the end-to-end tests: the demo server, headless Debian Chromium through
// playwright-core, and a page that records console errors, CSP violations and off-origin requests.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, ensureChromium } from '../../scripts/chromium.mjs';
import { serve } from '../../scripts/serve.mjs';

const require = createRequire(import.meta.url);

/** Bundles the React and Vue recipes into dist/examples/ (their pages load them from there). */
export async function buildExamples() {
  await build({
    entryPoints: { react: 'docs/examples/react/app.jsx', vue: 'docs/examples/vue/app.js' },
    outdir: 'docs/examples/build',
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    minify: true,
    logLevel: 'warning',
    alias: { etalase: './dist/index.js' },
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  });
}

export async function startBrowser() {
  const server = await serve({ port: 0, quiet: true });
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: chromiumArgs,
    headless: true,
  });
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens `path` and records what must never happen: console errors, uncaught exceptions, CSP
 * violations, and requests to any origin but the page's own.
 */
export async function openPage(env, path, { viewport = { width: 1280, height: 900 } } = {}) {
  const context = await env.browser.newContext({ viewport });
  const page = await context.newPage();
  const origin = new URL(env.server.url).origin;
  const problems = { consoleErrors: [], pageErrors: [], foreignRequests: [], cspViolations: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.origin !== origin)
      problems.foreignRequests.push(request.url());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window.__cspViolations ??= []).push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  await page.goto(new URL(path, env.server.url).href);
  return {
    page,
    problems,
    async cspViolations() {
      return page.evaluate(() => window.__cspViolations ?? []);
    },
    close: () => context.close(),
  };
}

/**
 * Waits until the showcase in `page` shows product cards, all of them (a grid builds its first cards
 * a few per task); returns how many.
 */
export async function waitForCards(page, root = 'etalase-showcase') {
  const cards = page.locator(`${root} etalase-product-card`);
  await cards.first().waitFor({ state: 'visible', timeout: 15000 });
  await cards.first().evaluate(async (card) => {
    const grid = card.getRootNode().host;
    if (grid?.localName === 'etalase-product-grid') await grid.updateComplete;
  });
  return cards.count();
}

/** Fails on what a page must never do: uncaught errors, console errors, requests to other hosts. */
export function assertNoProblems(problems) {
  assert.deepEqual(problems.pageErrors, [], 'uncaught errors');
  assert.deepEqual(problems.consoleErrors, [], 'console errors');
  assert.deepEqual(problems.foreignRequests, [], 'requests to other hosts');
}

/** axe-core's violations on the whole page, as `rule: targets` lines. */
export async function axeViolations(page) {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
}
