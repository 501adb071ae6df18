import { render, type TemplateResult } from 'lit';

/** Helpers shared by the product card, grid and detail tests. */

/** Every href/src/srcset value in a tree, including nested shadow roots. */
export function urlsIn(node: ShadowRoot | Element): string[] {
  const found: string[] = [];
  for (const el of node.querySelectorAll('*')) {
    for (const name of ['href', 'src', 'srcset', 'action', 'formaction']) {
      const value = el.getAttribute(name);
      if (value !== null) found.push(value);
    }
    if (el.shadowRoot) found.push(...urlsIn(el.shadowRoot));
  }
  return found;
}

/** Two real images served by the test server, for galleries. */
export const realImages = [
  { src: '/node_modules/leaflet/dist/images/layers.png', alt: 'Satu', width: 26, height: 26 },
  { src: '/node_modules/leaflet/dist/images/marker-icon.png', alt: 'Dua', width: 25, height: 41 },
];

declare global {
  interface Window {
    __etalaseXss?: number;
  }
}

const mounted: HTMLElement[] = [];

/**
 * Renders `template` into a fresh container in the page and returns the container. Unlike
 * `fixture()` with a plain element at its root, it does not wait for an animation frame (which a
 * page running in the background may not get).
 */
export function mount(template: TemplateResult): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  render(template, container);
  mounted.push(container);
  return container;
}

afterEach(() => {
  for (const container of mounted.splice(0)) container.remove();
});
