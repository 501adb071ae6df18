/**
 * Feed health for the webmaster and the data steward: the showcase's "this feed has no products that
 * can be shown" state, the `debug` panel, and one collapsed console group per load. Visitors see none
 * of it unless the feed shows nothing at all.
 */
import { html, nothing } from 'lit';
import { defineStrings } from '../base/localize.js';
import { icons } from '../base/icons.js';
import { formatIssue } from '../../model/issues.js';
import type { FeedCounts } from '../../model/health.js';
import type { FeedIssue } from '../../model/types.js';
import type { Language } from '../../model/vocabulary.js';

export const healthStrings = defineStrings('feed-health', {
  id: {
    emptyTitle: 'Feed ini tidak berisi produk yang dapat ditampilkan',
    emptyProblems: (count: number) =>
      `Data katalog memuat ${count} masalah. Pengelola situs: jalankan “npx etalase validate” pada berkas feed untuk melihat perbaikannya.`,
    emptyNoProblems: 'Feed belum berisi produk.',
    title: 'Kesehatan feed',
    read: 'Entri dibaca',
    shown: 'Entri ditampilkan',
    products: 'Produk ditampilkan',
    dropped: 'Entri dilewati',
    droppedParts: 'Kolom atau butir dibuang',
    repaired: 'Nilai diperbaiki',
    errors: 'Galat',
    warnings: 'Peringatan',
    first: (shown: number, total: number) => `${shown} dari ${total} masalah pertama`,
    hint: 'Daftar lengkap beserta perbaikannya: npx etalase validate <feed>',
    console: (errors: number, warnings: number, dropped: number) =>
      `Etalase: feed dimuat dengan ${errors} galat dan ${warnings} peringatan; ${dropped} entri dilewati`,
  },
  en: {
    emptyTitle: 'This feed has no products that can be shown',
    emptyProblems: (count: number) =>
      `The catalogue data has ${count} ${count === 1 ? 'problem' : 'problems'}. Site webmaster: run “npx etalase validate” on the feed file to see the fixes.`,
    emptyNoProblems: 'The feed has no products yet.',
    title: 'Feed health',
    read: 'Records read',
    shown: 'Records shown',
    products: 'Products shown',
    dropped: 'Records skipped',
    droppedParts: 'Fields or items dropped',
    repaired: 'Values repaired',
    errors: 'Errors',
    warnings: 'Warnings',
    first: (shown: number, total: number) => `First ${shown} of ${total} problems`,
    hint: 'The full list with fixes: npx etalase validate <feed>',
    console: (errors: number, warnings: number, dropped: number) =>
      `Etalase: feed loaded with ${errors} errors and ${warnings} warnings; ${dropped} records skipped`,
  },
});

/** Issues listed in the panel and the console; the CLI lists them all. */
const FIRST = 20;

/** One collapsed console group: the counts, then the first issues. Nothing for a clean feed. */
export function logFeedHealth(
  counts: FeedCounts,
  issues: readonly FeedIssue[],
  lang: Language,
): void {
  if (issues.length === 0 || typeof console.groupCollapsed !== 'function') return;
  console.groupCollapsed(
    healthStrings.get(lang, 'console', counts.errors, counts.warnings, counts.dropped),
  );
  console.info(countsText(counts, lang));
  for (const issue of issues.slice(0, FIRST)) {
    const line = formatIssue(issue, lang);
    if (issue.severity === 'error') console.warn(line);
    else console.info(line);
  }
  console.info(healthStrings.get(lang, 'hint'));
  console.groupEnd();
}

const COUNT_KEYS = [
  'read',
  'shown',
  'products',
  'dropped',
  'droppedParts',
  'repaired',
  'errors',
  'warnings',
] as const;

function countsText(counts: FeedCounts, lang: Language): string {
  return COUNT_KEYS.map((key) => `${healthStrings.get(lang, key)}: ${counts[key]}`).join(' · ');
}

/** Shown instead of the product grid when the feed loaded but holds no product that can be shown. */
export function renderFeedEmpty(counts: FeedCounts, lang: Language) {
  const problems = counts.errors + counts.warnings;
  return html`<div part="notice" class="notice feed-empty" role="status">
    ${icons.alert}
    <div>
      <strong>${healthStrings.get(lang, 'emptyTitle')}</strong>
      <p>
        ${
          problems
            ? healthStrings.get(lang, 'emptyProblems', problems)
            : healthStrings.get(lang, 'emptyNoProblems')
        }
      </p>
    </div>
  </div>`;
}

/** The `debug` panel: counts and the first issues, for the webmaster testing the page. */
export function renderFeedHealth(counts: FeedCounts, issues: readonly FeedIssue[], lang: Language) {
  const t = healthStrings;
  return html`<section part="debug" class="notice debug" aria-labelledby="feed-health-title">
    <div>
      <strong id="feed-health-title">${t.get(lang, 'title')}</strong>
      <dl>
        ${COUNT_KEYS.map(
          (key) =>
            html`<div>
              <dt>${t.get(lang, key)}</dt>
              <dd>${counts[key]}</dd>
            </div>`,
        )}
      </dl>
      ${
        issues.length
          ? html`<p>${t.get(lang, 'first', Math.min(FIRST, issues.length), issues.length)}</p>
              <ol>
                ${issues.slice(0, FIRST).map((issue) => html`<li><code>${issue.path || '(feed)'}</code> ${issue.message[lang]}</li>`)}
              </ol>
              <p>${t.get(lang, 'hint')}</p>`
          : nothing
      }
    </div>
  </section>`;
}
