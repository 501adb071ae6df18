import { css } from 'lit';

/** Buttons and button-like links of the grid and the detail: 44 px targets, outlined or filled. */
export const actionStyles = css`
  .action {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.375em;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0 0.875em;
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .action:hover {
    background: var(--_surface-alt);
  }
  .action.primary,
  .action[aria-current='page'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .action.primary:hover {
    background: var(--_primary);
    text-decoration: underline;
  }
  .action:disabled {
    cursor: default;
    opacity: 0.6;
  }
`;
