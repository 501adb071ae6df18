import type { Language } from './language.js';

/**
 * Text as a feed gives it: a plain string, or an object keyed by language code. The model's
 * `LocalizedText` is one; the format layer names the shape itself and imports nothing from the model.
 */
export type Localizable = string | Readonly<Record<string, string>>;

/**
 * Picks the text for `lang` from a localized value: the language itself, then Indonesian, then
 * English, then whatever the feed has. Always a plain string (render it as text, never as HTML).
 */
export function localize(value: Localizable | undefined, lang: Language): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return value[lang] ?? value['id'] ?? value['en'] ?? Object.values(value)[0] ?? '';
}

/** Every language's text of a localized value (for search indexes). */
export function allTexts(value: Localizable | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : Object.values(value);
}

/** The BCP 47 language the text actually came from, for a `lang` attribute on it. */
export function localizedLang(value: Localizable | undefined, lang: Language): string | undefined {
  if (value === undefined || typeof value === 'string') return undefined;
  if (value[lang] !== undefined) return lang;
  return ['id', 'en', ...Object.keys(value)].find((key) => value[key] !== undefined);
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * `text` with each lone surrogate (half of an emoji cut in two) replaced by U+FFFD, as the URL parser
 * and `TextEncoder` do: `encodeURIComponent` throws on a lone surrogate.
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}
