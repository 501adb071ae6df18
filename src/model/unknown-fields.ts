/**
 * Finds fields the format does not know (usually typos such as "harga" for "price" or "produkId"),
 * by walking the input beside the schema. They are ignored, and reported as warnings.
 */
import type * as z from 'zod/mini';
import { createIssue } from './issues.js';
import type { FeedIssue } from './types.js';
import { unwrapDef } from './zod-def.js';
import { formatPath, type PathSegment } from './zod-issues.js';

/** Per top-level list, by index: 1 for records already known to have no unknown field (the parser's fast path checked them). */
export type CleanRecords = Partial<Record<string, ArrayLike<number>>>;

/** Unknown fields of `input`, in document order; records in `clean` are skipped. */
export function findUnknownFields(
  input: unknown,
  schema: z.ZodMiniType,
  clean?: CleanRecords,
): FeedIssue[] {
  const issues: FeedIssue[] = [];
  walk(input, schema, [], issues, clean);
  return issues;
}

function walk(
  value: unknown,
  schema: z.ZodMiniType,
  path: PathSegment[],
  issues: FeedIssue[],
  clean?: CleanRecords,
): void {
  if (typeof value !== 'object' || value === null) return;
  const def = unwrapDef(schema);
  if (def.type === 'array' && def.element && Array.isArray(value)) {
    // Record lists of the top level may hold anything; items are walked against their schema.
    const skip = path.length === 1 ? clean?.[path[0] as string] : undefined;
    value.forEach((item, index) => {
      if (!skip?.[index]) walk(item, def.element!, [...path, index], issues, clean);
    });
    return;
  }
  if (def.type !== 'object' || !def.shape || Array.isArray(value)) return;
  for (const [key, child] of Object.entries(value)) {
    // Own keys only: "constructor" or "__proto__" in a feed must not find Object.prototype members.
    const childSchema = Object.hasOwn(def.shape, key) ? def.shape[key] : undefined;
    if (!childSchema)
      issues.push(
        createIssue(formatPath([...path, key]), 'unknown-field', 'warning', { value: key }),
      );
    else walk(child, childSchema, [...path, key], issues, clean);
  }
}
