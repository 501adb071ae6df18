/// <reference types="node" />
/**
 * `etalase site`: a static catalogue any office can put on any static host. The showcase page, one
 * page per product (`produk/<id>/`) and per producer (`produsen/<id>/`), each with its own title,
 * description, canonical URL, Open Graph and Twitter card tags and JSON-LD, readable without
 * JavaScript; `sitemap.xml`, `robots.txt`, and an English tree (`en/…`) on request. Pages link each
 * other relatively, so the site also works from a sub-folder or a local preview.
 *
 * The pages run under a strict Content-Security-Policy: scripts only from the site itself, and the
 * styles of the pre-rendered elements (inline `<style>` in their declarative shadow roots) allowed by
 * their hashes, which this module computes and writes into every page's policy.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { html, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { nothing } from 'lit';
import { createQueryEngine, createRegionIndex, type QueryEngine } from '../feed/index.js';
import { mapLimit } from '../feed/load.js';
import { productJsonLd, productsJsonLd } from '../format/json-ld.js';
import { formatPrice } from '../format/money.js';
import { localize } from '../format/text.js';
import { safeUrl } from '../format/url.js';
import { isPlainSlug } from '../elements/showcase/url-state.js';
import type { Feed, Producer, Product } from '../model/types.js';
import type { Language } from '../model/vocabulary.js';
import {
  cityName,
  contactLinks,
  jsonLdScript,
  relativeToFeed,
  renderShowcase,
  withImagesFrom,
} from './render.js';

export interface SiteOptions {
  /** The folder to write. */
  out: string;
  /** Where the site will live (`https://…/`): canonical URLs, Open Graph, the sitemap. */
  baseUrl?: string;
  /** Languages, the first at the root (default `['id']`). */
  langs?: Language[];
  /** The feed's JSON text, copied into the site so the showcase loads it from the same host. */
  feedText: string;
  /** The folder of a local feed file: its relative images are copied next to the feed's copy. */
  feedDir?: string;
  /** The folder of the built drop-in (`etalase.min.js`, its worker and chunks). */
  dropIn: string;
  /** Products on the showcase's first page (default 12). */
  pageSize?: number;
}

export interface SiteResult {
  pages: number;
  files: number;
  bytes: number;
  /** The Content-Security-Policy every page declares. */
  csp: string;
}

const FEED_PATH = 'data/feed.json';
const DROP_IN_PATH = 'assets/etalase/';
/** The pre-rendered elements' styles, one file per element style, named by a hash of its CSS. */
const STYLES_PATH = 'assets/etalase/ssr/';
/** sitemaps.org: at most 50,000 URLs per file. */
const SITEMAP_LIMIT = 50_000;
/** Pages written at once: enough to keep the disk busy while the next pages render. */
const WRITE_CONCURRENCY = 16;

const WORDS = {
  id: {
    catalogue: 'Produk unggulan',
    by: 'oleh',
    contact: 'Hubungi produsen',
    products: 'Produk',
    more: 'Produk lain dalam katalog',
    home: 'Katalog',
    locale: 'id_ID',
    priceOnRequest: 'Harga atas permintaan',
  },
  en: {
    catalogue: 'Flagship products',
    by: 'by',
    contact: 'Contact the producer',
    products: 'Products',
    more: 'More products in the catalogue',
    home: 'Catalogue',
    locale: 'en_US',
    priceOnRequest: 'Price on request',
  },
} as const;

/** A path segment for a record id: the id itself when it is URL- and file-safe, else a short hash. */
export function slugFor(id: string): string {
  return isPlainSlug(id) ? id : `h-${createHash('sha256').update(id).digest('hex').slice(0, 16)}`;
}

/** `sha256-…` sources of every distinct `<style>` element in `markup`. */
export function styleHashes(markup: string): string[] {
  const hashes = new Set<string>();
  for (const [, css] of markup.matchAll(/<style>([\s\S]*?)<\/style>/g))
    hashes.add(`'sha256-${createHash('sha256').update(css!).digest('base64')}'`);
  return [...hashes].sort();
}

/** The policy of the generated pages (see docs/prerender.md). */
export function siteCsp(styles: string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${styles.join(' ')}`.trim(),
    "img-src 'self' https:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
  ].join('; ');
}

/** The XML of a sitemap with `urls` (absolute, with an optional W3C date). */
export function sitemapXml(urls: { loc: string; lastmod?: string | undefined }[]): string {
  const escape = (text: string) =>
    text.replace(
      /[&<>"']/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
    );
  const entries = urls.map(
    (url) =>
      `  <url><loc>${escape(url.loc)}</loc>${url.lastmod ? `<lastmod>${escape(url.lastmod)}</lastmod>` : ''}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`;
}

interface Page {
  /** Path of the page's folder inside the site, e.g. `en/produk/abc/` (`''` for the root). */
  path: string;
  lang: Language;
  title: string;
  description: string;
  image?: string | undefined;
  type: 'website' | 'product' | 'profile';
  price?: { amount: number; currency: string } | undefined;
  /** The same page in the other languages: lang → path. */
  alternates: Partial<Record<Language, string>>;
  jsonLd?: unknown;
  body: unknown;
  /** Markup placed after the body as it is (already escaped). */
  after?: string;
  lastmod?: string | undefined;
}

/**
 * The feed's text with `publisher.siteUrl` set to the site's address, so that a showcase of this feed
 * (with `sync-url`) links products to their pages here and shares those pages.
 */
export function withSiteUrl(feedText: string, siteUrl: string): string {
  const feed = JSON.parse(feedText.replace(/^\uFEFF/, '')) as {
    publisher?: Record<string, unknown>;
  };
  if (!feed.publisher || typeof feed.publisher !== 'object') return feedText;
  feed.publisher.siteUrl = siteUrl;
  return JSON.stringify(feed);
}

/** A date as the sitemap's W3C datetime (the date part of an ISO 8601 value). */
const w3cDate = (value: string | undefined) =>
  value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;

/** Builds the site into `options.out`; resolves with what was written. */
export async function buildSite(sourceFeed: Feed, options: SiteOptions): Promise<SiteResult> {
  const langs: Language[] = options.langs?.length ? options.langs : ['id'];
  const base = options.baseUrl ? new URL(options.baseUrl.replace(/\/?$/, '/')).href : undefined;
  const feedUrl = base ? new URL(FEED_PATH, base).href : undefined;
  const regions = createRegionIndex(sourceFeed);
  const pages: Page[] = [];
  const showcases = new Map<string, string>();
  const styleFiles = new Map<string, string>();
  let bytes = 0;
  let files = 0;
  // Each folder is made once (a page's folder is new; `recursive` makes its parents).
  const folders = new Map<string, Promise<unknown>>();
  const write = async (path: string, text: string) => {
    const file = join(options.out, path);
    const folder = dirname(file);
    let made = folders.get(folder);
    if (!made) folders.set(folder, (made = mkdir(folder, { recursive: true })));
    await made;
    await writeFile(file, text);
    bytes += Buffer.byteLength(text);
    files++;
  };

  // The feed seen from a page `depth` folders below the root (relative image URLs follow it).
  const engines = new Map<string, { feed: Feed; engine: QueryEngine }>();
  const engineFor = (lang: Language, src: string) => {
    const key = `${lang} ${src}`;
    let entry = engines.get(key);
    if (!entry) {
      const feed = withImagesFrom(sourceFeed, src);
      entry = { feed, engine: createQueryEngine(feed, { lang }) };
      engines.set(key, entry);
    }
    return entry;
  };
  const showcase = async (lang: Language, depth: number, category?: string) => {
    const src = `${'../'.repeat(depth)}${FEED_PATH}`;
    const key = `${lang} ${src} ${category ?? ''}`;
    let markup = showcases.get(key);
    if (markup === undefined) {
      const { feed, engine } = engineFor(lang, src);
      markup = await renderShowcase(feed, {
        src,
        lang,
        engine,
        pageSize: options.pageSize ?? 12,
        // Back/Forward and `?produk=` links; the detail links each product to its page here.
        syncUrl: true,
        ...(category ? { category } : {}),
        ...(feedUrl ? { base: feedUrl } : {}),
        linkStyles: { href: `${'../'.repeat(depth)}${STYLES_PATH}`, files: styleFiles },
      });
      showcases.set(key, markup);
    }
    return markup;
  };

  const prefix = (lang: Language) => (lang === langs[0] ? '' : `${lang}/`);
  const producersById = new Map(sourceFeed.producers.map((p) => [p.id, p]));
  const productsByProducer = new Map<string, Product[]>();
  for (const product of sourceFeed.products) {
    const list = productsByProducer.get(product.producerId) ?? [];
    list.push(product);
    productsByProducer.set(product.producerId, list);
  }
  const imageOf = (product: Product | undefined, producer?: Producer) => {
    const src = product?.images[0]?.src ?? producer?.images?.[0]?.src;
    if (!src) return undefined;
    return safeUrl(relativeToFeed(src, FEED_PATH), base ? { base, allowRelative: true } : {});
  };

  for (const lang of langs) {
    const w = WORDS[lang];
    const publisher = localize(sourceFeed.publisher.name, lang);
    const alternatesOf = (path: string) =>
      Object.fromEntries(langs.map((l) => [l, `${prefix(l)}${path}`])) as Page['alternates'];
    // The showcase page.
    pages.push({
      path: prefix(lang),
      lang,
      title: `${w.catalogue} — ${publisher}`,
      description: `${w.catalogue}: ${sourceFeed.products.length} ${w.products.toLowerCase()}, ${publisher}.`,
      type: 'website',
      alternates: alternatesOf(''),
      body: html`<h1>${w.catalogue} — ${publisher}</h1>`,
      // Already rendered: through a template, Lit's SSR would render the element a second time.
      after: await showcase(lang, prefix(lang) ? 1 : 0),
      lastmod: w3cDate(sourceFeed.updatedAt),
    });
    for (const product of sourceFeed.products) {
      const producer = producersById.get(product.producerId);
      if (!producer) continue;
      const path = `${prefix(lang)}produk/${slugFor(product.id)}/`;
      const depth = path.split('/').length - 1;
      const up = '../'.repeat(depth);
      const name = localize(product.name, lang);
      const producerName = localize(producer.name, lang);
      const region = cityName(regions, product.regionCode ?? producer.regionCode);
      const price = formatPrice(product.price, lang);
      const description =
        localize(product.description, lang) ||
        [name, price, `${w.by} ${producerName}`, region].filter(Boolean).join(' · ');
      const image = imageOf(product);
      const amount = product.price?.min ?? product.price?.max;
      const pageUrl = base ? new URL(path, base).href : undefined;
      const jsonLdItem = {
        product,
        producer,
        regionName: region,
        ...(pageUrl ? { url: pageUrl } : {}),
      };
      const shownImage = product.images[0];
      const imageSrc = shownImage
        ? safeUrl(relativeToFeed(shownImage.src, `${up}${FEED_PATH}`), { allowRelative: true })
        : undefined;
      pages.push({
        path,
        lang,
        title: `${name} — ${producerName} | ${publisher}`,
        description: description.slice(0, 300),
        image,
        type: 'product',
        price:
          amount !== undefined ? { amount, currency: product.price?.currency ?? 'IDR' } : undefined,
        alternates: alternatesOf(`produk/${slugFor(product.id)}/`),
        jsonLd: {
          '@context': 'https://schema.org',
          ...productJsonLd(jsonLdItem, { lang, ...(feedUrl ? { base: feedUrl } : {}) }),
        },
        body: html`<article class="product">
          ${
            imageSrc
              ? html`<img
                  src=${imageSrc}
                  width=${shownImage?.width ?? 800}
                  height=${shownImage?.height ?? 600}
                  alt=${localize(shownImage?.alt, lang)}
                  fetchpriority="high"
                />`
              : nothing
          }
          <div class="facts">
            <h1>${name}</h1>
            <p class="price">${price || w.priceOnRequest}</p>
            <p class="producer">
              <a href=${`${up}${prefix(lang)}produsen/${slugFor(producer.id)}/`}>${producerName}</a
              >${region ? ` · ${region}` : ''}
            </p>
            ${description !== localize(product.description, lang) ? nothing : html`<p>${description}</p>`}
            <h2>${w.contact}</h2>
            <p class="contacts">${joinLinks(contactLinks(producer, product, lang))}</p>
          </div>
        </article>`,
        // The browser renders this showcase (Lit's SSR would pre-render it even as raw HTML).
        after: `<section class="more"><h2>${attribute(w.more)}</h2>${clientShowcase(lang, `${up}${FEED_PATH}`, product.category)}</section>`,
        lastmod: w3cDate(product.updatedAt ?? sourceFeed.updatedAt),
      });
    }
    for (const producer of sourceFeed.producers) {
      const path = `${prefix(lang)}produsen/${slugFor(producer.id)}/`;
      const up = '../'.repeat(path.split('/').length - 1);
      const name = localize(producer.name, lang);
      const region = cityName(regions, producer.regionCode);
      const products = productsByProducer.get(producer.id) ?? [];
      const pageUrl = base ? new URL(path, base).href : undefined;
      pages.push({
        path,
        lang,
        title: `${name} — ${publisher}`,
        description: (
          localize(producer.description, lang) ||
          [name, region, products.map((p) => localize(p.name, lang)).join(', ')]
            .filter(Boolean)
            .join(' · ')
        ).slice(0, 300),
        image: imageOf(products[0], producer),
        type: 'profile',
        alternates: alternatesOf(`produsen/${slugFor(producer.id)}/`),
        jsonLd: productsJsonLd(
          products.map((product) => ({
            product,
            producer,
            regionName: region,
            ...(pageUrl
              ? { url: new URL(`../../produk/${slugFor(product.id)}/`, pageUrl).href }
              : {}),
          })),
          { lang, ...(feedUrl ? { base: feedUrl } : {}) },
        ),
        body: html`<article class="producer">
          <h1>${name}</h1>
          <p>${region}</p>
          ${producer.description ? html`<p>${localize(producer.description, lang)}</p>` : nothing}
          <h2>${w.contact}</h2>
          <p class="contacts">${joinLinks(contactLinks(producer, undefined, lang))}</p>
          <h2>${w.products}</h2>
          <ul>
            ${products.map(
              (product) =>
                html`<li>
                  <a href=${`${up}${prefix(lang)}produk/${slugFor(product.id)}/`}
                    >${localize(product.name, lang)}</a
                  >
                  ${formatPrice(product.price, lang)}
                </li>`,
            )}
          </ul>
        </article>`,
        lastmod: w3cDate(producer.updatedAt ?? sourceFeed.updatedAt),
      });
    }
  }

  // The pre-rendered elements link their styles (`'self'`); an inline style left would need its hash.
  const csp = siteCsp(styleHashes([...showcases.values()].join('')));
  // Rendered one after another (CPU) while earlier pages are written (I/O): a bounded number at once.
  await mapLimit(pages, WRITE_CONCURRENCY, async (page) =>
    write(`${page.path}index.html`, await pageHtml(page, { base, csp, langs, sourceFeed })),
  );

  await write(FEED_PATH, base ? withSiteUrl(options.feedText, base) : options.feedText);
  if (options.feedDir)
    files += await copyImages(sourceFeed, options.feedDir, join(options.out, dirname(FEED_PATH)));
  await write('assets/site.css', SITE_CSS);
  for (const [name, css] of styleFiles) await write(`${STYLES_PATH}${name}`, css);
  await write('assets/icon.svg', ICON);
  for (const entry of await readdir(options.dropIn, { recursive: true })) {
    const name = String(entry);
    if (!/\.js$/.test(name) || !(name.startsWith('etalase') || name.startsWith('chunks'))) continue;
    if (name.startsWith('etalase') && !/^etalase(-worker)?\.min\.js$/.test(name)) continue;
    await mkdir(dirname(join(options.out, DROP_IN_PATH, name)), { recursive: true });
    await cp(join(options.dropIn, name), join(options.out, DROP_IN_PATH, name));
    files++;
  }

  if (base) {
    const urls = pages.map((page) => ({
      loc: new URL(page.path, base).href,
      lastmod: page.lastmod,
    }));
    if (urls.length <= SITEMAP_LIMIT) await write('sitemap.xml', sitemapXml(urls));
    else {
      const parts: string[] = [];
      for (let i = 0; i < urls.length; i += SITEMAP_LIMIT) {
        const name = `sitemap-${parts.length + 1}.xml`;
        await write(name, sitemapXml(urls.slice(i, i + SITEMAP_LIMIT)));
        parts.push(new URL(name, base).href);
      }
      await write(
        'sitemap.xml',
        `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${parts.map((loc) => `  <sitemap><loc>${loc}</loc></sitemap>`).join('\n')}\n</sitemapindex>\n`,
      );
    }
  }
  await write(
    'robots.txt',
    `User-agent: *\nAllow: /\n${base ? `Sitemap: ${new URL('sitemap.xml', base).href}\n` : ''}`,
  );
  return { pages: pages.length, files, bytes, csp };
}

/**
 * Copies the feed's relative images (those inside `from`, the feed's folder) to `to`, keeping their
 * paths; resolves with how many.
 */
async function copyImages(feed: Feed, from: string, to: string): Promise<number> {
  const root = resolve(from);
  const sources = new Set<string>();
  const add = (image: { src: string; variants?: { src: string }[] | undefined }) => {
    for (const src of [image.src, ...(image.variants ?? []).map((v) => v.src)])
      if (!/^[a-z][a-z0-9+.-]*:|^\/|^\\/i.test(src)) sources.add(src.split(/[?#]/)[0]!);
  };
  for (const product of feed.products) product.images.forEach(add);
  for (const producer of feed.producers) producer.images?.forEach(add);
  let copied = 0;
  for (const src of sources) {
    const file = resolve(root, decodeURIComponent(src));
    if (!file.startsWith(`${root}${sep}`) || !existsSync(file)) continue;
    const target = join(to, relative(root, file));
    await mkdir(dirname(target), { recursive: true });
    await cp(file, target);
    copied++;
  }
  return copied;
}

/** Links separated by a middle dot. */
function joinLinks(links: unknown[]) {
  return links.map((link, i) => (i ? html` · ${link}` : link));
}

/** Text safe inside a double-quoted attribute. */
const attribute = (text: string) =>
  text.replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c]!);

/**
 * A showcase the browser renders (not pre-rendered): below a product page's own content, where a
 * pre-rendered copy on every one of thousands of pages would multiply the site's size for what is
 * out of view at first. It loads when the visitor scrolls to it (`loading="lazy"`), so the page
 * itself loads alone; it does not open the page's product by itself (the page shows it already).
 */
function clientShowcase(lang: Language, src: string, category: string): string {
  return `<etalase-showcase src="${attribute(src)}" lang="${lang}" category="${attribute(category)}" sync-url page-size="12" loading="lazy"></etalase-showcase>`;
}

/** A shadow root's link to its style file (as `linkStyles` writes it). */
const STYLE_LINK = /<link rel="stylesheet" href="([^"]+)">/g;

/** The whole document of `page`. */
async function pageHtml(
  page: Page,
  site: { base: string | undefined; csp: string; langs: Language[]; sourceFeed: Feed },
): Promise<string> {
  const up = '../'.repeat(page.path.split('/').length - 1);
  const absolute = (path: string) => (site.base ? new URL(path, site.base).href : undefined);
  const canonical = absolute(page.path);
  const w = WORDS[page.lang];
  const body = await collectResult(render(page.body));
  const head = await collectResult(
    render(
      html`<meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content=${site.csp} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${page.title}</title>
        <meta name="description" content=${page.description} />
        ${canonical ? html`<link rel="canonical" href=${canonical} />` : nothing}
        ${
          site.langs.length > 1 && site.base
            ? Object.entries(page.alternates).map(
                ([lang, path]) =>
                  html`<link rel="alternate" hreflang=${lang} href=${absolute(path!)!} />`,
              )
            : nothing
        }
        <meta
          property="og:type"
          content=${page.type === 'profile' ? 'profile' : page.type === 'product' ? 'product' : 'website'}
        />
        <meta property="og:title" content=${page.title} />
        <meta property="og:description" content=${page.description} />
        <meta
          property="og:site_name"
          content=${localize(site.sourceFeed.publisher.name, page.lang)}
        />
        <meta property="og:locale" content=${w.locale} />
        ${canonical ? html`<meta property="og:url" content=${canonical} />` : nothing}
        ${page.image ? html`<meta property="og:image" content=${page.image} />` : nothing}
        ${
          page.price
            ? html`<meta property="product:price:amount" content=${String(page.price.amount)} />
                <meta property="product:price:currency" content=${page.price.currency} />`
            : nothing
        }
        <meta name="twitter:card" content=${page.image ? 'summary_large_image' : 'summary'} />
        <meta name="twitter:title" content=${page.title} />
        <meta name="twitter:description" content=${page.description} />
        ${page.image ? html`<meta name="twitter:image" content=${page.image} />` : nothing}
        <link rel="stylesheet" href=${`${up}assets/site.css`} />
        ${
          // The pre-rendered elements' style files, fetched with the page's own.
          [
            ...new Set(Array.from(page.after?.matchAll(STYLE_LINK) ?? [], (match) => match[1]!)),
          ].map((href) => html`<link rel="preload" as="style" href=${href} />`)
        }
        <link rel="icon" href=${`${up}assets/icon.svg`} type="image/svg+xml" />
        <link rel="modulepreload" href=${`${up}${DROP_IN_PATH}etalase.min.js`} />
        <script type="module" src=${`${up}${DROP_IN_PATH}etalase.min.js`}></script>
        ${page.jsonLd ? jsonLdScript(page.jsonLd) : nothing}`,
    ),
  );
  const nav = await collectResult(
    render(
      html`<header class="site">
        <a href=${up || './'}>${w.home}</a>
        ${site.langs
          .filter((lang) => lang !== page.lang)
          .map(
            (lang) =>
              html`<a href=${`${up}${page.alternates[lang] ?? ''}`} hreflang=${lang} lang=${lang}
                >${lang === 'en' ? 'English' : 'Bahasa Indonesia'}</a
              >`,
          )}
      </header>`,
    ),
  );
  return `<!doctype html>\n<html lang="${page.lang}">\n<head>\n${head}\n</head>\n<body>\n${nav}\n<main>\n${body}\n${page.after ?? ''}</main>\n</body>\n</html>\n`;
}

/** The site's icon: a display case. */
const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b6b4f"/><path d="M7 13h18v12H7zM5 13l3-6h16l3 6" fill="none" stroke="#fff" stroke-width="2.5" stroke-linejoin="round"/></svg>\n';

/** The generated site's own styles (an external file: the policy allows no inline style). */
const SITE_CSS = `:root { color-scheme: light; }
body { margin: 0; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif; line-height: 1.5; color: #1f2328; }
header.site { display: flex; gap: 1em; padding: 0.75em 1em; border-bottom: 1px solid #d0d7de; }
main { max-width: 80em; margin: 0 auto; padding: 1em; }
h1 { font-size: 1.6em; line-height: 1.25; margin: 0.5em 0; }
article.product { display: grid; gap: 1.5em; grid-template-columns: minmax(0, 1fr); margin-bottom: 2em; }
article.product img { width: 100%; height: auto; max-width: 40em; border-radius: 8px; background: #f3f4f6; }
@media (min-width: 48em) { article.product { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); } }
.price { font-size: 1.3em; font-weight: 600; }
a { color: #0b5cad; }
.contacts a { display: inline-block; padding: 0.6em 0.2em; min-height: 24px; }
/* Room for the showcase below a product (loaded when scrolled to): the page can scroll to it. */
etalase-showcase[loading='lazy'] { display: block; min-height: 40em; }
`;
