/**
 * The feed runtime's shared shapes: the filter state every element reads and writes, and what a query
 * returns. Elements depend on these types only; the engine that fills them lives in `query.ts`.
 */
import type { Availability, CertificationType } from '../model/vocabulary.js';
import type { Product, Producer, Outlet } from '../model/types.js';
import type { RegionLevel } from '../model/region-code.js';

export const SORT_ORDERS = ['relevance', 'name', 'price-asc', 'price-desc', 'newest'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/**
 * What a visitor has chosen. Every field is optional; an empty object means "everything".
 * Arrays are OR within a facet; different facets combine with AND.
 */
export interface FilterState {
  /** Free-text search words. */
  q?: string;
  /** Region codes at any level (province, regency/city, district). */
  region?: string[];
  category?: string[];
  tags?: string[];
  materials?: string[];
  certification?: CertificationType[];
  availability?: Availability[];
  /** Price bounds in rupiah; a product matches when its price range overlaps them. */
  priceMin?: number;
  priceMax?: number;
  flagship?: boolean;
  /** Producer (or product) accepts bulk orders, e.g. for a government event. */
  bulk?: boolean;
  custom?: boolean;
  /** Only products ready for export (`exportReady`). */
  exportReady?: boolean;
  /** Lead time at most this many days. */
  maxLeadTimeDays?: number;
  /** Only products sold at this outlet. */
  outlet?: string;
  /** Only products of this producer (e.g. chosen on the map). */
  producer?: string;
  sort?: SortOrder;
  /** 1-based page number. */
  page?: number;
}

/** Count of matching products per value, computed under all the other active filters. */
export type FacetCounts = Record<string, number>;

export interface Facets {
  /** Region code (every level) → count. */
  region: FacetCounts;
  category: FacetCounts;
  certification: FacetCounts;
  availability: FacetCounts;
  tags: FacetCounts;
  materials: FacetCounts;
  flagship: number;
  bulk: number;
  custom: number;
  exportReady: number;
  /** Cheapest and dearest price among products matching the other filters. */
  priceRange: { min: number; max: number } | null;
}

/** One product in a result, with what an element needs to show it. */
export interface ProductHit {
  product: Product;
  producer: Producer;
  /** The product's own region code or its producer's. */
  regionCode: string;
}

export interface QueryResult {
  hits: ProductHit[];
  /** Matching products before paging. */
  total: number;
  page: number;
  pageSize: number;
  facets: Facets;
  /** Producers of all matching products (not only this page), for the map. */
  producers: Producer[];
  outlets: Outlet[];
  /** The search words with misspelt ones corrected, when some word matched only as a typo. */
  didYouMean?: string;
}

/** A node of the region tree (province › regency/city › district). */
export interface RegionNode {
  code: string;
  name: string;
  level: RegionLevel;
  parent: string | null;
  children: RegionNode[];
  /** Products in this region and below, in the whole feed. */
  productCount: number;
}
