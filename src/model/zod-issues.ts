/** Turns zod issues into feed issues: our code, a JSON path, and a bilingual message with a fix. */
import type * as z from 'zod/mini';
import { createIssue, isIssueCode, type IssueDetails } from './issues.js';
import type { FeedIssue } from './types.js';

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['products', 12, 'price', 'min']` → `products[12].price.min`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) path += path ? `.${segment}` : segment;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

type ZodIssue = z.core.$ZodIssue & { input?: unknown };

export function zodIssueToFeedIssue(issue: ZodIssue, prefix: readonly PathSegment[]): FeedIssue {
  // A union (localized text) failed: report the branch that matches the kind of value given.
  if (issue.code === 'invalid_union' && issue.input !== undefined) {
    const branchIssues = issue.errors.find((branch) =>
      branch.every((i) => i.code !== 'invalid_type' || i.path.length > 0),
    );
    const first = branchIssues?.[0];
    if (first)
      return zodIssueToFeedIssue(first as ZodIssue, [...prefix, ...(issue.path as PathSegment[])]);
  }
  const segments = [...prefix, ...(issue.path as PathSegment[])];
  const path = formatPath(segments);
  const [code, details] = classify(issue, segments);
  return createIssue(path, code, 'error', details);
}

function classify(issue: ZodIssue, segments: PathSegment[]): [string, IssueDetails] {
  if (isIssueCode(issue.message)) return [issue.message, { received: describeValue(issue.input) }];
  const missing = !('input' in issue) || issue.input === undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (missing) return [segments.at(-1) === 'alt' ? 'missing-alt' : 'missing-field', {}];
      if (issue.expected === 'int' && typeof issue.input === 'number') return ['not-integer', {}];
      return [
        'wrong-type',
        {
          expected: issue.expected === 'int' ? 'number' : issue.expected,
          received: typeOf(issue.input),
        },
      ];
    case 'invalid_union':
      if (missing) return [segments.at(-1) === 'alt' ? 'missing-alt' : 'missing-field', {}];
      return ['wrong-type', { expected: 'string', received: typeOf(issue.input) }];
    case 'invalid_value':
      return [
        'invalid-value',
        { expected: issue.values.map(String).join(', '), received: describeValue(issue.input) },
      ];
    case 'too_big':
      return ['too-long', { value: Number(issue.maximum) }];
    case 'too_small':
      return issue.origin === 'string'
        ? ['empty', {}]
        : ['too-small', { value: Number(issue.minimum) }];
    case 'invalid_key': {
      // A record key (a language code) failed its own check: report that check's code.
      const inner = issue.issues[0]?.message;
      return [
        inner && isIssueCode(inner) ? inner : 'invalid',
        { received: describeValue(issue.input) },
      ];
    }
    default:
      return ['invalid', {}];
  }
}

/** A short quote of a value for a message (at most 60 characters). */
export function describeValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
