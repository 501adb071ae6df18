import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, ensureChromium } from './scripts/chromium.mjs';
import { faultServer } from './test/server/fault-server.mjs';

/** Browser tests: every `test/**\/*.test.ts` except the node-only ones under `test/node`. */
export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  // /__fault/*: a misbehaving feed server for the feed runtime's network-fault tests.
  middleware: [faultServer()],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [
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
