import { css } from 'lit';

/** Phone first: one column; items lay out wider from 640 px of the element's own width. */
export const orderPlannerStyles = css`
  :host {
    --etalase-planner-width: 48em;
    display: block;
    font-size: var(--_font-size);
    line-height: 1.5;
  }
  :host([modal]) {
    display: contents;
  }
  dialog {
    --_dialog-width: var(--etalase-planner-width);
  }
  .base {
    display: grid;
    gap: 0.75em;
    padding: 0 var(--_space) var(--_space);
    background: var(--_surface);
    color: var(--_text);
    container-type: inline-size;
  }
  header {
    align-items: center;
    padding: 0.75em 0;
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
  }
  h2:focus {
    outline: none;
  }
  h3 {
    margin: 0 0 0.5em;
    font-size: 1.05em;
  }
  p {
    margin: 0;
  }
  .hint {
    color: var(--_text-muted);
  }
  fieldset.details {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    font-weight: 600;
    padding: 0 0.25em;
  }
  label {
    display: grid;
    gap: 0.25em;
    font-weight: 600;
  }
  label .hint {
    font-weight: normal;
  }
  input,
  select {
    min-height: 2.75em;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_text-muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    width: 100%;
  }
  dl.details {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 1em;
    margin: 0;
  }
  dl.details dt {
    font-weight: 600;
  }
  dl.details dd {
    margin: 0;
  }
  @container (min-width: 640px) {
    fieldset.details {
      grid-template-columns: 1fr 1fr;
    }
  }
  .empty {
    display: grid;
    justify-items: center;
    gap: 0.25em;
    padding: 1.5em 0.5em;
    text-align: center;
    color: var(--_text-muted);
  }
  .group {
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .group.missing {
    background: var(--_warning-bg);
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .items {
    display: grid;
    gap: 0.75em;
  }
  .item {
    display: grid;
    gap: 0.375em;
    padding-bottom: 0.75em;
    border-bottom: 1px solid var(--_border);
  }
  .item-head {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25em 0.5em;
    align-items: center;
  }
  .item-head strong {
    grid-column: 1 / -1;
    overflow-wrap: anywhere;
  }
  .item-head label.quantity {
    grid-column: 1 / -1;
  }
  .item-head input {
    max-width: 9em;
  }
  .estimate {
    font-weight: 600;
  }
  .check {
    display: flex;
    gap: 0.375em;
    align-items: flex-start;
    color: var(--_text-muted);
  }
  .check.warning {
    color: var(--_danger);
  }
  .check .icon {
    flex: none;
    margin-top: 0.125em;
  }
  .alternatives {
    padding: 0.5em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .alternatives li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    align-items: center;
    margin-top: 0.375em;
  }
  .subtotal,
  .total,
  .summary {
    font-weight: 600;
  }
  .send,
  .actions,
  .shared {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin-top: 0.5em;
  }
  .shared {
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_warning-bg);
  }
  .shared p {
    flex-basis: 100%;
  }
  details {
    margin-top: 0.5em;
  }
  summary {
    cursor: pointer;
    min-height: 2.75em;
    display: flex;
    align-items: center;
    color: var(--_primary);
    font-weight: 600;
  }
  .message {
    white-space: pre-wrap;
    padding: 0.5em;
    border-left: 3px solid var(--_border);
  }
  .status:empty {
    display: none;
  }
  .sheet {
    border: 1px solid var(--_border);
    overflow-x: auto;
  }
`;
