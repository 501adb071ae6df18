import { css } from 'lit';

export const productCardStyles = css`
  :host {
    --etalase-card-image-ratio: 4 / 3;
    display: block;
    /* Cards scrolled out of view skip layout and paint (they stay in the accessibility tree). */
    content-visibility: auto;
    contain-intrinsic-size: auto 24em; /* about a real card (365–420 px), so rows barely move */
    /* That contains paint: without a margin it would clip the focus ring drawn around the card. */
    overflow-clip-margin: 5px;
  }
  :host([layout='horizontal']) {
    contain-intrinsic-size: auto 9em;
  }
  /* The first cards (the grid marks them eager) are in view at once: laid out at their real size from
     the first frame, not at the estimate, which would move the row below when they render. */
  :host([eager]) {
    content-visibility: visible;
  }
  [hidden],
  .meta:empty,
  .availability:empty {
    display: none !important;
  }
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    height: 100%;
    overflow: hidden;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }
  mark {
    background: var(--etalase-color-highlight, #fde68a);
    color: #1d2321;
    border-radius: 0.125em;
  }
  .card:hover {
    border-color: var(--_primary);
  }
  .card:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .media {
    position: relative;
    aspect-ratio: var(--etalase-card-image-ratio);
    background: var(--_surface-alt);
    color: var(--_text-muted);
    flex: none;
  }
  .media img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .placeholder {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.3077em;
    height: 100%;
    font-size: 0.8125em;
  }
  .placeholder .icon {
    width: 2.4615em;
    height: 2.4615em;
  }
  .flagship {
    position: absolute;
    top: 0.6667em;
    left: 0.6667em;
    display: inline-flex;
    align-items: center;
    gap: 0.3333em;
    padding: 0.1667em 0.6667em;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_surface);
    font-size: 0.75em;
    font-weight: 600;
  }
  .flagship .icon {
    width: 1.1667em;
    height: 1.1667em;
    fill: currentColor;
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: 0.375em;
    padding: calc(var(--_space) * 0.75);
    min-width: 0;
    flex: 1;
  }
  .name {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
    line-height: 1.3;
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-line-clamp: 3;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  /* The whole card is one button: its box stretches over the card (a single tab stop). */
  .select {
    all: unset;
    cursor: pointer;
    color: var(--_text);
  }
  .select::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1;
  }
  .select:focus-visible {
    outline: none;
  }
  .meta {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .price {
    margin: 0;
    font-weight: 700;
    color: var(--_text);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    min-height: 2em;
    padding: 0 0.6667em;
    border: 1px solid var(--_primary);
    border-radius: 999px;
    color: var(--_primary);
    font-size: 0.75em;
    font-weight: 600;
  }
  .availability {
    display: inline-flex;
    align-items: center;
    gap: 0.3077em;
    margin: auto 0 0;
    color: var(--_text-muted);
    font-size: 0.8125em;
  }
  .availability::before {
    content: '';
    width: 0.6154em;
    height: 0.6154em;
    border-radius: 50%;
    background: currentColor;
  }
  .availability.in_stock::before {
    background: var(--_primary);
  }
  .availability.out_of_stock {
    color: var(--_danger);
  }
  .export {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    margin: 0;
    color: var(--_primary);
    font-size: 0.8125em;
    font-weight: 600;
  }
  .export .icon {
    width: 1em;
    height: 1em;
  }
  :host([layout='horizontal']) .card {
    flex-direction: row;
  }
  :host([layout='horizontal']) .media {
    width: 35%;
    max-width: 9em;
    aspect-ratio: 1;
  }
`;

/** The "add to plan" button sits above the card's full-size select button. */
export const planAddStyles = css`
  .plan-add {
    position: relative;
    z-index: 2;
    align-self: flex-start;
    margin-top: auto;
  }
`;
