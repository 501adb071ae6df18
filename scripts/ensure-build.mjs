// Builds dist/ when it is missing or older than the sources, so `npm test` works on a fresh clone
// without a separate build step (CI builds first anyway, and then this does nothing).
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const OUTPUT = 'dist/etalase.min.js';

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

if (!existsSync(OUTPUT) || statSync(OUTPUT).mtimeMs < newestMtime('src')) {
  console.log('[etalase] dist/ is missing or older than src/: building…');
  execSync('npm run build', { stdio: 'inherit' });
}
