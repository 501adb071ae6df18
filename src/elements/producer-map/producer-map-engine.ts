/**
 * The map's engine, loaded on demand by `etalase-producer-map` (a lazy chunk): Mercator projection and
 * paths (d3-geo), the built-in base map (topojson-client), clustering (supercluster), pointer and
 * keyboard interaction, and the SVG/HTML templates.
 *
 * Zoom and pan never re-project the land: its path is computed once per map size in "base"
 * coordinates and moved with one SVG transform; only the visible markers are placed per frame.
 */
import { html, nothing, svg, type ReactiveController } from 'lit';
import { geoMercator, type GeoProjection } from 'd3-geo';
import Supercluster from 'supercluster';
import { icons } from '../base/icons.js';
import { EtalaseFilterChangeEvent } from '../events/filter-change.js';
import { EtalaseProductSelectEvent } from '../events/product-select.js';
import { currentOutlets, localDate } from '../../format/calendar.js';
import { safeUrl } from '../../format/url.js';
import { localize } from '../../format/text.js';
import { normalizeRegionCode, parentRegionCode } from '../../model/region-code.js';
import type { Outlet, Producer, Product } from '../../model/types.js';
import { INDONESIA_BOUNDS } from '../../model/vocabulary.js';
import type { FilterState } from '../../feed/types.js';
import {
  codeDigits,
  coveringTiles,
  fitBounds,
  scaleForZoom,
  tileHref,
  zoomAround,
  zoomLevel,
  type View,
} from './geometry.js';
import {
  fetchPublisherBasemap,
  landPath,
  loadLand,
  projectedBounds,
  svgPath,
  type BaseMap,
  type BasePaths,
  type Bounds,
  type PublisherFeature,
} from './basemap.js';
import type { MapHost, MapView } from './map-contract.js';
import {
  listTemplate,
  popupTemplate,
  type Opened,
  type PanelContext,
} from './producer-map-panels.js';
import { strings } from './producer-map.strings.js';
import { engineStyles } from './producer-map-engine.styles.js';
import { outletKindLabel } from '../shared/outlet.strings.js';

type Item =
  | { type: 'cluster'; key: string; x: number; y: number; id: number; count: number }
  | { type: 'producer'; key: string; x: number; y: number; producer: Producer }
  | { type: 'outlet'; key: string; x: number; y: number; outlet: Outlet };

interface PointProps {
  /** Index into the producers with a location. */
  i: number;
}

const PADDING = 40;
/** Zoom limits as Web Mercator levels: whole region at most twice as small, streets at most. */
const MIN_K = 0.5;
const MAX_ZOOM = 17;
/** A fit never zooms in further than this (a lone producer shows its town, not its roof). */
const FIT_MAX_ZOOM = 12;
const CLUSTER_RADIUS = 44;
/** Clusters break up completely past this zoom (deeper levels only slow the index build down). */
const CLUSTER_MAX_ZOOM = 14;
const DRAG_THRESHOLD = 4;

const hasLocation = <T extends { location?: { lat: number; lng: number } | undefined }>(
  record: T,
): record is T & { location: { lat: number; lng: number } } => record.location !== undefined;

const circles = new Map<number, string>();
/** An SVG path for a circle of radius `r` around the origin. */
const circlePath = (r: number) => {
  let d = circles.get(r);
  if (!d) circles.set(r, (d = `M${-r} 0a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`));
  return d;
};
/** The outlet symbol: a diamond, distinct from the round producer markers even without colour. */
const DIAMOND = 'M0 -10L10 0L0 10L-10 0Z';

type RegionLookup = (code: string) => { name: string } | undefined;

export class MapEngine implements ReactiveController, MapView {
  private width = 0;
  private height = 0;
  private projection: GeoProjection = geoMercator();
  private view: View = { k: 1, x: 0, y: 0 };
  private limits: [number, number] = [MIN_K, 1];

  private landPaths: BasePaths | undefined;
  private land?: BaseMap;
  private landFailed = false;
  private publisher: PublisherFeature[] = [];
  private publisherFailed = false;
  private publisherUrl = '';
  private enclosing?: { region: string; features: unknown; code: string };

  private seen: {
    producers?: Producer[];
    outlets?: Outlet[];
    products?: Product[];
    region?: string;
    today?: string;
  } = {};
  private located: (Producer & { location: { lat: number; lng: number } })[] = [];
  private placedOutlets: (Outlet & { location: { lat: number; lng: number } })[] = [];
  private productsByProducer = new Map<string, Product[]>();
  private index = new Supercluster<PointProps>({
    radius: CLUSTER_RADIUS,
    extent: 256,
    maxZoom: CLUSTER_MAX_ZOOM,
  });
  private items: Item[] = [];

  private activeKey = '';
  private focusKey = '';
  private opened?: Opened;
  private openedKey = '';
  private focusPopup = false;
  private listOpen = false;
  private regionLookup?: RegionLookup;

  private readonly pointers = new Map<number, { x: number; y: number }>();
  private dragged = false;
  /** The visitor zoomed or panned since the last fit. */
  private moved = false;
  private resizeObserver?: ResizeObserver;
  private observed?: HTMLElement;
  private readonly loading: Promise<unknown>[] = [];
  private warnedAttribution = false;

  /** What the popup and the text list need from the engine. */
  private readonly panel: PanelContext = {
    lang: () => this.host.uiLanguage,
    today: () => this.host.today || localDate(),
    regionName: (code) => this.regionName(code),
    productsOf: (id) => this.productsByProducer.get(id) ?? [],
    close: () => this.close(),
    openProducer: (producer) => {
      this.opened = { type: 'producer', producer };
      this.focusPopup = true;
      this.host.requestUpdate();
    },
    filter: (state) => this.host.dispatchEvent(new EtalaseFilterChangeEvent<FilterState>(state)),
    selectProduct: (product) =>
      this.host.dispatchEvent(new EtalaseProductSelectEvent(product.id, product)),
    onPopupKeydown: (event) => this.onPopupKeydown(event),
    onListToggle: (open) => {
      this.listOpen = open;
      this.host.requestUpdate();
    },
  };

  constructor(private readonly host: MapHost) {
    host.addController(this);
    // The engine's rules join the element's own sheets (constructable stylesheets: no inline
    // <style>, so a strict style-src CSP is fine).
    const root = host.renderRoot;
    if (root instanceof ShadowRoot && engineStyles.styleSheet) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, engineStyles.styleSheet];
    }
    this.loading.push(
      loadLand().then(
        (land) => {
          this.land = land;
          this.landPaths = undefined;
        },
        () => {
          this.landFailed = true;
        },
      ),
      // Region names are shared with other elements: a separate chunk, not part of the map's budget.
      import('../../model/regions/index.js').then(
        (regions) => (this.regionLookup = regions.getBuiltinRegion),
        () => undefined,
      ),
    );
    Promise.all(this.loading).then(() => host.requestUpdate());
    if (host.isConnected) this.hostConnected();
    this.sync();
  }

  /** Resolves when the base data and any publisher base map have settled. */
  async ready(): Promise<void> {
    let count = 0;
    while (count !== this.loading.length) {
      count = this.loading.length;
      await Promise.all(this.loading);
    }
  }

  hostConnected(): void {
    if (this.resizeObserver) return;
    this.resizeObserver = new ResizeObserver(() => this.measure());
    // The map div is observed after the next render (the first one, or after a reconnection).
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observed = undefined;
    this.pointers.clear();
  }

  hostUpdated(): void {
    const map = this.mapElement();
    if (map && this.resizeObserver && map !== this.observed) {
      this.observed = map;
      this.resizeObserver.observe(map);
    }
    // Later size changes come from the observer: reading the size here on every update would force
    // a layout per frame while panning.
    if (!this.width) this.measure();
    if (this.focusPopup) {
      this.focusPopup = false;
      this.host.renderRoot.querySelector<HTMLElement>('.popup button')?.focus();
    } else if (this.focusKey) {
      const key = this.focusKey;
      this.focusKey = '';
      this.markerElement(key)?.focus();
    } else {
      // Marker nodes are reused: if the focused node now shows another place, follow the active one.
      const focused =
        this.host.renderRoot instanceof ShadowRoot ? this.host.renderRoot.activeElement : null;
      if (focused instanceof SVGGElement && focused.dataset['key'] !== this.activeKey)
        this.markerElement(this.activeKey)?.focus();
    }
  }

  private mapElement(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.map');
  }

  private markerElement(key: string): SVGGElement | null {
    return this.host.renderRoot.querySelector<SVGGElement>(`[data-key="${CSS.escape(key)}"]`);
  }

  /** Reads the map's size; a new size re-fits the projection and the view. */
  private measure(): void {
    const map = this.mapElement();
    if (!map) return;
    const width = Math.round(map.clientWidth) || 640;
    const height = Math.round(map.clientHeight) || 400;
    if (width === this.width && height === this.height) return;
    // After the visitor moved the map, a resize keeps the same place and zoom in the middle.
    const keep =
      this.width && this.moved
        ? {
            center: this.toLngLat(this.width / 2, this.height / 2),
            z: zoomLevel(this.projection, this.view.k),
          }
        : undefined;
    this.width = width;
    this.height = height;
    const { minLng, minLat, maxLng, maxLat } = INDONESIA_BOUNDS;
    this.projection = geoMercator().fitExtent(
      [
        [0, 0],
        [width, height],
      ],
      {
        type: 'MultiPoint',
        coordinates: [
          [minLng, minLat],
          [maxLng, maxLat],
        ],
      },
    );
    this.limits = [MIN_K, scaleForZoom(this.projection, MAX_ZOOM)];
    this.landPaths = undefined;
    this.publisherPaths();
    if (keep) {
      const k = scaleForZoom(this.projection, keep.z);
      const [cx, cy] = this.projection(keep.center) ?? [width / 2, height / 2];
      this.view = { k, x: width / 2 - k * cx, y: height / 2 - k * cy };
    } else this.view = this.homeView();
    this.host.requestUpdate();
  }

  /** Picks up changed data from the host (called before every host update). */
  sync(): void {
    const { producers, outlets, products, selectedRegion } = this.host;
    const today = this.host.today || localDate();
    let refit = false;
    if (producers !== this.seen.producers) {
      this.located = producers.filter(hasLocation);
      this.index = new Supercluster<PointProps>({
        radius: CLUSTER_RADIUS,
        extent: 256,
        maxZoom: CLUSTER_MAX_ZOOM,
      });
      this.index.load(
        this.located.map((p, i) => ({
          type: 'Feature',
          properties: { i },
          geometry: { type: 'Point', coordinates: [p.location.lng, p.location.lat] },
        })),
      );
      refit = true;
    }
    if (outlets !== this.seen.outlets || today !== this.seen.today) {
      this.placedOutlets = currentOutlets(outlets, today).filter(hasLocation);
      refit = true;
    }
    if (products !== this.seen.products) {
      this.productsByProducer = new Map();
      for (const product of products) {
        const list = this.productsByProducer.get(product.producerId);
        if (list) list.push(product);
        else this.productsByProducer.set(product.producerId, [product]);
      }
    }
    if (selectedRegion !== this.seen.region) refit = true;
    this.seen = { producers, outlets, products, region: selectedRegion, today };
    if (this.host.basemap !== this.publisherUrl) this.loadPublisher(this.host.basemap);
    if (refit && this.width) this.fit();
  }

  private selectedDigits(): string {
    return codeDigits(normalizeRegionCode(this.host.selectedRegion) ?? '');
  }

  /** The view that fits the producers (those of the selected region when there are any) or the region. */
  private homeView(): View {
    const region = this.selectedDigits();
    let places: { location: { lat: number; lng: number }; regionCode: string }[] = [
      ...this.located,
      ...this.placedOutlets,
    ];
    // A selected region: its outline in the publisher's base map (when there is one) together with
    // its producers; everything when the region has neither.
    let bounds = region ? this.selectedFeatureBounds() : undefined;
    if (region) {
      const inRegion = places.filter((p) => codeDigits(p.regionCode).startsWith(region));
      if (inRegion.length > 0 || bounds) places = inRegion;
    }
    for (const place of places) {
      const point = this.projection([place.location.lng, place.location.lat]);
      if (!point) continue;
      bounds = bounds
        ? [
            [Math.min(bounds[0][0], point[0]), Math.min(bounds[0][1], point[1])],
            [Math.max(bounds[1][0], point[0]), Math.max(bounds[1][1], point[1])],
          ]
        : [point, point];
    }
    if (!bounds) return { k: 1, x: 0, y: 0 };
    // Nothing under the zoom buttons: the fit keeps their column (and a cluster's radius) free.
    const controls = this.host.renderRoot.querySelector<HTMLElement>('.controls');
    const right = controls ? this.width - controls.offsetLeft + CLUSTER_RADIUS / 2 : PADDING;
    const padding = {
      top: PADDING,
      right: Math.max(PADDING, right),
      bottom: PADDING,
      left: PADDING,
    };
    return fitBounds(bounds, this.width, this.height, padding, [
      1,
      scaleForZoom(this.projection, FIT_MAX_ZOOM),
    ]);
  }

  private selectedFeatureBounds(): Bounds | undefined {
    const selected = this.publisher.filter((f) => this.isSelected(f.code));
    if (selected.length === 0) return undefined;
    return projectedBounds(this.projection, {
      type: 'FeatureCollection',
      features: selected.map((f) => f.feature),
    });
  }

  /**
   * Whether a publisher feature is the selected region: the region itself or its parts (a province
   * selected on a regency map), else the nearest enclosing feature (a city selected on a province map).
   */
  private isSelected(code: string): boolean {
    const region = this.selectedDigits();
    if (region === '' || code === '') return false;
    if (code.startsWith(region)) return true;
    if (!region.startsWith(code)) return false;
    if (this.enclosing?.region !== region || this.enclosing.features !== this.publisher) {
      const longest = this.publisher.reduce(
        (best, f) => (region.startsWith(f.code) && f.code.length > best.length ? f.code : best),
        '',
      );
      this.enclosing = { region, features: this.publisher, code: longest };
    }
    return code === this.enclosing.code;
  }

  private loadPublisher(url: string): void {
    this.publisherUrl = url;
    this.publisher = [];
    this.publisherFailed = false;
    if (!url) return;
    this.loading.push(
      fetchPublisherBasemap(url)
        .then((features) => {
          if (url !== this.publisherUrl) return;
          this.publisher = features;
          this.publisherPaths();
          if (this.width && this.selectedDigits() && !this.moved) this.fit();
        })
        .catch(() => {
          if (url !== this.publisherUrl) return;
          this.publisher = [];
          this.publisherFailed = true;
        })
        .finally(() => this.host.requestUpdate()),
    );
  }

  private publisherPaths(): void {
    if (!this.width) return;
    for (const entry of this.publisher) entry.d = svgPath(this.projection, entry.feature);
  }

  // ---- view changes -------------------------------------------------------------------------

  /** Zooms by `factor` around the centre (buttons, keys). */
  zoomBy(factor: number, cx = this.width / 2, cy = this.height / 2): void {
    this.view = zoomAround(this.view, factor, cx, cy, this.limits);
    this.moved = true;
    this.host.requestUpdate();
  }

  /** Back to the fitted view. */
  reset(): void {
    this.fit();
    this.host.requestUpdate();
  }

  private fit(): void {
    this.view = this.homeView();
    this.moved = false;
  }

  private toScreen(lng: number, lat: number): [number, number] {
    const point = this.projection([lng, lat]) ?? [0, 0];
    return [point[0] * this.view.k + this.view.x, point[1] * this.view.k + this.view.y];
  }

  private toLngLat(x: number, y: number): [number, number] {
    const { k, x: tx, y: ty } = this.view;
    return this.projection.invert?.([(x - tx) / k, (y - ty) / k]) ?? [0, 0];
  }

  /** Clusters and markers inside the view (with a margin so markers do not pop at the edges). */
  private visibleItems(): Item[] {
    const margin = 32;
    const [west, north] = this.toLngLat(-margin, -margin);
    const [east, south] = this.toLngLat(this.width + margin, this.height + margin);
    const zoom = Math.max(
      0,
      Math.min(CLUSTER_MAX_ZOOM, Math.floor(zoomLevel(this.projection, this.view.k))),
    );
    const items: Item[] = [];
    const bbox: [number, number, number, number] = [
      Math.max(-180, west),
      Math.max(-85, south),
      Math.min(180, east),
      Math.min(85, north),
    ];
    // Outlets first, so producer markers and cluster counts are drawn on top of them.
    for (const outlet of this.placedOutlets) {
      const [x, y] = this.toScreen(outlet.location.lng, outlet.location.lat);
      if (x < -margin || y < -margin || x > this.width + margin || y > this.height + margin)
        continue;
      items.push({ type: 'outlet', key: `o:${outlet.id}`, x, y, outlet });
    }
    for (const f of this.index.getClusters(bbox, zoom)) {
      const [lng, lat] = f.geometry.coordinates as [number, number];
      const [x, y] = this.toScreen(lng, lat);
      const props = f.properties as Partial<Supercluster.ClusterProperties> & Partial<PointProps>;
      if (props.cluster) {
        items.push({
          type: 'cluster',
          key: `c:${props.cluster_id}`,
          x,
          y,
          id: props.cluster_id!,
          count: props.point_count!,
        });
      } else {
        const producer = this.located[props.i!]!;
        items.push({ type: 'producer', key: `p:${producer.id}`, x, y, producer });
      }
    }
    return items;
  }

  // ---- names ----------------------------------------------------------------------------------

  private regionName(code: string): string {
    for (let c: string | undefined = code; c; c = parentRegionCode(c)) {
      const name = this.regionLookup?.(c)?.name;
      if (name) return name;
    }
    return code;
  }

  private label(item: Item): string {
    const lang = this.host.uiLanguage;
    if (item.type === 'cluster') return strings.get(lang, 'cluster', item.count);
    if (item.type === 'producer') {
      const { producer } = item;
      const count = this.productsByProducer.get(producer.id)?.length ?? 0;
      return strings.get(
        lang,
        'producer',
        localize(producer.name, lang),
        this.regionName(producer.regionCode),
        count,
      );
    }
    const { outlet } = item;
    return strings.get(
      lang,
      'outlet',
      outletKindLabel(outlet.kind, lang),
      localize(outlet.name, lang),
      this.regionName(outlet.regionCode),
    );
  }

  // ---- interaction ----------------------------------------------------------------------------

  private activate(item: Item): void {
    this.activeKey = item.key;
    const expansion = item.type === 'cluster' ? this.index.getClusterExpansionZoom(item.id) : 0;
    if (item.type === 'cluster' && expansion > CLUSTER_MAX_ZOOM) {
      const leaves = this.index.getLeaves(item.id, Infinity);
      this.opened = { type: 'group', producers: leaves.map((f) => this.located[f.properties.i]!) };
      this.openedKey = item.key;
      this.focusPopup = true;
    } else if (item.type === 'cluster') {
      const zoom = Math.min(expansion, MAX_ZOOM);
      const k = Math.max(scaleForZoom(this.projection, zoom), this.view.k * 2);
      this.view = zoomAround(this.view, k / this.view.k, item.x, item.y, this.limits);
      // Centre on the cluster, then keep the keyboard on the marker nearest to where it was.
      const [lng, lat] = this.toLngLat(item.x, item.y);
      this.view = {
        ...this.view,
        x: this.view.x + this.width / 2 - item.x,
        y: this.view.y + this.height / 2 - item.y,
      };
      this.moved = true;
      const [cx, cy] = this.toScreen(lng, lat);
      const nearest = this.visibleItems().reduce<Item | undefined>(
        (best, candidate) =>
          !best ||
          Math.hypot(candidate.x - cx, candidate.y - cy) < Math.hypot(best.x - cx, best.y - cy)
            ? candidate
            : best,
        undefined,
      );
      if (nearest) this.activeKey = this.focusKey = nearest.key;
    } else {
      this.opened =
        item.type === 'producer'
          ? { type: 'producer', producer: item.producer }
          : { type: 'outlet', outlet: item.outlet };
      this.openedKey = item.key;
      this.focusPopup = true;
    }
    this.host.requestUpdate();
  }

  private close(): void {
    if (!this.opened) return;
    this.opened = undefined;
    this.focusKey = this.openedKey;
    this.host.requestUpdate();
  }

  /** The nearest marker in an arrow's direction (straight ahead preferred over sideways). */
  private neighbour(from: Item, dx: number, dy: number): Item | undefined {
    let best: Item | undefined;
    let bestScore = Infinity;
    for (const item of this.items) {
      if (item === from) continue;
      const vx = item.x - from.x;
      const vy = item.y - from.y;
      const ahead = vx * dx + vy * dy;
      if (ahead <= 0) continue;
      const sideways = Math.abs(vx * dy - vy * dx);
      const score = ahead + 2 * sideways;
      if (score < bestScore) {
        bestScore = score;
        best = item;
      }
    }
    return best;
  }

  private readonly onMarkerKeydown = (event: KeyboardEvent): void => {
    const key = (event.currentTarget as SVGGElement).dataset['key'] ?? '';
    const item = this.items.find((i) => i.key === key);
    if (!item) return;
    const arrows: Record<string, [number, number]> = {
      ArrowRight: [1, 0],
      ArrowLeft: [-1, 0],
      ArrowDown: [0, 1],
      ArrowUp: [0, -1],
    };
    const direction = arrows[event.key];
    let target: Item | undefined;
    if (direction) target = this.neighbour(item, direction[0], direction[1]);
    else if (event.key === 'Home') target = this.items[0];
    else if (event.key === 'End') target = this.items.at(-1);
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.activate(item);
      return;
    } else if (event.key === 'Escape') {
      this.close();
      return;
    } else if (event.key === '+' || event.key === '=' || event.key === '-') {
      event.preventDefault();
      this.zoomBy(event.key === '-' ? 0.5 : 2, item.x, item.y);
      this.focusKey = this.activeKey;
      return;
    } else return;
    event.preventDefault();
    if (target) {
      this.activeKey = this.focusKey = target.key;
      this.host.requestUpdate();
    }
  };

  private readonly onMarkerFocus = (event: FocusEvent): void => {
    const key = (event.currentTarget as SVGGElement).dataset['key'] ?? '';
    if (key === this.activeKey) return;
    this.activeKey = key;
    this.host.requestUpdate();
  };

  private readonly onMarkerClick = (event: MouseEvent): void => {
    if (this.dragged) return;
    const key = (event.currentTarget as SVGGElement).dataset['key'] ?? '';
    const item = this.items.find((i) => i.key === key);
    if (item) this.activate(item);
  };

  private readonly onPopupKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.close();
  };

  private point(event: PointerEvent | WheelEvent): { x: number; y: number } {
    const rect = (event.currentTarget as Element).getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  }

  private readonly onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    this.pointers.set(event.pointerId, this.point(event));
    if (this.pointers.size === 1) this.dragged = false;
  };

  private readonly onPointerMove = (event: PointerEvent): void => {
    const previous = this.pointers.get(event.pointerId);
    if (!previous) return;
    const current = this.point(event);
    const svgElement = event.currentTarget as SVGSVGElement;
    if (this.pointers.size === 1) {
      if (
        !this.dragged &&
        Math.hypot(current.x - previous.x, current.y - previous.y) < DRAG_THRESHOLD
      )
        return;
      if (!this.dragged) {
        this.dragged = true;
        svgElement.setPointerCapture(event.pointerId);
        svgElement.classList.add('dragging');
      }
      this.pointers.set(event.pointerId, current);
      this.view = {
        ...this.view,
        x: this.view.x + current.x - previous.x,
        y: this.view.y + current.y - previous.y,
      };
    } else if (this.pointers.size === 2) {
      const other = [...this.pointers].find(([id]) => id !== event.pointerId)![1];
      this.pointers.set(event.pointerId, current);
      this.dragged = true;
      const before = Math.hypot(previous.x - other.x, previous.y - other.y) || 1;
      const after = Math.hypot(current.x - other.x, current.y - other.y) || 1;
      const mid = { x: (current.x + other.x) / 2, y: (current.y + other.y) / 2 };
      this.view = zoomAround(this.view, after / before, mid.x, mid.y, this.limits);
      this.view = {
        ...this.view,
        x: this.view.x + (current.x - previous.x) / 2,
        y: this.view.y + (current.y - previous.y) / 2,
      };
    }
    this.moved = true;
    this.host.requestUpdate();
  };

  private readonly onPointerUp = (event: PointerEvent): void => {
    this.pointers.delete(event.pointerId);
    (event.currentTarget as SVGSVGElement).classList.remove('dragging');
    // A drag ends with a click on whatever is under the pointer: swallow that one.
    if (this.dragged && this.pointers.size === 0) setTimeout(() => (this.dragged = false));
  };

  private readonly onWheel = {
    handleEvent: (event: WheelEvent): void => {
      event.preventDefault();
      const { x, y } = this.point(event);
      const delta = event.deltaMode === 1 ? event.deltaY * 20 : event.deltaY;
      this.zoomBy(2 ** (-delta / 300), x, y);
    },
    passive: false,
  };

  // ---- rendering ------------------------------------------------------------------------------

  render() {
    const lang = this.host.uiLanguage;
    const paths = this.width ? this.currentLandPath() : undefined;
    this.items = this.width ? this.visibleItems() : [];
    if (!this.items.some((i) => i.key === this.activeKey))
      this.activeKey = (this.items.find((i) => i.type !== 'outlet') ?? this.items[0])?.key ?? '';
    const { k, x, y } = this.view;
    const transform = `translate(${x} ${y}) scale(${k})`;
    const tiles = this.tiles();
    const empty = this.located.length === 0 && this.placedOutlets.length === 0;
    const messages = [
      empty ? strings.get(lang, 'empty') : '',
      this.landFailed || this.publisherFailed ? strings.get(lang, 'basemapError') : '',
    ].filter(Boolean);
    return html`<div part="base" class="base">
      <div
        part="map"
        class="map ${this.landFailed ? 'plain' : ''} ${tiles ? 'with-tiles' : ''}"
        role="group"
        aria-label=${strings.get(lang, 'map')}
        aria-describedby="instructions"
      >
        <svg
          viewBox="0 0 ${this.width || 640} ${this.height || 400}"
          @pointerdown=${this.onPointerDown}
          @pointermove=${this.onPointerMove}
          @pointerup=${this.onPointerUp}
          @pointercancel=${this.onPointerUp}
          @wheel=${this.onWheel}
        >
          ${tiles ? svg`<g class="tiles" aria-hidden="true">${tiles}</g>` : nothing}
          <g transform=${transform} aria-hidden="true">
            <path class="land" d=${paths?.land ?? ''}></path>
            <path class="borders" d=${paths?.borders ?? ''}></path>
            ${this.publisher.map(
              (f) =>
                svg`<path class="region ${this.isSelected(f.code) ? 'selected' : ''}" d=${f.d}></path>`,
            )}
          </g>
          <g class="labels" aria-hidden="true">${this.width ? this.labels() : nothing}</g>
          <g class="markers">${this.items.map((item) => this.marker(item))}</g>
        </svg>
        <p id="instructions" class="visually-hidden">${strings.get(lang, 'instructions')}</p>
        <div part="controls" class="controls">
          <button
            type="button"
            aria-label=${strings.get(lang, 'zoomIn')}
            @click=${() => this.zoomBy(2)}
          >
            ${icons.plus}
          </button>
          <button
            type="button"
            aria-label=${strings.get(lang, 'zoomOut')}
            @click=${() => this.zoomBy(0.5)}
          >
            ${icons.minus}
          </button>
          <button
            type="button"
            aria-label=${strings.get(lang, 'reset')}
            @click=${() => this.reset()}
          >
            ${icons.reset}
          </button>
        </div>
        ${
          messages.length
            ? html`<p
                class="state ${this.landFailed || this.publisherFailed ? 'error' : ''}"
                role="status"
              >
                ${messages.join(' ')}
              </p>`
            : nothing
        }
        ${tiles ? html`<p class="attribution">${this.host.tileAttribution}</p>` : nothing}
        ${this.opened ? popupTemplate(this.opened, this.panel) : nothing}
      </div>
      ${listTemplate(this.host.producers, this.listOpen, this.panel)}
    </div>`;
  }

  private currentLandPath(): BasePaths | undefined {
    if (!this.landPaths && this.land)
      this.landPaths = landPath(this.projection, this.land, `${this.width}x${this.height}`);
    return this.landPaths;
  }

  /**
   * Province and city names in view, in the base map's order (biggest province first, then cities),
   * leaving out any that would overlap a placed one. A city's name sits above its dot, and gives way
   * to markers (producers are often in that city).
   */
  private labels() {
    const markers = this.items.map(({ x, y }) => [x - 20, y - 20, x + 20, y + 20]);
    const placed: number[][] = [];
    const texts = [];
    for (const { name, lng, lat, city } of this.land?.labels ?? []) {
      const [x, y] = this.toScreen(lng, lat);
      const half = name.length * 3.5 + 4; // half the width of 12 px text, and a margin
      const box = [x - half, y - (city ? 20 : 9), x + half, y + (city ? 4 : 9)];
      if (box[0]! < 0 || box[1]! < 0 || box[2]! > this.width || box[3]! > this.height) continue;
      const overlaps = (b: number[]) =>
        box[0]! < b[2]! && b[0]! < box[2]! && box[1]! < b[3]! && b[1]! < box[3]!;
      if (placed.some(overlaps) || (city && markers.some(overlaps))) continue;
      placed.push(box);
      texts.push(
        city
          ? svg`<circle class="city" cx=${x} cy=${y} r="2.5"></circle><text x=${x} y=${y - 10}>${name}</text>`
          : svg`<text x=${x} y=${y}>${name}</text>`,
      );
    }
    return texts;
  }

  private tiles() {
    const { tileUrl, tileAttribution } = this.host;
    if (!tileUrl || !this.width) return undefined;
    if (!tileAttribution) {
      if (!this.warnedAttribution)
        console.warn('etalase-producer-map: tile-url needs tile-attribution; tiles are off.');
      this.warnedAttribution = true;
      return undefined;
    }
    const template = safeUrl(tileUrl, { allowRelative: true });
    if (!template) return undefined;
    return coveringTiles(this.projection, this.view, this.width, this.height).map(
      (tile) =>
        svg`<image href=${tileHref(template, tile)} x=${tile.left} y=${tile.top} width=${tile.size + 0.5} height=${tile.size + 0.5} preserveAspectRatio="none"></image>`,
    );
  }

  /**
   * One template for every kind of marker, so that zooming and panning update the attributes of the
   * existing nodes instead of building new ones (focus is put back on the right marker afterwards).
   */
  private marker(item: Item) {
    const tabindex = item.key === this.activeKey ? 0 : -1;
    const open = item.key === this.openedKey && this.opened ? 'open' : '';
    const r =
      item.type === 'cluster' ? Math.round(Math.min(26, 14 + Math.log2(item.count) * 2)) : 8;
    return svg`<g
      class="marker ${item.type} ${open}"
      role="button"
      tabindex=${tabindex}
      aria-label=${this.label(item)}
      aria-haspopup=${item.type === 'cluster' ? nothing : 'dialog'}
      data-key=${item.key}
      transform="translate(${item.x} ${item.y})"
      @keydown=${this.onMarkerKeydown}
      @click=${this.onMarkerClick}
      @focus=${this.onMarkerFocus}
    ><circle class="hit" r="14"></circle><circle class="ring" r=${r + 4}></circle><path
      class="dot"
      d=${item.type === 'outlet' ? DIAMOND : circlePath(r)}
    ></path><text>${item.type === 'cluster' ? item.count : ''}</text></g>`;
  }
}
