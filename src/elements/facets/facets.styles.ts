import { css } from 'lit';

export const facetsStyles = css`
  :host {
    display: block;
    background: var(--_surface);
  }
  .base {
    display: grid;
    gap: var(--_space);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.375em;
    font-weight: 600;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.125em;
  }
  label.option {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2em;
    cursor: pointer;
  }
  input[type='checkbox'] {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--_primary);
    cursor: inherit;
  }
  .option-label {
    flex: 1;
    min-width: 0;
  }
  .count {
    flex: none;
    font-variant-numeric: tabular-nums;
    font-size: 0.875em;
    color: var(--_text-muted);
  }
  .disabled {
    cursor: default;
    color: var(--_text-muted);
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  .more {
    justify-self: start;
    min-height: 2em;
    margin-top: 0.25em;
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: var(--_primary);
    text-decoration: underline;
  }
  .find {
    box-sizing: border-box;
    width: 100%;
    min-height: 2.75em;
    margin: 0 0 0.375em;
    padding: 0.375em 0.5em;
    font: inherit;
    color: inherit;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .price {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0.5em;
  }
  .price label {
    display: grid;
    gap: 0.2857em;
    font-size: 0.875em;
    color: var(--_text-muted);
  }
  .money {
    display: flex;
    align-items: center;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    padding-inline-start: 0.5em;
    font-size: var(--_input-font-size);
  }
  .money:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .money input,
  select {
    min-width: 0;
    width: 100%;
    min-height: 2.5em;
    font: inherit;
    color: var(--_text);
  }
  .money input {
    border: 0;
    background: transparent;
    padding: 0 0.5em 0 0.25em;
    outline: none;
    font-variant-numeric: tabular-nums;
  }
  select {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 0 0.5em;
  }
  .lead {
    display: grid;
    gap: 0.25em;
    margin-top: 0.5em;
  }
  .clear {
    justify-self: start;
    min-height: 2.5em;
    padding: 0.25em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .clear:disabled {
    cursor: default;
    color: var(--_text-muted);
  }
  .message {
    margin: 0;
    color: var(--_text-muted);
  }
`;
