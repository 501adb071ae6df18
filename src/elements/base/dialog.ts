import { css } from 'lit';

/**
 * A modal `<dialog>` as Etalase elements show one (product detail, order planner): a framed box
 * `--_dialog-width` wide at most over a dimmed page, the whole screen on a phone.
 */
export const dialogStyles = css`
  dialog {
    width: min(var(--_dialog-width), calc(100% - 2em));
    max-height: calc(100% - 2em);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 1em 3em rgb(0 0 0 / 0.3);
    overscroll-behavior: contain;
  }
  /* The title bar stays in view while the dialog scrolls. */
  header {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    justify-content: space-between;
    gap: 0.5em;
    background: var(--_surface);
    border-bottom: 1px solid var(--_border);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  @media (max-width: 640px) {
    dialog {
      width: 100%;
      max-width: 100%;
      height: 100%;
      max-height: 100%;
      border-radius: 0;
    }
  }
`;
