import { css } from 'lit';

export const productGridStyles = css`
  :host {
    --etalase-grid-min-column: 13em;
    --etalase-grid-gap: var(--_space);
    display: block;
    container-type: inline-size;
    /* Its own surface, so a dark grid stays readable on a light page (and the other way round). */
    background: var(--etalase-grid-background, var(--_surface));
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .count {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.875em;
    line-height: 1.5;
  }
  /* On a phone "55 produk ditemukan. Menampilkan 1–12 dari 55 produk" takes two lines: reserve them
     while loading, so the cards do not move when the count arrives. */
  @container (max-width: 480px) {
    .count {
      min-height: 3em;
    }
  }
  .list {
    display: grid;
    grid-template-columns: repeat(
      auto-fill,
      minmax(min(100%, var(--etalase-grid-min-column)), 1fr)
    );
    gap: var(--etalase-grid-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list > li {
    min-width: 0;
  }
  etalase-product-card {
    height: 100%;
  }
  /*
   * The first page's cards are always laid out (most of them are on screen or near it anyway). With
   * content-visibility: auto, a card whose visibility changes in a frame (a new card, or the list
   * shrinking under the scroll position after a region click) makes Chromium lay the page out a
   * second time in that frame; cards further down keep skipping their layout.
   */
  .list > li:nth-child(-n + 24) > etalase-product-card {
    content-visibility: visible;
  }
  @container (max-width: 480px) {
    .list {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 0.5em;
    }
  }
  @container (max-width: 288px) {
    .list {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .skeleton {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_surface);
  }
  .skeleton .block,
  .skeleton .line {
    background: var(--_surface-alt);
    animation: pulse 1.2s ease-in-out infinite alternate;
  }
  .skeleton .block {
    aspect-ratio: 4 / 3;
  }
  .skeleton .line {
    height: 0.875em;
    margin: 0.75em;
    border-radius: 0.25em;
  }
  .skeleton .line.short {
    width: 50%;
  }
  @keyframes pulse {
    to {
      opacity: 0.45;
    }
  }
  .empty {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.5em;
    padding: calc(var(--_space) * 2) var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    text-align: center;
  }
  .empty .icon {
    width: 2.5em;
    height: 2.5em;
    color: var(--_text-muted);
  }
  .empty h2,
  .empty p {
    margin: 0;
  }
  .empty h2 {
    font-size: 1.125em;
  }
  .empty p {
    color: var(--_text-muted);
  }
  .more,
  .pager {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    align-items: center;
    gap: 0.5em;
  }
  .pager ul {
    display: contents;
    list-style: none;
  }
  .pager .gap {
    padding: 0 0.25em;
    color: var(--_text-muted);
  }
`;
