/**
 * Field-level leniency: the smallest invalid unit of a record is dropped, never more. An invalid
 * optional field goes alone, an invalid item of a list (one image, one certificate, one marketplace
 * link) goes alone, and only a required field that is missing or unusable takes its object with it —
 * up to the record itself. Every issue says what was dropped (`dropped`).
 *
 * Runs only for values their schema refuses; walks the schema beside the value.
 */
import type * as z from 'zod/mini';
import type { FeedIssue } from './types.js';
import { markDropped } from './issues.js';
import { isOptionalField, unwrapDef } from './zod-def.js';
import { zodIssueToFeedIssue, type PathSegment } from './zod-issues.js';

/** Returned when the value cannot be kept at all. */
export const DROP: unique symbol = Symbol('drop');

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Rounds of "drop the fields an object-level check names, check again" before giving up. */
const MAX_ROUNDS = 4;

/**
 * `value` without its invalid parts (a new object or list where something was dropped), or `DROP`.
 * Issues are appended to `issues`; those of a `DROP` are marked by the caller that absorbs it.
 */
export function prune(
  schema: z.ZodMiniType,
  value: unknown,
  path: PathSegment[],
  issues: FeedIssue[],
): unknown {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return value;
  const def = unwrapDef(schema);
  if (def.type === 'object' && def.shape && isPlainObject(value))
    return pruneObject(schema, def.shape, value, path, issues);
  if (def.type === 'array' && def.element && Array.isArray(value))
    return pruneArray(schema, def.element, value, path, issues);
  for (const issue of result.error.issues) issues.push(zodIssueToFeedIssue(issue, path));
  return DROP;
}

function pruneObject(
  schema: z.ZodMiniType,
  shape: Record<string, z.ZodMiniType>,
  value: Record<string, unknown>,
  path: PathSegment[],
  issues: FeedIssue[],
): unknown {
  const start = issues.length;
  const out: Record<string, unknown> = { ...value };
  let droppedAny = false;
  let failed = false;
  for (const [key, child] of Object.entries(shape)) {
    if (!Object.hasOwn(value, key) || value[key] === undefined) continue;
    const cleaned = prune(child, value[key], [...path, key], issues);
    if (cleaned !== DROP) out[key] = cleaned;
    else if (isOptionalField(child)) {
      delete out[key];
      droppedAny = true;
    } else failed = true; // keep looking: the steward sees every problem of the record at once
  }
  if (failed) {
    // Also name the required fields that are missing altogether.
    const result = schema.safeParse(out, { reportInput: true });
    for (const issue of result.error?.issues ?? []) {
      const key = issue.path[0];
      if (typeof key === 'string' && out[key] === undefined)
        issues.push(zodIssueToFeedIssue(issue, path));
    }
    return DROP;
  }
  // What is left: missing required fields, and checks across fields (price min ≤ max, P-IRT number).
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const result = schema.safeParse(out, { reportInput: true });
    if (result.success) {
      // Kept: what went inside it went as fields (list items are marked by their list already).
      markDropped(issues, start, 'field');
      return out;
    }
    for (const issue of result.error.issues) {
      const key = issue.path[0];
      // The object fails as a whole only because a field already reported went (a price whose only
      // amount was invalid): the object goes too, without a second message for the same mistake.
      if (key === undefined && droppedAny) return DROP;
      issues.push(zodIssueToFeedIssue(issue, path));
      const child = typeof key === 'string' && Object.hasOwn(out, key) ? shape[key] : undefined;
      if (!child || !isOptionalField(child)) return DROP;
      delete out[key as string];
      droppedAny = true;
    }
  }
  return DROP;
}

function pruneArray(
  schema: z.ZodMiniType,
  element: z.ZodMiniType,
  value: unknown[],
  path: PathSegment[],
  issues: FeedIssue[],
): unknown {
  const out: unknown[] = [];
  value.forEach((item, index) => {
    const mark = issues.length;
    const cleaned = prune(element, item, [...path, index], issues);
    if (cleaned === DROP) markDropped(issues, mark, 'item');
    else out.push(cleaned);
  });
  const result = schema.safeParse(out, { reportInput: true });
  if (result.success) return out;
  for (const issue of result.error.issues) issues.push(zodIssueToFeedIssue(issue, path));
  return DROP;
}
