import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { EtalaseElement, baseStyles } from '../base/index.js';
import type { Outlet, Producer, Product } from '../../model/types.js';
import type { Language } from '../../model/vocabulary.js';
import type { MapHost, MapView } from './map-contract.js';
import { strings } from './producer-map.strings.js';
import { styles } from './producer-map.styles.js';

/**
 * Where the producers of the current selection are: an offline map of Indonesia (no tile server, no
 * API key, works under a strict CSP) with clustered producer markers and outlet symbols, usable by
 * keyboard and screen reader. The map's code and base data load on demand when the element connects.
 *
 * @summary Offline, keyboard-usable map of producers and outlets.
 *
 * @fires etalase-product-select - A visitor chose a product in a producer's popup.
 * @fires etalase-filter-change - A visitor asked for one producer's (`{ producer }`) or one outlet's
 *   (`{ outlet }`) products.
 *
 * @csspart base - The wrapper around the map, its controls and the text list.
 * @csspart map - The map area.
 * @csspart controls - The zoom buttons.
 * @csspart popup - The details panel of the opened marker.
 * @csspart list - The text list of the producers (a `<details>` element).
 *
 * @cssprop --etalase-map-height - Height of the map area (default `26em`).
 * @cssprop --etalase-map-water - Sea colour.
 * @cssprop --etalase-map-land - Land colour.
 * @cssprop --etalase-map-border - Coastline and border colour.
 * @cssprop --etalase-map-highlight - Fill of the selected region in a publisher base map.
 * @cssprop --etalase-map-water-dark - Sea colour in the dark theme.
 * @cssprop --etalase-map-land-dark - Land colour in the dark theme.
 * @cssprop --etalase-map-border-dark - Coastline and border colour in the dark theme.
 * @cssprop --etalase-map-highlight-dark - Selected region fill in the dark theme.
 * @cssprop --etalase-map-marker - Producer marker colour (default: the primary colour).
 * @cssprop --etalase-map-outlet - Outlet marker colour (default: the accent colour).
 */
export class EtalaseProducerMap extends EtalaseElement implements MapHost {
  static override styles = [baseStyles, styles];

  /** Producers to show; those without a `location` are listed but not placed. */
  @property({ attribute: false }) producers: Producer[] = [];

  /** Galleries, souvenir centres, expos…, drawn with their own symbol. */
  @property({ attribute: false }) outlets: Outlet[] = [];

  /**
   * The visitor's date (`YYYY-MM-DD`); empty for the real local date. Finished events and closed
   * places are left off the map.
   */
  @property() today = '';

  /** Products, for the counts and the product list in a producer's popup. */
  @property({ attribute: false }) products: Product[] = [];

  /** Kemendagri code of the selected region: the map fits to it and highlights it. */
  @property({ attribute: 'region' }) selectedRegion = '';

  /**
   * URL of the publisher's own TopoJSON or GeoJSON (e.g. regency boundaries), drawn over the
   * built-in base map; the feature whose `id` or `code`/`kode` property is the selected region is
   * highlighted. Fetched only when set.
   */
  @property() basemap = '';

  /** Raster tile template such as `https://tiles.example.go.id/{z}/{x}/{y}.png`; off by default. */
  @property({ attribute: 'tile-url' }) tileUrl = '';

  /** Attribution shown on the map for the tiles; tiles are not drawn without it. */
  @property({ attribute: 'tile-attribution' }) tileAttribution = '';

  @state() private engine?: MapView;
  @state() private engineFailed = false;
  private engineLoading?: Promise<void>;

  /** @internal The language the map renders in (for the engine). */
  get uiLanguage(): Language {
    return this.language;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.engineLoading ??= import('./producer-map-engine.js').then(
      ({ MapEngine }) => {
        this.engine = new MapEngine(this);
      },
      () => {
        this.engineFailed = true;
      },
    );
  }

  /** Zooms in one step around the map's centre. */
  zoomIn(): void {
    this.engine?.zoomBy(2);
  }

  /** Zooms out one step around the map's centre. */
  zoomOut(): void {
    this.engine?.zoomBy(0.5);
  }

  /** Fits the map to the producers (or the selected region) again. */
  resetView(): void {
    this.engine?.reset();
  }

  /** Resolves once the map's code, its base data and any publisher base map have loaded and rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.engineLoading;
    await this.engine?.ready();
    let settled = await super.getUpdateComplete();
    while (!settled) settled = await super.getUpdateComplete();
    return settled;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.engine?.sync();
  }

  override render() {
    if (this.engine) return this.engine.render();
    const lang = this.language;
    return html`<div part="base" class="base">
      <div part="map" class="map">
        <p class="state" role=${this.engineFailed ? 'alert' : 'status'}>
          ${strings.get(lang, this.engineFailed ? 'engineError' : 'loading')}
        </p>
      </div>
    </div>`;
  }
}
