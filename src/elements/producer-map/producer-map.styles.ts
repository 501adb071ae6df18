import { css } from 'lit';

/** The map's frame and its loading/empty/error messages: all the registration module needs. */
export const styles = css`
  :host {
    display: block;
    --_water: var(--etalase-map-water, #dcebf2);
    --_land: var(--etalase-map-land, #f3f1ea);
    --_map-border: var(--etalase-map-border, #9aa69f);
    --_highlight: var(--etalase-map-highlight, #cfe8dc);
    --_marker: var(--etalase-map-marker, var(--_primary));
    --_outlet: var(--etalase-map-outlet, var(--_accent));
  }
  :host([theme='dark']) {
    --_water: var(--etalase-map-water-dark, #1c2b33);
    --_land: var(--etalase-map-land-dark, #2a2f2c);
    --_map-border: var(--etalase-map-border-dark, #5d6862);
    --_highlight: var(--etalase-map-highlight-dark, #2f5646);
  }
  .base {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .map {
    position: relative;
    height: var(--etalase-map-height, 26em);
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_water);
  }
  .map.plain {
    background: var(--_surface-alt);
  }
  .state {
    position: absolute;
    inset: auto 0.5em 0.5em 0.5em;
    margin: 0;
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: var(--_shadow);
  }
  .state.error {
    background: var(--_warning-bg);
  }
`;
