/**
 * Output shared by the commands: issues with path, message and fix in Indonesian or English, summary
 * counts, and the machine-readable `--json` report. Colour only on a terminal (and never with NO_COLOR).
 */
import type { FeedIssue } from '../model/types.js';
import type { Lang } from './args.js';

export interface FeedSummary {
  products: number;
  producers: number;
  outlets: number;
  /** Distinct region codes used by producers, products and outlets. */
  regions: number;
  categories: number;
  errors: number;
  warnings: number;
}

/** The `--json` report: stable field names, for CI pipelines and other tools. */
export interface JsonReport {
  source: string;
  valid: boolean;
  strict: boolean;
  summary: FeedSummary;
  issues: FeedIssue[];
  /** Why the input could not be read (exit 2); then `issues` is empty. */
  error?: string;
}

const LABELS = {
  id: {
    products: 'produk',
    producers: 'produsen',
    outlets: 'gerai',
    regions: 'wilayah',
    categories: 'kategori',
    errors: 'galat',
    warnings: 'peringatan',
    error: 'galat',
    warning: 'peringatan',
    valid: 'Feed sah.',
    validWithWarnings: 'Feed sah, dengan peringatan.',
    invalid: 'Feed mengandung galat.',
    notLoaded: 'Feed tidak dapat dipakai.',
  },
  en: {
    products: 'products',
    producers: 'producers',
    outlets: 'outlets',
    regions: 'regions',
    categories: 'categories',
    errors: 'errors',
    warnings: 'warnings',
    error: 'error',
    warning: 'warning',
    valid: 'The feed is valid.',
    validWithWarnings: 'The feed is valid, with warnings.',
    invalid: 'The feed has errors.',
    notLoaded: 'The feed cannot be used.',
  },
} as const;

export function labels(lang: Lang) {
  return LABELS[lang];
}

export interface Style {
  bold: (text: string) => string;
  red: (text: string) => string;
  yellow: (text: string) => string;
  green: (text: string) => string;
  dim: (text: string) => string;
}

const plain = (text: string) => text;
const PLAIN: Style = { bold: plain, red: plain, yellow: plain, green: plain, dim: plain };
const sgr = (open: number, close: number) => (text: string) => `\x1b[${open}m${text}\x1b[${close}m`;
const ANSI: Style = {
  bold: sgr(1, 22),
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  green: sgr(32, 39),
  dim: sgr(2, 22),
};

/** Colours when writing to a terminal, unless NO_COLOR is set (https://no-color.org). */
export function styleFor(
  isTTY: boolean | undefined,
  env: Record<string, string | undefined>,
): Style {
  if (env['NO_COLOR'] || env['TERM'] === 'dumb') return PLAIN;
  if (env['FORCE_COLOR'] && env['FORCE_COLOR'] !== '0') return ANSI;
  return isTTY ? ANSI : PLAIN;
}

export function countIssues(issues: readonly FeedIssue[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const issue of issues) if (issue.severity === 'error') errors++;
  return { errors, warnings: issues.length - errors };
}

/** One issue as a block: `error  products[3].price.min  (negative-price)` then the message, indented. */
export function formatIssueBlock(issue: FeedIssue, lang: Lang, style: Style = PLAIN): string {
  const l = LABELS[lang];
  const severity = issue.severity === 'error' ? style.red(l.error) : style.yellow(l.warning);
  const path = style.bold(issue.path || '(feed)');
  return `${severity}  ${path}  ${style.dim(`(${issue.code})`)}\n    ${issue.message[lang]}`;
}

/** `products 42 · producers 21 · …` */
export function formatSummary(summary: FeedSummary, lang: Lang, style: Style = PLAIN): string {
  const l = LABELS[lang];
  const counts = (['products', 'producers', 'outlets', 'regions', 'categories'] as const).map(
    (key) => `${l[key]} ${summary[key]}`,
  );
  const errors = `${l.errors} ${summary.errors}`;
  const warnings = `${l.warnings} ${summary.warnings}`;
  return [
    counts.join(' · '),
    `${summary.errors ? style.red(errors) : errors} · ${summary.warnings ? style.yellow(warnings) : warnings}`,
  ].join('\n');
}

/** The closing verdict line. */
export function formatVerdict(
  summary: FeedSummary,
  feedUsable: boolean,
  lang: Lang,
  style: Style = PLAIN,
): string {
  const l = LABELS[lang];
  if (!feedUsable) return style.red(style.bold(l.notLoaded));
  if (summary.errors) return style.red(style.bold(l.invalid));
  if (summary.warnings) return style.green(l.validWithWarnings);
  return style.green(style.bold(l.valid));
}

/** A full human report: each issue, then the summary and the verdict. */
export function formatHumanReport(
  report: JsonReport,
  feedUsable: boolean,
  lang: Lang,
  style: Style = PLAIN,
): string {
  const blocks = report.issues.map((issue) => formatIssueBlock(issue, lang, style));
  const head = style.bold(report.source);
  return [
    head,
    ...blocks,
    '',
    formatSummary(report.summary, lang, style),
    formatVerdict(report.summary, feedUsable, lang, style),
    '',
  ].join('\n');
}

/** `--json` output: one JSON document, pretty-printed, ending with a newline. */
export function formatJsonReport(report: JsonReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
