/**
 * Base map data for the map engine: the built-in Natural Earth outlines (a lazy chunk), a publisher's
 * own TopoJSON/GeoJSON (fetched only when the site sets `basemap`), and SVG path data through the
 * d3-geo projection.
 */
import { geoStream, type GeoProjection, type GeoStream } from 'd3-geo';
import type * as GeoJSON from 'geojson';
import type { Topology } from 'topojson-specification';
import { safeUrl } from '../../format/url.js';
import { featureCode, rewind } from './geometry.js';
import type { BaseMap } from './basemap-land.js';

export type { BaseMap, PlaceLabel } from './basemap-land.js';

export type Bounds = [[number, number], [number, number]];

/** A feature of the publisher's base map, with its region code (digits) and projected path. */
export interface PublisherFeature {
  feature: GeoJSON.Feature;
  code: string;
  d: string;
}

// d3's geoPath would bring area, centroid and length code the map never uses: these two small
// stream sinks give the SVG path data and the bounds of projected (clipped, resampled) geometry.

const noop = () => undefined;

/** SVG path data of GeoJSON through `projection`, coordinates rounded to 0.01 px. */
export function svgPath(projection: GeoProjection, object: GeoJSON.GeoJSON): string {
  const parts: string[] = [];
  let command = 'M';
  let polygon = false;
  const sink: GeoStream = {
    point(x, y) {
      parts.push(`${command}${Math.round(x * 100) / 100},${Math.round(y * 100) / 100}`);
      command = 'L';
    },
    lineStart: () => (command = 'M'),
    lineEnd: () => polygon && parts.push('Z'),
    polygonStart: () => (polygon = true),
    polygonEnd: () => (polygon = false),
    sphere: noop,
  };
  geoStream(object as GeoJSON.Feature, projection.stream(sink));
  return parts.join('');
}

/** Bounds of GeoJSON through `projection`, or undefined when nothing is on the map. */
export function projectedBounds(
  projection: GeoProjection,
  object: GeoJSON.GeoJSON,
): Bounds | undefined {
  const bounds: Bounds = [
    [Infinity, Infinity],
    [-Infinity, -Infinity],
  ];
  const sink: GeoStream = {
    point(x, y) {
      bounds[0] = [Math.min(bounds[0][0], x), Math.min(bounds[0][1], y)];
      bounds[1] = [Math.max(bounds[1][0], x), Math.max(bounds[1][1], y)];
    },
    lineStart: noop,
    lineEnd: noop,
    polygonStart: noop,
    polygonEnd: noop,
    sphere: noop,
  };
  geoStream(object as GeoJSON.Feature, projection.stream(sink));
  return Number.isFinite(bounds[0][0]) ? bounds : undefined;
}

let landLoading: Promise<BaseMap> | undefined;

/** The built-in base map (land, province borders and labels), parsed once per page. */
export function loadLand(): Promise<BaseMap> {
  landLoading ??= import('./basemap-land.js').then((land) => land.decodeLand());
  landLoading.catch(() => (landLoading = undefined));
  return landLoading;
}

/** A publisher's base map larger than this, or slower than this, is not used. */
const BASEMAP_MAX_BYTES = 10 * 1024 * 1024;
const BASEMAP_TIMEOUT_MS = 20_000;

/**
 * Fetches a publisher's base map (URL checked by `safeUrl`; relative URLs resolve against the page)
 * and returns its features wound for d3. Rejects when the URL is unsafe, the request fails (a
 * `FeedError` code: offline, timeout, http, too-large) or the file holds no features.
 */
export async function fetchPublisherBasemap(url: string): Promise<PublisherFeature[]> {
  const safe = safeUrl(url, { allowRelative: true, base: document.baseURI });
  if (!safe) throw new Error('unsafe-url');
  // Loaded with the first publisher base map: a map without one does not carry the fetch helper.
  const { fetchLimited } = await import('../../feed/fetch-limited.js');
  const result = await fetchLimited(safe, {
    timeoutMs: BASEMAP_TIMEOUT_MS,
    maxBytes: BASEMAP_MAX_BYTES,
    init: { credentials: 'same-origin' },
  });
  if (!result.ok) throw new Error(result.error.code);
  const features = (await toFeatures(JSON.parse(result.text))).map((f) => ({
    feature: f.geometry ? { ...f, geometry: rewind(f.geometry) } : f,
    code: featureCode(f),
    d: '',
  }));
  if (features.length === 0) throw new Error('no-features');
  return features;
}

/** Features of a publisher's TopoJSON (every object) or GeoJSON. */
async function toFeatures(data: unknown): Promise<GeoJSON.Feature[]> {
  if (!data || typeof data !== 'object') return [];
  const value = data as { type?: unknown; objects?: Record<string, unknown>; features?: unknown };
  if (value.type === 'Topology' && value.objects) {
    const topology = data as Topology;
    const { feature } = await import('./basemap-land.js');
    return Object.values(topology.objects).flatMap((object) => {
      const result = feature(topology, object) as GeoJSON.Feature | GeoJSON.FeatureCollection;
      return result.type === 'FeatureCollection' ? result.features : [result];
    });
  }
  if (value.type === 'FeatureCollection' && Array.isArray(value.features))
    return value.features as GeoJSON.Feature[];
  if (value.type === 'Feature') return [data as GeoJSON.Feature];
  return [];
}

/** SVG path data of the built-in land and of the province borders. */
export interface BasePaths {
  land: string;
  borders: string;
}

let landPathCache: { size: string; base: BaseMap; paths: BasePaths } | undefined;

/**
 * Path data of the built-in base map for a map of `size`: maps of the same size on a page (or a map
 * created again) share it instead of projecting the outlines once more.
 */
export function landPath(projection: GeoProjection, base: BaseMap, size: string): BasePaths {
  if (landPathCache?.size !== size || landPathCache.base !== base)
    landPathCache = {
      size,
      base,
      paths: { land: svgPath(projection, base.land), borders: svgPath(projection, base.borders) },
    };
  return landPathCache.paths;
}
