import { css } from 'lit';

export const searchStyles = css`
  :host {
    display: block;
    position: relative;
  }
  .field {
    display: flex;
    align-items: center;
    gap: 0.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text-muted);
    padding-inline: 0.625em 0.25em;
  }
  .field:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  input {
    flex: 1;
    min-width: 0;
    min-height: 2.75em;
    border: 0;
    background: transparent;
    color: var(--_text);
    font: inherit;
    font-size: var(--_input-font-size);
    outline: none;
  }
  input::-webkit-search-cancel-button {
    display: none;
  }
  .clear {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 2.25em;
    height: 2.25em;
    border: 0;
    border-radius: 50%;
    background: none;
    color: var(--_text-muted);
    cursor: pointer;
  }
  .clear:hover {
    background: var(--_surface-alt);
  }
  .listbox {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    top: calc(100% + 0.25em);
    max-height: var(--etalase-search-max-height, 24em);
    overflow: auto;
    margin: 0;
    padding: 0.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }
  .listbox[hidden] {
    display: none;
  }
  .group-label {
    padding: 0.4615em 0.6154em 0.1538em;
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_text-muted);
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  .option {
    display: grid;
    gap: 0.0625em;
    min-height: 2.25em;
    padding: 0.375em 0.5em;
    border-radius: calc(var(--_radius) * 0.6);
    cursor: pointer;
  }
  .option:hover {
    background: var(--_surface-alt);
  }
  .option[aria-selected='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  /* Typed words in a suggestion: bold, in the option's own colours (also when it is selected). */
  mark {
    background: none;
    color: inherit;
    font-weight: 700;
  }
  .detail {
    font-size: 0.875em;
    color: var(--_text-muted);
  }
  .option[aria-selected='true'] .detail {
    color: inherit;
  }
`;
