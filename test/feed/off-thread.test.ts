import { expect } from '@open-wc/testing';
import { loadFeed, type FeedLoadResult, type FeedLoadSuccess } from '../../src/feed/load.js';
import { loadFeedOffThread } from '../../src/feed/load-off-thread.js';
import { startFeedWorkerEarly } from '../../src/feed/worker-start.js';
import { createQueryEngineInSlices, type QueryEngine } from '../../src/feed/query.js';
import { generateFeed, generateFeedJson } from '../fixtures/generate-feed.js';
import type { FeedPreview } from '../../src/feed/worker-preview.js';
import { newKey } from '../server/fault-client.js';

/** A generated feed served by the test server (test/server/fault-server.mjs), at its own URL. */
async function serve(products: number, body = generateFeedJson({ products, seed: 7 })) {
  const key = newKey();
  await fetch(`/__fault/custom?key=${key}`, { method: 'POST', body });
  return `/__fault/custom?key=${key}`;
}

function expectFeed(result: FeedLoadResult): asserts result is FeedLoadSuccess {
  if (!result.ok) throw new Error(`expected a feed, got ${result.error.code}`);
}

/** What a visitor sees of an engine: ids, totals and facet counts of a few queries, and a search. */
function answers(engine: QueryEngine) {
  const all = engine.query({});
  const region = Object.keys(all.facets.region)[0]!;
  const category = Object.keys(all.facets.category)[0]!;
  const pick = (state: Parameters<QueryEngine['query']>[0]) => {
    const result = engine.query(state, { pageSize: 50 });
    return {
      ids: result.hits.map((hit) => hit.product.id),
      total: result.total,
      facets: result.facets,
    };
  };
  return {
    all: pick({}),
    region: pick({ region: [region] }),
    category: pick({ category: [category], sort: 'price-asc' }),
    search: pick({ q: 'kopi' }),
    suggest: engine.suggest('kop').products.map((hit) => hit.product.id),
  };
}

const RealWorker = globalThis.Worker;
/** Workers started by the code under test, and those that failed to load or crashed. */
let started = 0;
let failed = 0;
class CountedWorker extends RealWorker {
  constructor(...args: ConstructorParameters<typeof Worker>) {
    super(...args);
    started++;
    this.addEventListener('error', () => failed++);
  }
}
const setWorker = (value: unknown) => ((globalThis as { Worker: unknown }).Worker = value);

describe('loadFeedOffThread', () => {
  // The test server serves the worker's TypeScript source only to these tests (web-test-runner.config).
  before(() => (document.cookie = 'etalase-test-worker=1; path=/'));
  after(() => (document.cookie = 'etalase-test-worker=; path=/; max-age=0'));
  beforeEach(() => {
    started = failed = 0;
    setWorker(CountedWorker);
  });
  afterEach(() => setWorker(RealWorker));

  it('gives the same engine answers through the worker as on the page (the fallback)', async () => {
    const url = await serve(1500);
    const viaWorker = await loadFeedOffThread([url], { cache: false });
    expect([started, failed], 'a worker did the loading').to.deep.equal([1, 0]);
    const onPage = await loadFeed(url, { cache: false, parseInSlices: true });
    expectFeed(viaWorker);
    expectFeed(onPage);
    expect(viaWorker.feed.products.length).to.equal(onPage.feed.products.length);
    expect(viaWorker.feed.products.length).to.be.greaterThan(1000);
    // Records cross with their repeated values sent once (worker-records.ts) and read the same.
    expect(viaWorker.feed.products).to.deep.equal(onPage.feed.products);
    expect(viaWorker.feed.producers).to.deep.equal(onPage.feed.producers);
    const [product] = viaWorker.feed.products.filter(
      (p) =>
        typeof p.name === 'object' &&
        p.images.some((image) => JSON.stringify(image.alt) === JSON.stringify(p.name)),
    );
    expect(
      product?.images.some((image) => image.alt === product.name),
      'alt text shared',
    ).to.equal(true);
    // Provenance crosses packed (a source number per record) and reads the same.
    for (const list of ['producers', 'products', 'outlets', 'categories', 'regions'] as const)
      expect({ ...viaWorker.provenance[list] }, list).to.deep.equal({ ...onPage.provenance[list] });
    expect(Object.keys(viaWorker.provenance.products)).to.have.length(onPage.feed.products.length);
    // The worker's row and text indexes are taken as they are: no indexing slice, so no timer runs
    // before the engine and its search are ready; on the page the same calls take several.
    const ticks = async (feed: typeof onPage.feed) => {
      let ticked = 0;
      const timer = setInterval(() => ticked++, 0);
      const engine = await createQueryEngineInSlices(feed, { sliceMs: 0 });
      await engine.prepareSearchInSlices({ sliceMs: 0 });
      clearInterval(timer);
      return { engine, ticked };
    };
    const [worker, page] = [await ticks(viaWorker.feed), await ticks(onPage.feed)];
    expect(worker.ticked, 'the page indexed the worker’s feed').to.equal(0);
    expect(page.ticked).to.be.greaterThan(1);
    const [a, b] = [worker.engine, page.engine];
    const fromWorker = answers(a);
    expect(fromWorker.search.total, 'the search finds something').to.be.greaterThan(0);
    expect(fromWorker.region.total).to.be.lessThan(fromWorker.all.total);
    expect(fromWorker).to.deep.equal(answers(b));
  });

  it('where no worker can start, loads on the page and lets timers run while it validates and indexes', async () => {
    const url = await serve(4000);
    setWorker(undefined);
    // When the page's timers got to run, and when the feed's text was parsed (the one step that
    // cannot be sliced): validation comes after it, then indexing.
    const ticks: number[] = [];
    const timer = setInterval(() => ticks.push(performance.now()), 1);
    const parse = JSON.parse;
    let parsed = 0;
    JSON.parse = (text: string) => {
      const value = parse(text) as unknown;
      parsed = performance.now();
      return value;
    };
    let loaded = 0;
    try {
      const result = await loadFeedOffThread([url], { cache: false });
      loaded = performance.now();
      expectFeed(result);
      expect(result.feed.products.length).to.be.greaterThan(3000);
      const engine = await createQueryEngineInSlices(result.feed);
      expect(engine.size).to.equal(result.feed.products.length);
    } finally {
      clearInterval(timer);
      JSON.parse = parse;
    }
    expect(started, 'no worker').to.equal(0);
    // Validated at once, no timer would run between the parse and the result (a quiet machine
    // validates this feed in one or two slices, so one timer is the proof); indexed at once, none
    // after it.
    const between = (from: number, to: number) => ticks.filter((t) => t > from && t < to).length;
    expect(between(parsed, loaded), 'timers ran during validation').to.be.at.least(1);
    expect(between(loaded, Infinity), 'timers ran during indexing').to.be.greaterThan(1);
  });

  it('sends a large feed’s first page ahead: the engine’s first answer, in both languages, without invalid records', async () => {
    const feed = generateFeed({ products: 2500, seed: 7 });
    // An invalid product (no id) that would come first in either language: it must not show.
    const { id: _, ...first } = feed.products[0] as { id: string };
    feed.products.push({ ...first, name: 'Aaa tanpa id', flagship: true } as never);
    const url = await serve(0, JSON.stringify(feed));
    let preview: FeedPreview | undefined;
    let feedArrived = false;
    const result = await loadFeedOffThread([url], {
      cache: false,
      onPreview: (p) => (preview = feedArrived ? undefined : p),
    });
    feedArrived = true;
    expectFeed(result);
    expect(preview, 'a preview, before the feed').to.not.equal(undefined);
    // Dropped with its notice, as always.
    expect(result.issues.some((issue) => issue.path.startsWith('products[2500]'))).to.equal(true);
    expect(result.feed.products.length).to.equal(2500);
    for (const lang of ['id', 'en'] as const) {
      const engine = await createQueryEngineInSlices(result.feed, { lang });
      const expected = engine.query({}, { pageSize: 48 }).hits;
      const shown = preview!.order[lang].map((i) => preview!.products[i]!);
      expect(shown.map((p) => p.id)).to.deep.equal(expected.map((hit) => hit.product.id));
      expect(shown.map((p) => p.name)).to.not.deep.include('Aaa tanpa id');
      // Flagship products first (a fifth of the feed: the whole first page).
      expect(shown.every((p) => p.flagship)).to.equal(true);
      const producers = preview!.order[lang].map((i) => preview!.producers[i]!.id);
      expect(producers).to.deep.equal(expected.map((hit) => hit.producer.id));
      // The engine hands out the preview's own records: a card showing one has nothing to render.
      expect(expected.map((hit) => hit.product)).to.deep.equal(shown);
      expected.forEach((hit, i) => {
        expect(hit.product, `product ${hit.product.id}`).to.equal(shown[i]);
        expect(hit.producer).to.equal(preview!.producers[preview!.order[lang][i]!]);
      });
    }
    expect(preview!.total).to.equal(result.feed.products.length);
    // Every product once, in feed order, the preview's among them.
    expect(result.feed.products.map((p) => p.id)).to.deep.equal(
      feed.products.slice(0, 2500).map((p) => p.id),
    );
    expect(new Set(result.feed.products).size).to.equal(2500);
    // A small feed reaches the page fast enough without one.
    let small = false;
    expectFeed(
      await loadFeedOffThread([await serve(300)], {
        cache: false,
        onPreview: () => (small = true),
      }),
    );
    expect(small).to.equal(false);
  });

  it('takes over the worker the drop-in started early, with the messages it sent meanwhile', async () => {
    const url = await serve(300);
    const baseUrl = location.href;
    startFeedWorkerEarly({ urls: [url], options: { fresh: false, baseUrl } });
    // The showcase's code arrives later: the worker has answered by then.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const result = await loadFeedOffThread([url], { fresh: false, baseUrl });
    expectFeed(result);
    expect(result.feed.products.length).to.equal(300);
    expect([started, failed], 'no second worker').to.deep.equal([1, 0]);
    // Another request (other options) gets a worker of its own.
    const other = await loadFeedOffThread([url], { fresh: true });
    expectFeed(other);
    expect(started).to.equal(2);
  });
});
