// Configuration of `cem analyze` (npm run manifest): the Custom Elements Manifest of the eight
// elements, read from each element's class JSDoc (`@summary`, `@fires`, `@csspart`, `@cssprop`, `@slot`)
// and its Lit properties. The plugin below adds what the analyzer cannot see on its own:
// - tag names: elements register with `Class.define('etalase-…')` in their `<name>.ts` module;
// - event types: each `@fires etalase-…` gets its event class from `src/elements/events/`;
// - the global `--etalase-*` design tokens of `src/elements/base/theme.ts`, on every element;
// and leaves out what is not element API: helper functions and constants of the class modules,
// private and protected members, Lit's lifecycle methods, events detected in code but not documented.
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const EVENTS_DIR = 'src/elements/events';
const THEME = 'src/elements/base/theme.ts';
/** The text size and font tokens are read by the isolation rules, not the colour theme. */
const ISOLATION = 'src/elements/base/isolation.ts';

/** Lit and DOM lifecycle methods: public in JavaScript, but not part of an element's API. */
const LIFECYCLE = new Set([
  'render',
  'connectedCallback',
  'disconnectedCallback',
  'attributeChangedCallback',
  'willUpdate',
  'update',
  'updated',
  'firstUpdated',
  'shouldUpdate',
  'createRenderRoot',
  'getUpdateComplete',
]);

/** What each global token changes; the default comes from the theme itself. */
const TOKEN_DESCRIPTIONS = {
  'color-primary': 'Brand colour: buttons, links, selection.',
  'color-on-primary': 'Text on the brand colour.',
  'color-accent': 'Accent colour: flagship marker, outlets.',
  'color-surface': 'Background of panels and cards.',
  'color-surface-alt': 'Background of secondary areas.',
  'color-text': 'Body text colour.',
  'color-text-muted': 'Secondary text colour.',
  'color-border': 'Borders and dividers.',
  'color-focus': 'Keyboard focus ring.',
  'color-danger': 'Errors.',
  'color-warning-surface': 'Background of warnings (stale data).',
  shadow: 'Shadow of cards and popups.',
  radius: 'Corner radius.',
  space: 'Base spacing unit.',
  'font-size': "Base text size (independent of the host page's root font size; never below 14px).",
  'font-family':
    "Font of every element (default: the page's font; a system font stack on a page that sets none).",
};

/** `{ 'etalase-contact': 'EtalaseContactEvent', … }` from the event modules. */
function eventClasses() {
  const classes = {};
  for (const file of readdirSync(EVENTS_DIR)) {
    const text = readFileSync(`${EVENTS_DIR}/${file}`, 'utf8');
    for (const [, name, event] of text.matchAll(
      /export class (\w+)[^{]*extends Event \{\s*static readonly eventName = '([^']+)'/g,
    )) {
      classes[event] = { name, module: `${EVENTS_DIR}/${file}` };
    }
  }
  return classes;
}

/** The `--etalase-*` tokens of the theme with their light-theme defaults, in source order. */
export function designTokens() {
  const tokens = new Map();
  const text = readFileSync(THEME, 'utf8');
  for (const [, name, fallback] of text.matchAll(/var\((--etalase-[\w-]+),\s*([^;]+?)\);?\n/g)) {
    if (tokens.has(name)) continue;
    const key = name.slice('--etalase-'.length);
    const dark = key.endsWith('-dark');
    const description = dark
      ? `${TOKEN_DESCRIPTIONS[key.slice(0, -'-dark'.length)] ?? 'Design token'} (dark theme)`
      : (TOKEN_DESCRIPTIONS[key] ?? 'Design token.');
    tokens.set(name, { name, default: fallback.trim(), description });
  }
  const isolation = readFileSync(ISOLATION, 'utf8');
  for (const [, name, fallback] of isolation.matchAll(/var\((--etalase-[\w-]+),\s*([^;()]+?)\)/g)) {
    if (tokens.has(name)) continue;
    const description = TOKEN_DESCRIPTIONS[name.slice('--etalase-'.length)] ?? 'Design token.';
    tokens.set(name, { name, default: fallback.trim(), description });
  }
  return [...tokens.values()];
}

/**
 * `{ CardLayout: "'vertical' | 'horizontal'", … }`: the value lists declared once as
 * `export const X = [...] as const; export type T = (typeof X)[number];` next to the elements.
 */
function valueUnions() {
  const unions = {};
  const files = readdirSync('src/elements', { recursive: true })
    .filter((path) => path.endsWith('.ts'))
    .map((path) => `src/elements/${path}`);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const [, values, type] of text.matchAll(
      /export const \w+ = \[([^\]]+)\] as const;\s*export type (\w+) = \(typeof \w+\)\[number\];/g,
    )) {
      unions[type] = values
        .split(',')
        .map((value) => value.trim())
        .filter(Boolean)
        .join(' | ');
    }
  }
  return unions;
}

function etalasePlugin() {
  /** Class name → tag, from `X.define('etalase-…')` in the registration modules. */
  const tags = new Map();
  /** Class name → registration module path. */
  const registrations = new Map();
  return {
    name: 'etalase',
    analyzePhase({ ts, node, moduleDoc }) {
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === 'define' &&
        ts.isIdentifier(node.expression.expression) &&
        node.arguments.length === 1 &&
        ts.isStringLiteral(node.arguments[0])
      ) {
        tags.set(node.expression.expression.text, node.arguments[0].text);
        registrations.set(node.expression.expression.text, moduleDoc.path);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const events = eventClasses();
      const tokens = designTokens();
      const unions = valueUnions();
      /** `CardLayout` → `'vertical' | 'horizontal'`, so editors and Storybook can offer the values. */
      const expand = (item) =>
        item.type && unions[item.type.text]
          ? { ...item, type: { text: unions[item.type.text] } }
          : item;
      const declarations = new Map();
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind === 'class')
            declarations.set(declaration.name, { declaration, mod });
        }
      }
      const modules = [];
      for (const [className, tagName] of tags) {
        const found = declarations.get(className);
        if (!found) throw new Error(`etalase manifest: no class ${className} for <${tagName}>`);
        const { declaration, mod } = found;
        declaration.tagName = tagName;
        declaration.customElement = true;
        declaration.members = (declaration.members ?? [])
          .filter(
            (member) =>
              !member.static &&
              (member.privacy ?? 'public') === 'public' &&
              !member.name.startsWith('#') &&
              !LIFECYCLE.has(member.name),
          )
          .map(expand);
        declaration.attributes = (declaration.attributes ?? []).map(expand);
        // Only documented events (`@fires`), with their classes; not what code inspection guessed.
        const seen = new Set();
        declaration.events = (declaration.events ?? [])
          .filter((event) => event.name && event.description && !seen.has(event.name))
          .map((event) => {
            seen.add(event.name);
            const type = events[event.name];
            return type
              ? {
                  ...event,
                  type: { text: type.name },
                  reference: { name: type.name, module: type.module },
                }
              : { ...event, type: event.type ?? { text: 'Event' } };
          });
        const own = new Set((declaration.cssProperties ?? []).map((prop) => prop.name));
        declaration.cssProperties = [
          ...(declaration.cssProperties ?? []),
          ...tokens.filter((token) => !own.has(token.name)),
        ];
        mod.declarations = [declaration];
        mod.exports = [
          { kind: 'js', name: className, declaration: { name: className, module: mod.path } },
        ];
        modules.push(mod);
        modules.push({
          kind: 'javascript-module',
          path: registrations.get(className),
          declarations: [],
          exports: [
            {
              kind: 'custom-element-definition',
              name: tagName,
              declaration: { name: className, module: mod.path },
            },
          ],
        });
      }
      modules.sort((a, b) => a.path.localeCompare(b.path));
      customElementsManifest.modules = modules;
    },
  };
}

export default {
  globs: [
    'src/elements/base/etalase-element.ts',
    'src/elements/*/*.component.ts',
    // The registration modules (`<name>/<name>.ts`), for the tag names.
    ...readdirSync('src/elements')
      .map((name) => `src/elements/${name}/${name}.ts`)
      .filter((path) => existsSync(path)),
  ],
  litelement: true,
  // package.json names the manifest already; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [etalasePlugin()],
};
