// The package as npm ships it, after `npm run build`: every file package.json points at exists, and
// the generated editor data describes every element. Run by `npm test`, or: node --test test/e2e/
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const pkg = read('package.json');
const manifest = read('custom-elements.json');
const tags = manifest.modules
  .flatMap((mod) => mod.exports ?? [])
  .filter((entry) => entry.kind === 'custom-element-definition')
  .map((entry) => entry.name)
  .sort();

describe('package', () => {
  it('every file named in package.json exists, and the metadata is complete', () => {
    const targets = [
      pkg.main,
      pkg.types,
      pkg.unpkg,
      pkg.jsdelivr,
      pkg['web-types'],
      pkg.customElements,
      ...Object.values(pkg.bin),
      ...Object.entries(pkg.exports)
        .filter(([key]) => !key.includes('*'))
        .flatMap(([, value]) => (typeof value === 'string' ? [value] : Object.values(value))),
    ];
    for (const target of targets) {
      assert.ok(existsSync(new URL(`../../${target}`, import.meta.url)), target);
    }
    assert.equal(pkg.unpkg, './dist/etalase.min.js');
    assert.ok(pkg.repository?.url && pkg.homepage && pkg.bugs?.url);
    assert.ok(existsSync(new URL('../../LICENSE', import.meta.url)));
    assert.match(
      readFileSync(new URL('../../CHANGELOG.md', import.meta.url), 'utf8'),
      /## \[Unreleased\]/,
    );
  });

  it('VS Code custom data lists every element with its attributes and allowed values', () => {
    const html = read('dist/vscode.html-custom-data.json');
    assert.deepEqual(html.tags.map((tag) => tag.name).sort(), tags);
    const showcase = html.tags.find((tag) => tag.name === 'etalase-showcase');
    const view = showcase.attributes.find((attribute) => attribute.name === 'view');
    assert.deepEqual(
      view.values.map((value) => value.name),
      ['grid', 'map', 'split', 'outlets'],
    );
    assert.ok(showcase.attributes.some((attribute) => attribute.name === 'sync-url'));
    const css = read('dist/vscode.css-custom-data.json');
    assert.ok(css.properties.some((property) => property.name === '--etalase-color-primary'));
  });

  it('web-types list every element with its events, parts and CSS properties', () => {
    const webTypes = read('dist/web-types.json');
    const elements = webTypes.contributions.html.elements;
    assert.deepEqual(elements.map((element) => element.name).sort(), tags);
    const detail = elements.find((element) => element.name === 'etalase-product-detail');
    assert.deepEqual(detail.js.events.find((event) => event.name === 'etalase-contact')?.value, {
      type: 'EtalaseContactEvent',
    });
    assert.ok(detail.css.parts.some((part) => part.name === 'dialog'));
    assert.ok(detail.css.properties.some((property) => property.name === '--etalase-detail-width'));
  });
});
