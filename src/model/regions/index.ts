/**
 * The built-in Kemendagri region table: provinces, regencies and cities always; districts once
 * `loadDistricts()` has run (a lazy chunk of ~40 KB gzip). Match on codes, never on names.
 */
import { CORE_REGIONS } from './data-core.js';
import type { RegionLevel } from '../region-code.js';
import { parentRegionCode } from '../region-code.js';

export interface RegionInfo {
  code: string;
  /** Name as written by the source, e.g. "Kota Palangkaraya". */
  name: string;
  level: RegionLevel;
  /** Parent code; absent for provinces. */
  parent?: string;
}

let table: Map<string, RegionInfo> | undefined;
let districtsLoaded = false;
let districtsLoading: Promise<void> | undefined;
/**
 * District lines of the loaded table not yet read into `table`, by regency code: a regency's districts
 * are read when one of them is first looked up. Reading all 7,285 at once is one long main-thread task
 * (about 50 ms, 200 ms at 4× CPU) while a page shows a few dozen.
 */
const unreadDistricts = new Map<string, string>();

/** Reads the districts of `regency` into the table, if they are loaded and not read yet. */
function readDistricts(map: Map<string, RegionInfo>, regency: string): void {
  const line = unreadDistricts.get(regency);
  if (line === undefined) return;
  unreadDistricts.delete(regency);
  for (const entry of line.split('|'))
    add(map, `${regency}.${entry.slice(0, 2)}`, entry.slice(3), 'district');
}

function add(map: Map<string, RegionInfo>, code: string, name: string, level: RegionLevel) {
  const parent = parentRegionCode(code);
  map.set(code, parent === undefined ? { code, name, level } : { code, name, level, parent });
}

function regions(): Map<string, RegionInfo> {
  if (!table) {
    table = new Map();
    for (const line of CORE_REGIONS.split('\n')) {
      const isCity = line.startsWith('*');
      const [code = '', name = ''] = (isCity ? line.slice(1) : line).split('|');
      add(table, code, name, code.length === 2 ? 'province' : isCity ? 'city' : 'regency');
    }
  }
  return table;
}

/** Looks a code up in the built-in table (districts only after `loadDistricts()`). */
export function getBuiltinRegion(code: string): RegionInfo | undefined {
  const map = regions();
  if (code.length === 8 && unreadDistricts.size) readDistricts(map, code.slice(0, 5));
  return map.get(code);
}

/** Every built-in region currently loaded: provinces, regencies and cities, then districts. */
export function builtinRegions(): RegionInfo[] {
  const map = regions();
  for (const regency of [...unreadDistricts.keys()]) readDistricts(map, regency);
  const all = [...map.values()];
  return [
    ...all.filter((r) => r.level !== 'district'),
    ...all.filter((r) => r.level === 'district'),
  ];
}

/** True once district names are available. */
export function hasDistricts(): boolean {
  return districtsLoaded;
}

/** Adds the district table; used by `loadDistricts` and by node code that imports it eagerly. */
export function registerDistricts(data: string): void {
  for (const line of data.split('\n')) {
    const colon = line.indexOf(':');
    // Read when first looked up (`readDistricts`).
    if (colon > 0) unreadDistricts.set(line.slice(0, colon), line.slice(colon + 1));
  }
  districtsLoaded = true;
}

/** Loads the 7,285 district names (a separate chunk); safe to call many times. */
export function loadDistricts(): Promise<void> {
  if (districtsLoaded) return Promise.resolve();
  districtsLoading ??= import('./data-districts.js').then((m) => registerDistricts(m.DISTRICTS));
  return districtsLoading;
}

/**
 * Whether a code is known: in the table, or — while districts are not loaded — a district code whose
 * regency is known (it is checked again once districts load).
 */
export function isKnownBuiltinRegion(code: string): boolean {
  if (getBuiltinRegion(code)) return true;
  if (!districtsLoaded && code.length === 8) return regions().has(code.slice(0, 5));
  return false;
}
