/**
 * Storybook shows what a designer sees: pictures that load and the page's sans-serif text. Storybook
 * serves `demo/data` as `/data` (.storybook/main.ts), so every `/data/…` picture of a story must be there.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('storybook', () => {
  it('serves demo/data as /data, and every story picture under /data exists', () => {
    const main = readFileSync(join(root, '.storybook/main.ts'), 'utf8');
    assert.match(main, /from: '\.\.\/demo\/data', to: '\/data'/);
    const files = readdirSync(join(root, 'stories')).filter((file) => file.endsWith('.ts'));
    let pictures = 0;
    for (const file of files) {
      const text = readFileSync(join(root, 'stories', file), 'utf8');
      for (const [, path] of text.matchAll(/src: '\/data\/([^']+)'/g)) {
        pictures++;
        assert.ok(existsSync(join(root, 'demo/data', path!)), `${file}: /data/${path}`);
      }
    }
    assert.ok(pictures >= 2, 'the product fixtures have pictures');
  });

  it('stories get a sans-serif font, not the browser default serif', () => {
    const head = readFileSync(join(root, '.storybook/preview-head.html'), 'utf8');
    assert.match(head, /body\s*\{[^}]*font-family:[^;}]*sans-serif/);
  });
});
