/**
 * The Custom Elements Manifest is what editors, Storybook's docs pages and the framework typings show
 * a developer. It is generated here as `npm run manifest` does, then compared with the elements
 * themselves: their registered tags, Lit properties, dispatched events, rendered parts and slots,
 * and the CSS custom properties their styles read. Public API missing from the manifest fails here.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface Named {
  name: string;
  description?: string;
  default?: string;
  type?: { text: string };
  fieldName?: string;
  kind?: string;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  attributes?: Named[];
  members?: Named[];
  events?: Named[];
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Manifest {
  modules: {
    path: string;
    declarations?: Declaration[];
    exports?: { kind: string; name: string; declaration: { name: string; module: string } }[];
  }[];
}

/** Tag → class module path, from the registration modules `src/elements/<name>/<name>.ts`. */
function registeredTags(): Map<string, string> {
  const tags = new Map<string, string>();
  for (const name of readdirSync(join(root, 'src/elements'))) {
    const path = `src/elements/${name}/${name}.ts`;
    if (!existsSync(join(root, path))) continue;
    const text = readFileSync(join(root, path), 'utf8');
    for (const [, tag] of text.matchAll(/\.define\('([^']+)'\)/g)) {
      tags.set(tag!, `src/elements/${name}/${name}.component.ts`);
    }
  }
  return tags;
}

/** The element's own sources (class, helpers, styles), read as text. */
function folderSources(modulePath: string, filter: (file: string) => boolean): string {
  const dir = modulePath.slice(0, modulePath.lastIndexOf('/'));
  return readdirSync(join(root, dir))
    .filter((file) => file.endsWith('.ts') && filter(file))
    .map((file) => readFileSync(join(root, dir, file), 'utf8'))
    .join('\n');
}

/** Event class name → event name, from `src/elements/events`. */
function eventNames(): Map<string, string> {
  const names = new Map<string, string>();
  const dir = join(root, 'src/elements/events');
  for (const file of readdirSync(dir)) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const [, cls, name] of text.matchAll(
      /export class (\w+)[^{]*extends Event \{\s*static readonly eventName = '([^']+)'/g,
    )) {
      names.set(cls!, name!);
    }
  }
  return names;
}

const names = (list: Named[] | undefined) => new Set((list ?? []).map((item) => item.name));

describe('custom-elements.json', () => {
  let manifest: Manifest;
  const elements = new Map<string, { declaration: Declaration; path: string }>();

  before(() => {
    // The analyzer writes below the working directory: a scratch folder in node_modules/.cache.
    mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
    const out = relative(root, mkdtempSync(join(root, 'node_modules/.cache/etalase-manifest-')));
    try {
      const cem = join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
      execFileSync(process.execPath, [cem, 'analyze', '--outdir', out], {
        cwd: root,
        stdio: 'pipe',
      });
      manifest = JSON.parse(
        readFileSync(join(root, out, 'custom-elements.json'), 'utf8'),
      ) as Manifest;
    } finally {
      rmSync(join(root, out), { recursive: true, force: true });
    }
    for (const mod of manifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        if (declaration.tagName) elements.set(declaration.tagName, { declaration, path: mod.path });
      }
    }
  });

  it('names every registered element, the seven of the contract and the facets', () => {
    const registered = registeredTags();
    for (const tag of [
      'etalase-showcase',
      'etalase-product-card',
      'etalase-product-grid',
      'etalase-product-detail',
      'etalase-region-filter',
      'etalase-producer-map',
      'etalase-search',
      'etalase-facets',
    ]) {
      assert.ok(registered.has(tag), `${tag} is registered`);
    }
    for (const [tag, path] of registered) {
      const element = elements.get(tag);
      assert.ok(element, `${tag} is in the manifest`);
      assert.equal(element.path, path);
      assert.equal(element.declaration.customElement, true);
      assert.ok(element.declaration.summary, `${tag} has a summary`);
      const definition = manifest.modules
        .flatMap((mod) => mod.exports ?? [])
        .find((entry) => entry.kind === 'custom-element-definition' && entry.name === tag);
      assert.equal(definition?.declaration.name, element.declaration.name);
    }
  });

  it('holds only elements: no helper functions, constants or private members', () => {
    for (const mod of manifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        assert.ok(declaration.tagName, `${mod.path}: ${declaration.kind} ${declaration.name}`);
        for (const member of declaration.members ?? []) {
          assert.ok(
            !['render', 'willUpdate', 'updated', 'styles'].includes(member.name),
            `${declaration.tagName}.${member.name}`,
          );
        }
      }
    }
  });

  it('lists every public property with its type, and its attribute with a default', async () => {
    for (const [tag, { declaration, path }] of elements) {
      const module = (await import(pathToFileURL(join(root, path)).href)) as Record<
        string,
        {
          finalize(): void;
          elementProperties: Map<string, { state?: boolean; attribute?: string | boolean }>;
        }
      >;
      const element = module[declaration.name]!;
      element.finalize();
      const members = new Map((declaration.members ?? []).map((member) => [member.name, member]));
      const attributes = new Map(
        (declaration.attributes ?? []).map((attribute) => [attribute.name, attribute]),
      );
      let count = 0;
      for (const [name, options] of element.elementProperties) {
        if (options.state || typeof name !== 'string') continue;
        count++;
        const member = members.get(name);
        assert.ok(member, `${tag}: property ${name}`);
        assert.ok(member.type?.text, `${tag}: type of ${name}`);
        assert.ok(member.description, `${tag}: description of ${name}`);
        if (options.attribute === false) continue;
        const attributeName =
          typeof options.attribute === 'string' ? options.attribute : name.toLowerCase();
        const attribute = attributes.get(attributeName);
        assert.ok(attribute, `${tag}: attribute ${attributeName}`);
        assert.equal(attribute.fieldName, name);
        assert.ok(attribute.default !== undefined, `${tag}: default of ${attributeName}`);
      }
      assert.ok(count >= 3, `${tag} has public properties (lang, theme and its own)`);
      assert.equal(attributes.get('theme')?.type?.text, "'light' | 'dark' | 'auto'");
      assert.ok(attributes.has('lang'), `${tag}: lang`);
    }
  });

  it('lists the events each element dispatches, typed with their event class', () => {
    const eventOf = eventNames();
    for (const [tag, { declaration, path }] of elements) {
      const source = readFileSync(join(root, path), 'utf8');
      const events = new Map((declaration.events ?? []).map((event) => [event.name, event]));
      for (const [, cls] of source.matchAll(/dispatchEvent\(\s*new (\w+)/g)) {
        const name = cls === 'Event' ? undefined : eventOf.get(cls!);
        if (!name) continue;
        assert.equal(events.get(name)?.type?.text, cls, `${tag} fires ${name}`);
      }
      for (const [, name] of source.matchAll(/dispatchEvent\(\s*new Event\('([^']+)'/g)) {
        assert.ok(events.has(name!), `${tag} fires ${name}`);
      }
      for (const event of events.values()) {
        assert.ok(event.description, `${tag}: description of ${event.name}`);
        assert.ok(
          event.name === 'close' || eventOf.get(event.type?.text ?? '') === event.name,
          `${tag}: ${event.name} is an Etalase event with its class`,
        );
      }
    }
  });

  it('lists every part and slot the element renders', () => {
    for (const [tag, { declaration, path }] of elements) {
      const source = folderSources(path, (file) => !file.includes('.styles.'));
      const parts = names(declaration.cssParts);
      for (const [, list] of source.matchAll(/\spart="([^"]+)"/g)) {
        for (const part of list!.split(/\s+/)) assert.ok(parts.has(part), `${tag}: part ${part}`);
      }
      const slots = names(declaration.slots);
      for (const [, slot] of source.matchAll(/<slot name="([^"]+)"/g)) {
        assert.ok(slots.has(slot!), `${tag}: slot ${slot}`);
      }
      for (const part of declaration.cssParts ?? []) assert.ok(part.description);
    }
  });

  it('lists every CSS custom property the element reads, the global tokens included', () => {
    const theme = readFileSync(join(root, 'src/elements/base/theme.ts'), 'utf8');
    const tokens = [...theme.matchAll(/var\((--etalase-[\w-]+)/g)].map((match) => match[1]!);
    assert.ok(tokens.includes('--etalase-color-primary'));
    for (const [tag, { declaration, path }] of elements) {
      const properties = new Map(
        (declaration.cssProperties ?? []).map((property) => [property.name, property]),
      );
      const styles = folderSources(path, (file) => file.includes('.styles.'));
      const own = [...styles.matchAll(/var\((--etalase-[\w-]+)/g)].map((match) => match[1]!);
      for (const name of [...tokens, ...own]) {
        assert.ok(properties.get(name)?.description, `${tag}: ${name}`);
      }
      assert.equal(properties.get('--etalase-color-primary')?.default, '#0b6b4f');
    }
  });
});
