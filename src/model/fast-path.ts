/**
 * A fast path for records that are valid, which is nearly all of them in a published feed.
 *
 * zod runs without JIT here (`jitless`, for a strict Content-Security-Policy), which costs about
 * 15 µs per product. `compileFastPath` walks a schema's definition once and builds plain closures
 * that check a value and produce exactly the output zod would — or give up (`FAIL`) at the first
 * doubt. A record that fails is then parsed by zod itself, which reports the precise issues. So the
 * fast path only has to be right about what it accepts; anything it does not understand (a schema
 * kind, a check, a length near a limit, a non-plain object) simply falls back to zod.
 *
 * `test/node/model-fast-path.test.ts` checks with property tests that accepted values parse to the
 * same output in zod.
 */
import * as z from 'zod/mini';
import { isWellFormed } from './well-formed.js';
import { checkDefsOf, defOf, type CheckDef, type SchemaDef as Def } from './zod-def.js';

export const FAIL: unique symbol = Symbol('fail');

/** Set while checking a value; read by the caller. */
export interface FastState {
  /** Some object had a key its schema does not declare (an unknown-field warning is due). */
  unknownKeys: boolean;
}

export type FastCheck = (value: unknown, state: FastState) => unknown;

/** A step applied to a value after its type check: returns the (possibly rewritten) value or FAIL. */
type Step = (value: unknown) => unknown;

const cache = new WeakMap<object, FastCheck | null>();

/** Builds the fast check of `schema`, or `undefined` when it uses something the fast path does not know. */
export function compileFastPath(schema: z.ZodMiniType): FastCheck | undefined {
  let compiled = cache.get(schema);
  if (compiled === undefined) {
    try {
      compiled = compile(schema);
    } catch {
      compiled = null;
    }
    cache.set(schema, compiled);
  }
  return compiled ?? undefined;
}

class Unsupported extends Error {}

function compile(schema: z.ZodMiniType): FastCheck {
  const def = defOf(schema);
  if (def.coerce) throw new Unsupported('coerce');
  if (def.type === 'string') return compileString(checkDefsOf(schema));
  const steps = checkDefsOf(schema).map(compileCheck);
  const base = compileType(def);
  if (steps.length === 0) return base;
  return (value, state) => {
    let out = base(value, state);
    if (out === FAIL) return FAIL;
    for (const step of steps) {
      out = step(out);
      if (out === FAIL) return FAIL;
    }
    return out;
  };
}

/**
 * Strings are most of a feed, so their checks run in one closure (no call per check): trim, length
 * limits and patterns inline; other checks through `compileCheck`.
 */
function compileString(checks: CheckDef[]): FastCheck {
  const TRIM = 0;
  const MIN = 1;
  const MAX = 2;
  const PATTERN = 3;
  const STEP = 4;
  const ops = checks.map((check) => {
    if (check.check === 'overwrite' && isTrim(check.tx)) return { op: TRIM, limit: 0 };
    if (check.check === 'min_length') return { op: MIN, limit: check.minimum! };
    if (check.check === 'max_length') return { op: MAX, limit: check.maximum! };
    if (check.check === 'string_format' && check.format === 'regex' && check.pattern) {
      return { op: PATTERN, limit: 0, pattern: check.pattern };
    }
    return { op: STEP, limit: 0, step: compileCheck(check) };
  });
  return (value) => {
    // Text with a lone surrogate is repaired (and reported) on the slow path.
    if (typeof value !== 'string' || !isWellFormed(value)) return FAIL;
    let text: unknown = value;
    for (let i = 0; i < ops.length; i++) {
      const op = ops[i]!;
      switch (op.op) {
        case TRIM:
          text = (text as string).trim();
          break;
        case MIN:
          if ((text as string).length < op.limit * 2 && codePoints(text as string) < op.limit)
            return FAIL;
          break;
        case MAX:
          if ((text as string).length > op.limit && codePoints(text as string) > op.limit)
            return FAIL;
          break;
        case PATTERN:
          op.pattern!.lastIndex = 0;
          if (!op.pattern!.test(text as string)) return FAIL;
          break;
        default:
          text = op.step!(text);
          if (text === FAIL) return FAIL;
          // A custom step may turn the string into something else; the remaining checks need a string.
          if (typeof text !== 'string' && i < ops.length - 1) return FAIL;
      }
    }
    return text;
  };
}

/** zod's `trim()` check, recognised so trimming runs inline: each `z.trim()` makes a new function from the same source. */
const TRIM_SOURCE = String(checkDefsOf(z.string().check(z.trim()))[0]?.tx);
const isTrim = (tx: unknown) => typeof tx === 'function' && String(tx) === TRIM_SOURCE;

/** Length in Unicode code points, as zod measures strings. */
function codePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

const lengthOf = (value: unknown): number | undefined =>
  typeof value === 'string' ? codePoints(value) : Array.isArray(value) ? value.length : undefined;

function compileCheck(check: CheckDef): Step {
  switch (check.check) {
    case 'min_length': {
      const min = check.minimum!;
      return (value) => {
        const length = typeof value === 'string' && value.length >= min * 2 ? min : lengthOf(value);
        return length !== undefined && length >= min ? value : FAIL;
      };
    }
    case 'max_length': {
      const max = check.maximum!;
      return (value) => {
        const length =
          typeof value === 'string' && value.length <= max ? value.length : lengthOf(value);
        return length !== undefined && length <= max ? value : FAIL;
      };
    }
    case 'string_format': {
      if (check.format !== 'regex' || !check.pattern) throw new Unsupported(check.format);
      const pattern = check.pattern;
      return (value) => {
        pattern.lastIndex = 0;
        return typeof value === 'string' && pattern.test(value) ? value : FAIL;
      };
    }
    case 'overwrite': {
      const tx = check.tx!;
      return (value) => tx(value);
    }
    case 'custom': {
      if (check.when) throw new Unsupported('when');
      const fn = check.fn!;
      return (value) => {
        const result = fn(value);
        if (result instanceof Promise) return FAIL;
        return result ? value : FAIL;
      };
    }
    case 'greater_than': {
      const limit = check.value;
      if (typeof limit !== 'number') throw new Unsupported('greater_than');
      return check.inclusive
        ? (value) => (typeof value === 'number' && value >= limit ? value : FAIL)
        : (value) => (typeof value === 'number' && value > limit ? value : FAIL);
    }
    case 'less_than': {
      const limit = check.value;
      if (typeof limit !== 'number') throw new Unsupported('less_than');
      return check.inclusive
        ? (value) => (typeof value === 'number' && value <= limit ? value : FAIL)
        : (value) => (typeof value === 'number' && value < limit ? value : FAIL);
    }
    case 'number_format':
      if (check.format !== 'safeint') throw new Unsupported(check.format);
      return (value) => (Number.isSafeInteger(value) ? value : FAIL);
    default:
      throw new Unsupported(check.check);
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

function compileType(def: Def): FastCheck {
  switch (def.type) {
    case 'string':
      return (value) => (typeof value === 'string' ? value : FAIL);
    case 'number': {
      const int = def.check === 'number_format';
      if (int && def.format !== 'safeint') throw new Unsupported(def.format);
      if (int) return (value) => (Number.isSafeInteger(value) ? value : FAIL);
      return (value) => (typeof value === 'number' && Number.isFinite(value) ? value : FAIL);
    }
    case 'boolean':
      return (value) => (typeof value === 'boolean' ? value : FAIL);
    case 'literal': {
      const values = new Set(def.values);
      return (value) => (values.has(value) ? value : FAIL);
    }
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return (value) => (values.has(value) ? value : FAIL);
    }
    case 'optional': {
      const inner = compile(def.innerType!);
      if (defOf(def.innerType!).type === 'default') throw new Unsupported('optional default');
      return (value, state) => (value === undefined ? undefined : inner(value, state));
    }
    case 'default': {
      const inner = compile(def.innerType!);
      // The compiled default hands out a fresh copy of the default value, as zod does.
      return (value, state) => (value === undefined ? def.defaultValue : inner(value, state));
    }
    case 'pipe': {
      const first = compile(def.in!);
      const second = compile(def.out!);
      return (value, state) => {
        const middle = first(value, state);
        return middle === FAIL ? FAIL : second(middle, state);
      };
    }
    case 'transform': {
      const transform = def.transform!;
      return (value) => {
        const out = transform(value, { value, issues: [] });
        return out instanceof Promise ? FAIL : out;
      };
    }
    case 'union': {
      const options = def.options!.map(compile);
      return (value, state) => {
        for (const option of options) {
          const out = option(value, state);
          if (out !== FAIL) return out;
        }
        return FAIL;
      };
    }
    case 'array': {
      const element = compile(def.element!);
      return (value, state) => {
        if (!Array.isArray(value)) return FAIL;
        let out: unknown[] | undefined;
        for (let i = 0; i < value.length; i++) {
          const item = element(value[i], state);
          if (item === FAIL) return FAIL;
          if (out === undefined && item !== value[i]) out = value.slice(0, i);
          if (out !== undefined) out[i] = item;
        }
        // Holes (sparse arrays) are not JSON; zod turns them into undefined items. Leave them to zod.
        return out ?? value;
      };
    }
    case 'record': {
      if (defOf(def.keyType!).type !== 'string' || def.mode === 'loose')
        throw new Unsupported('record');
      const key = compile(def.keyType!);
      const element = compile(def.valueType!);
      return (value, state) => {
        if (!isPlainObject(value)) return FAIL;
        // zod checks symbol keys of a record too (JSON has none).
        if (Object.getOwnPropertySymbols(value).length > 0) return FAIL;
        let out: Record<string, unknown> | undefined;
        for (const name in value) {
          if (name === '__proto__' || !Object.hasOwn(value, name)) return FAIL;
          if (key(name, state) !== name) return FAIL;
          const raw = value[name];
          const item = element(raw, state);
          if (item === FAIL) return FAIL;
          if (out === undefined && item !== raw) out = copyUntil(value, name);
          if (out !== undefined) out[name] = item;
        }
        return out ?? value;
      };
    }
    case 'object':
      return compileObject(def);
    default:
      throw new Unsupported(def.type);
  }
}

interface Entry {
  key: string;
  check: FastCheck;
  required: boolean;
  defaulted: boolean;
}

function compileObject(def: Def): FastCheck {
  if (def.catchall) throw new Unsupported('catchall');
  const entries: Entry[] = Object.entries(def.shape!).map(([key, schema]) => {
    const kind = defOf(schema).type;
    return {
      key,
      check: compile(schema),
      required: kind !== 'optional' && kind !== 'default',
      defaulted: kind === 'default',
    };
  });
  const byKey = new Map(entries.map((entry) => [entry.key, entry]));
  const requiredCount = entries.filter((entry) => entry.required).length;
  const defaulted = entries.filter((entry) => entry.defaulted);
  return (value, state) => {
    if (!isPlainObject(value)) return FAIL;
    // The input's own keys drive the loop: `value[key]` inside for…in is V8's fastest property read,
    // where reading each declared key (most absent) thrashes its property caches.
    let out: Record<string, unknown> | undefined;
    let required = 0;
    let defaults = 0;
    let unknown = false;
    for (const key in value) {
      const entry = byKey.get(key);
      if (entry === undefined) {
        unknown = true;
        continue;
      }
      const raw = value[key];
      // A key present with `undefined` (not JSON) is left to zod.
      if (raw === undefined) return FAIL;
      const item = entry.check(raw, state);
      if (item === FAIL) return FAIL;
      if (entry.required) required++;
      else if (entry.defaulted) defaults++;
      // Copy on write: the input object itself is returned when nothing in it changes.
      if (out === undefined && item !== raw) out = copyDeclared(value, byKey, key);
      if (out !== undefined) out[key] = item;
    }
    if (required !== requiredCount) return FAIL;
    if (unknown) {
      for (const key in value) {
        // zod handles own `__proto__` keys and inherited properties its own way.
        if (key === '__proto__' || !Object.hasOwn(value, key)) return FAIL;
      }
      state.unknownKeys = true;
      // Unknown fields are dropped from the output, as zod does.
      out ??= copyDeclared(value, byKey);
    }
    if (defaults !== defaulted.length) {
      out ??= copyDeclared(value, byKey);
      // The compiled default hands out a fresh copy of the default value, as zod does.
      for (const entry of defaulted)
        if (value[entry.key] === undefined) out[entry.key] = entry.check(undefined, state);
    }
    return out ?? value;
  };
}

/** A new object with the keys of `value` before `stop`. */
function copyUntil(value: Record<string, unknown>, stop: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name in value) {
    if (name === stop) break;
    out[name] = value[name];
  }
  return out;
}

/** A new object with the declared keys of `value` (those before `stop`, when given). */
function copyDeclared(
  value: Record<string, unknown>,
  declared: ReadonlyMap<string, unknown>,
  stop?: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in value) {
    if (key === stop) break;
    if (declared.has(key)) out[key] = value[key];
  }
  return out;
}
