/**
 * The built-in base map decoded to GeoJSON. A lazy chunk of its own, together with the TopoJSON
 * decoder it needs (also used for a publisher's TopoJSON), so the map's code chunk stays small.
 */
import type * as GeoJSON from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, MultiLineString, Topology } from 'topojson-specification';
import { BASEMAP_TOPOJSON, CITY_LABELS, PROVINCE_LABELS } from './basemap-data.js';

export { feature };

/** A place name on the base map at a longitude and latitude. */
export interface PlaceLabel {
  name: string;
  lng: number;
  lat: number;
  /** A city (drawn with a dot), not a province. */
  city: boolean;
}

/** The built-in base map: land, the borders between provinces, and province labels. */
export interface BaseMap {
  /** Natural Earth country outlines around Indonesia. */
  land: GeoJSON.FeatureCollection;
  /** The lines between two of Indonesia's provinces. */
  borders: GeoJSON.MultiLineString;
  /**
   * Provinces, biggest first, then the provincial capitals: the order in which labels claim their
   * space on the map.
   */
  labels: PlaceLabel[];
}

export function decodeLand(): BaseMap {
  const topology = JSON.parse(BASEMAP_TOPOJSON) as Topology<{
    countries: GeometryCollection;
    borders: MultiLineString;
  }>;
  return {
    land: feature(topology, topology.objects.countries),
    borders: feature(topology, topology.objects.borders).geometry as GeoJSON.MultiLineString,
    labels: [...parseLabels(PROVINCE_LABELS, false), ...parseLabels(CITY_LABELS, true)],
  };
}

/** `lng,lat,name;…` to labels. */
function parseLabels(list: string, city: boolean): PlaceLabel[] {
  return list.split(';').map((entry) => {
    const [lng = '', lat = '', name = ''] = entry.split(',');
    return { name, lng: Number(lng), lat: Number(lat), city };
  });
}
