import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/showcase/showcase.js';
import type { EtalaseShowcase } from '../../src/elements/showcase/showcase.component.js';
import { DEFAULT_CACHE_NAME } from '../../src/feed/cache.js';
import type { ShardIndex, ShardListFile } from '../../src/feed/shards/format.js';

// The showcase on a shard set (docs/shards.md): demo/data/nasional is `etalase shard` of the demo feed.
const INDEX = '/demo/data/nasional/index.json';
const FEED = '/demo/data/produk-unggulan.json';

type LitElementLike = HTMLElement & { updateComplete: Promise<unknown>; total?: number };
const inShadow = <T extends Element>(element: Element | null | undefined, selector: string) =>
  element?.shadowRoot?.querySelector<T>(selector) ?? null;
const grid = (showcase: EtalaseShowcase) =>
  inShadow<LitElementLike>(showcase, 'etalase-product-grid');
const cardIds = (showcase: EtalaseShowcase) =>
  [...(grid(showcase)?.shadowRoot?.querySelectorAll('etalase-product-card') ?? [])].map(
    (card) => (card as HTMLElement & { product?: { id: string } }).product?.id ?? '',
  );
const noticeText = (showcase: EtalaseShowcase) =>
  showcase.shadowRoot?.querySelector('.notice.partial')?.textContent?.replace(/\s+/g, ' ') ?? '';

/** Product ids of a region in the whole demo feed (own region, else the producer's). */
async function idsIn(prefix: string): Promise<string[]> {
  const feed = (await (await fetch(FEED)).json()) as {
    producers: { id: string; regionCode: string }[];
    products: { id: string; producerId: string; regionCode?: string }[];
  };
  const producerRegion = new Map(feed.producers.map((p) => [p.id, p.regionCode]));
  return feed.products
    .filter((p) => {
      const code = p.regionCode ?? producerRegion.get(p.producerId) ?? '';
      return code === prefix || code.startsWith(`${prefix}.`);
    })
    .map((p) => p.id)
    .sort();
}

async function open(pageSize = 100): Promise<EtalaseShowcase> {
  const showcase = await fixture<EtalaseShowcase>(
    html`<etalase-showcase src=${INDEX} page-size=${pageSize}></etalase-showcase>`,
  );
  await waitUntil(() => cardIds(showcase).length > 0, 'cards appear', { timeout: 10000 });
  return showcase;
}

async function selectRegion(showcase: EtalaseShowcase, code: string, expected: string[]) {
  showcase.filter = { region: [code] };
  await waitUntil(
    () => JSON.stringify([...cardIds(showcase)].sort()) === JSON.stringify(expected),
    `the products of ${code}`,
    { timeout: 10000 },
  );
}

describe('etalase-showcase on a shard set', function () {
  this.timeout(40000);
  const realFetch = window.fetch;
  afterEach(() => (window.fetch = realFetch));
  before(() => caches.delete(DEFAULT_CACHE_NAME));

  /** Records every request's path; those `held` matches answer only after `release()`. */
  function holdFetches(held: (path: string) => boolean) {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const requested: string[] = [];
    window.fetch = async (input, init) => {
      const path = new URL(String(input), location.href).pathname;
      requested.push(path);
      if (held(path)) await released;
      return realFetch(input, init);
    };
    return { requested, release };
  }

  it('shows the first page and the whole set’s counts from the index, then a region’s shard', async () => {
    const requested: string[] = [];
    window.fetch = (input, init) => {
      requested.push(new URL(String(input), location.href).pathname);
      return realFetch(input, init);
    };
    const index = (await (await realFetch(INDEX)).json()) as ShardIndex;
    const showcase = await open(24);
    expect(grid(showcase)!.total, 'the total counts every product').to.equal(index.counts.products);
    expect(requested.filter((path) => path.includes('/shards/'))).to.deep.equal([
      `/demo/data/nasional/${index.first.file}`,
    ]);
    await expect(showcase).to.be.accessible();

    const samarinda = await idsIn('64.72');
    await selectRegion(showcase, '64.72', samarinda);
    await waitUntil(
      () => requested.some((path) => path.includes('/shards/64.72')),
      'the region’s shard is fetched',
    );
    expect(requested.some((path) => path.includes('/shards/63.'))).to.equal(false);
    await expect(showcase).to.be.accessible();
  });

  it('shows a region’s first page from its head before the region’s shards arrive', async () => {
    await caches.delete(DEFAULT_CACHE_NAME);
    // The region's own shards answer only when the test lets them.
    const { requested, release } = holdFetches(
      (path) => /\/shards\/64[.~]/.test(path) && !path.includes('~head.'),
    );
    const showcase = await open(12);
    // The same page of the single-file feed, as the engine orders it.
    const single = await fixture<EtalaseShowcase>(
      html`<etalase-showcase src=${FEED} page-size="12"></etalase-showcase>`,
    );
    await waitUntil(() => cardIds(single).length > 0, 'the feed’s cards', { timeout: 10000 });
    single.filter = { region: ['64'] };
    await waitUntil(() => cardIds(single).length === 12, 'the feed’s region', { timeout: 10000 });
    // Every card shows its product (cards off screen follow the first frame).
    await grid(single)!.updateComplete;
    const expected = cardIds(single).join();
    /** The records the showcase shows (a new feed object with each view it shows). */
    const shown = () =>
      (showcase as unknown as { feed: { snapshot: { feed: object } } }).feed.snapshot.feed;
    const atFirst = shown();
    showcase.filter = { region: ['64'] };
    await waitUntil(() => shown() !== atFirst, 'the head’s view', { timeout: 10000 });
    await showcase.updateComplete;
    await grid(showcase)!.updateComplete;
    expect(requested.some((path) => /\/shards\/64~head\./.test(path))).to.equal(true);
    expect(cardIds(showcase).join(), 'the region’s first page, from its head').to.equal(expected);
    expect(grid(showcase)!.total).to.equal((await idsIn('64')).length);
    await expect(showcase).to.be.accessible();
    // Its shards (asked for, held until now) in: the first page stays as it was.
    await waitUntil(() => requested.some((path) => /\/shards\/64\.\d/.test(path)), 'asked for');
    const fromHead = shown();
    release();
    await waitUntil(() => shown() !== fromHead, 'the region’s shards', { timeout: 10000 });
    await showcase.updateComplete;
    await grid(showcase)!.updateComplete;
    expect(cardIds(showcase).join()).to.equal(expected);
  });

  it('keeps the shown products until a region’s shard is in, instead of part of the region', async () => {
    await caches.delete(DEFAULT_CACHE_NAME);
    const { requested, release } = holdFetches((path) => /\/shards\/64\.72[.~]/.test(path));
    const showcase = await open(24);
    // Every card of the first page (the grid builds them in batches).
    await grid(showcase)!.updateComplete;
    const before = cardIds(showcase).join();
    const samarinda = await idsIn('64.72');
    showcase.filter = { region: ['64.72'] };
    await waitUntil(() => requested.some((path) => path.includes('/shards/64.72')), 'asked for');
    await showcase.updateComplete;
    await grid(showcase)!.updateComplete;
    // The first page's shard holds a few of the city's products: they are not shown on their own.
    expect(cardIds(showcase).join(), 'the products shown before').to.equal(before);
    const list = () => grid(showcase)!.shadowRoot!.querySelector('[aria-busy]')!;
    expect(list().getAttribute('aria-busy'), 'marked busy while the city loads').to.equal('true');
    release();
    await waitUntil(
      () => JSON.stringify([...cardIds(showcase)].sort()) === JSON.stringify(samarinda),
      'the city’s products',
      { timeout: 10000 },
    );
    await grid(showcase)!.updateComplete;
    expect(list().getAttribute('aria-busy')).to.equal('false');
  });

  it('finds products by words, fetching only the text chunks of the words', async () => {
    await caches.delete(DEFAULT_CACHE_NAME);
    const requested: string[] = [];
    window.fetch = (input, init) => {
      requested.push(new URL(String(input), location.href).pathname);
      return realFetch(input, init);
    };
    const showcase = await open();
    // Purun mats and vases are not on the first page: their shard must be found through the words.
    showcase.filter = { q: 'anyaman purun' };
    await waitUntil(
      () => requested.some((path) => path.includes('/text/pu')),
      'the chunk of "purun" is fetched',
      { timeout: 10000 },
    );
    const expected = ['vas-purun'];
    await waitUntil(
      () => expected.every((id) => cardIds(showcase).includes(id)),
      'every amplang product shows',
      { timeout: 10000 },
    );
    expect(requested.filter((path) => path.includes('/text/'))).to.have.length.below(4);
    await expect(showcase).to.be.accessible();
  });

  it('finds words typed into the search box, each text chunk fetched once', async () => {
    await caches.delete(DEFAULT_CACHE_NAME);
    const requested: string[] = [];
    window.fetch = (input, init) => {
      requested.push(new URL(String(input), location.href).pathname);
      return realFetch(input, init);
    };
    const showcase = await open();
    const search = inShadow<LitElementLike>(showcase, 'etalase-search')!;
    const box = inShadow<HTMLInputElement>(search, 'input')!;
    box.focus();
    // One character at a time, slower than the debounce: every prefix is searched as typed.
    for (const character of 'anyaman purun') {
      await sendKeys({ type: character });
      await new Promise((resolve) => setTimeout(resolve, 180));
    }
    await waitUntil(() => cardIds(showcase).includes('vas-purun'), 'the purun vase shows', {
      timeout: 10000,
    });
    expect(showcase.filter.q).to.equal('anyaman purun');
    const chunks = requested.filter((path) => path.includes('/text/'));
    expect(chunks, 'each chunk once').to.deep.equal([...new Set(chunks)]);
    await expect(showcase).to.be.accessible();
  });

  it('counts words over the whole set and loads the next shards on “load more”', async () => {
    await caches.delete(DEFAULT_CACHE_NAME);
    const { parseFeed } = await import('../../src/model/parse.js');
    const { createQueryEngine } = await import('../../src/feed/query.js');
    const whole = createQueryEngine(parseFeed(await (await realFetch(FEED)).json()).feed!);
    const q = 'batik';
    const expected = whole.query({ q }, { pageSize: 100 });
    expect(expected.total).to.be.above(2);
    const requested: string[] = [];
    window.fetch = (input, init) => {
      requested.push(new URL(String(input), location.href).pathname);
      return realFetch(input, init);
    };
    // Two cards a page: the first page needs the shards of two products, not all of them.
    const showcase = await open(2);
    showcase.filter = { q };
    await waitUntil(() => grid(showcase)!.total === expected.total, 'the exact count', {
      timeout: 10000,
    });
    expect(showcase.shadowRoot!.querySelector('.notice.part-of-matches')).to.equal(null);
    const shardsFirst = requested.filter((path) => path.includes('/shards/')).length;
    const more = () =>
      [...grid(showcase)!.shadowRoot!.querySelectorAll('button')].find((button) =>
        /muat|lebih/i.test(button.textContent ?? ''),
      );
    // "Muat lebih banyak" until every match shows.
    for (let i = 0; i < 10 && cardIds(showcase).length < expected.total; i++) {
      await waitUntil(() => more(), 'a load-more button', { timeout: 10000 });
      const shown = cardIds(showcase).length;
      more()!.click();
      await waitUntil(() => cardIds(showcase).length > shown, 'more cards', { timeout: 10000 });
    }
    expect([...cardIds(showcase)].sort()).to.deep.equal(
      expected.hits.map((hit) => hit.product.id).sort(),
    );
    expect(requested.filter((path) => path.includes('/shards/')).length).to.be.above(shardsFirst);
    await expect(showcase).to.be.accessible();
  });

  it('shows the other regions and a notice when a shard cannot be loaded', async () => {
    await caches.delete(DEFAULT_CACHE_NAME);
    const index = (await (await realFetch(INDEX)).json()) as ShardIndex;
    const productsOf = async (file: string) =>
      (
        (await (await realFetch(`/demo/data/nasional/${file}`)).json()) as {
          products: { id: string }[];
        }
      ).products.map((p) => p.id);
    // Products of the first page are in the first shard too: they still show.
    const copies = await productsOf(index.first.file);
    const { shards } = (await (
      await realFetch(`/demo/data/nasional/${index.shardList.file}`)
    ).json()) as ShardListFile;
    let broken = shards[0]!;
    let lost: string[] = [];
    for (const entry of shards.filter((e) => e.region.startsWith('64'))) {
      const only = (await productsOf(entry.file)).filter((id) => !copies.includes(id));
      if (only.length > lost.length) [broken, lost] = [entry, only];
    }
    window.fetch = (input, init) =>
      String(input).includes(broken.file)
        ? Promise.resolve(new Response('not found', { status: 404 }))
        : realFetch(input, init);
    const showcase = await open();
    const kaltim = await idsIn('64');
    const shown = kaltim.filter((id) => !lost.includes(id));
    expect(shown.length).to.be.below(kaltim.length);
    await selectRegion(showcase, '64', shown);
    await waitUntil(() => noticeText(showcase) !== '', 'a notice', { timeout: 5000 });
    expect(noticeText(showcase)).to.contain('belum dapat dimuat');
    // It names the region it could not load.
    const { getBuiltinRegion } = await import('../../src/model/regions/index.js');
    expect(noticeText(showcase)).to.contain(getBuiltinRegion(broken.region)!.name);
    await expect(showcase).to.be.accessible();
  });

  it('works offline from the cache once visited', async () => {
    await caches.delete(DEFAULT_CACHE_NAME);
    const first = await open();
    const balikpapan = await idsIn('64.71');
    await selectRegion(first, '64.71', balikpapan);
    first.remove();
    // Copies are written in the background.
    await new Promise((resolve) => setTimeout(resolve, 300));

    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const offline = await open();
    await selectRegion(offline, '64.71', balikpapan);
    expect(noticeText(offline)).to.equal('');
    await expect(offline).to.be.accessible();
  });
});
