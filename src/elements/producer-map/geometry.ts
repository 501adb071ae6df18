/**
 * Pure map geometry shared by the map engine and its tests: the view transform on top of a fixed
 * Mercator base projection, fitting, zoom limits, Web Mercator tile coverage, and the winding fix for
 * publisher GeoJSON. No DOM, no Lit.
 */
import type { GeoProjection } from 'd3-geo';
import type * as GeoJSON from 'geojson';

/** Screen = base × k + (x, y); the base projection is fitted once to Indonesia per map size. */
export interface View {
  k: number;
  x: number;
  y: number;
}

/** Zoom level (Web Mercator, 256 px tiles) at which the view shows the world. */
export function zoomLevel(projection: GeoProjection, k: number): number {
  return Math.log2((2 * Math.PI * projection.scale() * k) / 256);
}

/** The view scale `k` that shows Web Mercator zoom level `z`. */
export function scaleForZoom(projection: GeoProjection, z: number): number {
  return (256 * 2 ** z) / (2 * Math.PI * projection.scale());
}

/** Scales the view by `factor` around the screen point (cx, cy), keeping `k` within limits. */
export function zoomAround(
  view: View,
  factor: number,
  cx: number,
  cy: number,
  [min, max]: [number, number],
): View {
  const k = Math.min(max, Math.max(min, view.k * factor));
  const ratio = k / view.k;
  return { k, x: cx - (cx - view.x) * ratio, y: cy - (cy - view.y) * ratio };
}

/** Space kept free at each side of a fit, in px (`right`: the zoom buttons). */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The view that fits base-coordinate bounds into a `width` × `height` box with `padding` (one value
 * for every side, or one per side), no closer than `maxK` (a lone producer would otherwise zoom in
 * forever).
 */
export function fitBounds(
  [[x0, y0], [x1, y1]]: [[number, number], [number, number]],
  width: number,
  height: number,
  padding: number | Padding,
  [minK, maxK]: [number, number],
): View {
  const { top, right, bottom, left } =
    typeof padding === 'number'
      ? { top: padding, right: padding, bottom: padding, left: padding }
      : padding;
  const dx = Math.max(x1 - x0, 1e-9);
  const dy = Math.max(y1 - y0, 1e-9);
  const k = Math.min(
    maxK,
    Math.max(minK, Math.min((width - left - right) / dx, (height - top - bottom) / dy)),
  );
  // The bounds' centre goes to the centre of the free area.
  return {
    k,
    x: (left + width - right) / 2 - (k * (x0 + x1)) / 2,
    y: (top + height - bottom) / 2 - (k * (y0 + y1)) / 2,
  };
}

export interface Tile {
  z: number;
  x: number;
  y: number;
  /** Screen position and size of the tile. */
  left: number;
  top: number;
  size: number;
}

/**
 * The 256 px Web Mercator tiles covering the view, at the zoom closest to the view's, with their
 * screen positions (d3's Mercator is the same projection, so tiles and SVG line up exactly).
 */
export function coveringTiles(
  projection: GeoProjection,
  view: View,
  width: number,
  height: number,
  maxTiles = 64,
): Tile[] {
  const worldSize = 2 * Math.PI * projection.scale() * view.k;
  const z = Math.max(0, Math.min(19, Math.round(Math.log2(worldSize / 256))));
  const n = 2 ** z;
  const size = worldSize / n;
  const [tx, ty] = projection.translate();
  // Top-left corner of the world square (lng −180°, lat ≈ 85.05°) on screen.
  const originX = view.k * (tx - Math.PI * projection.scale()) + view.x;
  const originY = view.k * (ty - Math.PI * projection.scale()) + view.y;
  const tiles: Tile[] = [];
  const yFrom = Math.max(0, Math.floor(-originY / size));
  const yTo = Math.min(n - 1, Math.floor((height - originY) / size));
  const xFrom = Math.floor(-originX / size);
  const xTo = Math.floor((width - originX) / size);
  for (let y = yFrom; y <= yTo; y++) {
    for (let x = xFrom; x <= xTo; x++) {
      if (tiles.length >= maxTiles) return tiles;
      tiles.push({
        z,
        x: ((x % n) + n) % n,
        y,
        left: originX + x * size,
        top: originY + y * size,
        size,
      });
    }
  }
  return tiles;
}

/** Fills a `{z}/{x}/{y}` template (`{s}` → `a`, `{r}` → empty). */
export function tileHref(template: string, tile: Tile): string {
  return template
    .replaceAll('{z}', String(tile.z))
    .replaceAll('{x}', String(tile.x))
    .replaceAll('{y}', String(tile.y))
    .replaceAll('{s}', 'a')
    .replaceAll('{r}', '');
}

type Ring = number[][];

const signedArea = (ring: Ring) => {
  let sum = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % n]!;
    sum += a[0]! * b[1]! - b[0]! * a[1]!;
  }
  return sum;
};

const orient = (rings: Ring[]) =>
  rings.map((ring, i) => {
    // d3 wants exteriors clockwise (negative signed area in lng/lat), holes counter-clockwise;
    // RFC 7946 GeoJSON is the other way round and would fill the whole globe but the region.
    const clockwise = signedArea(ring) < 0;
    return clockwise === (i === 0) ? ring : [...ring].reverse();
  });

/** A copy of a GeoJSON geometry with polygon rings wound the way d3's spherical geometry expects. */
export function rewind<G extends GeoJSON.Geometry>(geometry: G): G {
  if (geometry.type === 'Polygon')
    return { ...geometry, coordinates: orient(geometry.coordinates as Ring[]) };
  if (geometry.type === 'MultiPolygon')
    return { ...geometry, coordinates: geometry.coordinates.map((p) => orient(p as Ring[])) };
  if (geometry.type === 'GeometryCollection')
    return { ...geometry, geometries: geometry.geometries.map(rewind) };
  return geometry;
}

/** Digits of a region code or a feature id (`62.71`, `6271`, 6271 → `6271`). */
export const codeDigits = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value).replace(/\D/g, '') : '';

const CODE_KEYS = ['code', 'kode', 'kode_wilayah', 'kdwilayah', 'regionCode', 'region_code', 'id'];

/** The region code a publisher's feature carries, as digits (`id`, or a usual property name). */
export function featureCode(feature: GeoJSON.Feature): string {
  const id = codeDigits(feature.id);
  if (id) return id;
  const props = feature.properties ?? {};
  for (const key of CODE_KEYS) {
    const value = codeDigits(props[key] ?? props[key.toUpperCase()]);
    if (value) return value;
  }
  return '';
}
