// Headless Chromium driven through the DevTools protocol over a pipe (no network capture, which
// would re-decode bodies on the main thread): shared by bench:page and bench:national.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, ensureChromium } from '../chromium.mjs';

/**
 * Starts Chromium with a fresh profile named `profilePrefix…`. Returns the process, its profile
 * folder, `send(method, params, sessionId)` for one protocol command (to a page when `sessionId` is
 * given), and `listeners`, a set of functions called with every protocol event.
 */
export function launchChrome(profilePrefix) {
  const profileDir = mkdtempSync(join(tmpdir(), profilePrefix));
  const chrome = spawn(
    ensureChromium(),
    [
      ...chromiumArgs,
      '--headless=new',
      '--remote-debugging-pipe',
      `--user-data-dir=${profileDir}`,
      '--window-size=1280,900',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  let nextId = 0;
  const pending = new Map();
  const listeners = new Set();
  let buffered = '';
  chrome.stdio[4].setEncoding('utf8');
  chrome.stdio[4].on('data', (chunk) => {
    buffered += chunk;
    let end;
    while ((end = buffered.indexOf('\0')) !== -1) {
      const message = JSON.parse(buffered.slice(0, end));
      buffered = buffered.slice(end + 1);
      if (message.id !== undefined) {
        const call = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) call.reject(new Error(`${call.method}: ${message.error.message}`));
        else call.resolve(message.result);
      } else for (const listener of listeners) listener(message);
    }
  });
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve, reject, method });
      chrome.stdio[3].write(JSON.stringify({ id, method, params, sessionId }) + '\0');
    });
  return { chrome, profileDir, send, listeners };
}
