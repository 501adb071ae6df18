/**
 * The built-in base map decoded to GeoJSON. A lazy chunk of its own, together with the TopoJSON
 * decoder it needs (also used for a publisher's TopoJSON), so the map's code chunk stays small.
 */
import type * as GeoJSON from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { BASEMAP_TOPOJSON } from './basemap-data.js';

export { feature };

/** Natural Earth country outlines around Indonesia, as GeoJSON. */
export function decodeLand(): GeoJSON.FeatureCollection {
  const topology = JSON.parse(BASEMAP_TOPOJSON) as Topology<{ countries: GeometryCollection }>;
  return feature(topology, topology.objects.countries);
}
