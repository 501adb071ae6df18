/** TypeScript types of the feed, inferred from the schemas so the two never drift apart. */
import type * as z from 'zod/mini';
import type * as schema from './schema.js';
import type { Bilingual } from './vocabulary.js';

export type LocalizedText = z.infer<typeof schema.LocalizedText>;
export type Location = z.infer<typeof schema.Location>;
export type Image = z.infer<typeof schema.Image>;
/** A price. `currency` may be left out when building one by hand: it means `IDR` (parsed feeds always have it). */
export type Price = Omit<z.infer<typeof schema.Price>, 'currency'> & { currency?: string };
export type Certification = z.infer<typeof schema.Certification>;
export type Orders = z.infer<typeof schema.Orders>;
export type Link = z.infer<typeof schema.Link>;
export type Contact = z.infer<typeof schema.Contact>;
export type Producer = z.infer<typeof schema.Producer>;
export type Product = Omit<z.infer<typeof schema.Product>, 'price'> & { price?: Price };
export type ExportInfo = z.infer<typeof schema.ExportInfo>;
export type OpeningHours = z.infer<typeof schema.OpeningHours>;
export type Outlet = z.infer<typeof schema.Outlet>;
export type Category = z.infer<typeof schema.Category>;
export type Region = z.infer<typeof schema.Region>;
export type Publisher = z.infer<typeof schema.Publisher>;

/** A feed as published (input of `parseFeed`, output of the CSV importer). */
export type FeedInput = z.input<typeof schema.Feed>;

/**
 * A parsed feed: every record valid, codes normalised, optional lists present (possibly empty).
 * This is what the feed runtime and the elements receive; they never see raw JSON.
 */
export type Feed = Omit<
  z.infer<typeof schema.Feed>,
  'categories' | 'regions' | 'outlets' | 'products'
> & {
  products: Product[];
  categories: Category[];
  regions: Region[];
  outlets: Outlet[];
};

export type Severity = 'error' | 'warning';

/** One problem found in a feed: where, what, and how to fix it, in Indonesian and English. */
export interface FeedIssue {
  /** JSON path, e.g. `products[12].price.min`; empty for the whole feed. */
  path: string;
  /** Stable machine code, e.g. `invalid-nib`, `unknown-producer`. */
  code: string;
  severity: Severity;
  message: Bilingual;
  /**
   * What the parser left out because of this issue: the field at `path`, an item of a list, or the
   * whole record (product, producer …). Absent when nothing was dropped (warnings, repairs).
   */
  dropped?: DroppedUnit;
}

export type DroppedUnit = 'field' | 'item' | 'record';
