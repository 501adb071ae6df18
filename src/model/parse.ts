/**
 * `parseFeed`: the boundary between raw JSON and typed data. Lenient by default — every product,
 * producer, outlet, category and region is checked on its own, an invalid one is dropped with an issue
 * and everything valid is kept. Never throws, whatever value it is given.
 *
 * Records that need no change (no default filled in, nothing trimmed or normalised, no unknown field)
 * are returned as the very objects of `input`, which saves most of the copying: treat the input and
 * the result as read-only.
 *
 * The work is split into steps (`beginParse`, `parseRecord`, `finishParse`) so `parseFeedAsync` can
 * run the same code in chunks without blocking the page.
 */
import type * as z from 'zod/mini';
import { compileFastPath, FAIL, type FastState } from './fast-path.js';
import { createIssue, markDropped, REPAIR_CODES } from './issues.js';
import { DROP, prune } from './prune.js';
import { repairValue, wellFormedValue } from './repair.js';
import { checkFeedRulesInSteps } from './rules.js';
import {
  Feed as FeedSchema,
  IncludeUrl,
  envelopeShape,
  recordSchemas,
  type RecordListName,
} from './schema.js';
import type { Feed, FeedIssue } from './types.js';
import { zodIssueToFeedIssue, formatPath, type PathSegment } from './zod-issues.js';
import { findUnknownFields } from './unknown-fields.js';

export interface ParseOptions {
  /**
   * Fail (feed `null`) on any error or repair instead of dropping invalid parts and repairing obvious
   * intent. Default false.
   */
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
export const RECORD_LISTS: readonly RecordListName[] = [
  'regions',
  'categories',
  'producers',
  'products',
  'outlets',
];
const REQUIRED_LISTS = new Set<RecordListName>(['producers', 'products']);
const REQUIRED_FIELDS = new Set(['version', 'publisher', 'updatedAt']);

/** A record that passed its schema, with the index it had in the input (for issue paths). */
export interface Kept<T> {
  value: T;
  index: number;
}

type Records = { [K in RecordListName]: Kept<z.infer<(typeof recordSchemas)[K]>>[] };

/** A parse in progress: see `beginParse`. */
export interface ParseState {
  readonly input: Record<string, unknown>;
  readonly options: ParseOptions;
  readonly issues: FeedIssue[];
  readonly envelope: Record<string, unknown>;
  readonly fatal: boolean;
  /** Each record list of the input (`[]` when absent or not a list). */
  readonly lists: { [K in RecordListName]: readonly unknown[] };
  readonly records: Records;
  /** Records the fast path accepted with no unknown field: the unknown-field walk skips them. */
  readonly clean: { [K in RecordListName]: Uint8Array };
  unknownFieldsChecked: boolean;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The slow path of one value: text made well-formed, obvious intent repaired, invalid parts dropped
 * (see `prune.ts`), then parsed. Undefined when the value cannot be kept; its issues then say
 * `dropped: unit`.
 */
function salvage<T>(
  schema: z.ZodMiniType<T>,
  raw: unknown,
  path: PathSegment[],
  issues: FeedIssue[],
  unit: 'field' | 'item' | 'record' | undefined,
): T | undefined {
  let value = wellFormedValue(raw, path, issues);
  value = repairValue(schema, value, path, issues);
  const mark = issues.length;
  const cleaned = prune(schema, value, path, issues);
  const result = cleaned === DROP ? undefined : schema.safeParse(cleaned, { reportInput: true });
  if (result?.success) return result.data;
  // Defensive: `prune` returns only values the schema accepts.
  if (result)
    for (const issue of result.error.issues) issues.push(zodIssueToFeedIssue(issue, path));
  if (unit) markDropped(issues, mark, unit);
  return undefined;
}

const REPAIRS = new Set(REPAIR_CODES);
const isRepair = (code: string) => REPAIRS.has(code);

/** Parses and validates a feed; see the module comment. */
export function parseFeed(input: unknown, options: ParseOptions = {}): ParseResult {
  try {
    const begun = beginParse(input, options);
    if ('result' in begun) return begun.result;
    const { state } = begun;
    for (const list of RECORD_LISTS) {
      const length = state.lists[list].length;
      for (let index = 0; index < length; index++) parseRecord(state, list, index);
    }
    return finishParse(state);
  } catch (error) {
    return crashed(error);
  }
}

/** Defensive: a bug in the parser must not break the page that shows the feed. */
export function crashed(error: unknown): ParseResult {
  return { feed: null, issues: [createIssue('', 'invalid', 'error', { received: String(error) })] };
}

/**
 * Step 1: the envelope (version, publisher, dates, includes) and the shape of the record lists.
 * Returns the finished result when the input is not a feed at all.
 */
export function beginParse(
  input: unknown,
  options: ParseOptions,
): { result: ParseResult } | { state: ParseState } {
  const issues: FeedIssue[] = [];
  if (!isPlainObject(input)) {
    return { result: { feed: null, issues: [createIssue('', 'not-an-object', 'error')] } };
  }
  if (input['version'] !== 1) {
    const received = input['version'] === undefined ? undefined : JSON.stringify(input['version']);
    return {
      result: {
        feed: null,
        issues: [createIssue('version', 'unsupported-version', 'error', { received })],
      },
    };
  }

  // Top-level fields one by one: a broken optional field is dropped, a broken required one is fatal.
  const envelope: Record<string, unknown> = {};
  let fatal = false;
  for (const [key, schema] of Object.entries(envelopeShape)) {
    if (key === 'includes') continue;
    const raw = input[key];
    if (raw === undefined && !REQUIRED_FIELDS.has(key)) continue;
    const required = REQUIRED_FIELDS.has(key);
    const unit = required ? undefined : 'field';
    const value = salvage(schema as z.ZodMiniType, raw, [key], issues, unit);
    if (value !== undefined) envelope[key] = value;
    else if (required) fatal = true;
  }
  const includes = parseIncludes(input['includes'], issues);
  if (includes) envelope['includes'] = includes;

  const lists = {} as ParseState['lists'];
  const records = {} as Records;
  const clean = {} as ParseState['clean'];
  for (const list of RECORD_LISTS) {
    lists[list] = listOf(list, input[list], issues);
    records[list] = [];
    clean[list] = new Uint8Array(lists[list].length);
  }
  return {
    state: {
      input,
      options,
      issues,
      envelope,
      fatal,
      lists,
      records,
      clean,
      unknownFieldsChecked: false,
    },
  };
}

function listOf(list: RecordListName, raw: unknown, issues: FeedIssue[]): readonly unknown[] {
  if (raw === undefined) {
    if (REQUIRED_LISTS.has(list)) issues.push(createIssue(list, 'missing-field', 'error'));
    return [];
  }
  if (!Array.isArray(raw)) {
    issues.push(createIssue(list, 'not-a-list', 'error'));
    return [];
  }
  return raw;
}

const fastPaths = Object.fromEntries(
  Object.entries(recordSchemas).map(([list, schema]) => [
    list,
    compileFastPath(schema as z.ZodMiniType),
  ]),
) as Record<RecordListName, ReturnType<typeof compileFastPath>>;

/** Step 2, once per record, lists in `RECORD_LISTS` order: validates `lists[list][index]`. */
export function parseRecord(state: ParseState, list: RecordListName, index: number): void {
  const raw = state.lists[list][index];
  const schema = recordSchemas[list] as z.ZodMiniType;
  const fast = fastPaths[list];
  if (fast) {
    const fastState: FastState = { unknownKeys: false };
    const value = fast(raw, fastState);
    if (value !== FAIL) {
      (state.records[list] as Kept<unknown>[]).push({ value, index });
      if (!fastState.unknownKeys) state.clean[list][index] = 1;
      return;
    }
  }
  const value = salvage(schema, raw, [list, index], state.issues, 'record');
  if (value !== undefined) (state.records[list] as Kept<unknown>[]).push({ value, index });
}

/** Step 3a: warnings about unknown fields (usually typos). Runs once; `finishParse` calls it if needed. */
export function checkUnknownFields(state: ParseState): void {
  if (state.unknownFieldsChecked) return;
  state.unknownFieldsChecked = true;
  if (state.options.unknownFields !== false) {
    state.issues.push(...findUnknownFields(state.input, FeedSchema, state.clean));
  }
}

/** Step 3b: rules across records (ids, references, regions), and the result. */
export function finishParse(state: ParseState): ParseResult {
  const steps = finishParseInSteps(state);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `finishParse` as a generator pausing every few hundred records, for `parseFeedAsync`. */
export function* finishParseInSteps(state: ParseState): Generator<void, ParseResult, void> {
  const { options, issues, envelope, records } = state;
  checkUnknownFields(state);

  const kept = yield* checkFeedRulesInSteps(
    { publisher: envelope['publisher'] as Feed['publisher'] | undefined, ...records },
    issues,
    options.now ?? new Date(),
  );

  // Strict mode refuses a feed that needed any error dropped or any repair.
  const refused = options.strict && issues.some((i) => i.severity === 'error' || isRepair(i.code));
  if (state.fatal || refused) return { feed: null, issues };

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

function parseIncludes(raw: unknown, issues: FeedIssue[]): string[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    issues.push(createIssue('includes', 'not-a-list', 'error'));
    return undefined;
  }
  return raw.flatMap(
    (url, index) => salvage(IncludeUrl, url, ['includes', index], issues, 'item') ?? [],
  );
}

export { formatPath };
