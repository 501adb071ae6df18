import { css } from 'lit';

/**
 * What every element's shadow root needs to look the same on any host page. Inherited text
 * properties (a theme's `text-align: justify`, `line-height: 1.9`, `text-transform: uppercase`…) and
 * the root font size (`html { font-size: 62.5% }`) would otherwise reach inside: the text size comes
 * from `--etalase-font-size` (never below 14px), lengths inside are in `em` of it, and the rest of
 * the inherited text properties are set back to their defaults. Fonts and colours still come from the
 * page: that is a feature. A page that sets no font at all gets a system font stack instead of the
 * browser's serif (`:state(system-font)`, set by `EtalaseElement`).
 */
export const isolationStyles = css`
  :host {
    font-size: max(14px, var(--etalase-font-size, 16px));
    line-height: 1.5;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    word-break: normal;
    overflow-wrap: normal;
    hyphens: manual;
    font-style: normal;
    font-weight: normal;
    font-variant: normal;
    font-stretch: normal;
    cursor: auto;
    /* Inputs never below 16px, so phones do not zoom in when one gets focus. */
    --_input-font-size: max(16px, 1em);
  }
  /* Inside another Etalase element the size is already set: inherit it (a relative token such as
     0.9em must not shrink once per nesting level). */
  :host(:state(nested)) {
    font-size: inherit;
  }
  :host(:state(system-font)) {
    font-family:
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      'Helvetica Neue',
      Arial,
      sans-serif;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
`;
