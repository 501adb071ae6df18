// Finds a Chromium/Chrome binary for tests and benchmarks, installing Debian's `chromium` when
// running as root on Debian/Ubuntu and none is found. No tool downloads its own browser here.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags every launcher passes: headless-safe, and no background traffic to Google's hosts. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return candidates.find((path) => existsSync(path));
}

function isDebianLike() {
  try {
    return /^(ID|ID_LIKE)=.*(debian|ubuntu)/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

function installDebianChromium() {
  console.error('[etalase] Chromium not found: installing Debian package "chromium" (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let result = spawnSync('apt-get', ['install', '-y', '-q', 'chromium'], { stdio: 'inherit', env });
  if (result.status !== 0) {
    spawnSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
    result = spawnSync('apt-get', ['install', '-y', '-q', 'chromium'], { stdio: 'inherit', env });
  }
  return result.status === 0;
}

/** Returns the path of a usable Chromium, installing it when possible; exits with advice otherwise. */
export function ensureChromium() {
  let path = findChromium();
  if (!path && !process.env.CHROME_PATH && process.getuid?.() === 0 && isDebianLike()) {
    if (installDebianChromium()) path = findChromium();
  }
  if (!path) {
    const why = process.env.CHROME_PATH
      ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist`
      : 'no Chromium or Chrome found';
    console.error(
      `[etalase] ${why}: install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to its binary.`,
    );
    process.exit(1);
  }
  return path;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = ensureChromium();
  const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
  console.log(`[etalase] using ${version} (${path})`);
}
