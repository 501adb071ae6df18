/**
 * Filter state ⇄ URL query string, with Indonesian parameter names:
 * `?wilayah=62.71&kategori=kuliner&q=amplang&hal=2`. The same state always gives the same string
 * (fixed parameter order, sorted values), and anything unknown or malformed in a URL is ignored.
 */
import { normalizeRegionCode } from '../model/region-code.js';
import { AVAILABILITIES, CERTIFICATION_TYPES, MAX_LENGTH } from '../model/vocabulary.js';
import { SORT_ORDERS, type FilterState, type SortOrder } from './types.js';

type ListKey = 'region' | 'category' | 'tags' | 'materials' | 'certification' | 'availability';
type NumberKey = 'priceMin' | 'priceMax' | 'maxLeadTimeDays' | 'page';
type FlagKey = 'flagship' | 'bulk' | 'custom' | 'exportReady';

/** State field → URL parameter, in the order they appear in the URL. */
export const URL_PARAMS = {
  q: 'q',
  region: 'wilayah',
  category: 'kategori',
  tags: 'label',
  materials: 'bahan',
  certification: 'sertifikat',
  availability: 'ketersediaan',
  priceMin: 'harga_min',
  priceMax: 'harga_max',
  flagship: 'unggulan',
  bulk: 'grosir',
  custom: 'pesanan_khusus',
  exportReady: 'siap_ekspor',
  maxLeadTimeDays: 'waktu_proses',
  outlet: 'outlet',
  producer: 'produsen',
  sort: 'urut',
  page: 'hal',
} as const satisfies Record<keyof FilterState, string>;

/** Sort orders as they read in a URL. */
const SORT_PARAM: Record<SortOrder, string> = {
  relevance: 'relevan',
  name: 'nama',
  'price-asc': 'termurah',
  'price-desc': 'termahal',
  newest: 'terbaru',
};

const MAX_VALUES = 50;
const MAX_QUERY = 200;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const isId = (v: string) => v.length <= MAX_LENGTH.id && ID.test(v);

/** How each list's values are checked and normalised; `undefined` drops a value. */
const LIST_VALUE: Record<ListKey, (value: string) => string | undefined> = {
  region: (v) => normalizeRegionCode(v),
  category: (v) => (isId(v) ? v : undefined),
  tags: (v) => (v.trim() && v.length <= 60 ? v.trim() : undefined),
  materials: (v) => (v.trim() && v.length <= MAX_LENGTH.name ? v.trim() : undefined),
  certification: (v) => ((CERTIFICATION_TYPES as readonly string[]).includes(v) ? v : undefined),
  availability: (v) => ((AVAILABILITIES as readonly string[]).includes(v) ? v : undefined),
};
/** Lists whose values can never hold a comma, so `a,b` is accepted as two values. */
const COMMA_LISTS = new Set<ListKey>(['region', 'category', 'certification', 'availability']);
const LISTS = Object.keys(LIST_VALUE) as ListKey[];
const NUMBERS: NumberKey[] = ['priceMin', 'priceMax', 'maxLeadTimeDays', 'page'];
const FLAGS: FlagKey[] = ['flagship', 'bulk', 'custom', 'exportReady'];
const TRUE = new Set(['1', 'true', 'ya', 'yes']);

const uniqueSorted = (values: string[]) => [...new Set(values)].sort();

/**
 * The URL parameters of a state. Empty and default values are left out (page 1, relevance), list
 * values are de-duplicated, sorted and repeated (`kategori=kriya&kategori=kuliner`).
 */
export function filterStateToSearchParams(state: FilterState): URLSearchParams {
  const params = new URLSearchParams();
  const clean = searchParamsToFilterState(toParamsUnchecked(state));
  for (const [key, name] of Object.entries(URL_PARAMS) as [keyof FilterState, string][]) {
    const value = clean[key];
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) params.append(name, item);
    else if (typeof value === 'boolean') params.set(name, '1');
    else if (key === 'sort') params.set(name, SORT_PARAM[value as SortOrder]);
    else params.set(name, String(value));
  }
  return params;
}

/** Straight translation without checks; `searchParamsToFilterState` then validates it. */
function toParamsUnchecked(state: FilterState): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, name] of Object.entries(URL_PARAMS) as [keyof FilterState, string][]) {
    const value = state[key];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) params.append(name, String(item));
    else if (typeof value === 'boolean') {
      if (value) params.set(name, '1');
    } else if (key === 'sort') params.set(name, SORT_PARAM[value as SortOrder] ?? '');
    else params.set(name, String(value));
  }
  return params;
}

/** The state a URL describes; unknown parameters and bad values are ignored, never thrown on. */
export function searchParamsToFilterState(input: URLSearchParams | string): FilterState {
  const params = typeof input === 'string' ? new URLSearchParams(input) : input;
  const state: FilterState = {};

  const q = params.get(URL_PARAMS.q)?.trim().slice(0, MAX_QUERY);
  if (q) state.q = q;

  for (const key of LISTS) {
    const raw = params.getAll(URL_PARAMS[key]);
    const split = COMMA_LISTS.has(key) ? raw.flatMap((v) => v.split(',')) : raw;
    const values = uniqueSorted(split.flatMap((v) => LIST_VALUE[key](v.trim()) ?? [])).slice(
      0,
      MAX_VALUES,
    );
    if (values.length > 0) (state as Record<ListKey, string[]>)[key] = values;
  }

  for (const key of NUMBERS) {
    const raw = params.get(URL_PARAMS[key]);
    if (raw === null || !/^\d{1,15}$/.test(raw.trim())) continue;
    const value = Number(raw.trim());
    if (key === 'page' ? value >= 2 : key === 'maxLeadTimeDays' ? value <= 365 : true)
      state[key] = value;
  }

  for (const key of FLAGS) {
    const raw = params.get(URL_PARAMS[key]);
    if (raw !== null && TRUE.has(raw.trim().toLowerCase())) state[key] = true;
  }

  for (const key of ['outlet', 'producer'] as const) {
    const raw = params.get(URL_PARAMS[key])?.trim();
    if (raw && isId(raw)) state[key] = raw;
  }

  const sortParam = params.get(URL_PARAMS.sort);
  const sort = SORT_ORDERS.find((order) => SORT_PARAM[order] === sortParam || order === sortParam);
  if (sort && sort !== 'relevance') state.sort = sort;

  return state;
}
