import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, ensureChromium } from './scripts/chromium.mjs';
import { faultServer } from './test/server/fault-server.mjs';

/** @type {import('koa').Middleware} */
const tsWorkerEntry = async (ctx, next) => {
  if (ctx.path !== '/src/feed/worker.js') return next();
  // Only for tests that ask (test/feed/off-thread.test.ts): elsewhere the worker 404s and the feed
  // loads on the page, as before (a worker of unbundled modules is slow to start on a busy machine).
  if (ctx.cookies.get('etalase-test-worker')) ctx.path = '/src/feed/worker.ts';
  await next();
  // One URL, two answers: the browser must not reuse the 404 an earlier test file got. The test
  // runner's cache middleware (outside this one) marks any path with an extension cacheable for a
  // year, so the path loses its extension once the answer is made.
  ctx.path = '/src/feed/worker';
  ctx.set('Cache-Control', 'no-store');
};

/**
 * `executeServerCommand('screenshot', { x, y, width, height })`: a PNG (base64) of that part of the
 * test page as it is painted (what a visitor sees, which the DOM cannot tell: an `<img>` whose `src`
 * changed may still paint its old picture).
 */
const screenshotCommand = {
  name: 'etalase-screenshot',
  async executeCommand({ command, payload, session }) {
    if (command !== 'screenshot') return undefined;
    return session.browser.getPage(session.id).screenshot({ clip: payload, encoding: 'base64' });
  },
};

/** Browser tests: every `test/**\/*.test.ts` except the node-only ones under `test/node`. */
export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  // /__fault/*: a misbehaving feed server for the feed runtime's network-fault tests.
  // src/feed/worker.js (the feed worker's URL in worker-start.ts) is served from its .ts source.
  middleware: [faultServer(), tsWorkerEntry],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [
    screenshotCommand,
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: ensureChromium(), headless: true, args: chromiumArgs },
    }),
  ],
  // One page at a time: a background page gets no animation frames, and the map and grid wait for them.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
};
