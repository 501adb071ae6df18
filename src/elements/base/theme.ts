import { css, unsafeCSS } from 'lit';
import { isolationStyles } from './isolation.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * The global design tokens. A host page sets `--etalase-*` custom properties (on the element or any
 * ancestor) to brand it; each element reads the private `--_*` values below. Fonts inherit from the
 * host page. Colours meet WCAG AA (4.5:1) on their surfaces in both themes.
 */
const light = `
  --_primary: var(--etalase-color-primary, #0b6b4f);
  --_on-primary: var(--etalase-color-on-primary, #ffffff);
  --_accent: var(--etalase-color-accent, #a3470d);
  --_surface: var(--etalase-color-surface, #ffffff);
  --_surface-alt: var(--etalase-color-surface-alt, #f4f5f2);
  --_text: var(--etalase-color-text, #1d2321);
  --_text-muted: var(--etalase-color-text-muted, #545c58);
  --_border: var(--etalase-color-border, #c9cfcb);
  --_focus: var(--etalase-color-focus, #1a5fd0);
  --_danger: var(--etalase-color-danger, #b3261e);
  --_warning-bg: var(--etalase-color-warning-surface, #fff4d6);
  --_shadow: var(--etalase-shadow, 0 1px 3px rgb(0 0 0 / 0.12));
`;

/**
 * In dark mode the brand colour stays the site's: `--etalase-color-primary-dark` when set, else
 * `--etalase-color-primary` lightened enough to read on a dark surface (undefined without a brand
 * colour, so the default dark green applies).
 */
const dark = `
  --_primary-derived: oklch(from var(--etalase-color-primary) max(l, 0.78) min(c, 0.14) h);
  --_primary: var(--etalase-color-primary-dark, var(--_primary-derived, #6fd3ad));
  --_on-primary: var(--etalase-color-on-primary-dark, #08251b);
  --_accent: var(--etalase-color-accent-dark, #f3a66e);
  --_surface: var(--etalase-color-surface-dark, #171a19);
  --_surface-alt: var(--etalase-color-surface-alt-dark, #222725);
  --_text: var(--etalase-color-text-dark, #e9ecea);
  --_text-muted: var(--etalase-color-text-muted-dark, #b3bbb7);
  --_border: var(--etalase-color-border-dark, #47504c);
  --_focus: var(--etalase-color-focus-dark, #8ab4ff);
  --_danger: var(--etalase-color-danger-dark, #ffb4ab);
  --_warning-bg: var(--etalase-color-warning-surface-dark, #3d3210);
  --_shadow: var(--etalase-shadow-dark, 0 1px 3px rgb(0 0 0 / 0.5));
`;

/** Shared by every element: isolation from the page, tokens, theme switching, and the focus ring. */
export const baseStyles = css`
  ${isolationStyles}
  :host {
    ${unsafeCSS(light)}
    --_radius: var(--etalase-radius, 0.5em);
    --_space: var(--etalase-space, 1em);
    color-scheme: light;
    color: var(--_text);
  }
  :host([theme='dark']) {
    ${unsafeCSS(dark)}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${unsafeCSS(dark)}
      color-scheme: dark;
    }
  }
  :host([hidden]) {
    display: none !important;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
