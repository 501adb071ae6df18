import { css } from 'lit';

/**
 * The map itself (SVG layers, markers, controls, popup, list): adopted by the lazy engine so these
 * rules are not part of the drop-in core.
 */
export const engineStyles = css`
  svg {
    display: block;
    width: 100%;
    height: 100%;
    touch-action: none;
    user-select: none;
    cursor: grab;
  }
  svg.dragging {
    cursor: grabbing;
  }
  .land {
    fill: var(--_land);
    stroke: var(--_map-border);
    stroke-width: 0.75;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  .with-tiles .land {
    fill: none;
    stroke: none;
  }
  /* Province borders and names of the built-in base map (tiles bring their own). */
  .borders {
    fill: none;
    stroke: var(--_map-border);
    stroke-width: 1;
    stroke-dasharray: 4 3;
    vector-effect: non-scaling-stroke;
  }
  .labels text {
    font-size: 0.75em;
    fill: var(--_text-muted);
    stroke: var(--_land);
    stroke-width: 3px;
    paint-order: stroke;
    text-anchor: middle;
    dominant-baseline: central;
    pointer-events: none;
  }
  .labels .city {
    fill: var(--_text-muted);
  }
  .with-tiles .borders,
  .with-tiles .labels {
    display: none;
  }
  .region {
    fill: transparent;
    stroke: var(--_map-border);
    stroke-width: 0.75;
    vector-effect: non-scaling-stroke;
  }
  .region.selected {
    fill: var(--_highlight);
    stroke: var(--_primary);
    stroke-width: 2;
  }
  .with-tiles .region.selected {
    fill: none;
  }
  .marker {
    cursor: pointer;
    outline: none;
  }
  .marker .hit {
    fill: transparent;
  }
  .marker .ring {
    fill: none;
    stroke: none;
    stroke-width: 3;
  }
  .marker.open .ring {
    stroke: var(--_focus);
  }
  .producer .dot {
    fill: var(--_marker);
    stroke: var(--_surface);
    stroke-width: 2;
  }
  .outlet .dot {
    fill: var(--_outlet);
    stroke: var(--_surface);
    stroke-width: 2;
  }
  .cluster .dot {
    fill: var(--_marker);
    fill-opacity: 0.9;
    stroke: var(--_surface);
    stroke-width: 3;
  }
  .marker text {
    fill: var(--_on-primary);
    font-size: 0.75em;
    font-weight: 700;
    text-anchor: middle;
    dominant-baseline: central;
    pointer-events: none;
  }
  .controls {
    position: absolute;
    top: 0.5em;
    right: 0.5em;
    display: grid;
    gap: 0.25em;
  }
  .popup button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 2.25em;
    min-height: 2.25em;
    padding: 0.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
    box-shadow: var(--_shadow);
  }
  .attribution {
    position: absolute;
    right: 0;
    bottom: 0;
    max-width: 70%;
    margin: 0;
    padding: 0.1667em 0.5em;
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.75em;
  }
  .popup {
    position: absolute;
    top: 0.5em;
    left: 0.5em;
    width: min(20em, calc(100% - 4.5em));
    max-height: calc(100% - 1em);
    overflow: auto;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: var(--_shadow);
  }
  .popup header {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: 0.5em;
  }
  .popup h2 {
    margin: 0;
    font-size: 1em;
  }
  .popup p {
    margin: 0.25em 0;
    color: var(--_text-muted);
  }
  .popup ul {
    margin: 0.5em 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.25em;
  }
  .popup li button {
    width: 100%;
    justify-content: start;
    box-shadow: none;
    text-align: start;
  }
  .popup .action {
    width: 100%;
    background: var(--_primary);
    color: var(--_on-primary);
    border-color: var(--_primary);
  }
  .list summary {
    cursor: pointer;
    min-height: 1.5em;
  }
  .list ul {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }
  .list li {
    margin: 0.25em 0;
  }
  .list button {
    margin-inline-start: 0.5714em;
    min-height: 1.7143em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    font: inherit;
    font-size: 0.875em;
    cursor: pointer;
  }
`;
