/**
 * Property tests (fast-check): parseFeed never throws, whatever JSON it gets; valid feeds round-trip;
 * the parser's fast path agrees with zod; parseFeedAsync gives the same result as parseFeed.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compileFastPath, FAIL } from '../../src/model/fast-path.js';
import { ISSUE_CODES, REPAIR_CODES } from '../../src/model/issues.js';
import { parseFeed } from '../../src/model/parse.js';
import { parseFeedAsync } from '../../src/model/parse-async.js';
import { PLAIN_HTTPS_URL, recordSchemas } from '../../src/model/schema.js';
import { classifyUrl } from '../../src/format/url.js';
import type { FeedIssue } from '../../src/model/types.js';
import { generateFeed } from '../fixtures/generate-feed.js';
import { TODAY, validFeed, type LooseFeed } from './model-fixtures.js';

/** 1,000 by default; set PROPERTY_RUNS for a longer hunt. */
const RUNS = Number(process.env['PROPERTY_RUNS']) || 1000;
const codes = new Set(ISSUE_CODES);

function assertWellFormed(issues: FeedIssue[]) {
  for (const issue of issues) {
    assert.ok(codes.has(issue.code), `unknown code ${issue.code}`);
    assert.ok(issue.severity === 'error' || issue.severity === 'warning');
    assert.equal(typeof issue.path, 'string');
    assert.ok(issue.message.id.length > 0 && issue.message.en.length > 0);
    // A crash inside the parser is reported as a generic issue on the whole feed: there must be none.
    assert.ok(
      !(issue.code === 'invalid' && issue.path === ''),
      `parser crashed: ${issue.message.en}`,
    );
  }
}

type Segment = string | number;

/** Every path to a value inside `root` (objects and arrays included). */
function allPaths(root: unknown, prefix: Segment[] = [], out: Segment[][] = []): Segment[][] {
  out.push(prefix);
  if (Array.isArray(root)) root.forEach((item, i) => allPaths(item, [...prefix, i], out));
  else if (typeof root === 'object' && root !== null) {
    for (const [key, value] of Object.entries(root)) allPaths(value, [...prefix, key], out);
  }
  return out;
}

/** Values that sit near the rules' edges, beside arbitrary JSON. */
const edgeValue = fc.constantFrom<unknown>(
  '',
  '   ',
  'http://example.org/x',
  'javascript:alert(1)',
  'img/a.png',
  '62.71',
  '6271',
  '99.99',
  '0812-3456-7890',
  '2026-13-45',
  'MD 123456789012',
  -1,
  0,
  0.5,
  400,
  1e21,
  true,
  null,
  [],
  {},
  { id: 'x' },
  { id: '', en: 'y' },
);

const mutation = fc.record({
  pick: fc.nat(),
  op: fc.constantFrom('replace', 'delete', 'add'),
  value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), edgeValue),
  key: fc.oneof(
    fc.constantFrom('id', 'name', 'harga', '__proto__', 'constructor'),
    fc.string({ maxLength: 8 }),
  ),
});
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

/** Applies mutations to a deep copy of `base`, as a broken export or a careless edit would. */
function mutate(base: unknown, mutations: Mutation[]): unknown {
  let root: unknown = structuredClone(base);
  for (const { pick, op, value, key } of mutations) {
    const paths = allPaths(root);
    const path = paths[pick % paths.length]!;
    if (path.length === 0) {
      if (op === 'replace') root = structuredClone(value);
      continue;
    }
    let parent = root as Record<Segment, unknown>;
    for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<Segment, unknown>;
    const last = path.at(-1)!;
    const target = parent[last];
    if (op === 'replace') parent[last] = structuredClone(value);
    else if (op === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
      // defineProperty: a "__proto__" key becomes an own property, as JSON.parse makes it.
      Object.defineProperty(target, key, {
        value: structuredClone(value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else if (Array.isArray(target)) target.push(structuredClone(value));
  }
  return root;
}

const smallGenerated = (seed: number) =>
  JSON.parse(JSON.stringify(generateFeed({ products: 6, seed }))) as LooseFeed;
const baseFeed = fc.oneof(
  fc.constant(null).map(() => validFeed()),
  fc.integer({ min: 1, max: 1000 }).map(smallGenerated),
);
const brokenFeed = fc
  .tuple(baseFeed, fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([base, mutations]) => mutate(base, mutations));

describe('parseFeed properties', () => {
  it('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseFeed(value, { now: TODAY });
        assertWellFormed(result.issues);
        if (result.feed === null)
          assert.ok(result.issues.some((issue) => issue.severity === 'error'));
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on arbitrary objects with a version', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            'publisher',
            'updatedAt',
            'producers',
            'products',
            'outlets',
            'regions',
            'categories',
            'includes',
            'x',
          ),
          fc.jsonValue(),
        ),
        (value) => {
          assertWellFormed(parseFeed({ ...value, version: 1 }, { now: TODAY }).issues);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('never throws on mutated valid feeds, and keeps the feed when only warnings remain', () => {
    fc.assert(
      fc.property(brokenFeed, (input) => {
        const result = parseFeed(input, { now: TODAY });
        assertWellFormed(result.issues);
        const errors = result.issues.filter((issue) => issue.severity === 'error');
        if (errors.length === 0) assert.notEqual(result.feed, null);
        const strict = parseFeed(input, { now: TODAY, strict: true });
        const repaired = result.issues.some((issue) => REPAIR_CODES.includes(issue.code));
        assert.equal(strict.feed === null, errors.length > 0 || repaired || result.feed === null);
      }),
      { numRuns: RUNS },
    );
  });

  it('round-trips valid generated feeds: parsing its own output changes nothing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 30 }),
        (seed, products) => {
          const input = JSON.parse(JSON.stringify(generateFeed({ products, seed })));
          const first = parseFeed(input, { now: TODAY });
          assert.deepEqual(
            first.issues.filter((issue) => issue.severity === 'error'),
            [],
          );
          assert.equal(first.feed?.products.length, products);
          const again = parseFeed(JSON.parse(JSON.stringify(first.feed)), { now: TODAY });
          assert.deepEqual(again.feed, first.feed);
          assert.deepEqual(again.issues, first.issues);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('keeps what the fast path accepts identical to what zod outputs', () => {
    const lists = Object.keys(recordSchemas) as (keyof typeof recordSchemas)[];
    fc.assert(
      fc.property(
        baseFeed,
        fc.constantFrom(...lists),
        fc.nat(),
        fc.array(mutation, { maxLength: 3 }),
        (feed, list, pick, mutations) => {
          const records = feed[list] as unknown[] | undefined;
          if (!records?.length) return;
          const record = mutate(records[pick % records.length], mutations);
          const schema = recordSchemas[list];
          const fast = compileFastPath(schema as never);
          assert.ok(fast, `no fast path for ${list}`);
          const fastResult = fast(record, { unknownKeys: false });
          const zodResult = schema.safeParse(record);
          if (fastResult === FAIL) return;
          assert.ok(
            zodResult.success,
            `fast path accepted what zod refuses: ${JSON.stringify(record)}`,
          );
          assert.deepEqual(fastResult, zodResult.data);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('lets a URL skip the full parse only when classifyUrl accepts it as https', () => {
    const unit = fc.constantFrom(
      ...'abz09-.:/?#%@[]\\ \t\u0000\u0085é'.split(''),
      'xn--',
      'www.',
      '.id',
      '1.2',
    );
    const url = fc.oneof(
      fc.string({ unit, maxLength: 30 }).map((tail) => `https://${tail}`),
      fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true }),
    );
    fc.assert(
      fc.property(url, (value) => {
        if (PLAIN_HTTPS_URL.test(value)) assert.equal(classifyUrl(value), 'https', value);
      }),
      { numRuns: RUNS * 10 },
    );
    for (const value of [
      'https://xn--a.com',
      'https://999.1.1.1/',
      'https://a.123/',
      'https://x:99999/',
    ]) {
      assert.equal(PLAIN_HTTPS_URL.test(value), false, value);
    }
  });

  it('parseFeedAsync gives the same result as parseFeed', async () => {
    await fc.assert(
      fc.asyncProperty(brokenFeed, async (input) => {
        const sync = parseFeed(input, { now: TODAY });
        const async = await parseFeedAsync(input, { now: TODAY, sliceMs: 0 });
        assert.deepEqual(async, sync);
      }),
      { numRuns: 200 },
    );
  });
});
