import { html as litHtml, type TemplateResult } from 'lit';

const compacted = new WeakMap<TemplateStringsArray, TemplateStringsArray>();

/** Markup written into a template's own HTML: see `inline`. */
export class Inline {
  constructor(readonly markup: string) {}
}

/** A template's variants for one sequence of `inline()` values: those that follow, then its strings. */
interface Variants {
  strings?: TemplateStringsArray;
  next?: Map<Inline, Variants>;
}
const variantsOf = new WeakMap<TemplateStringsArray, Variants>();
const inlines = new Map<string, Inline>();

/**
 * Markup for `compactHtml` to write into the template itself rather than bind: an attribute with one
 * of a few values (`inline('loading="lazy"')`), known when the template is written. A bound attribute
 * is a part that each instance sets up and an attribute set per instance; inlined, it is cloned with
 * the template (each distinct markup makes its own template, prepared once). Only fixed markup from
 * the source, never data: it is not escaped. The same markup gives the same object: a render finds
 * its variant by the objects, without building a key (a grid renders cards on every filter change).
 */
export function inline(markup: string): Inline {
  let value = inlines.get(markup);
  if (!value) inlines.set(markup, (value = new Inline(markup)));
  return value;
}

/**
 * Lit's html tag, without the source's line breaks and indentation between tags. Every whitespace text
 * node of a template is a node to clone, walk and lay out for each instance: for a template rendered
 * hundreds of times (the product card) that is a good part of its cost. The source stays formatted. (The drop-in build's template minifier
 * leaves these templates alone: it looks for the plain tag name.)
 *
 * A run of whitespace holding a line break goes when each of its sides touches a tag or a binding; anywhere else (inside text, between attributes) it becomes one space, which is
 * what HTML would show. Write a space that matters on the same line.
 *
 * An `inline(…)` value is written into the template (see `inline`).
 */
export function compactHtml(strings: TemplateStringsArray, ...values: unknown[]): TemplateResult {
  let compact = compacted.get(strings);
  if (!compact) {
    const parts = strings.map((part, i) => {
      let text = part.replace(/>\s*\n\s*</g, '><');
      // Before a binding (the end of a part) and after one (the start of the next).
      if (i < strings.length - 1) text = text.replace(/>\s*\n\s*$/, '>');
      if (i > 0) text = text.replace(/^\s*\n\s*</, '<');
      // Only formatting between two bindings.
      if (i > 0 && i < strings.length - 1 && /^\s*\n\s*$/.test(text)) text = '';
      return text.replace(/\s*\n\s*/g, ' ');
    });
    compact = templateStrings(parts);
    compacted.set(strings, compact);
  }
  let variants: Variants | undefined;
  for (const value of values) {
    if (!(value instanceof Inline)) continue;
    if (!variants) {
      variants = variantsOf.get(compact);
      if (!variants) variantsOf.set(compact, (variants = {}));
    }
    variants.next ??= new Map();
    let next = variants.next.get(value);
    if (!next) variants.next.set(value, (next = {}));
    variants = next;
  }
  if (!variants) return templateResult(compact, values);
  variants.strings ??= withInlined(compact, values);
  const bound: unknown[] = [];
  for (const value of values) if (!(value instanceof Inline)) bound.push(value);
  return templateResult(variants.strings, bound);
}

/**
 * What Lit's `html` tag returns (`TemplateResult`, a plain object), made from the values array at hand:
 * calling the tag would copy the values once more for each render.
 */
function templateResult(strings: TemplateStringsArray, values: unknown[]): TemplateResult {
  return { ['_$litType$']: HTML_RESULT, strings, values };
}
const HTML_RESULT = litHtml``['_$litType$'];

/** The template's strings with each `inline()` value written in. */
function withInlined(compact: TemplateStringsArray, values: unknown[]): TemplateStringsArray {
  const parts = [compact[0]!];
  values.forEach((value, i) => {
    if (value instanceof Inline) parts[parts.length - 1] += value.markup + compact[i + 1]!;
    else parts.push(compact[i + 1]!);
  });
  return templateStrings(parts);
}

// Lit accepts only arrays shaped like a template literal's strings (with `raw`): these are built from
// a literal's strings, never from data.
function templateStrings(parts: string[]): TemplateStringsArray {
  return Object.assign(parts, { raw: parts }) as unknown as TemplateStringsArray;
}
