/**
 * Plain links that open a place in a map the visitor chooses: their device's map app (`geo:`), or
 * OpenStreetMap or Google Maps in the browser. Nothing is requested until a visitor follows one.
 */
import type { Location } from '../model/types.js';

export interface DirectionLink {
  /** `app` (the device's own map app), `osm` or `google`. */
  kind: 'app' | 'osm' | 'google';
  url: string;
}

const coordinate = (value: number) => String(Math.round(value * 1e6) / 1e6);

export function directionLinks(location: Location | undefined, label = ''): DirectionLink[] {
  if (!location || !Number.isFinite(location.lat) || !Number.isFinite(location.lng)) return [];
  const lat = coordinate(location.lat);
  const lng = coordinate(location.lng);
  const name = label ? `(${encodeURIComponent(label)})` : '';
  return [
    { kind: 'app', url: `geo:${lat},${lng}?q=${lat},${lng}${name}` },
    {
      kind: 'osm',
      url: `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`,
    },
    {
      kind: 'google',
      url: `https://www.google.com/maps/dir/?api=1&destination=${lat}%2C${lng}`,
    },
  ];
}
