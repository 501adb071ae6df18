/**
 * A shard set read whole: `loadFeed` on an `index.json` gives the merged feed the set was made from
 * (records, fields, provenance, the same first page), and `etalase render` / `etalase site` on a shard
 * set write the same pages as on that feed.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadFeed } from '../../src/feed/index.js';
import { readShardSet } from '../../src/feed/shards/merged.js';
import { mergeFeeds } from '../../src/feed/merge.js';
import { createQueryEngine } from '../../src/feed/query.js';
import { parseFeed } from '../../src/model/parse.js';
import { loadDistricts } from '../../src/model/regions/index.js';
import type { Feed, FeedInput } from '../../src/model/types.js';
import { buildShardSet, writeShards } from '../../src/cli/shard/write.js';
import { parseCommandArgs } from '../../src/cli/args.js';
import { command as renderCommand, readFeedForPages } from '../../src/cli/commands/render.js';
import type { CommandContext } from '../../src/cli/commands/command.js';
import { buildSite } from '../../src/ssr/site.js';
import { generateFeed } from '../fixtures/generate-feed.js';
import { twoSources } from '../fixtures/shard-sources.js';

await loadDistricts();

const BASE = 'https://data.example.org/nasional/';

const sources = () => twoSources({ products: 500, seed: 5 }, { products: 150, seed: 6 });

const byId = <T extends { id: string }>(records: T[]) =>
  [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** A static host serving `files` under BASE; every request is logged. */
function host(files: Map<string, string>) {
  const requests: string[] = [];
  const fetchFn = (async (input: RequestInfo | URL) => {
    const url = String(input);
    requests.push(url.slice(BASE.length));
    const text = files.get(url.slice(BASE.length));
    return text === undefined
      ? new Response('no', { status: 404 })
      : new Response(text, { headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { fetchFn, requests };
}

describe('loadFeed on a shard set', () => {
  const merged = mergeFeeds(sources());
  const set = buildShardSet(merged, { maxShardKb: 12 });
  const files = new Map(set.files.map((file) => [file.path, file.text]));

  it('reads the index and every shard into the merged feed, with its provenance', async () => {
    const { fetchFn, requests } = host(files);
    const result = await loadFeed(`${BASE}index.json`, {
      fetch: fetchFn,
      cache: false,
      retries: 0,
    });
    assert.ok(result.ok, JSON.stringify(!result.ok && result.error));
    assert.ok(set.shards.length > 20, 'several shards');
    for (const entry of set.shards) assert.ok(requests.includes(entry.file), entry.file);
    assert.ok(!requests.some((path) => path.startsWith('text')), 'the text index is not needed');
    const { feed } = result;
    assert.deepEqual(byId(feed.products), byId(merged.feed.products));
    assert.deepEqual(byId(feed.producers), byId(merged.feed.producers));
    assert.deepEqual(byId(feed.outlets), byId(merged.feed.outlets));
    assert.deepEqual(feed.publisher, merged.feed.publisher);
    assert.deepEqual(feed.categories, merged.feed.categories);
    assert.deepEqual(result.credits, merged.credits);
    for (const list of ['products', 'producers', 'outlets'] as const)
      assert.deepEqual({ ...result.provenance[list] }, { ...merged.provenance[list] }, list);
    assert.ok(
      Object.values(result.provenance.products).includes('https://example.org/kalimantan.json'),
    );
  });

  it('shows the same first page as the merged feed', async () => {
    const { fetchFn } = host(files);
    const result = await loadFeed(`${BASE}index.json`, { fetch: fetchFn, cache: false });
    assert.ok(result.ok);
    const page = (feed: Feed, key: 'id' | 'name', state = {}) =>
      createQueryEngine(feed)
        .query(state, { pageSize: 48 })
        .hits.map((hit) => (key === 'id' ? hit.product.id : JSON.stringify(hit.product.name)));
    // Products whose names tie may come in another order (a shard set does not keep the feed's
    // order across shards), so the pages list the same names.
    assert.deepEqual(page(result.feed, 'name'), page(merged.feed, 'name'));
    assert.deepEqual(
      page(result.feed, 'name', { sort: 'price-asc' }),
      page(merged.feed, 'name', { sort: 'price-asc' }),
    );
    // With the `first` shard first, the very same products.
    const read = (path: string) => Promise.resolve(files.get(path)!);
    const firstFirst = await readShardSet(set.index, read, { firstPageFirst: true });
    const feed = parseFeed(firstFirst.input).feed!;
    assert.deepEqual(page(feed, 'id'), page(merged.feed, 'id'));
  });

  it('fails with the missing shard’s address, and loads a feed named index.json as a feed', async () => {
    const missing = set.shards[3]!.file;
    const broken = new Map(files);
    broken.delete(missing);
    const failed = await loadFeed(`${BASE}index.json`, {
      fetch: host(broken).fetchFn,
      cache: false,
      retries: 0,
    });
    assert.equal(failed.ok, false);
    assert.equal(!failed.ok && failed.error.url, `${BASE}${missing}`);

    const plain = new Map([
      ['index.json', JSON.stringify(generateFeed({ products: 20, seed: 2 }))],
    ]);
    const feed = await loadFeed(`${BASE}index.json`, { fetch: host(plain).fetchFn, cache: false });
    assert.ok(feed.ok);
    assert.equal(feed.feed.products.length, 20);
  });
});

describe('etalase render and site on a shard set', () => {
  const dir = mkdtempSync(join(tmpdir(), 'etalase-shard-pages-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const context = (out: string[]): CommandContext => ({
    stdout: (text) => out.push(text),
    stderr: () => {},
    env: { NO_COLOR: '1' },
    cwd: dir,
  });
  /** The feed (relative images, beside it) and its shard set written in the same folder. */
  const written = (async () => {
    const input = generateFeed({ products: 300, seed: 7, regions: 'national' });
    const feedPath = join(dir, 'feed.json');
    writeFileSync(feedPath, JSON.stringify(input));
    for (const src of new Set(input.products.flatMap((p) => (p.images ?? []).map((i) => i.src)))) {
      mkdirSync(dirname(join(dir, src)), { recursive: true });
      writeFileSync(join(dir, src), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    }
    const feed = parseFeed(input).feed!;
    const { index } = await writeShards(dir, mergeFeeds([{ url: feedPath, feed }]), {
      maxShardKb: 16,
    });
    return { feedPath, images: input.products[0]!.images![0]!.src, regions: index.facets.region };
  })();

  /** `etalase render <source> --out - …`'s output. */
  const render = async (source: string, ...options: string[]) => {
    const out: string[] = [];
    const argv = [source, '--out', '-', '--src', 'data/feed.json', ...options];
    const code = await renderCommand.run(
      parseCommandArgs(argv, renderCommand.options, {}),
      context(out),
    );
    assert.equal(code, 0);
    return out.join('');
  };
  /** Products of the page's JSON-LD, by id. */
  const cardIds = (html: string) => [...html.matchAll(/"sku":"([^"]+)"/g)].map((m) => m[1]).sort();

  it('renders the same showcase from the shard set as from its feed', async () => {
    const { feedPath } = await written;
    const fromFeed = await render(feedPath);
    assert.ok(fromFeed.includes('etalase-product-card'));
    assert.equal(await render(join(dir, 'index.json')), fromFeed);
    // The folder stands for its index.
    assert.equal(await render(dir), fromFeed);
  });

  it('renders a region of the shard set with the products of the feed', async () => {
    const { feedPath, regions } = await written;
    // A regency whose products fit on one page: the same cards (tied names may order differently).
    const code = Object.entries(regions).find(
      ([c, n]) => c.split('.').length === 2 && n >= 3 && n <= 24,
    )![0];
    const fromFeed = await render(feedPath, '--region', code);
    const fromSet = await render(join(dir, 'index.json'), '--region', code);
    assert.ok(cardIds(fromFeed).length >= 3, `${code}: ${cardIds(fromFeed).length} cards`);
    assert.deepEqual(cardIds(fromSet), cardIds(fromFeed));
  });

  it('builds the same site pages, with the relative images copied', async () => {
    const { feedPath, images } = await written;
    const dropIn = join(dir, 'drop-in');
    mkdirSync(dropIn, { recursive: true });
    writeFileSync(join(dropIn, 'etalase.min.js'), '');
    const site = async (source: string, out: string) => {
      const read = await readFeedForPages(source, { lang: 'id' } as never, context([]));
      assert.ok('feed' in read);
      // As `etalase site` calls it.
      await buildSite(read.feed, {
        out,
        feedText: read.feedText,
        feedDir: dirname(read.path),
        dropIn,
        baseUrl: 'https://umkm.example.go.id/',
      });
      return out;
    };
    const a = await site(feedPath, join(dir, 'site-feed'));
    const b = await site(join(dir, 'index.json'), join(dir, 'site-shards'));
    const pages = (root: string) =>
      (readdirSync(root, { recursive: true }) as string[])
        .filter((name) => name.endsWith('.html') || name.endsWith('.xml'))
        .sort();
    assert.ok(pages(a).length > 300, `${pages(a).length} pages`);
    assert.deepEqual(pages(b), pages(a));
    // The sitemap lists the same pages (in shard order: a shard set does not keep the feed's order).
    const lines = (path: string) => readFileSync(path, 'utf8').split('\n').sort();
    for (const page of pages(a))
      if (page.endsWith('.xml')) assert.deepEqual(lines(join(b, page)), lines(join(a, page)), page);
      else
        assert.equal(
          readFileSync(join(b, page), 'utf8'),
          readFileSync(join(a, page), 'utf8'),
          page,
        );
    assert.ok(existsSync(join(b, 'data', images)), `${images} copied`);
    const copied = JSON.parse(readFileSync(join(b, 'data/feed.json'), 'utf8')) as FeedInput;
    assert.equal(copied.products.length, 300);
  });
});
