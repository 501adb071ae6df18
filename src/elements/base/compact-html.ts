import { html as litHtml, type TemplateResult } from 'lit';

const compacted = new WeakMap<TemplateStringsArray, TemplateStringsArray>();

/**
 * Lit's html tag, without the source's line breaks and indentation between tags. Every whitespace text
 * node of a template is a node to clone, walk and lay out for each instance: for a template rendered
 * hundreds of times (the product card) that is a good part of its cost. The source stays formatted. (The drop-in build's template minifier
 * leaves these templates alone: it looks for the plain tag name.)
 *
 * A run of whitespace holding a line break goes when each of its sides touches a tag or a binding; anywhere else (inside text, between attributes) it becomes one space, which is
 * what HTML would show. Write a space that matters on the same line.
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
    // Lit accepts only arrays shaped like a template literal's strings (with `raw`): this one is
    // built from a literal's strings, never from data.
    compact = Object.assign(parts, { raw: parts }) as unknown as TemplateStringsArray;
    compacted.set(strings, compact);
  }
  return litHtml(compact, ...values);
}
