import { css } from 'lit';

export const productDetailStyles = css`
  :host {
    --etalase-detail-width: 56em;
    display: contents;
  }
  dialog {
    --_dialog-width: var(--etalase-detail-width);
  }
  .base {
    container-type: inline-size;
  }
  header {
    align-items: flex-start;
    padding: 0.75em var(--_space);
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  h2:focus {
    outline: none;
  }
  h3 {
    margin: 0 0 0.5em;
    font-size: 1em;
  }
  .content {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
  }
  @container (min-width: 640px) {
    .content {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    .content > section {
      grid-column: 1 / -1;
    }
  }
  .gallery .main {
    aspect-ratio: 4 / 3;
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    overflow: hidden;
    color: var(--_text-muted);
  }
  .gallery .main img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: contain;
  }
  .placeholder {
    display: flex;
    align-items: center;
    justify-content: center;
    height: 100%;
  }
  .placeholder .icon {
    width: 3em;
    height: 3em;
  }
  .thumbs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
  }
  .thumbs button {
    padding: 0;
    width: 3.5em;
    height: 3.5em;
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface-alt);
    overflow: hidden;
    cursor: pointer;
  }
  .thumbs button[aria-pressed='true'] {
    border-color: var(--_primary);
  }
  .thumbs img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .summary {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    min-width: 0;
  }
  .price {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tag {
    display: inline-flex;
    align-items: center;
    gap: 0.3077em;
    min-height: 1.8462em;
    padding: 0 0.6154em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.8125em;
  }
  .tag .icon {
    width: 1.2308em;
    height: 1.2308em;
  }
  .tag.flagship {
    border-color: var(--_accent);
    color: var(--_accent);
    font-weight: 600;
  }
  .tag.out_of_stock {
    color: var(--_danger);
    border-color: var(--_danger);
  }
  .description {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
    line-height: 1.5;
  }
  dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.25em 1em;
    margin: 0;
  }
  dt {
    color: var(--_text-muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .list {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list > li {
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .list strong {
    display: block;
    margin-bottom: 0.25em;
  }
  .expired {
    color: var(--_danger);
    font-weight: 600;
  }
  .expiring {
    font-weight: 600;
    background: var(--_warning-bg);
    padding: 0 0.25em;
    border-radius: 0.25em;
  }
  .producer-photos {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0.5em 0;
    padding: 0;
    list-style: none;
  }
  .producer-photos li {
    width: 12em;
    max-width: 100%;
  }
  .producer-photos img {
    width: 100%;
    height: auto;
    border-radius: var(--_radius);
  }
  .provenance {
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  a {
    color: var(--_primary);
  }
  .list a {
    display: inline-flex;
    align-items: center;
    min-height: 1.5em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .close {
    flex: none;
    padding: 0;
    border-color: transparent;
    color: var(--_text);
  }
  .status {
    margin: 0.5em 0 0;
    color: var(--_text-muted);
    overflow-wrap: anywhere;
  }
  .plan-add {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin: 0.75em 0;
  }
  .plan-add label {
    flex-basis: 100%;
    font-weight: 600;
  }
  .plan-add input {
    width: 8em;
    min-height: 2.75em;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_text-muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .plan-add p {
    flex-basis: 100%;
    margin: 0;
  }
`;
