/**
 * Rules beyond the shape of a single record: unique ids, references between records, known region
 * codes, and warnings (http: links, expired certificates, coordinates outside Indonesia, images
 * without size). Records breaking an error rule are dropped; warnings keep the record.
 */
import type * as z from 'zod/mini';
import { certificateStatus } from '../format/calendar.js';
import { classifyUrl } from '../format/url.js';
import { createIssue, markDropped, type IssueDetails } from './issues.js';
import { parentRegionCode, regionDepth } from './region-code.js';
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
import * as schema from './schema.js';
import { BUILTIN_CATEGORIES, INDONESIA_BOUNDS } from './vocabulary.js';
import { formatPath, type PathSegment } from './zod-issues.js';
import { unwrapDef } from './zod-def.js';

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
const EACH = Symbol('each');
/** Where a URL sits in a record: keys, and `EACH` for every item of a list. */
type UrlPath = (string | typeof EACH)[];

/** Every path to a URL field (`src`, `url`, `website`) in a record schema, found once from the schema itself. */
export function urlFieldPaths(
  schema: z.ZodMiniType,
  prefix: UrlPath = [],
  out: UrlPath[] = [],
): UrlPath[] {
  const def = unwrapDef(schema);
  if (def.type === 'array' && def.element) urlFieldPaths(def.element, [...prefix, EACH], out);
  if (def.type === 'object' && def.shape) {
    for (const [key, child] of Object.entries(def.shape)) {
      if (URL_KEYS.has(key)) out.push([...prefix, key]);
      else urlFieldPaths(child, [...prefix, key], out);
    }
  }
  return out;
}

const URL_PATHS = {
  publisher: urlFieldPaths(schema.Publisher),
  producers: urlFieldPaths(schema.Producer),
  products: urlFieldPaths(schema.Product),
  outlets: urlFieldPaths(schema.Outlet),
};

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
      markDropped(this.issues, this.issues.length - 1, 'record');
      return false;
    });
  }

  /** Warns about `http:` links in a record: every URL field its schema has (see `urlFieldPaths`). */
  insecureUrls(value: unknown, urlPaths: readonly UrlPath[], path: PathSegment[]) {
    // One mutable path for the walk, copied only when a warning is due: this runs over every record.
    const stack = [...path];
    for (const urlPath of urlPaths) this.insecureAt(value, urlPath, 0, stack);
  }

  private insecureAt(value: unknown, urlPath: UrlPath, step: number, stack: PathSegment[]) {
    if (step === urlPath.length) {
      if (typeof value === 'string' && mayBeHttp(value) && classifyUrl(value) === 'http')
        this.warn([...stack], 'insecure-url');
      return;
    }
    const segment = urlPath[step]!;
    if (segment === EACH) {
      if (!Array.isArray(value)) return;
      for (let i = 0; i < value.length; i++) {
        stack.push(i);
        this.insecureAt(value[i], urlPath, step + 1, stack);
        stack.pop();
      }
    } else if (typeof value === 'object' && value !== null) {
      const child = (value as Record<string, unknown>)[segment];
      if (child === undefined) return;
      stack.push(segment);
      this.insecureAt(child, urlPath, step + 1, stack);
      stack.pop();
    }
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

  /** Warns about certificates that have expired or expire within 90 days. */
  certifications(list: Certification[] | undefined, path: PathSegment[]) {
    list?.forEach((certification, i) => {
      const status = certificateStatus(certification, this.now);
      if (status === 'expired' || status === 'expiring') {
        this.warn([...path, 'certifications', i, 'validUntil'], `certificate-${status}`, {
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

/** Records checked between two pauses of `checkFeedRulesInSteps`. */
const RECORDS_PER_STEP = 256;

/** Keeps the records passing `test`, pausing (`yield`) every few hundred so a caller can slice the work. */
function* keepIf<T>(
  records: Kept<T>[],
  test: (record: Kept<T>) => boolean,
): Generator<void, Kept<T>[], void> {
  const kept: Kept<T>[] = [];
  for (let i = 0; i < records.length; i++) {
    if (i % RECORDS_PER_STEP === RECORDS_PER_STEP - 1) yield;
    if (test(records[i]!)) kept.push(records[i]!);
  }
  return kept;
}

/**
 * Applies the rules and returns what is kept; issues are appended to `issues`. A generator that
 * pauses every few hundred records (for `parseFeedAsync`).
 */
export function* checkFeedRulesInSteps(
  input: RuleInput,
  issues: FeedIssue[],
  now: Date,
): Generator<void, RuleOutput, void> {
  const ctx = new RuleContext(issues, now.toISOString().slice(0, 10));

  // Regions declared by the feed extend the built-in table.
  const regions = ctx.unique(
    'regions',
    input.regions.map((r) => ({ ...r, value: { ...r.value, id: r.value.code } })),
    'code',
  );
  const feedRegionCodes = new Set(regions.map((r) => r.value.code));
  const knownRegion = (code: string) => feedRegionCodes.has(code) || isKnownBuiltinRegion(code);
  /**
   * Whether a record's region code can be used. A district the table lacks, in a regency it has, is
   * kept with a warning: the record shows under its regency, in the browser (where districts load
   * late) and the CLI alike.
   */
  const checkRegion = (code: string, list: string, index: number) => {
    if (knownRegion(code)) return true;
    const parent = parentRegionCode(code);
    if (regionDepth(code) === 3 && parent !== undefined && knownRegion(parent)) {
      ctx.warn([list, index, 'regionCode'], 'unknown-district', { value: code });
      return true;
    }
    ctx.error([list, index, 'regionCode'], 'unknown-region', { value: code });
    return false;
  };

  if (input.publisher) {
    if (!knownRegion(input.publisher.regionCode)) {
      ctx.warn(['publisher', 'regionCode'], 'unknown-region', {
        value: input.publisher.regionCode,
      });
    }
    ctx.insecureUrls(input.publisher, URL_PATHS.publisher, ['publisher']);
  }

  const categories = ctx.unique('categories', input.categories);
  const categoryIds = new Set([
    ...Object.keys(BUILTIN_CATEGORIES),
    ...categories.map((c) => c.value.id),
  ]);

  const producers = yield* keepIf(ctx.unique('producers', input.producers), ({ value, index }) => {
    const path = ['producers', index];
    if (!checkRegion(value.regionCode, 'producers', index)) {
      markDropped(issues, issues.length - 1, 'record');
      return false;
    }
    ctx.location(value.location, path);
    ctx.certifications(value.certifications, path);
    ctx.images(value.images, path);
    ctx.insecureUrls(value, URL_PATHS.producers, path);
    return true;
  });
  const producerIds = new Set(producers.map((p) => p.value.id));

  const products = yield* keepIf(ctx.unique('products', input.products), (kept) => {
    const { value, index } = kept;
    const path = ['products', index];
    if (!producerIds.has(value.producerId)) {
      ctx.error([...path, 'producerId'], 'unknown-producer', { value: value.producerId });
      markDropped(issues, issues.length - 1, 'record');
      return false;
    }
    // A product's own region is optional: an unknown one goes, and the producer's region applies.
    if (value.regionCode !== undefined && !checkRegion(value.regionCode, 'products', index)) {
      markDropped(issues, issues.length - 1, 'field');
      const { regionCode: _dropped, ...rest } = value;
      kept.value = rest;
    }
    if (!categoryIds.has(value.category))
      ctx.warn([...path, 'category'], 'unknown-category', { value: value.category });
    if (value.images.length === 0) ctx.warn([...path, 'images'], 'no-image');
    ctx.certifications(value.certifications, path);
    ctx.certifications(value.export?.certifications, [...path, 'export']);
    ctx.images(value.images, path);
    ctx.insecureUrls(value, URL_PATHS.products, path);
    return true;
  });
  const productIds = new Set(products.map((p) => p.value.id));

  const outlets = yield* keepIf(ctx.unique('outlets', input.outlets), ({ value, index }) => {
    const path = ['outlets', index];
    if (!checkRegion(value.regionCode, 'outlets', index)) {
      markDropped(issues, issues.length - 1, 'record');
      return false;
    }
    ctx.location(value.location, path);
    ctx.insecureUrls(value, URL_PATHS.outlets, path);
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
