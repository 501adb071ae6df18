/**
 * The one place that reads zod's internals (`schema._zod.def`). The fast path, the unknown-field walk,
 * the URL-field finder, the repairs and the pruning of invalid fields all read schema definitions
 * through these helpers, so a change in zod's internal layout is fixed here alone.
 */
import type * as z from 'zod/mini';

/** A check's definition (`z.minLength(…)`, `z.regex(…)`, `z.refine(…)`, `z.trim()` …). */
export interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: unknown;
  inclusive?: boolean;
  pattern?: RegExp;
  format?: string;
  tx?: (value: unknown) => unknown;
  fn?: (value: unknown) => unknown;
  when?: unknown;
}

/** A schema's definition: the fields of every schema kind the model uses. */
export interface SchemaDef {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  // number formats (z.int()) carry their check on the schema itself
  check?: string;
  format?: string;
  shape?: Record<string, z.ZodMiniType>;
  element?: z.ZodMiniType;
  options?: z.ZodMiniType[];
  keyType?: z.ZodMiniType;
  valueType?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
  in?: z.ZodMiniType;
  out?: z.ZodMiniType;
  entries?: Record<string, unknown>;
  values?: unknown[];
  defaultValue?: unknown;
  transform?: (value: unknown, payload: unknown) => unknown;
  coerce?: boolean;
  mode?: string;
  catchall?: unknown;
}

/** The definition of `schema`. */
export const defOf = (schema: z.ZodMiniType): SchemaDef =>
  (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/** The definitions of `schema`'s checks, in order. */
export const checkDefsOf = (schema: z.ZodMiniType): CheckDef[] =>
  defOf(schema).checks?.map((check) => check._zod.def) ?? [];

/** The schema behind optional/default wrappers and the input side of pipes. */
export function unwrapSchema(schema: z.ZodMiniType): z.ZodMiniType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** The definition behind optional/default wrappers and pipes (an object's, an array's …). */
export const unwrapDef = (schema: z.ZodMiniType): SchemaDef => defOf(unwrapSchema(schema));

/** Whether an object field with this schema may be left out (optional, or filled by a default). */
export function isOptionalField(schema: z.ZodMiniType): boolean {
  const type = defOf(schema).type;
  return type === 'optional' || type === 'default';
}
