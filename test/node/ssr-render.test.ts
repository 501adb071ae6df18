// The server renderer (`etalase render`, src/ssr/): what a browser without JavaScript gets, and that no
// feed string or URL can inject markup or a script through it (the hostile corpus of the element tests).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import parse5 from 'parse5';
import { parseFeed } from '../../src/model/parse.js';
import type { Feed } from '../../src/model/types.js';
import { relativeToFeed, renderShowcase } from '../../src/ssr/render.js';
import { BAD_URLS, hostileHit, XSS } from '../../stories/product-fixtures.js';

const demo = parseFeed(JSON.parse(readFileSync('demo/data/produk-unggulan.json', 'utf8'))).feed!;

interface Node5 {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node5[];
  content?: Node5;
}

/**
 * Every node of `html` as a browser without JavaScript parses it (so `<noscript>` content is markup),
 * declarative shadow roots (template contents) included.
 */
function nodesOf(html: string): Node5[] {
  const out: Node5[] = [];
  const walk = (node: Node5) => {
    out.push(node);
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parse5.parseFragment(html, { scriptingEnabled: false }) as unknown as Node5);
  return out;
}

const attr = (node: Node5, name: string) => node.attrs?.find((a) => a.name === name)?.value;
const textOf = (nodes: Node5[]) =>
  nodes
    .filter((node) => node.nodeName === '#text')
    .map((node) => node.value)
    .join(' ')
    .replace(/\s+/g, ' ');

describe('etalase render (server rendering)', () => {
  it('shows names, prices, producers and contact links without JavaScript', async () => {
    const html = await renderShowcase(demo, { src: 'data/produk-unggulan.json', pageSize: 6 });
    const nodes = nodesOf(html);
    const text = textOf(nodes);
    // The showcase's own shadow root is declarative: a browser shows it before (without) scripts.
    const showcase = nodes.find((node) => node.tagName === 'etalase-showcase')!;
    assert.equal(
      attr(
        showcase.childNodes!.find((n) => n.tagName === 'template')!,
        'shadowrootmode',
      ),
      'open',
    );
    const cards = nodes.filter((node) => node.tagName === 'etalase-product-card');
    assert.equal(cards.length, 6);
    const engineFirst = demo.products.find((p) =>
      text.includes(typeof p.name === 'string' ? p.name : p.name['id']!),
    );
    assert.ok(engineFirst, 'a product name is in the HTML');
    assert.match(text, /Rp\s?\d{1,3}(\.\d{3})+/, 'a price in rupiah');
    assert.match(text, /Kontak produsen/);
    const links = nodes
      .filter((node) => node.tagName === 'a')
      .map((node) => attr(node, 'href') ?? '');
    assert.ok(
      links.some((href) => href.startsWith('https://wa.me/62')),
      'a WhatsApp link',
    );
    // The filters are rendered with their counts, and the header names the publisher.
    assert.ok(
      nodes.some(
        (node) =>
          node.tagName === 'etalase-facets' &&
          node.childNodes?.some((c) => c.tagName === 'template'),
      ),
    );
    assert.ok(
      text.includes(
        typeof demo.publisher.name === 'string' ? demo.publisher.name : demo.publisher.name['id']!,
      ),
    );
    // Relative image URLs are made relative to the page, as the feed's address says.
    const images = nodes.filter((node) => node.tagName === 'img').map((node) => attr(node, 'src'));
    assert.ok(
      images.length > 0 && images.every((src) => src?.startsWith('data/img/')),
      String(images),
    );
  });

  it('pre-filters by region and category and speaks English', async () => {
    const html = await renderShowcase(demo, {
      src: 'feed.json',
      lang: 'en',
      category: 'kriya',
      pageSize: 48,
    });
    const nodes = nodesOf(html);
    const categories = new Set(
      demo.products
        .filter((p) => p.category === 'kriya')
        .map((p) => (typeof p.name === 'string' ? p.name : (p.name['en'] ?? p.name['id']))),
    );
    const cards = nodes.filter((node) => node.tagName === 'etalase-product-card');
    assert.equal(cards.length, Math.min(48, categories.size));
    assert.match(textOf(nodes), /Producer contacts/);
    assert.equal(
      attr(
        nodes.find((n) => n.tagName === 'etalase-showcase')!,
        'category',
      ),
      'kriya',
    );
  });

  for (const badUrl of BAD_URLS) {
    it(`hostile feed strings stay text, and ${JSON.stringify(badUrl.slice(0, 20))} never becomes a link`, async () => {
      const hit = hostileHit(badUrl);
      const feed: Feed = {
        ...demo,
        publisher: { ...demo.publisher, name: XSS },
        license: XSS,
        producers: [hit.producer],
        products: [hit.product, { ...hit.product, id: '</script><script>alert(1)</script>' }],
      };
      const html = await renderShowcase(feed, {
        src: `https://data.example.id/${XSS}.json`,
        pageSize: 6,
      });
      const nodes = nodesOf(html);
      const scripts = nodes.filter((node) => node.tagName === 'script');
      assert.deepEqual(
        scripts.map((s) => attr(s, 'type')),
        ['application/ld+json'],
      );
      const json = scripts[0]!.childNodes!.map((n) => n.value).join('');
      assert.doesNotMatch(json, /<\/?script/i);
      assert.equal(JSON.parse(json)['numberOfItems'], 2);
      for (const node of nodes) {
        for (const { name, value } of node.attrs ?? []) {
          assert.ok(!name.startsWith('on'), `event handler attribute ${name}`);
          if (['href', 'src', 'srcset'].includes(name) && value) {
            const url = new URL(value.split(/\s+/)[0]!, 'https://page.example/');
            assert.ok(
              ['https:', 'http:', 'mailto:', 'tel:'].includes(url.protocol),
              `${name}=${value}`,
            );
          }
        }
        assert.ok(
          !['img', 'iframe', 'object', 'embed'].includes(node.tagName ?? '') ||
            attr(node, 'src') === undefined ||
            !attr(node, 'src')!.startsWith('x'),
        );
      }
      // The markup in the names is shown as text.
      assert.ok(textOf(nodes).includes('<img src=x onerror="window.__etalaseXss=1">'));
    });
  }

  it('links each shadow root to one file per element style instead of repeating it inline', async () => {
    const options = { src: 'data/produk-unggulan.json', pageSize: 12 };
    const inline = await renderShowcase(demo, options);
    const files = new Map<string, string>();
    const linked = await renderShowcase(demo, {
      ...options,
      linkStyles: { href: '../assets/ssr/', files },
    });
    const styles = [...inline.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    const roots = nodesOf(linked).filter(
      (node) => node.tagName === 'template' && attr(node, 'shadowrootmode') === 'open',
    );
    // Every shadow root links its element's style, in the place of its inline copy.
    assert.equal(roots.length, styles.length);
    assert.doesNotMatch(linked, /<style[\s>]/);
    const hrefs = roots.map((root) => {
      const first = root.content!.childNodes!.find((node) => node.nodeName !== '#text')!;
      assert.equal(first.tagName, 'link');
      assert.equal(attr(first, 'rel'), 'stylesheet');
      return attr(first, 'href')!;
    });
    // One file per distinct style (12 cards share one), holding that CSS, named by its hash.
    assert.equal(files.size, new Set(styles).size);
    assert.ok(files.size < roots.length);
    hrefs.forEach((href, i) => {
      assert.match(href, /^\.\.\/assets\/ssr\/[0-9a-f]{16}\.css$/);
      assert.equal(files.get(href.slice('../assets/ssr/'.length)), styles[i]);
    });
    assert.ok(linked.length < inline.length / 2, `${linked.length} vs ${inline.length} bytes`);
    // The server's JSON-LD names the element that replaces it in the browser (one block, not two).
    const jsonLd = nodesOf(linked).filter((node) => node.tagName === 'script');
    assert.deepEqual(
      jsonLd.map((node) => attr(node, 'data-etalase-prerendered')),
      ['etalase-product-grid'],
    );
  });

  it('resolves image URLs against the feed address the page uses', () => {
    assert.equal(relativeToFeed('img/a.png', 'data/feed.json'), 'data/img/a.png');
    assert.equal(relativeToFeed('img/a.png', '/data/feed.json'), '/data/img/a.png');
    assert.equal(relativeToFeed('../img/a.png', '/data/feed.json'), '/img/a.png');
    assert.equal(relativeToFeed('img/a.png', '../../data/feed.json'), '../../data/img/a.png');
    assert.equal(relativeToFeed('../img/a.png?v=2', 'data/feed.json'), 'img/a.png?v=2');
    assert.equal(
      relativeToFeed('img/a.png', 'https://x.example/d/f.json'),
      'https://x.example/d/img/a.png',
    );
    assert.equal(
      relativeToFeed('https://cdn.example/a.png', 'data/feed.json'),
      'https://cdn.example/a.png',
    );
  });
});
