/**
 * Repairs of obvious intent, each reported as a warning (`strict` mode turns the feed down on them):
 * a bare domain gets `https://`, `Rp 25.000` becomes 25000, `24/08/2026` becomes `2026-08-24`,
 * `6271` becomes `62.71`, spaces around ids and codes go, and lone surrogates in any text become
 * U+FFFD. Schemas carry their repair (`repairable`), so the walk finds them from the schema itself.
 *
 * Repairs run only on records the fast path refused (nearly every record of a published feed needs
 * none), before the record is validated and pruned.
 */
import type * as z from 'zod/mini';
import { createIssue } from './issues.js';
import type { FeedIssue } from './types.js';
import { isWellFormed, toWellFormed } from './well-formed.js';
import { defOf } from './zod-def.js';
import { describeValue, formatPath, type PathSegment } from './zod-issues.js';

/** A repair: the repaired value and the warning's code, or undefined when there is nothing to repair. */
export type Repair = (value: unknown) => { value: unknown; code: string } | undefined;

const repairs = new WeakMap<object, Repair>();

/** Attaches a repair to a schema; returns the schema. */
export function repairable<T extends z.ZodMiniType>(schema: T, repair: Repair): T {
  repairs.set(schema, repair);
  return schema;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `value` with every string made well-formed (copy on write), each repaired string reported once
 * with a `repaired-text` warning.
 */
export function wellFormedValue(value: unknown, path: PathSegment[], issues: FeedIssue[]): unknown {
  if (typeof value === 'string') {
    if (isWellFormed(value)) return value;
    issues.push(createIssue(formatPath(path), 'repaired-text', 'warning'));
    return toWellFormed(value);
  }
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item = wellFormedValue(value[i], [...path, i], issues);
      if (item !== value[i]) (out ??= value.slice())[i] = item;
    }
    return out ?? value;
  }
  if (isPlainObject(value)) {
    let out: Record<string, unknown> | undefined;
    for (const key of Object.keys(value)) {
      const item = wellFormedValue(value[key], [...path, key], issues);
      if (item !== value[key]) (out ??= { ...value })[key] = item;
    }
    return out ?? value;
  }
  return value;
}

/** `value` with the repairs its schema carries applied (copy on write); each repair is a warning. */
export function repairValue(
  schema: z.ZodMiniType,
  value: unknown,
  path: PathSegment[],
  issues: FeedIssue[],
): unknown {
  if (value === undefined) return value;
  const repair = repairs.get(schema)?.(value);
  if (repair) {
    issues.push(
      createIssue(formatPath(path), repair.code, 'warning', {
        received: describeValue(value),
        value: describeValue(repair.value),
      }),
    );
    value = repair.value;
  }
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'default':
      return repairValue(def.innerType!, value, path, issues);
    case 'pipe':
      return repairValue(def.in!, value, path, issues);
    case 'array': {
      if (!Array.isArray(value)) return value;
      let out: unknown[] | undefined;
      for (let i = 0; i < value.length; i++) {
        const item = repairValue(def.element!, value[i], [...path, i], issues);
        if (item !== value[i]) (out ??= value.slice())[i] = item;
      }
      return out ?? value;
    }
    case 'object': {
      if (!isPlainObject(value)) return value;
      let out: Record<string, unknown> | undefined;
      for (const [key, child] of Object.entries(def.shape!)) {
        if (!Object.hasOwn(value, key)) continue;
        const item = repairValue(child, value[key], [...path, key], issues);
        if (item !== value[key]) (out ??= { ...value })[key] = item;
      }
      return out ?? value;
    }
    default:
      return value;
  }
}
