/**
 * The one gate every feed URL passes before it reaches an `href` or `src`.
 * Only `https:` is safe; `http:` is accepted with a warning by the model; relative URLs are allowed
 * where the caller says so (images served next to the feed). Every other scheme (`javascript:`,
 * `data:`, `vbscript:`, `file:` …) is refused.
 */

export type UrlVerdict = 'https' | 'http' | 'relative' | 'unsafe' | 'invalid';

// Control characters and whitespace inside a scheme are a classic way to sneak `java\tscript:` past
// naive checks; browsers strip them, so we strip them too before looking at the scheme.
// eslint-disable-next-line no-control-regex
const STRIPPED = /[\u0000-\u0020\u007f-\u009f]/g;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/** Classifies a URL string without resolving it against any base. */
export function classifyUrl(value: string): UrlVerdict {
  const compact = value.replace(STRIPPED, '');
  if (compact === '') return 'invalid';
  const scheme = SCHEME.exec(compact)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    // Protocol-relative `//host/x` would load from another host with the page's scheme: refuse it.
    if (compact.startsWith('//') || compact.startsWith('\\\\') || compact.startsWith('/\\'))
      return 'unsafe';
    return 'relative';
  }
  if (scheme !== 'https' && scheme !== 'http') return 'unsafe';
  try {
    const url = new URL(value.trim());
    if (!url.hostname) return 'invalid';
  } catch {
    return 'invalid';
  }
  return scheme;
}

export interface SafeUrlOptions {
  /** Accept relative URLs (resolved against `base` when given). Default false. */
  allowRelative?: boolean;
  /** Accept `http:` URLs. Default true: the model already warned about them. */
  allowHttp?: boolean;
  /** Base for relative URLs, usually the feed's URL. */
  base?: string | URL;
}

/**
 * Returns a URL string that is safe to put in `href`/`src`, or `undefined` when it is not.
 * Relative URLs are resolved against `base` when one is given.
 */
export function safeUrl(value: unknown, options: SafeUrlOptions = {}): string | undefined {
  if (typeof value !== 'string') return undefined;
  const verdict = classifyUrl(value);
  if (verdict === 'https') return value.trim();
  if (verdict === 'http') return options.allowHttp === false ? undefined : value.trim();
  if (verdict === 'relative' && options.allowRelative) {
    if (options.base === undefined) return value.trim();
    try {
      const resolved = new URL(value.trim(), options.base);
      return resolved.protocol === 'https:' || resolved.protocol === 'http:'
        ? resolved.href
        : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
