/**
 * Preparing an element's templates ahead of its first render, in short tasks. Lit prepares a template
 * (parses its HTML, finds its bindings) the first time it renders it, and the browser compiles the code
 * that renders it on its first run: most of a first render, more than cloning the prepared templates.
 * Done here, a large first render (the showcase's: header, toolbar, search box, result bar, grid
 * skeleton) is several tasks of a few milliseconds instead of one long one on a phone's CPU.
 */
import { nothing, render, type LitElement, type TemplateResult } from 'lit';
import { isCompiledTemplateResult, isTemplateResult } from 'lit/directive-helpers.js';
import { yieldToEventLoop } from '../../model/yield.js';

/** The longest stretch of preparing before the browser gets a turn (ms; 4× that on a slow phone). */
const SLICE_MS = 4;

/** The templates in a rendered value that Lit has not seen yet (each once), outer ones first. */
function templatesIn(
  value: unknown,
  found: TemplateResult[],
  seen: Set<TemplateStringsArray>,
): void {
  if (Array.isArray(value)) {
    for (const item of value) templatesIn(item, found, seen);
  } else if (
    isTemplateResult(value) &&
    !isCompiledTemplateResult(value) &&
    !seen.has(value.strings)
  ) {
    seen.add(value.strings);
    found.push(value);
    for (const inner of value.values) templatesIn(inner, found, seen);
  }
}

/** Templates already prepared on this page: they are not rendered again. */
const prepared = new WeakSet<TemplateStringsArray>();

/** Element classes whose rehearsal was prepared on this page (see `warmRehearsals`). */
const rehearsedKinds = new WeakSet<object>();

/** A pause for the browser once preparing has run `SLICE_MS` since the last one. */
function slices(): () => Promise<void> {
  let until = performance.now() + SLICE_MS;
  return async () => {
    if (performance.now() < until) return;
    await yieldToEventLoop();
    until = performance.now() + SLICE_MS;
  };
}

/**
 * Prepares the templates in `value` that this page has not prepared yet: each is rendered once, without
 * its values, into a fragment no one sees (its elements are created there, never connected, and so
 * never render). The Lit elements they create go to `created`.
 */
async function prepare(
  value: unknown,
  host: LitElement,
  pause: () => Promise<void>,
  created?: LitElement[],
): Promise<void> {
  const found: TemplateResult[] = [];
  templatesIn(value, found, new Set());
  for (const template of found) {
    if (prepared.has(template.strings)) continue;
    prepared.add(template.strings);
    const fragment = document.createDocumentFragment();
    render({ ...template, values: template.values.map(() => nothing) }, fragment, { host });
    if (created)
      for (const child of fragment.querySelectorAll('*'))
        if (isLitElement(child)) created.push(child);
    await pause();
  }
}

/**
 * Prepares the templates of `element`'s render as it would render now, and of the Lit elements they
 * create, in tasks of about `SLICE_MS` each.
 */
export async function warmTemplates(element: LitElement): Promise<void> {
  const pause = slices();
  const queue: LitElement[] = [element];
  // The elements a template creates (the search box, the grid) render in the same task.
  for (let host = queue.shift(); host; host = queue.shift())
    await prepare((host as unknown as { render(): unknown }).render(), host, pause, queue);
}

/**
 * Prepares the templates of what a rendered `element` and the Lit elements in its shadow tree render
 * only in some states (their `rehearsal()`: a region's chip, the search box's suggestions), in tasks of
 * about `SLICE_MS` each: the visitor's first filter change or first search then renders prepared
 * templates only. For a connected element, when the page is idle.
 */
export async function warmRehearsals(element: LitElement): Promise<void> {
  const pause = slices();
  const queue: LitElement[] = [element];
  for (let host = queue.shift(); host; host = queue.shift()) {
    // One element of each kind: a grid's 24 cards rehearse the same templates.
    if (!rehearsedKinds.has(host.constructor)) {
      rehearsedKinds.add(host.constructor);
      await prepare((host as unknown as { rehearsal?(): unknown }).rehearsal?.(), host, pause);
    }
    for (const child of host.renderRoot.querySelectorAll('*'))
      if (isLitElement(child)) queue.push(child);
    await pause();
  }
}

const isLitElement = (node: Element): node is LitElement =>
  typeof (node as Partial<LitElement>).requestUpdate === 'function' &&
  typeof (node as { render?: unknown }).render === 'function';
