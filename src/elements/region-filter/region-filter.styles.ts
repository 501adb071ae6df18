import { css } from 'lit';

export const regionFilterStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    background: var(--_surface);
    --etalase-region-filter-max-height: 28em;
  }
  .base {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    color: var(--_text);
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .toggle {
    display: none;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    min-height: 2.75em;
    width: 100%;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    text-align: start;
  }
  .toggle[aria-expanded='true'] .icon {
    transform: rotate(180deg);
  }
  .panel {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .heading {
    font-weight: 600;
    margin: 0;
    font-size: 1em;
  }
  .find {
    display: flex;
    align-items: center;
    gap: 0.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 0 0.5em;
    color: var(--_text-muted);
  }
  .find:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .find input {
    flex: 1;
    min-width: 0;
    min-height: 2.5em;
    border: 0;
    background: transparent;
    color: var(--_text);
    font: inherit;
    outline: none;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip,
  .reset {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    min-height: 2em;
    padding: 0.125em 0.5em 0.125em 0.75em;
    border-radius: 999px;
    border: 1px solid var(--_primary);
    background: var(--_surface);
    color: var(--_primary);
  }
  .chip .icon {
    width: 1em;
    height: 1em;
  }
  .reset {
    padding-inline: 0.75em;
    border-color: var(--_border);
    color: var(--_text);
  }
  .reset[aria-pressed='true'] {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  .tree {
    max-height: var(--etalase-region-filter-max-height);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 0.25em;
    contain: content;
  }
  .item {
    display: flex;
    align-items: center;
    gap: 0.25em;
    min-height: 2em;
    padding: 0.125em 0.5em 0.125em 0;
    border-radius: calc(var(--_radius) * 0.6);
    cursor: pointer;
    user-select: none;
    /* A national tree expanded holds ~7,800 items: lay out only the ones near the viewport. */
    content-visibility: auto;
    contain-intrinsic-size: auto 2em;
  }
  .item:hover {
    background: var(--_surface-alt);
  }
  .item:focus-visible {
    outline-offset: -3px;
  }
  .item[aria-selected='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .l2 {
    padding-inline-start: 1.25em;
  }
  .l3 {
    padding-inline-start: 2.5em;
  }
  .twisty {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 1.75em;
    height: 1.75em;
  }
  .twisty .icon {
    width: 1em;
    height: 1em;
    transition: transform 0.1s;
  }
  .item[aria-expanded='true'] .twisty .icon {
    transform: rotate(90deg);
  }
  .name {
    flex: 1;
    min-width: 0;
  }
  .count {
    flex: none;
    font-variant-numeric: tabular-nums;
    font-size: 0.875em;
    color: var(--_text-muted);
  }
  .item[aria-selected='true'] .count {
    color: inherit;
  }
  .zero .count {
    font-style: italic;
  }
  .message {
    margin: 0;
    padding: 0.5em;
    color: var(--_text-muted);
  }

  @container (max-width: 240px) {
    .toggle {
      display: flex;
    }
    .panel:not(.open) {
      display: none;
    }
    .heading {
      display: none;
    }
  }
`;
