/**
 * Inline SVG icons (24×24, `currentColor`), decorative by default: the control that holds an icon
 * carries the accessible name. Add icons here rather than in elements so they are shared.
 */
import { svg, type SVGTemplateResult } from 'lit';

/**
 * One template per icon, with its body inlined: a body bound into a shared `<svg>` template would be a
 * second template to clone, and a marker to walk, wherever an icon shows (every flagship card). The
 * bodies are this module's constant markup, never data.
 */
const icon = (body: SVGTemplateResult): SVGTemplateResult => {
  const markup = [
    `<svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body.strings.join('')}</svg>`,
  ];
  // Lit accepts only arrays shaped like a template literal's strings (with `raw`).
  return svg(Object.assign(markup, { raw: markup }) as unknown as TemplateStringsArray);
};

export const icons = {
  close: icon(svg`<path d="M6 6l12 12M18 6L6 18"/>`),
  search: icon(svg`<circle cx="11" cy="11" r="7"/><path d="M20 20l-3.5-3.5"/>`),
  chevronDown: icon(svg`<path d="M6 9l6 6 6-6"/>`),
  chevronRight: icon(svg`<path d="M9 6l6 6-6 6"/>`),
  chevronLeft: icon(svg`<path d="M15 6l-6 6 6 6"/>`),
  plus: icon(svg`<path d="M12 5v14M5 12h14"/>`),
  minus: icon(svg`<path d="M5 12h14"/>`),
  reset: icon(svg`<path d="M4 12a8 8 0 1 0 2.3-5.6"/><path d="M4 4v4h4"/>`),
  filter: icon(svg`<path d="M4 5h16l-6 8v5l-4 2v-7z"/>`),
  mapPin: icon(
    svg`<path d="M12 21s-7-6.1-7-11.5a7 7 0 0 1 14 0C19 14.9 12 21 12 21z"/><circle cx="12" cy="9.5" r="2.5"/>`,
  ),
  store: icon(svg`<path d="M4 10v10h16V10M3 10l2-6h14l2 6zM9 20v-6h6v6"/>`),
  phone: icon(
    svg`<path d="M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2z"/>`,
  ),
  mail: icon(svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M3 7l9 6 9-6"/>`),
  whatsapp: icon(
    svg`<path d="M4 20l1.3-4A8 8 0 1 1 8 18.7z"/><path d="M9 9.5c.5 2 2.5 4 4.5 4.5l1-1.2 1.8.8c-.2 1.2-1 1.9-2.3 1.9A5.5 5.5 0 0 1 8.5 10c0-1.3.7-2.1 1.9-2.3l.8 1.8z"/>`,
  ),
  globe: icon(
    svg`<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18"/>`,
  ),
  cart: icon(
    svg`<circle cx="9" cy="20" r="1.5"/><circle cx="18" cy="20" r="1.5"/><path d="M2 3h3l2.6 12.4a1 1 0 0 0 1 .8h9.7a1 1 0 0 0 1-.8L21 7H6"/>`,
  ),
  share: icon(
    svg`<circle cx="18" cy="5" r="2.5"/><circle cx="6" cy="12" r="2.5"/><circle cx="18" cy="19" r="2.5"/><path d="M8.2 10.8l7.6-4.4M8.2 13.2l7.6 4.4"/>`,
  ),
  link: icon(
    svg`<path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1"/><path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"/>`,
  ),
  check: icon(svg`<path d="M5 12.5l4.5 4.5L19 7"/>`),
  badge: icon(
    svg`<path d="M12 3l2.4 1.8 3-.2.9 2.9 2.4 1.8-1 2.8 1 2.8-2.4 1.8-.9 2.9-3-.2L12 21l-2.4-1.8-3 .2-.9-2.9L3.3 14.7l1-2.8-1-2.8 2.4-1.8.9-2.9 3 .2z"/><path d="M9 12l2 2 4-4"/>`,
  ),
  star: icon(
    svg`<path d="M12 3.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L12 16.9l-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z"/>`,
  ),
  clock: icon(svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>`),
  box: icon(svg`<path d="M3 7l9-4 9 4v10l-9 4-9-4z"/><path d="M3 7l9 4 9-4M12 11v10"/>`),
  image: icon(
    svg`<rect x="3" y="4" width="18" height="16" rx="2"/><circle cx="9" cy="10" r="2"/><path d="M21 16l-5-5-9 9"/>`,
  ),
  alert: icon(svg`<path d="M12 3l10 18H2z"/><path d="M12 10v4M12 17.5v.5"/>`),
  list: icon(svg`<path d="M8 6h13M8 12h13M8 18h13M3.5 6h.5M3.5 12h.5M3.5 18h.5"/>`),
  grid: icon(
    svg`<rect x="3" y="3" width="7" height="7"/><rect x="14" y="3" width="7" height="7"/><rect x="3" y="14" width="7" height="7"/><rect x="14" y="14" width="7" height="7"/>`,
  ),
  map: icon(svg`<path d="M9 4L3 6v14l6-2 6 2 6-2V4l-6 2z"/><path d="M9 4v14M15 6v14"/>`),
  /** List and map side by side (the showcase's split view). */
  split: icon(
    svg`<path d="M3 5h6M3 10h6M3 15h6M3 20h6"/><path d="M13 6l4-1.5L21 6v14l-4-1.5-4 1.5z"/><path d="M17 4.5v14"/>`,
  ),
  calendar: icon(
    svg`<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/>`,
  ),
  directions: icon(
    svg`<path d="M12 2l10 10-10 10L2 12z"/><path d="M9 14v-3h5M12 8.5l2.5 2.5L12 13.5"/>`,
  ),
} as const;

export type IconName = keyof typeof icons;
