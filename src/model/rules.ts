/**
 * Rules beyond the shape of a single record: unique ids, references between records, known region
 * codes, and warnings (http: links, expired certificates, coordinates outside Indonesia, images
 * without size). Records breaking an error rule are dropped; warnings keep the record.
 */
import { classifyUrl } from '../format/url.js';
import { createIssue, type IssueDetails } from './issues.js';
import { isKnownBuiltinRegion } from './regions/index.js';
import type { Kept } from './parse.js';
import type {
  Category,
  Certification,
  FeedIssue,
  Image,
  Location,
  Outlet,
  Producer,
  Product,
  Publisher,
  Region,
} from './types.js';
import { BUILTIN_CATEGORIES, INDONESIA_BOUNDS } from './vocabulary.js';
import { formatPath, type PathSegment } from './zod-issues.js';

export interface RuleInput {
  publisher: Publisher | undefined;
  regions: Kept<Region>[];
  categories: Kept<Category>[];
  producers: Kept<Producer>[];
  products: Kept<Product>[];
  outlets: Kept<Outlet>[];
}

export interface RuleOutput {
  regions: Region[];
  categories: Category[];
  producers: Producer[];
  products: Product[];
  outlets: Outlet[];
}

const URL_KEYS = new Set(['src', 'url', 'website']);

/** Cheap pre-check before `classifyUrl`: no colon means relative, `https:` means not `http:`. */
const mayBeHttp = (url: string) => url.includes(':') && !/^https:/i.test(url);

class RuleContext {
  constructor(
    readonly issues: FeedIssue[],
    readonly now: string,
  ) {}

  error(path: PathSegment[], code: string, details?: IssueDetails) {
    this.issues.push(createIssue(formatPath(path), code, 'error', details));
  }

  warn(path: PathSegment[], code: string, details?: IssueDetails) {
    this.issues.push(createIssue(formatPath(path), code, 'warning', details));
  }

  /** Keeps the first record of each id; later ones are dropped with `duplicate-id`. */
  unique<T extends { id: string }>(list: string, records: Kept<T>[], field = 'id'): Kept<T>[] {
    const seen = new Set<string>();
    return records.filter(({ value, index }) => {
      if (!seen.has(value.id)) return seen.add(value.id);
      this.error([list, index, field], 'duplicate-id', { value: value.id });
      return false;
    });
  }

  /** Warns about `http:` links anywhere inside a record. */
  insecureUrls(value: unknown, path: PathSegment[]) {
    // One mutable path, copied only when a warning is due: this runs over every kept record.
    const stack = [...path];
    const visit = (node: unknown) => {
      if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++) {
          const item = node[i];
          if (typeof item !== 'object' || item === null) continue;
          stack.push(i);
          visit(item);
          stack.pop();
        }
        return;
      }
      for (const key in node as Record<string, unknown>) {
        const child = (node as Record<string, unknown>)[key];
        if (typeof child === 'string') {
          if (URL_KEYS.has(key) && mayBeHttp(child) && classifyUrl(child) === 'http')
            this.warn([...stack, key], 'insecure-url');
        } else if (typeof child === 'object' && child !== null) {
          stack.push(key);
          visit(child);
          stack.pop();
        }
      }
    };
    if (typeof value === 'object' && value !== null) visit(value);
  }

  location(location: Location | undefined, path: PathSegment[]) {
    if (!location) return;
    const { minLat, maxLat, minLng, maxLng } = INDONESIA_BOUNDS;
    const inside =
      location.lat >= minLat &&
      location.lat <= maxLat &&
      location.lng >= minLng &&
      location.lng <= maxLng;
    if (!inside) this.warn([...path, 'location'], 'outside-indonesia');
  }

  certifications(list: Certification[] | undefined, path: PathSegment[]) {
    list?.forEach((certification, i) => {
      if (certification.validUntil && certification.validUntil.slice(0, 10) < this.now) {
        this.warn([...path, 'certifications', i, 'validUntil'], 'certificate-expired', {
          value: certification.validUntil,
        });
      }
    });
  }

  images(list: Image[] | undefined, path: PathSegment[]) {
    list?.forEach((image, i) => {
      if (image.width === undefined || image.height === undefined)
        this.warn([...path, 'images', i], 'image-size-missing');
    });
  }
}

export function checkFeedRules(input: RuleInput, issues: FeedIssue[], now: Date): RuleOutput {
  const ctx = new RuleContext(issues, now.toISOString().slice(0, 10));

  // Regions declared by the feed extend the built-in table.
  const regions = ctx.unique(
    'regions',
    input.regions.map((r) => ({ ...r, value: { ...r.value, id: r.value.code } })),
    'code',
  );
  const feedRegionCodes = new Set(regions.map((r) => r.value.code));
  const knownRegion = (code: string) => feedRegionCodes.has(code) || isKnownBuiltinRegion(code);
  const checkRegion = (code: string, path: PathSegment[]) => {
    if (knownRegion(code)) return true;
    ctx.error(path, 'unknown-region', { value: code });
    return false;
  };

  if (input.publisher) {
    if (!knownRegion(input.publisher.regionCode)) {
      ctx.warn(['publisher', 'regionCode'], 'unknown-region', {
        value: input.publisher.regionCode,
      });
    }
    ctx.insecureUrls(input.publisher, ['publisher']);
  }

  const categories = ctx.unique('categories', input.categories);
  const categoryIds = new Set([
    ...Object.keys(BUILTIN_CATEGORIES),
    ...categories.map((c) => c.value.id),
  ]);

  const producers = ctx.unique('producers', input.producers).filter(({ value, index }) => {
    const path = ['producers', index];
    if (!checkRegion(value.regionCode, [...path, 'regionCode'])) return false;
    ctx.location(value.location, path);
    ctx.certifications(value.certifications, path);
    ctx.images(value.images, path);
    ctx.insecureUrls(value, path);
    return true;
  });
  const producerIds = new Set(producers.map((p) => p.value.id));

  const products = ctx.unique('products', input.products).filter(({ value, index }) => {
    const path = ['products', index];
    if (!producerIds.has(value.producerId)) {
      ctx.error([...path, 'producerId'], 'unknown-producer', { value: value.producerId });
      return false;
    }
    if (value.regionCode !== undefined && !checkRegion(value.regionCode, [...path, 'regionCode']))
      return false;
    if (!categoryIds.has(value.category))
      ctx.warn([...path, 'category'], 'unknown-category', { value: value.category });
    if (value.images.length === 0) ctx.warn([...path, 'images'], 'no-image');
    ctx.certifications(value.certifications, path);
    ctx.images(value.images, path);
    ctx.insecureUrls(value, path);
    return true;
  });
  const productIds = new Set(products.map((p) => p.value.id));

  const outlets = ctx.unique('outlets', input.outlets).filter(({ value, index }) => {
    const path = ['outlets', index];
    if (!checkRegion(value.regionCode, [...path, 'regionCode'])) return false;
    ctx.location(value.location, path);
    ctx.insecureUrls(value, path);
    value.producerIds?.forEach((id, i) => {
      if (!producerIds.has(id))
        ctx.warn([...path, 'producerIds', i], 'unknown-reference', { value: id });
    });
    value.productIds?.forEach((id, i) => {
      if (!productIds.has(id))
        ctx.warn([...path, 'productIds', i], 'unknown-reference', { value: id });
    });
    return true;
  });

  const values = <T>(list: Kept<T>[]) => list.map((k) => k.value);
  return {
    regions: regions.map(({ value: { id: _id, ...region } }) => region),
    categories: values(categories),
    producers: values(producers),
    products: values(products),
    outlets: values(outlets),
  };
}
