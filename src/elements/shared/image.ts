/**
 * Product pictures, shared by the card and the detail: every `src` through `safeUrl`, intrinsic
 * `width`/`height` always set (no layout shift), lazy loading, `srcset` from the feed's variants, and
 * no `Referer`: a feed's pictures mostly live on other hosts, which need not learn which page (and
 * which search in its URL) a visitor is on.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeUrl } from '../../format/url.js';
import { localize } from '../../format/text.js';
import type { Image } from '../../model/types.js';
import type { Language } from '../../model/vocabulary.js';

/** Size used when the feed does not give one: 4:3, the shape of the card's picture box. */
export const DEFAULT_IMAGE_SIZE = { width: 800, height: 600 } as const;

export interface ImageSource {
  src: string;
  srcset: string | undefined;
  width: number;
  height: number;
  alt: string;
}

/** A feed image as safe attributes, or `undefined` when its URL is refused. */
export function imageSource(
  image: Image | undefined,
  lang: Language,
  base?: string,
): ImageSource | undefined {
  if (!image) return undefined;
  const options = { allowRelative: true, ...(base ? { base } : {}) };
  const src = safeUrl(image.src, options);
  if (!src) return undefined;
  const candidates = (image.variants ?? [])
    .map((variant) => {
      const url = safeUrl(variant.src, options);
      // A comma or space inside a URL would split the srcset list: leave such a variant out.
      return url && !/[\s,]/.test(url) ? `${url} ${variant.width}w` : undefined;
    })
    .filter((entry): entry is string => entry !== undefined);
  if (candidates.length && image.width && !/[\s,]/.test(src)) {
    candidates.push(`${src} ${image.width}w`);
  }
  return {
    src,
    srcset: candidates.length ? candidates.join(', ') : undefined,
    width: image.width ?? DEFAULT_IMAGE_SIZE.width,
    height: image.height ?? DEFAULT_IMAGE_SIZE.height,
    alt: localize(image.alt, lang),
  };
}

/** An `<img>` for a source; `onError` switches the owner to its placeholder. */
export function renderImage(
  source: ImageSource,
  sizes: string,
  onError: (event: Event) => void,
  eager = false,
) {
  // Loading hints come before the URLs: the browser decides how to fetch when `src` is set.
  return html`<img
    decoding="async"
    referrerpolicy="no-referrer"
    loading=${eager ? 'eager' : 'lazy'}
    fetchpriority=${eager ? 'high' : nothing}
    width=${source.width}
    height=${source.height}
    alt=${source.alt}
    sizes=${source.srcset ? sizes : nothing}
    srcset=${ifDefined(source.srcset)}
    src=${source.src}
    @error=${onError}
  />`;
}
