/** The README and the guides link only to files inside the repository, and those files exist. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const documents = [
  'README.md',
  'CONTRIBUTING.md',
  'CHANGELOG.md',
  ...readdirSync(join(root, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`),
];

describe('documentation links', () => {
  for (const document of documents) {
    it(`${document}: every relative link and path points at a file in the repository`, () => {
      const text = readFileSync(join(root, document), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(target!) || target!.startsWith('#')) continue;
        const path = resolve(dirname(join(root, document)), target!.split('#')[0]!);
        assert.ok(!relative(root, path).startsWith('..'), `${document}: ${target} is outside`);
        assert.ok(existsSync(path), `${document}: ${target} does not exist`);
      }
      assert.doesNotMatch(text, /\.\.\/shared\//, `${document} points outside the repository`);
    });
  }
});
