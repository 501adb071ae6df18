/**
 * The one gate every feed URL passes before it reaches an `href` or `src`: the model and the CLI,
 * every element (with or without `base-url`), includes, the map's base map and JSON-LD all use it.
 *
 * It reads a URL the way the URL standard (WHATWG) does, so what it checks is what a browser loads:
 * C0 controls and spaces are stripped at both ends, tabs and newlines removed anywhere, and a
 * backslash counts as a slash (`\/evil.example` is protocol-relative). Other Unicode whitespace
 * (`U+00A0`, `U+3000`, …), other control characters and bidirectional controls are refused rather
 * than guessed at. Only `https:` is safe; `http:` is accepted (the model warns); relative URLs must
 * stay on the base's origin, so `//host/x` in any spelling is refused. Every other scheme
 * (`javascript:`, `data:`, `vbscript:`, `file:` …) is refused.
 */
import { wellFormed } from './text.js';

export type UrlVerdict = 'https' | 'http' | 'relative' | 'unsafe' | 'invalid';

export interface ClassifyUrlOptions {
  /**
   * The feed's URL (or another base): a relative URL is then `relative` only when it resolves to an
   * `http(s)` URL on the base's origin. Without a base, a relative URL is `relative` when no base can
   * give it another host (it does not start with two slashes or backslashes).
   */
  base?: string | URL | undefined;
}

// What the URL parser itself does first (WHATWG "basic URL parser", steps 1 to 3, once the string is
// a USVString: a lone surrogate is U+FFFD before a removed tab could pair it with another).
// eslint-disable-next-line no-control-regex
const OUTER = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const TAB_OR_NEWLINE = /[\t\n\r]/g;
/**
 * Left after that, these make a URL ambiguous or deceptive: other controls (C0, DEL, C1), Unicode
 * whitespace that `String.trim` removes but the URL parser keeps, and bidirectional controls.
 */
const REFUSED =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u00a0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u202a-\u202e\u2066-\u2069]/;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
/** Two slashes, in any mix with backslashes: another host, for the `http(s)` base of a feed. */
const OTHER_HOST = /^[/\\]{2}/;

/**
 * The string a browser would parse: outer controls and spaces stripped, tabs and newlines removed;
 * `undefined` when it is empty or holds a refused character.
 */
export function prepareUrl(value: string): string | undefined {
  const prepared = wellFormed(value).replace(OUTER, '').replace(TAB_OR_NEWLINE, '');
  return prepared === '' || REFUSED.test(prepared) ? undefined : prepared;
}

const isWeb = (url: URL) => url.protocol === 'https:' || url.protocol === 'http:';

function parse(value: string, base?: string | URL): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

// A page checks every image of a feed against the same base: parse it once.
let lastBase: { text: string; url: URL | undefined } | undefined;
function parseBase(base: string | URL): URL | undefined {
  if (typeof base !== 'string') return base;
  if (lastBase?.text !== base) lastBase = { text: base, url: parse(base) };
  return lastBase.url;
}

/** The verdict on a prepared URL (see `prepareUrl`), and its resolution when it has one. */
function judge(prepared: string, base: string | URL | undefined): [UrlVerdict, URL?] {
  const scheme = SCHEME.exec(prepared)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    if (OTHER_HOST.test(prepared)) return ['unsafe'];
    if (base === undefined) return ['relative'];
    const origin = parseBase(base);
    const resolved = parse(prepared, origin);
    if (!origin || !resolved) return ['invalid'];
    return isWeb(resolved) && resolved.origin === origin.origin
      ? ['relative', resolved]
      : ['unsafe'];
  }
  if (scheme !== 'https' && scheme !== 'http') return ['unsafe'];
  const url = parse(prepared);
  return url?.hostname ? [scheme, url] : ['invalid'];
}

/** Classifies a URL string; relative URLs are checked against `options.base` when one is given. */
export function classifyUrl(value: string, options: ClassifyUrlOptions = {}): UrlVerdict {
  const prepared = typeof value === 'string' ? prepareUrl(value) : undefined;
  return prepared === undefined ? 'invalid' : judge(prepared, options.base)[0];
}

export interface SafeUrlOptions {
  /** Accept relative URLs (resolved against `base` when given). Default false. */
  allowRelative?: boolean;
  /** Accept `http:` URLs. Default true: the model already warned about them. */
  allowHttp?: boolean;
  /** Base for relative URLs, usually the feed's URL: they must resolve on its origin. */
  base?: string | URL | undefined;
}

/**
 * Returns a URL string that is safe to put in `href`/`src`, or `undefined` when it is not: an
 * absolute URL as the browser will read it (cleaned as in `prepareUrl`, so a template such as
 * `{z}/{x}/{y}` survives); a relative URL resolved against `base`, or without a base cleaned, so that
 * wherever the browser resolves it, it stays on that page's host.
 */
export function safeUrl(value: unknown, options: SafeUrlOptions = {}): string | undefined {
  if (typeof value !== 'string') return undefined;
  const prepared = prepareUrl(value);
  if (prepared === undefined) return undefined;
  const [verdict, resolved] = judge(prepared, options.base);
  if (verdict === 'https') return prepared;
  if (verdict === 'http') return options.allowHttp === false ? undefined : prepared;
  if (verdict === 'relative' && options.allowRelative) return resolved ? resolved.href : prepared;
  return undefined;
}
