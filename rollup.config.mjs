// Two builds from the same sources:
// 1. npm: one ES module per source file under dist/ (dependencies external, type declarations),
//    including the node CLI at dist/cli/etalase.js.
// 2. drop-in: dist/etalase.min.js, self-contained and minified, registering every element; heavy parts
//    (district names, the map's code and base data) are lazy chunks in dist/chunks/.
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';

// Start from an empty dist/ so no stale chunk is shipped or measured.
rmSync('dist', { recursive: true, force: true });

const pkg = JSON.parse(readFileSync('./package.json', 'utf8'));
const dependencies = Object.keys(pkg.dependencies);
const isDependency = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

/** One registration module per element folder: src/elements/<name>/<name>.ts. */
const elementEntries = readdirSync('src/elements', { withFileTypes: true })
  .filter(
    (entry) => entry.isDirectory() && existsSync(`src/elements/${entry.name}/${entry.name}.ts`),
  )
  .map((entry) => `src/elements/${entry.name}/${entry.name}.ts`);

const npmInputs = [
  'src/index.ts',
  'src/model/index.ts',
  'src/format/index.ts',
  'src/feed/index.ts',
  'src/feed/worker.ts',
  'src/cli/etalase.ts',
  ...elementEntries,
].filter((file) => existsSync(file));

const onwarn = (warning, warn) => {
  // Harmless noise from dependencies: zod's comment placement and its internal import cycle.
  if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'INVALID_ANNOTATION') return;
  if (
    warning.code === 'CIRCULAR_DEPENDENCY' &&
    warning.ids?.every((id) => id.includes('node_modules'))
  )
    return;
  warn(warning);
};

/**
 * zod keeps a JIT path (`const F = Function; new F(...)`) that we never use: the model runs zod with
 * `jitless: true` so feeds parse under a CSP without 'unsafe-eval'. Replacing the alias keeps the
 * Function constructor out of the drop-in file altogether (zod's probe then simply reports "no eval").
 */
const noFunctionConstructor = {
  name: 'no-function-constructor',
  transform(code, id) {
    if (!/node_modules\/zod\/.*\.js$/.test(id) || !code.includes('= Function;')) return null;
    return {
      code: code.replaceAll('= Function;', "= function () { throw new EvalError('no eval'); };"),
      map: null,
    };
  },
};

/**
 * Terser leaves template literals alone, so Lit's `css`, `html` and `svg` templates keep the
 * indentation of the source. In the drop-in build, collapse the static parts of those templates
 * (after TypeScript, while the tags still have their names): comments and whitespace in styles; in
 * markup only runs of whitespace that contain a line break (never meaningful in our templates, which
 * have no <pre>). A small scanner skips `${…}` expressions, including nested templates and strings.
 */
function minifyTaggedTemplates(code) {
  const minifyCss = (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}');
  const minifyMarkup = (text) => text.replace(/\s*\n\s*/g, ' ');
  let out = '';
  let i = 0;
  const tag = /\b(css|html|svg)\s*`/g;
  // Returns the index just after the closing backtick of the template starting at `start` (after `).
  const skipTemplate = (start, minify) => {
    let j = start;
    let chunk = '';
    let result = '';
    while (j < code.length) {
      const c = code[j];
      if (c === '\\') {
        chunk += c + code[j + 1];
        j += 2;
      } else if (c === '`') {
        result += minify ? minify(chunk) : chunk;
        return { end: j + 1, text: result };
      } else if (c === '$' && code[j + 1] === '{') {
        result += (minify ? minify(chunk) : chunk) + '${';
        chunk = '';
        const expression = skipExpression(j + 2);
        result += expression.text + '}';
        j = expression.end;
      } else {
        chunk += c;
        j++;
      }
    }
    return { end: j, text: result + chunk };
  };
  const skipExpression = (start) => {
    let j = start;
    let depth = 0;
    let text = '';
    while (j < code.length) {
      const c = code[j];
      if (c === '}' && depth === 0) return { end: j + 1, text };
      if (c === '{') depth++;
      if (c === '}') depth--;
      if (c === "'" || c === '"') {
        const close = code.indexOf(c, j + 1);
        let k = j + 1;
        while (k < code.length && code[k] !== c) k += code[k] === '\\' ? 2 : 1;
        text += code.slice(j, k + 1);
        j = k + 1;
        void close;
        continue;
      }
      if (c === '`') {
        // A nested template: minify it too when it is tagged css/html/svg.
        const tagged = /\b(css|html|svg)\s*$/.exec(text);
        const inner = skipTemplate(
          j + 1,
          tagged ? (tagged[1] === 'css' ? minifyCss : minifyMarkup) : null,
        );
        text += '`' + inner.text + '`';
        j = inner.end;
        continue;
      }
      text += c;
      j++;
    }
    return { end: j, text };
  };
  for (let match = tag.exec(code); match; match = tag.exec(code)) {
    if (match.index < i) continue;
    const bodyStart = match.index + match[0].length;
    const template = skipTemplate(bodyStart, match[1] === 'css' ? minifyCss : minifyMarkup);
    out += code.slice(i, bodyStart) + template.text + '`';
    i = template.end;
    tag.lastIndex = i;
  }
  return out + code.slice(i);
}

const minifyTemplates = {
  name: 'minify-lit-templates',
  transform(code, id) {
    if (!/\/src\/elements\/.*\.ts$/.test(id)) return null;
    const next = minifyTaggedTemplates(code);
    return next === code ? null : { code: next, map: null };
  },
};

/**
 * The drop-in's feed worker (built first, by the last configuration below) is emitted next to the
 * drop-in files as an asset, and src/feed/worker-start.ts gets its URL relative to whichever chunk
 * it lands in.
 */
const DROP_IN_WORKER = 'etalase-worker.min.js';
const dropInWorkerUrl = {
  name: 'drop-in-worker-url',
  transform(code, id) {
    if (!id.endsWith('/src/feed/worker-start.ts')) return null;
    const ref = this.emitFile({
      type: 'asset',
      fileName: DROP_IN_WORKER,
      source: readFileSync(`dist/${DROP_IN_WORKER}`),
    });
    const next = code.replace(
      'new URL(WORKER_FILE, import.meta.url).href',
      `import.meta.ROLLUP_FILE_URL_${ref}`,
    );
    if (next === code) this.error('worker-start.ts: worker URL expression not found');
    return { code: next, map: null };
  },
};

/** Plugins of the self-contained browser files (the drop-in and its feed worker); `extra` run before terser. */
const browserBuild = (...extra) => [
  nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
  noFunctionConstructor,
  typescript({
    tsconfig: './tsconfig.json',
    declaration: false,
    declarationMap: false,
    outDir: 'dist',
    exclude: ['test/**', 'stories/**', 'bench/**', 'src/cli/**'],
  }),
  ...extra,
  terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

export default [
  {
    input: npmInputs,
    external: (id) => isDependency(id) || id.startsWith('node:'),
    plugins: [
      typescript({
        tsconfig: './tsconfig.json',
        declaration: true,
        declarationDir: 'dist',
        outDir: 'dist',
        exclude: ['test/**', 'stories/**', 'bench/**'],
      }),
      // The same template text as the drop-in: pages rendered on the server by this build
      // (`etalase render`) hydrate in the drop-in only when the templates' digests match.
      minifyTemplates,
    ],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    onwarn,
  },
  {
    // The feed worker of the drop-in: one self-contained module (the parser inlined), same origin as
    // etalase.min.js, so `script-src 'self'` allows it.
    input: { 'etalase-worker.min': 'src/feed/worker.ts' },
    plugins: browserBuild(),
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      inlineDynamicImports: true,
      sourcemap: true,
    },
    onwarn,
  },
  {
    input: { 'etalase.min': 'src/etalase.ts' },
    // Lazy chunks (the map engine) import shared code back from the core file; without this, Rollup
    // keeps the entry's export list strict and turns etalase.min.js into a facade over a second chunk.
    preserveEntrySignatures: 'allow-extension',
    plugins: browserBuild(dropInWorkerUrl, minifyTemplates),
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    onwarn,
  },
];
