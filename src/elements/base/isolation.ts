import { css } from 'lit';

/**
 * What every element's shadow root needs to look the same on any host page. Inherited text
 * properties (a theme's `text-align: justify`, `line-height: 1.9`, `text-transform: uppercase`…) and
 * the root font size (`html { font-size: 62.5% }`) would otherwise reach inside: the text size comes
 * from `--etalase-font-size` (never below 14px), lengths inside are in `em` of it, and the other
 * inherited text properties go back to their defaults. `!important` because a page's
 * `* { font: inherit }` would otherwise beat `:host` rules; the token is the way to resize.
 * Fonts (unless `--etalase-font-family` is set) and colours still come from the page: a feature. A page that sets no font at all
 * gets a system font stack instead of the browser's serif (`:state(system-font)`, set by
 * `EtalaseElement`).
 */
export const isolationStyles = css`
  :host {
    font-family: var(--etalase-font-family, inherit) !important;
    font-size: max(14px, var(--etalase-font-size, 16px)) !important;
    line-height: 1.5 !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    white-space: normal !important;
    word-break: normal !important;
    overflow-wrap: normal !important;
    hyphens: manual !important;
    font-style: normal !important;
    font-weight: normal !important;
    font-variant: normal !important;
    font-stretch: normal !important;
    cursor: auto !important;
    /* Inputs never below 16px, so phones do not zoom in when one gets focus. */
    --_input-font-size: max(16px, 1em);
  }
  /* Inside another Etalase element the size is already set: inherit it (a relative token such as
     0.9em must not shrink once per nesting level). */
  :host(:state(nested)) {
    font-size: inherit !important;
  }
  :host(:state(system-font)) {
    font-family: var(
      --etalase-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      'Helvetica Neue',
      Arial,
      sans-serif
    ) !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
`;
