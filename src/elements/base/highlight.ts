/**
 * Matched words highlighted in a text: every word that a searched word starts (or, for words of five
 * letters or more, is one typo away from) is wrapped in a `<mark>` built by a Lit template. The text is
 * only ever a text node: nothing in it is parsed as HTML.
 */
import { html, type TemplateResult } from 'lit';
import { normalizeText, stemIndonesian, tokenize } from '../../feed/text.js';
import { editDistanceWithin } from '../../feed/query/typo.js';

const WORD = /([\p{L}\p{N}]+)/u;

/** One edit for words of five letters or more, two from ten (as the search tolerates). */
const withinTypo = (term: string, word: string) => {
  const edits = term.length >= 10 ? 2 : 1;
  return editDistanceWithin(term, word, edits) <= edits;
};

/** True when a normalised text word matches one of the searched terms. */
function matches(word: string, terms: string[]): boolean {
  return terms.some(
    (term) =>
      word.startsWith(term) ||
      stemIndonesian(word) === stemIndonesian(term) ||
      (term.length >= 5 && withinTypo(term, word)),
  );
}

/** `text` with the words matching `query` in `<mark part="mark">`; the text itself when none do. */
export function highlightWords(
  text: string,
  query: string | undefined,
): string | (string | TemplateResult)[] {
  const terms = query ? tokenize(query) : [];
  if (terms.length === 0 || !text) return text;
  let any = false;
  const parts = text.split(WORD).map((part, i) => {
    // Odd parts are words (the capture group); even parts the separators between them.
    if (i % 2 === 0 || !part) return part;
    const word = normalizeText(part).replace(/ /g, '');
    if (!word || !matches(word, terms)) return part;
    any = true;
    return html`<mark part="mark">${part}</mark>`;
  });
  return any ? parts : text;
}
