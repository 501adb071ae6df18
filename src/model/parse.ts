/**
 * `parseFeed`: the boundary between raw JSON and typed data. Lenient by default — every product,
 * producer, outlet, category and region is checked on its own, an invalid one is dropped with an issue
 * and everything valid is kept. Never throws, whatever value it is given.
 */
import type * as z from 'zod/mini';
import { createIssue } from './issues.js';
import { checkFeedRules } from './rules.js';
import { Feed as FeedSchema, IncludeUrl, envelopeShape, recordSchemas, type RecordListName } from './schema.js';
import type { Feed, FeedIssue } from './types.js';
import { zodIssueToFeedIssue, formatPath, type PathSegment } from './zod-issues.js';
import { findUnknownFields } from './unknown-fields.js';

export interface ParseOptions {
  /** Fail (feed `null`) on any error instead of dropping invalid records. Default false. */
  strict?: boolean;
  /** "Today" for certificate expiry; default the current date. */
  now?: Date;
  /** Warn about fields the format does not know (usually typos). Default true. */
  unknownFields?: boolean;
}

export interface ParseResult {
  /** The valid part of the feed; `null` when the input is not a feed, or in strict mode with errors. */
  feed: Feed | null;
  issues: FeedIssue[];
}

/** Record lists in dependency order: regions and categories before what refers to them. */
const RECORD_LISTS: RecordListName[] = ['regions', 'categories', 'producers', 'products', 'outlets'];
const REQUIRED_LISTS = new Set<RecordListName>(['producers', 'products']);
const REQUIRED_FIELDS = new Set(['version', 'publisher', 'updatedAt']);

/** A record that passed its schema, with the index it had in the input (for issue paths). */
export interface Kept<T> {
  value: T;
  index: number;
}

type Records = { [K in RecordListName]: Kept<z.infer<(typeof recordSchemas)[K]>>[] };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function validate<T>(schema: z.ZodMiniType<T>, value: unknown, path: PathSegment[], issues: FeedIssue[]): T | undefined {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) issues.push(zodIssueToFeedIssue(issue, path));
  return undefined;
}

/** Parses and validates a feed; see the module comment. */
export function parseFeed(input: unknown, options: ParseOptions = {}): ParseResult {
  try {
    return parseUnsafe(input, options);
  } catch (error) {
    // Defensive: a bug here must not break the page that shows the feed.
    return { feed: null, issues: [createIssue('', 'invalid', 'error', { received: String(error) })] };
  }
}

function parseUnsafe(input: unknown, options: ParseOptions): ParseResult {
  const issues: FeedIssue[] = [];
  if (!isPlainObject(input)) {
    return { feed: null, issues: [createIssue('', 'not-an-object', 'error')] };
  }
  if (input['version'] !== 1) {
    const received = input['version'] === undefined ? undefined : JSON.stringify(input['version']);
    return { feed: null, issues: [createIssue('version', 'unsupported-version', 'error', { received })] };
  }

  // Top-level fields one by one: a broken optional field is dropped, a broken required one is fatal.
  const envelope: Record<string, unknown> = {};
  let fatal = false;
  for (const [key, schema] of Object.entries(envelopeShape)) {
    if (key === 'includes') continue;
    const raw = input[key];
    const value = validate(schema as z.ZodMiniType, raw, [key], issues);
    if (value !== undefined) envelope[key] = value;
    else if (REQUIRED_FIELDS.has(key)) fatal = true;
  }
  const includes = parseIncludes(input['includes'], issues);
  if (includes) envelope['includes'] = includes;

  const records = {} as Records;
  for (const list of RECORD_LISTS) {
    records[list] = parseList(list, input[list], issues) as never;
  }

  if (options.unknownFields !== false) issues.push(...findUnknownFields(input, FeedSchema));

  const kept = checkFeedRules(
    { publisher: envelope['publisher'] as Feed['publisher'] | undefined, ...records },
    issues,
    options.now ?? new Date(),
  );

  const hasErrors = issues.some((issue) => issue.severity === 'error');
  if (fatal || (options.strict && hasErrors)) return { feed: null, issues };

  const feed = {
    ...envelope,
    categories: kept.categories,
    regions: kept.regions,
    producers: kept.producers,
    products: kept.products,
    outlets: kept.outlets,
  } as Feed;
  return { feed, issues };
}

function parseList(list: RecordListName, raw: unknown, issues: FeedIssue[]): Kept<unknown>[] {
  if (raw === undefined) {
    if (REQUIRED_LISTS.has(list)) issues.push(createIssue(list, 'missing-field', 'error'));
    return [];
  }
  if (!Array.isArray(raw)) {
    issues.push(createIssue(list, 'not-a-list', 'error'));
    return [];
  }
  const schema = recordSchemas[list] as z.ZodMiniType;
  const kept: Kept<unknown>[] = [];
  for (let index = 0; index < raw.length; index++) {
    const value = validate(schema, raw[index], [list, index], issues);
    if (value !== undefined) kept.push({ value, index });
  }
  return kept;
}

function parseIncludes(raw: unknown, issues: FeedIssue[]): string[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    issues.push(createIssue('includes', 'not-a-list', 'error'));
    return undefined;
  }
  return raw.flatMap((url, index) => validate(IncludeUrl, url, ['includes', index], issues) ?? []);
}

export { formatPath };
