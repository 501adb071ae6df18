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
  return regions().get(code);
}

/** Every built-in region currently loaded, in code order. */
export function builtinRegions(): RegionInfo[] {
  return [...regions().values()];
}

/** True once district names are available. */
export function hasDistricts(): boolean {
  return districtsLoaded;
}

/** Adds the district table; used by `loadDistricts` and by node code that imports it eagerly. */
export function registerDistricts(data: string): void {
  const map = regions();
  for (const line of data.split('\n')) {
    const colon = line.indexOf(':');
    const parent = line.slice(0, colon);
    for (const entry of line.slice(colon + 1).split('|')) {
      add(map, `${parent}.${entry.slice(0, 2)}`, entry.slice(3), 'district');
    }
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
  if (regions().has(code)) return true;
  if (!districtsLoaded && code.length === 8) return regions().has(code.slice(0, 5));
  return false;
}
