import { css } from 'lit';

export const outletListStyles = css`
  :host {
    display: block;
    font-size: var(--_font-size);
    background: var(--_surface);
  }
  h3 {
    margin: 0 0 var(--_space);
    font-size: 1.25em;
  }
  h4 {
    margin: calc(var(--_space) * 1.5) 0 0.5em;
    font-size: 1.0625em;
    color: var(--_text-muted);
  }
  ul.outlets {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20em), 1fr));
  }
  .outlet {
    display: flex;
    flex-direction: column;
    gap: 0.375em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .outlet h5 {
    margin: 0;
    font-size: 1.0625em;
  }
  .outlet p {
    margin: 0;
  }
  .meta,
  .muted {
    color: var(--_text-muted);
  }
  .status {
    display: inline-block;
    align-self: flex-start;
    padding: 0.125em 0.5em;
    border-radius: 999px;
    background: var(--_surface-alt);
    font-size: 0.875em;
    font-weight: 600;
  }
  .status.ongoing {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .status.finished {
    background: var(--_warning-bg);
  }
  .icon {
    flex: none;
    vertical-align: -0.25em;
  }
  .exhibitors ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0.25em 0 0;
    padding: 0;
    list-style: none;
  }
  .directions a {
    color: var(--_primary);
  }
  details {
    margin-top: calc(var(--_space) * 1.5);
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 2.75em;
    display: flex;
    align-items: center;
  }
`;
