// Generates, from custom-elements.json (npm run manifest), the editor and framework typings shipped
// in dist/ (run by `npm run build`):
//   dist/react.d.ts                    JSX.IntrinsicElements for React 19 (props, `on<event>` handlers)
//   dist/vue.d.ts                      GlobalComponents for Vue 3 templates (props, events)
//   dist/vscode.html-custom-data.json  VS Code HTML custom data (tags, attributes, values)
//   dist/vscode.css-custom-data.json   VS Code CSS custom data (the --etalase-* properties)
//   dist/web-types.json                JetBrains web-types (elements, attributes, properties, events,
//                                      slots, parts, CSS properties)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const OUT = 'dist';
const HEADER =
  '// Generated from custom-elements.json by scripts/build-typings.mjs: do not edit.\n';

/** `src/elements/x/x.ts` → `./elements/x/x.js` (the module beside it in dist/). */
const distModule = (path) => `./${path.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;

/** Every element with its registration module, public properties and events. */
function elements() {
  const definitions = manifest.modules.flatMap((mod) =>
    (mod.exports ?? [])
      .filter((entry) => entry.kind === 'custom-element-definition')
      .map((entry) => ({ ...entry, module: mod.path })),
  );
  const declarations = new Map(
    manifest.modules.flatMap((mod) => (mod.declarations ?? []).map((d) => [d.name, d])),
  );
  return definitions
    .map((definition) => {
      const declaration = declarations.get(definition.declaration.name);
      return {
        tag: definition.name,
        className: declaration.name,
        module: distModule(definition.module),
        summary: declaration.summary ?? declaration.description ?? '',
        declaration,
        fields: (declaration.members ?? []).filter((member) => member.kind === 'field'),
        events: declaration.events ?? [],
      };
    })
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

const ELEMENTS = elements();

/** A JSDoc comment at `indent`. */
const doc = (text, indent) =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '';

/** Event classes to import, by class name. */
function eventImports() {
  const imports = new Map();
  for (const element of ELEMENTS) {
    for (const event of element.events) {
      if (event.reference) imports.set(event.reference.name, distModule(event.reference.module));
    }
  }
  return imports;
}

function importLines() {
  const lines = ELEMENTS.map(
    (element) => `import type { ${element.className} } from '${element.module}';`,
  );
  for (const [name, module] of eventImports())
    lines.push(`import type { ${name} } from '${module}';`);
  return lines.join('\n');
}

const fieldUnion = (element) => element.fields.map((field) => `'${field.name}'`).join(' | ');
const eventType = (event) => (event.reference ? event.reference.name : 'Event');

function react() {
  const entries = ELEMENTS.map((element) => {
    const events = element.events
      .map(
        (event) =>
          doc(event.description, '        ') +
          `        'on${event.name}'?: (event: ${eventType(event)}) => void;\n`,
      )
      .join('');
    return (
      doc(element.summary, '      ') +
      `      '${element.tag}': EtalaseProps<${element.className}, ${fieldUnion(element)}> & {\n` +
      events +
      '      };\n'
    );
  }).join('');
  return `${HEADER}// React 19 sets properties on custom elements and listens to \`on<event-name>\` props:
//   <etalase-showcase src="/feed.json" onetalase-contact={(event) => track(event.channel)} />
// Use: \`import type {} from 'etalase/react';\` once in your app (or "types": ["etalase/react"]).
import type { HTMLAttributes, RefAttributes } from 'react';
${importLines()}

/** The element's public properties (all optional) and React's usual HTML attributes. */
type EtalaseProps<E extends HTMLElement, K extends keyof E> = Partial<Pick<E, K>> &
  Omit<HTMLAttributes<E>, K & string> &
  RefAttributes<E>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries}    }
  }
}
`;
}

function vue() {
  const entries = ELEMENTS.map((element) => {
    const events = element.events.map((event) => `'${event.name}': ${eventType(event)}`).join('; ');
    return (
      doc(element.summary, '    ') +
      `    '${element.tag}': EtalaseElement<${element.className}, { ${events} }, ${fieldUnion(element)}>;\n`
    );
  }).join('');
  return `${HEADER}// Vue 3 templates: props and \`@etalase-…\` events of every element are type-checked (vue-tsc).
// Use: \`import type {} from 'etalase/vue';\` once in your app (or "types": ["etalase/vue"]), and tell
// the compiler these are custom elements: compilerOptions.isCustomElement = (tag) => tag.startsWith('etalase-').
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
${importLines()}

/** A custom element as Vue's template type checker sees it (the pattern of Vue's own guide). */
type EtalaseElement<
  E extends HTMLElement,
  Events extends Record<string, Event>,
  K extends keyof E,
> = new () => E & {
  /** @deprecated For template type checking only; not a property of the element. */
  $props: HTMLAttributes & Partial<Pick<E, K>> & PublicProps;
  /** @deprecated For template type checking only; not a method of the element. */
  $emit: EmitFn<{ [N in keyof Events]: (event: Events[N]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
${entries}  }
}
`;
}

/** `'a' | 'b'` → `[{ name: 'a' }, { name: 'b' }]`; undefined when the type is not a literal union. */
function values(type) {
  const parts = (type ?? '').split('|').map((part) => part.trim());
  if (!parts.length || !parts.every((part) => /^'[^']*'$/.test(part))) return undefined;
  return parts.map((part) => ({ name: part.slice(1, -1) }));
}

const unquote = (value) => (value ?? '').replace(/^'(.*)'$/, '$1');

function vscodeHtml() {
  return {
    version: 1.1,
    tags: ELEMENTS.map((element) => ({
      name: element.tag,
      description: element.summary,
      attributes: (element.declaration.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        description: [
          attribute.description,
          attribute.default !== undefined && `Default: \`${attribute.default}\`.`,
        ]
          .filter(Boolean)
          .join(' '),
        ...(attribute.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
        ...(values(attribute.type?.text) ? { values: values(attribute.type?.text) } : {}),
      })),
    })),
  };
}

function vscodeCss() {
  const properties = new Map();
  for (const element of ELEMENTS) {
    for (const property of element.declaration.cssProperties ?? []) {
      if (!properties.has(property.name)) {
        properties.set(property.name, {
          name: property.name,
          description: [property.description, property.default && `Default: ${property.default}`]
            .filter(Boolean)
            .join(' '),
        });
      }
    }
  }
  return { version: 1.1, properties: [...properties.values()] };
}

function webTypes() {
  return {
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: ELEMENTS.map((element) => ({
          name: element.tag,
          description: element.summary,
          attributes: (element.declaration.attributes ?? []).map((attribute) => ({
            name: attribute.name,
            description: attribute.description,
            default: attribute.default !== undefined ? unquote(attribute.default) : undefined,
            value: {
              type: attribute.type?.text ?? 'string',
              ...(attribute.type?.text === 'boolean' ? { required: false } : {}),
            },
          })),
          slots: (element.declaration.slots ?? []).map(({ name, description }) => ({
            name,
            description,
          })),
          js: {
            properties: element.fields.map((field) => ({
              name: field.name,
              description: field.description,
              value: { type: field.type?.text ?? 'unknown' },
            })),
            events: element.events.map((event) => ({
              name: event.name,
              description: event.description,
              value: { type: eventType(event) },
            })),
          },
          css: {
            properties: (element.declaration.cssProperties ?? []).map((property) => ({
              name: property.name,
              description: property.description,
            })),
            parts: (element.declaration.cssParts ?? []).map(({ name, description }) => ({
              name,
              description,
            })),
          },
        })),
      },
    },
  };
}

mkdirSync(OUT, { recursive: true });
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
writeFileSync(`${OUT}/react.d.ts`, react());
writeFileSync(`${OUT}/vue.d.ts`, vue());
writeFileSync(`${OUT}/vscode.html-custom-data.json`, json(vscodeHtml()));
writeFileSync(`${OUT}/vscode.css-custom-data.json`, json(vscodeCss()));
writeFileSync(`${OUT}/web-types.json`, json(webTypes()));
