import { css } from 'lit';
import { baseStyles } from '../base/theme.js';

export const styles = [
  baseStyles,
  css`
    :host {
      display: block;
      container-type: inline-size;
      --_sidebar: var(--etalase-showcase-sidebar-width, 18em);
    }
    .base {
      display: grid;
      gap: var(--_space);
      background: var(--_surface);
      color: var(--_text);
    }
    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: calc(var(--_space) / 2);
    }
    /* Two lines at most, reserved while loading: a long publisher name cannot move the page. */
    .title {
      margin: 0;
      font-size: 1.375em;
      line-height: 1.25;
      min-height: 2.5em;
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      line-clamp: 2;
      overflow: hidden;
    }
    @container (min-width: 768px) {
      .title {
        min-height: 1.25em;
      }
    }
    .as-of {
      margin: 0.25em 0 0;
      color: var(--_text-muted);
      font-size: 0.875em;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) / 2);
      align-items: center;
    }
    .search {
      flex: 1 1 16em;
      min-width: 0;
    }
    button {
      font: inherit;
      color: inherit;
      display: inline-flex;
      align-items: center;
      gap: 0.375em;
      min-height: 2.75em;
      min-width: 2.75em;
      padding: 0.5em 0.875em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      cursor: pointer;
    }
    button:hover {
      border-color: var(--_primary);
    }
    button svg {
      width: 1.125em;
      height: 1.125em;
      flex: none;
    }
    .views {
      display: inline-flex;
    }
    .views button {
      border-radius: 0;
    }
    .views button:first-child {
      border-radius: var(--_radius) 0 0 var(--_radius);
    }
    .views button:last-child {
      border-radius: 0 var(--_radius) var(--_radius) 0;
    }
    .views button + button {
      margin-left: -1px;
    }
    /* Phone: "list + map" shows the list only, so its button is not offered (see COMPACT_WIDTH). */
    @container (width < 768px) {
      .views .split {
        display: none;
      }
      .views button:has(+ .split:last-child) {
        border-radius: 0 var(--_radius) var(--_radius) 0;
      }
    }
    .views button[aria-pressed='true'] {
      background: var(--_primary);
      color: var(--_on-primary);
      border-color: var(--_primary);
      position: relative;
    }
    .layout {
      display: grid;
      gap: var(--_space);
      grid-template-columns: minmax(0, 1fr);
      align-items: start;
    }
    .filters {
      display: none;
      gap: var(--_space);
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface-alt);
    }
    .filters-open .filters {
      display: grid;
    }
    /* Phones: closes the filter panel and returns to the results; stays in reach while scrolling. */
    .show-results {
      position: sticky;
      bottom: 0.5em;
      justify-content: center;
      background: var(--_primary);
      border-color: var(--_primary);
      color: var(--_on-primary);
      font-weight: 600;
    }
    /* "Skip to products": the first tab stop, shown only while it has focus. */
    .skip {
      position: absolute;
      top: 0;
      inset-inline-start: 0;
      z-index: 2;
      padding: 0.5em 1em;
      border-radius: var(--_radius);
      background: var(--_primary);
      color: var(--_on-primary);
      font-weight: 600;
    }
    .skip:not(:focus) {
      width: 1px;
      height: 1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .results {
      display: grid;
      gap: var(--_space);
      min-width: 0;
    }
    .map {
      min-height: 20em;
    }
    /* Corrections, place offer, active filter chips and the sort order, above the results. */
    .result-bar {
      grid-column: 1 / -1;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_space) / 2);
    }
    .hints {
      flex: 1 1 100%;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25em 1em;
      margin: 0;
    }
    button.link {
      min-height: 44px;
      padding: 0.25em 0.375em;
      border: none;
      background: none;
      color: var(--_primary);
      text-decoration: underline;
      font-weight: 600;
    }
    .chips {
      flex: 1 1 auto;
      display: flex;
      flex-wrap: wrap;
      gap: 0.375em;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .chip,
    .clear-all {
      min-height: 44px;
      padding: 0.25em 0.75em;
      border-radius: 999px;
      font-size: 0.875em;
    }
    .chip {
      background: var(--_surface-alt);
    }
    .chip svg {
      width: 0.875em;
      height: 0.875em;
    }
    .clear-all {
      border-style: dashed;
    }
    .sort {
      margin-left: auto;
      display: inline-flex;
      align-items: center;
      gap: 0.5em;
      font-size: 0.875em;
    }
    .sort select {
      font: inherit;
      color: inherit;
      min-height: 44px;
      padding: 0.25em 0.5em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .notice {
      display: flex;
      gap: 0.5em;
      align-items: flex-start;
      margin: 0;
      padding: 0.75em var(--_space);
      border-radius: var(--_radius);
      background: var(--_warning-bg);
    }
    .notice svg {
      width: 1.25em;
      height: 1.25em;
      flex: none;
    }
    .notice p {
      margin: 0.25em 0 0;
    }
    .error {
      border: 1px solid var(--_danger);
    }
    .debug dl {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
      margin: 0.5em 0;
    }
    .debug dl div {
      display: flex;
      gap: 0.25em;
    }
    .debug dd {
      margin: 0;
      font-weight: 600;
    }
    .debug ol {
      margin: 0.25em 0;
      padding-inline-start: 1.25em;
    }
    .error button {
      margin-left: auto;
    }
    /* Over the header, out of the flow: it comes and goes without moving anything. */
    .base {
      position: relative;
    }
    .progress {
      position: absolute;
      inset: 0 0 auto;
      z-index: 1;
      padding-bottom: 0.5em;
      background: var(--_surface);
      display: grid;
      gap: 0.25em;
      color: var(--_text-muted);
      font-size: 0.875em;
    }
    progress {
      width: 100%;
      height: 0.375em;
      accent-color: var(--_primary);
    }
    .footer {
      color: var(--_text-muted);
      font-size: 0.875em;
    }
    .footer p {
      margin: 0;
    }
    .footer .credits {
      margin: 0.25em 0 0;
      padding-inline-start: 1.25em;
    }

    .toggle-count {
      display: none;
    }
    /* Narrow: the view switch and filter toggle show icons only (labels stay for screen readers). */
    @container (max-width: 576px) {
      .views span,
      .toggle-label {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      .filters-toggle,
      .plan-toggle {
        position: relative;
        padding: 0.5em;
        justify-content: center;
      }
      .toggle-count {
        display: block;
        position: absolute;
        top: -0.5em;
        right: -0.5em;
        min-width: 1.667em;
        padding: 0 0.333em;
        border-radius: 999px;
        background: var(--_primary);
        color: var(--_on-primary);
        font-size: 0.75em;
        line-height: 1.667em;
        text-align: center;
      }
    }
    /*
     * Phone: a compact header (one line) and the toolbar on one line (icon buttons), so the first
     * product shows without scrolling on a 390 px screen.
     */
    @container (max-width: 480px) {
      .base {
        gap: calc(var(--_space) * 0.75);
        grid-template-columns: minmax(0, 1fr);
      }
      .header {
        flex-wrap: nowrap;
        min-width: 0;
      }
      .publisher {
        display: flex;
        align-items: baseline;
        gap: 0.5em;
        min-width: 0;
      }
      .title {
        min-width: 0;
        font-size: 1em;
        min-height: 1.25em;
        -webkit-line-clamp: 1;
        line-clamp: 1;
        overflow-wrap: anywhere;
      }
      .as-of {
        margin: 0;
        flex: none;
        font-size: 0.8125em;
      }
      .toolbar {
        flex-wrap: nowrap;
      }
      .search {
        flex: 1 1 0;
        min-width: 7em;
      }
      .views button {
        padding: 0.5em;
        justify-content: center;
      }
    }
    /* Wide: filters in a sidebar, always visible; the toggle is not needed. */
    @container (min-width: 768px) {
      .layout {
        grid-template-columns: var(--_sidebar) minmax(0, 1fr);
      }
      .filters {
        display: grid;
        top: var(--_space);
        z-index: 1;
      }
      /* The sidebar stays in view while the results scroll when it fits on the screen (taller, it
         scrolls with the page: stuck, its lower filters would be out of reach until the results end).
         Stuck, it is a layer of its own (the compositor moves it), and it paints over the results,
         which are one stacking context: anything painted after a layer and overlapping it (as its
         sticky range does the cards' rows) would be made a layer too, each row of cards one more to
         lay out, raster and composite on every filter change. */
      :host(:state(sidebar-sticks)) .filters {
        position: sticky;
      }
      .results {
        isolation: isolate;
      }
      .filters-toggle {
        display: none;
      }
    }
    /* Split view puts the map beside the grid when there is room for both. */
    @container (min-width: 1152px) {
      .view-split .results {
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      }
      .view-split .map {
        position: sticky;
        top: var(--_space);
        order: 2;
      }
    }
  `,
];
