/**
 * The showcase's part of the page URL (`sync-url`): the filter state and the open product. Only our own
 * parameters are touched; a host page's parameters (e.g. WordPress's `?page_id=12`) are kept.
 */
import {
  filterStateToSearchParams,
  searchParamsToFilterState,
  URL_PARAMS,
} from '../../feed/index.js';
import type { FilterState } from '../../feed/types.js';
import type { ShowcaseView } from './showcase.component.js';

/** The parameter naming the open product, e.g. `?produk=amplang-samarinda`. */
export const PRODUCT_PARAM = 'produk';
/** The parameter naming a view the visitor chose, e.g. `?tampilan=peta`. */
export const VIEW_PARAM = 'tampilan';
/** Views as they read in a URL. */
const VIEW_VALUES: Record<ShowcaseView, string> = {
  grid: 'daftar',
  map: 'peta',
  split: 'daftar-peta',
  outlets: 'pameran',
};

/**
 * Whether a product id is its page's folder name in a static catalogue as it is (`etalase site` names
 * the others by a hash).
 */
export const isPlainSlug = (id: string): boolean =>
  /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(id) && !id.includes('..');

/** The page of product `id` in the static catalogue at `siteUrl` (the feed's `publisher.siteUrl`). */
export function productPageUrl(siteUrl: string, id: string): string | undefined {
  if (!isPlainSlug(id)) return undefined;
  let site: URL;
  try {
    site = new URL(siteUrl);
  } catch {
    return undefined;
  }
  site.pathname = site.pathname.replace(/\/?$/, '/');
  site.search = site.hash = '';
  return new URL(`produk/${id}/`, site).href;
}

export interface UrlState {
  filter: FilterState;
  productId: string | null;
  /** A view other than the page's own choice; `null` (or absent) when none. */
  view?: ShowcaseView | null;
}

/** Every parameter the showcase owns; the rest of the query string belongs to the host page. */
const OWN_PARAMS = new Set<string>([PRODUCT_PARAM, VIEW_PARAM, ...Object.values(URL_PARAMS)]);

export function readUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const productId = params.get(PRODUCT_PARAM);
  const viewParam = params.get(VIEW_PARAM);
  const view = (Object.keys(VIEW_VALUES) as ShowcaseView[]).find(
    (key) => VIEW_VALUES[key] === viewParam,
  );
  return {
    filter: searchParamsToFilterState(params),
    productId: productId || null,
    view: view ?? null,
  };
}

/** The page's query string with our state written into it (host parameters first, untouched). */
export function writeUrlState(search: string, state: UrlState): string {
  const current = new URLSearchParams(search);
  const ours = filterStateToSearchParams(state.filter);
  const next = new URLSearchParams();
  for (const [name, value] of current) if (!OWN_PARAMS.has(name)) next.append(name, value);
  for (const [name, value] of ours) next.append(name, value);
  if (state.view) next.set(VIEW_PARAM, VIEW_VALUES[state.view]);
  if (state.productId) next.set(PRODUCT_PARAM, state.productId);
  const query = next.toString();
  return query ? `?${query}` : '';
}
