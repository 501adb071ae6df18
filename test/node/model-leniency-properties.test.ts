/**
 * Property: for any valid feed and any single optional value replaced by garbage, the number of
 * records shown does not change. "Optional" is read from the schema itself: every value below a
 * record except the record's own required fields (an item of a list inside a record counts as
 * optional: it goes alone).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type * as z from 'zod/mini';
import { parseFeed } from '../../src/model/parse.js';
import { recordSchemas, type RecordListName } from '../../src/model/schema.js';
import { isOptionalField, unwrapDef } from '../../src/model/zod-def.js';
import { isWellFormed, toWellFormed } from '../../src/model/well-formed.js';
import { generateFeed } from '../fixtures/generate-feed.js';

type Path = (string | number)[];
const NOW = new Date('2026-11-24');
const LISTS = [
  'producers',
  'products',
  'outlets',
  'categories',
] as const satisfies RecordListName[];

/** Every path under a record that a mistake may break without the record having to go. */
function optionalPaths(value: unknown, schema: z.ZodMiniType, path: Path, out: Path[]): Path[] {
  const def = unwrapDef(schema);
  if (def.type === 'object' && def.shape && typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      const childSchema = def.shape[key];
      if (!childSchema) continue;
      // Below the record, any value may go: its nearest optional field or list item absorbs it.
      if (path.length > 2 || isOptionalField(childSchema)) out.push([...path, key]);
      optionalPaths(child, childSchema, [...path, key], out);
    }
  } else if (def.type === 'array' && def.element && Array.isArray(value)) {
    value.forEach((item, i) => {
      out.push([...path, i]);
      optionalPaths(item, def.element!, [...path, i], out);
    });
  }
  return out;
}

const garbage = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom<unknown>(
    null,
    '',
    ' ',
    'javascript:alert(1)',
    '\ud83e',
    '2026-02-30',
    -1,
    1e308,
    [],
    {},
    { __proto__: null },
  ),
);

const shown = (feed: ReturnType<typeof parseFeed>['feed']) =>
  feed ? LISTS.map((list) => `${list} ${feed[list].length}`).join(', ') : 'no feed';

describe('field-level leniency (property)', () => {
  it('one optional value replaced by garbage never changes the number of records shown', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.nat(), garbage, (seed, pick, value) => {
        const input = generateFeed({
          products: 12,
          seed,
          regions: 'national',
        }) as unknown as Record<string, unknown[]>;
        const before = shown(parseFeed(input, { now: NOW }).feed);
        const paths: Path[] = [];
        for (const list of LISTS) {
          (input[list] ?? []).forEach((record, i) =>
            optionalPaths(record, recordSchemas[list] as z.ZodMiniType, [list, i], paths),
          );
        }
        const path = paths[pick % paths.length]!;
        const broken = structuredClone(input) as unknown as Record<string, unknown>;
        let node = broken as Record<string | number, unknown>;
        for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
        node[path.at(-1)!] = value;
        const after = shown(parseFeed(broken, { now: NOW }).feed);
        assert.equal(after, before, `${path.join('.')} = ${JSON.stringify(value)}`);
      }),
      { numRuns: 500 },
    );
  });
});

describe('toWellFormed (property)', () => {
  it('agrees with the built-in String.prototype.toWellFormed on any UTF-16 string', () => {
    const native = (text: string) => (text as unknown as { toWellFormed(): string }).toWellFormed();
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        for (const text of [a, a + b, `${b}\ud800`, `\udc00${a}`]) {
          assert.equal(toWellFormed(text), native(text));
          assert.equal(isWellFormed(text), native(text) === text);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
