/**
 * Well-formed text: a lone UTF-16 surrogate (half of an emoji cut by a bad export) makes
 * `encodeURIComponent` throw and shows as garbage. Every string of a feed is made well-formed once, at
 * parse, by replacing lone surrogates with U+FFFD (as `String.prototype.toWellFormed` does; that method
 * is missing from older browsers, so this module carries its own).
 */

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

type WellFormedString = { isWellFormed?: () => boolean; toWellFormed?: () => string };
const native = String.prototype as unknown as WellFormedString;

/** Whether `text` holds no lone surrogate. */
export const isWellFormed: (text: string) => boolean =
  typeof native.isWellFormed === 'function'
    ? (text) => (text as unknown as Required<WellFormedString>).isWellFormed()
    : (text) => {
        LONE_SURROGATE.lastIndex = 0;
        return !LONE_SURROGATE.test(text);
      };

/** `text` with every lone surrogate replaced by U+FFFD (the replacement character). */
export function toWellFormed(text: string): string {
  return isWellFormed(text) ? text : text.replace(LONE_SURROGATE, '\ufffd');
}
