/// <reference types="node" />
/**
 * Server rendering of the showcase (node only; browser code never imports this folder): the HTML of an
 * `etalase-showcase` whose header, filters with counts and first page of products are in a declarative
 * shadow root (`<template shadowrootmode="open">`), so the page shows them before any script runs and
 * the drop-in file hydrates them (keeps the nodes) once the feed has loaded. `@lit-labs/ssr` escapes
 * every text and attribute value; links go through the same safe-URL rules as in the browser.
 */
import { createHash } from 'node:crypto';
import { html as serverHtml, LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { EtalaseShowcase } from '../elements/showcase/showcase.js';
import {
  createQueryEngine,
  createRegionIndex,
  type QueryEngine,
  type RegionIndex,
} from '../feed/index.js';
import { productsJsonLd, serializeJsonLd, type JsonLdItem } from '../format/json-ld.js';
import { localize } from '../format/text.js';
import { safeUrl } from '../format/url.js';
import { mailtoUrl, telUrl, whatsappMessage, whatsappUrl } from '../format/whatsapp.js';
import { normalizeRegionCode } from '../model/region-code.js';
import type { Feed, Producer, Product } from '../model/types.js';
import type { Language } from '../model/vocabulary.js';

/** Products on the first page when no page size is given (the showcase's wide-screen default). */
export const DEFAULT_RENDER_PAGE_SIZE = 24;

export interface RenderShowcaseOptions {
  /** The feed URL(s) the showcase loads in the browser (its `src` attribute). */
  src: string;
  /** UI language (default `id`). */
  lang?: Language;
  /** Kemendagri code to pre-filter (`region` attribute). */
  region?: string;
  /** Category to pre-filter (`category` attribute). */
  category?: string;
  /** Products on the first page (`page-size` attribute; default 24). */
  pageSize?: number;
  /** Mirror the filters in the page URL (`sync-url`). */
  syncUrl?: boolean;
  /** Base for relative image URLs and JSON-LD links (usually the feed's URL). */
  base?: string;
  /** A query engine already built for `feed` (reused across many pages by `etalase site`). */
  engine?: QueryEngine;
  /**
   * Link each shadow root's style from a shared file (`<link rel="stylesheet">`) instead of repeating
   * it inline: `href` is the folder's URL as the page sees it, and `files` receives each file's name
   * and CSS for the caller to write there. Without it the styles are inline (a self-contained snippet).
   */
  linkStyles?: { href: string; files: Map<string, string> };
}

/** The words of the no-JavaScript contact list. */
const WORDS = {
  id: { contacts: 'Kontak produsen', phone: 'Telepon', email: 'Surel', website: 'Situs web' },
  en: { contacts: 'Producer contacts', phone: 'Phone', email: 'E-mail', website: 'Website' },
} as const;

/**
 * The contact links of `producer` about `product` (WhatsApp, phone, e-mail, website), each through the
 * safe-URL rules; an empty list when none is usable.
 */
export function contactLinks(producer: Producer, product: Product | undefined, lang: Language) {
  const words = WORDS[lang];
  const producerName = localize(producer.name, lang);
  const contact = producer.contact ?? {};
  const message = product
    ? whatsappMessage(localize(product.name, lang), lang, producerName)
    : undefined;
  return [
    ['WhatsApp', whatsappUrl(contact.whatsapp, message)],
    [words.phone, telUrl(contact.phone)],
    [words.email, mailtoUrl(contact.email)],
    [words.website, safeUrl(contact.website)],
  ]
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([label, href]) => serverHtml`<a href=${href} rel="noopener">${label}</a>`);
}

/** The first-page products with their producers, in the showcase's order. */
function firstPage(engine: QueryEngine, options: RenderShowcaseOptions) {
  const region = normalizeRegionCode(options.region ?? '');
  const result = engine.query(
    {
      ...(region ? { region: [region] } : {}),
      ...(options.category ? { category: [options.category] } : {}),
    },
    { pageSize: options.pageSize ?? DEFAULT_RENDER_PAGE_SIZE },
  );
  return result.hits;
}

/** The regency or city of a region code, as the cards name it. */
export function cityName(regions: RegionIndex, code: string): string {
  return regions.nameOf(code.split('.').slice(0, 2).join('.'));
}

/**
 * JSON-LD of `items` as a `<script type="application/ld+json">` (its text is made script-safe).
 * `standsFor`: the element that writes the same block in the browser (it replaces this one then).
 */
export function jsonLdScript(data: unknown, standsFor?: string) {
  return serverHtml`<script type="application/ld+json" data-etalase-prerendered=${standsFor ?? nothing}>${unsafeHTML(serializeJsonLd(data))}</script>`;
}

/**
 * `markup` with each inline `<style>` (of a declarative shadow root) replaced by a link to a file named
 * by a hash of its CSS, under `href`; `files` receives name → CSS. A page with many cards then carries
 * each element's CSS once, and the browser parses it once (it shares the sheets of one URL).
 */
export function linkStyles(markup: string, href: string, files: Map<string, string>): string {
  return markup.replace(/<style>([\s\S]*?)<\/style>/g, (_, css: string) => {
    const name = `${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
    files.set(name, css);
    return `<link rel="stylesheet" href="${href}${name}">`;
  });
}

/**
 * The HTML of a pre-rendered `etalase-showcase` showing `feed`: the element with its declarative shadow
 * root, a `<noscript>` list of the first page's producer contacts, and the JSON-LD of those products.
 */
export async function renderShowcase(
  sourceFeed: Feed,
  options: RenderShowcaseOptions,
): Promise<string> {
  // With a ready engine, the caller has already rewritten the feed's image URLs.
  const feed = options.engine ? sourceFeed : withImagesFrom(sourceFeed, options.src);
  const lang = options.lang ?? 'id';
  const pageSize = options.pageSize ?? DEFAULT_RENDER_PAGE_SIZE;
  const engine = options.engine ?? createQueryEngine(feed, { lang });
  // SSR creates the element itself: this renderer hands it the feed before its first render.
  class ShowcaseRenderer extends LitElementRenderer {
    static override matchesClass(ctor: typeof HTMLElement): boolean {
      return ctor === EtalaseShowcase;
    }
    override connectedCallback(): void {
      (this.element as EtalaseShowcase).prerender(feed, engine);
      super.connectedCallback();
    }
  }
  const hits = firstPage(engine, options);
  const regions = createRegionIndex(feed);
  const items: JsonLdItem[] = hits.map((hit) => ({
    product: hit.product,
    producer: hit.producer,
    regionName: cityName(regions, hit.regionCode),
  }));
  const producers = [...new Map(hits.map((hit) => [hit.producer.id, hit])).values()];
  const words = WORDS[lang];
  const template = serverHtml`<etalase-showcase
      src=${options.src}
      lang=${lang}
      page-size=${pageSize}
      region=${options.region || nothing}
      category=${options.category || nothing}
      ?sync-url=${options.syncUrl ?? false}
    ></etalase-showcase>`;
  const jsonLd = items.length
    ? jsonLdScript(
        productsJsonLd(items, { lang, ...(options.base ? { base: options.base } : {}) }),
        // The grid writes the JSON-LD of what it shows once hydrated: this block makes way for it.
        'etalase-product-grid',
      )
    : nothing;
  // Without JavaScript the cards show names, prices and producers; this adds how to reach them. (A
  // <noscript> holds raw text for the template parser, so its content is rendered on its own.)
  const contacts = serverHtml`<section class="etalase-contacts" lang=${lang}>
    <h2>${words.contacts}</h2>
    <ul>
      ${producers.map(
        (hit) =>
          serverHtml`<li>${localize(hit.producer.name, lang)}: ${contactLinks(hit.producer, hit.product, lang).map((link, i) => (i ? serverHtml` · ${link}` : link))}</li>`,
      )}
    </ul>
  </section>`;
  const [element, noscript, script] = await Promise.all([
    collectResult(render(template, { elementRenderers: [ShowcaseRenderer, LitElementRenderer] })),
    collectResult(render(contacts)),
    collectResult(render(jsonLd)),
  ]);
  const styled = options.linkStyles
    ? linkStyles(element, options.linkStyles.href, options.linkStyles.files)
    : element;
  return `${styled}\n<noscript>${noscript}</noscript>\n${script}\n`;
}

/** A placeholder page address (deep enough for any `../` of a real page) to resolve against. */
const PAGE = 'https://page.invalid/1/2/3/4/5/6/7/8/';

/**
 * `url` (relative to the feed at `src`) as the page will need it: relative when `src` is relative to
 * the page, from the root when `src` is, absolute when `src` is absolute.
 */
export function relativeToFeed(url: string, src: string): string {
  let resolved: URL;
  try {
    resolved = new URL(url, new URL(src, PAGE));
  } catch {
    return url;
  }
  if (resolved.origin !== new URL(PAGE).origin) return resolved.href;
  const rest = `${resolved.search}${resolved.hash}`;
  if (src.startsWith('/') || url.startsWith('/')) return `${resolved.pathname}${rest}`;
  // From the page's folder to the file: up to the common folder, then down.
  const from = new URL(PAGE).pathname.split('/').slice(1, -1);
  const to = resolved.pathname.split('/').slice(1);
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return `${'../'.repeat(from.length - common)}${to.slice(common).join('/')}${rest}`;
}

/** `feed` with the relative image URLs of its products rewritten for a page that loads it from `src`. */
export function withImagesFrom(feed: Feed, src: string): Feed {
  if (!src) return feed;
  const image = <T extends { src: string; variants?: { src: string }[] }>(item: T): T => ({
    ...item,
    src: relativeToFeed(item.src, src),
    ...(item.variants
      ? {
          variants: item.variants.map((variant) => ({
            ...variant,
            src: relativeToFeed(variant.src, src),
          })),
        }
      : {}),
  });
  return {
    ...feed,
    products: feed.products.map((product) => ({ ...product, images: product.images.map(image) })),
  };
}
