/**
 * The contract between `etalase-producer-map` and its engine (a lazy chunk with the projection,
 * clustering and base map): what the engine reads from and does to its host, and what the element
 * calls on the engine. Both sides depend on these interfaces, not on each other's classes.
 */
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { Outlet, Producer, Product } from '../../model/types.js';
import type { Language } from '../../model/vocabulary.js';

/** The element as the engine sees it: its data, its shadow root, its language and its events. */
export interface MapHost extends ReactiveControllerHost, EventTarget {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly isConnected: boolean;
  /** The language the map renders in. */
  readonly uiLanguage: Language;
  readonly producers: Producer[];
  readonly outlets: Outlet[];
  readonly products: Product[];
  /** Kemendagri code of the selected region, or `''`. */
  readonly selectedRegion: string;
  /** URL of a publisher base map (GeoJSON/TopoJSON), or `''`. */
  readonly basemap: string;
  readonly tileUrl: string;
  readonly tileAttribution: string;
  /** The visitor's date (`YYYY-MM-DD`) for outlet status; `''` for today. */
  readonly today: string;
}

/** The engine as the element sees it. */
export interface MapView {
  /** Resolves once the base data (and any publisher base map) has loaded and rendered. */
  ready(): Promise<void>;
  /** Picks up changed data from the host (called before every host update). */
  sync(): void;
  /** Zooms by `factor` around the map's centre. */
  zoomBy(factor: number): void;
  /** Fits the map to the producers (or the selected region) again. */
  reset(): void;
  render(): TemplateResult;
}
