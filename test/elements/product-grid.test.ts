import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/product-grid/product-grid.js';
import {
  MAX_CARDS,
  pageList,
  type EtalaseProductGrid,
} from '../../src/elements/product-grid/product-grid.js';
import { createJsonLdScript } from '../../src/elements/product-grid/json-ld-controller.js';
import type { EtalaseFilterChangeEvent } from '../../src/elements/events/filter-change.js';
import type { EtalaseProductSelectEvent } from '../../src/elements/events/product-select.js';
import type { ProductHit } from '../../src/feed/types.js';
import { hitOf, hostileHit, manyHits, product } from '../../stories/product-fixtures.js';

const root = (el: Element) => el.shadowRoot!;
const cards = (el: Element) => [...root(el).querySelectorAll('etalase-product-card')];
const status = (el: Element) => root(el).querySelector('[role="status"]')!.textContent!.trim();
const button = (el: Element, label: string) =>
  [...root(el).querySelectorAll('button')].find((b) => b.textContent!.includes(label))!;
const jsonLd = () => [
  ...document.head.querySelectorAll('script[type="application/ld+json"][data-etalase]'),
];

async function grid(hits: ProductHit[], extra: Partial<EtalaseProductGrid> = {}) {
  const el = await fixture<EtalaseProductGrid>(
    html`<etalase-product-grid lang="id" .hits=${hits}></etalase-product-grid>`,
  );
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
}

const settle = async (el: EtalaseProductGrid) => {
  await el.updateComplete;
  await Promise.all(cards(el).map((c) => c.updateComplete));
  await new Promise((r) => setTimeout(r));
};

describe('etalase-product-grid', () => {
  it('shows the first page of cards and announces the count politely; accessible', async () => {
    const el = await grid(manyHits(130));
    expect(cards(el)).to.have.length(24);
    expect(root(el).querySelector('[role="status"]')).to.exist;
    expect(status(el)).to.equal('130 produk ditemukan. Menampilkan 1–24 dari 130 produk');
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('keeps the card of a product that stays shown when the hits change (keyed: focus stays on it)', async () => {
    const hits = manyHits(30);
    const el = await grid(hits);
    await settle(el);
    const kept = cards(el)[5]!;
    (kept as HTMLElement).focus();
    // A narrower filter: the sixth product is now the first hit.
    el.hits = hits.slice(5);
    await settle(el);
    // Compared as booleans: a failing `equal` would print the whole element.
    expect(cards(el)[0] === kept, 'the same card element').to.equal(true);
    expect(root(el).activeElement === kept, 'focus stays on it').to.equal(true);
  });

  it('shows new products on the cards on screen in the first frame, and on the cards below it next', async () => {
    const hits = manyHits(60);
    const el = await grid(hits.slice(0, 24));
    await settle(el);
    // The first card at the top of the screen: the last rows are far below it.
    el.scrollIntoView({ block: 'start' });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const list = root(el).querySelector('.list')!;
    const shows = () => cards(el).map((card) => card.product!.id);
    // Another region: none of the shown products stays.
    el.hits = hits.slice(30, 54);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const wanted = hits.slice(30, 54).map((hit) => hit.product.id);
    const first = shows();
    expect(first[0], 'the first card, on screen').to.equal(wanted[0]);
    const waiting = first.filter((id, i) => id !== wanted[i]).length;
    expect(waiting, 'cards far below the screen wait').to.be.above(0);
    expect(list.getAttribute('aria-busy'), 'the list is busy meanwhile').to.equal('true');
    await settle(el);
    expect(shows()).to.deep.equal(wanted);
    expect(list.getAttribute('aria-busy')).to.equal('false');
    expect(status(el)).to.equal('24 produk ditemukan');
  });

  it('reuses the card elements of products that left for the ones that arrive, with their own name and picture', async () => {
    // A picture that loads (a failed one would show the placeholder instead).
    const image = {
      src: '/node_modules/leaflet/dist/images/layers.png',
      alt: 'Foto',
      width: 26,
      height: 26,
    };
    const hits = manyHits(60).map((hit) => ({
      ...hit,
      product: { ...hit.product, images: [image] },
    }));
    const el = await grid(hits.slice(0, 24));
    await settle(el);
    const before = cards(el);
    const oldImage = before[0]!.shadowRoot!.querySelector('img');
    // Another region: none of the shown products stays.
    el.hits = hits.slice(30, 54);
    await settle(el);
    const after = cards(el);
    expect(
      after.every((card, i) => card === before[i]),
      'the same 24 elements',
    ).to.equal(true);
    const first = after[0]!.shadowRoot!;
    expect(first.querySelector('.select')!.textContent).to.include('31');
    // The same markup, its picture the new product's (the card test shows the old one is never
    // painted under the new name meanwhile).
    const newImage = first.querySelector('img');
    expect(newImage, 'the same img element').to.equal(oldImage);
    expect(newImage!.getAttribute('src')).to.equal(hits[30]!.product.images[0]!.src);
    await expect(el).to.be.accessible();
  });

  it('moves no card when products that stay shown change places (another region): each place shows its new product', async () => {
    const hits = manyHits(60);
    const el = await grid(hits.slice(0, 24));
    await settle(el);
    const before = cards(el);
    const list = root(el).querySelector('ul')!;
    const removed: Node[] = [];
    const observer = new MutationObserver((records) =>
      records.forEach((record) => removed.push(...record.removedNodes)),
    );
    observer.observe(list, { childList: true });
    // The sixth and the tenth products stay, now first and last; the others are new.
    const next = [hits[5]!, ...hits.slice(30, 52), hits[9]!];
    el.hits = next;
    await settle(el);
    observer.disconnect();
    // A moved card leaves the DOM and comes back: the page lays its whole subtree out again.
    expect(removed.length, 'cards taken out of the list').to.equal(0);
    const after = cards(el);
    expect(
      after.every((card, i) => card === before[i]),
      'the same 24 elements in the same places',
    ).to.equal(true);
    const names = after.map((card) => card.shadowRoot!.querySelector('.select')!.textContent!);
    const wanted = next.map((hit) => hit.product.name as string);
    expect(
      names.every((name, i) => name.includes(wanted[i]!)),
      'each place names its product',
    ).to.equal(true);
    expect(status(el)).to.equal('24 produk ditemukan');
  });

  it('after "load more", other results show in the first cards and the cards beyond them go', async () => {
    const el = await grid(manyHits(250));
    button(el, 'Muat lebih banyak').click();
    await settle(el);
    expect(cards(el)).to.have.length(48);
    (root(el).activeElement as HTMLElement).blur(); // the visitor moves on to the region tree
    const before = cards(el);
    const next = manyHits(300).slice(260);
    el.hits = next;
    await settle(el);
    const after = cards(el);
    expect(after).to.have.length(24);
    expect(
      after.every((card, i) => card === before[i]),
      'the first 24 elements',
    ).to.equal(true);
    expect(
      after.every((card, i) => card.product!.id === next[i]!.product.id),
      'each shows its product, in order',
    ).to.equal(true);
    expect(status(el)).to.equal('40 produk ditemukan. Menampilkan 1–24 dari 40 produk');
    await expect(el).to.be.accessible();
  });

  it('shows the first results in short tasks: a screenful of cards, then the rest a batch per task', async () => {
    const el = document.createElement('etalase-product-grid') as EtalaseProductGrid;
    el.lang = 'id';
    el.hits = manyHits(30);
    document.body.append(el);
    // Microtasks only: the first task's render.
    for (let i = 0; i < 10 && !el.shadowRoot?.querySelector('etalase-product-card'); i++)
      await Promise.resolve();
    expect(cards(el)).to.have.length(4);
    expect(status(el)).to.include('1–24');
    // The next task: one more batch, not all of the rest.
    await new Promise((resolve) => setTimeout(resolve));
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(cards(el)).to.have.length(8);
    await el.updateComplete;
    expect(cards(el)).to.have.length(24);
    el.remove();
  });

  it('does not turn the focused card into another product', async () => {
    const hits = manyHits(60);
    const el = await grid(hits.slice(0, 24));
    await settle(el);
    const focused = cards(el)[3]!;
    (focused as HTMLElement).focus();
    el.hits = hits.slice(30, 54);
    await settle(el);
    expect(cards(el).includes(focused), 'the focused card is gone').to.equal(false);
  });

  it('paints the first new cards of "load more" before building the rest, then focuses the first', async () => {
    const el = await grid(manyHits(250));
    button(el, 'Muat lebih banyak').click();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const painted = cards(el).length;
    expect(painted, 'some new cards in the first frame').to.be.above(24);
    expect(painted, 'not all of them').to.be.below(48);
    await settle(el);
    expect(cards(el)).to.have.length(48);
    expect(root(el).activeElement).to.equal(cards(el)[24]);
  });

  it('builds one row of new cards in the frame of "load more", then the rest, complete and in order', async () => {
    const hits = manyHits(250);
    const el = await grid(hits);
    el.style.width = '1000px';
    await settle(el);
    // Wait for the observer's report on the cards (it gives the grid its row length).
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const tops = cards(el).map((card) => (card as HTMLElement).getBoundingClientRect().top);
    const columns = tops.filter((top) => top === tops[0]).length;
    expect(columns, 'four to seven columns').to.be.within(4, 7);
    button(el, 'Muat lebih banyak').click();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(cards(el).length, 'one row in the first frame').to.equal(24 + columns);
    await settle(el);
    const ids = cards(el).map((card) => card.product!.id);
    expect(ids).to.deep.equal(hits.slice(0, 48).map((hit) => hit.product.id));
    expect(root(el).activeElement).to.equal(cards(el)[24]);
  });

  it('after "load more", fewer results: the cards below the screen go after the paint, the rest stay in place', async () => {
    const hits = manyHits(250);
    const el = await grid(hits);
    button(el, 'Muat lebih banyak').click();
    await settle(el);
    expect(cards(el)).to.have.length(48);
    // Back at the top (the visitor goes to the filters): the new cards are far below the screen.
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
    // The grid's intersection observer reports in a frame or two (later on a loaded machine).
    for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const kept = cards(el).slice(0, 24);
    const list = root(el).querySelector('.list')!;
    // Another region: one page of other products.
    const other = hits.slice(120, 144);
    el.hits = other;
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(cards(el), 'the cards below, until the paint').to.have.length(48);
    expect(list.getAttribute('aria-busy')).to.equal('true');
    expect(status(el)).to.include('24 produk');
    await settle(el);
    expect(cards(el)).to.have.length(24);
    expect(
      cards(el).every((card, i) => card === kept[i]),
      'the same card elements',
    ).to.equal(true);
    expect(cards(el).map((card) => card.product!.id)).to.deep.equal(
      other.map((hit) => hit.product.id),
    );
    expect(list.getAttribute('aria-busy')).to.equal('false');
  });

  it('gives every card its theme, layout, region name, picture base and search words, the later cards too', async () => {
    const hits = manyHits(40);
    const el = await grid(hits, {
      theme: 'dark',
      cardLayout: 'horizontal',
      baseUrl: 'https://data.example.id/feeds/a.json',
      regionNamer: (code) => `Wilayah ${code}`,
      highlight: 'rotan',
      orderPlanner: true,
    });
    button(el, 'Muat lebih banyak').click();
    await settle(el);
    const shown = cards(el);
    expect(shown).to.have.length(40);
    const card = (i: number) => root(shown[i]!);
    for (const i of [0, 39]) {
      const box = getComputedStyle(card(i).querySelector('.card')!);
      expect(box.backgroundColor, `card ${i} dark`).to.not.equal('rgb(255, 255, 255)');
      expect(shown[i]!.getAttribute('theme')).to.equal('dark');
      expect(shown[i]!.getAttribute('layout')).to.equal('horizontal');
      expect(card(i).querySelector('.meta')!.textContent).to.include(
        `Wilayah ${hits[i]!.regionCode}`,
      );
      expect(card(i).querySelector('.plan-add'), `card ${i} planner`).to.exist;
    }
    const pictures = shown.map((c) => root(c).querySelector<HTMLImageElement>('img[src]'));
    const sources = pictures.filter((img) => img).map((img) => img!.src);
    expect(sources.length, 'cards with a picture').to.be.above(1);
    for (const src of sources) expect(src).to.match(/^https:\/\/data\.example\.id\/data\/img\//);
    expect(card(0).querySelector('mark')!.textContent!.toLowerCase()).to.equal('rotan');

    // Back to the defaults: every card follows.
    Object.assign(el, {
      theme: 'light',
      cardLayout: 'vertical',
      highlight: '',
      orderPlanner: false,
    });
    await settle(el);
    for (const i of [0, 39]) {
      expect(shown[i]!.getAttribute('theme'), `card ${i} light`).to.not.equal('dark');
      expect(shown[i]!.getAttribute('layout')).to.not.equal('horizontal');
      expect(card(i).querySelector('mark')).to.equal(null);
      expect(card(i).querySelector('.plan-add')).to.equal(null);
    }
  });

  it('loads more on request, moves focus to the first new card, and never keeps more than 100 cards', async () => {
    const el = await grid(manyHits(250));
    button(el, 'Muat lebih banyak').click();
    await settle(el);
    expect(cards(el)).to.have.length(48);
    const focused = root(el).activeElement as Element;
    expect(focused).to.equal(cards(el)[24]);
    button(el, 'Muat lebih banyak').click();
    await settle(el);
    button(el, 'Muat lebih banyak').click();
    await settle(el);
    expect(cards(el)).to.have.length(96);
    expect(button(el, 'Muat lebih banyak')).to.equal(undefined);
    button(el, 'Produk berikutnya').click();
    await settle(el);
    expect(cards(el).length).to.be.at.most(MAX_CARDS);
    expect(cards(el)[0]!.product!.id).to.equal(manyHits(250)[96]!.product.id);
    expect(status(el)).to.contain('Menampilkan 97–120 dari 250 produk');
    await expect(el).to.be.accessible();
  });

  it('asks the host for the next page when it holds one page, and appends the answer', async () => {
    const all = manyHits(60);
    const el = await grid(all.slice(0, 24), { total: 60 });
    let fired = 0;
    el.addEventListener('etalase-filter-change', () => fired++);
    el.page = 1;
    el.total = 60;
    await el.updateComplete;
    expect(fired).to.equal(0);

    setTimeout(() => button(el, 'Muat lebih banyak').click());
    const event = (await oneEvent(
      el,
      'etalase-filter-change',
    )) as unknown as EtalaseFilterChangeEvent;
    expect(event.filter).to.deep.equal({ page: 2 });
    el.hits = all.slice(24, 48);
    el.page = 2;
    await settle(el);
    expect(cards(el)).to.have.length(48);
    expect(cards(el)[24]!.product!.id).to.equal(all[24]!.product.id);
  });

  it('offers numbered pages with the current one marked', async () => {
    const el = await grid(manyHits(130), { paging: 'pages' });
    const pager = root(el).querySelector('nav')!;
    expect(pager.getAttribute('aria-label')).to.equal('Halaman');
    expect(pager.querySelector('[aria-current="page"]')!.textContent!.trim()).to.equal('1');
    button(el, 'Berikutnya').click();
    await settle(el);
    expect(cards(el)[0]!.product!.id).to.equal(manyHits(130)[24]!.product.id);
    expect(pager.querySelector('[aria-current="page"]')!.textContent!.trim()).to.equal('2');
    await expect(el).to.be.accessible();
    expect(pageList(1, 6)).to.deep.equal([1, 2, 0, 6]);
    expect(pageList(4, 9)).to.deep.equal([1, 0, 3, 4, 5, 0, 9]);
  });

  it('shows skeletons and a loading message while loading', async () => {
    const el = await grid([], { loading: true });
    expect(root(el).querySelectorAll('.skeleton').length).to.be.greaterThan(0);
    expect(root(el).querySelector('ul')!.getAttribute('aria-busy')).to.equal('true');
    expect(status(el)).to.equal('Memuat produk…');
    await expect(el).to.be.accessible();
  });

  it('shows an empty state whose button clears every filter, on click only', async () => {
    const el = await grid([]);
    expect(root(el).textContent).to.contain('Tidak ada produk yang cocok');
    expect(status(el)).to.equal('Tidak ada produk');
    await expect(el).to.be.accessible();
    setTimeout(() => button(el, 'Hapus semua filter').click());
    const event = (await oneEvent(
      el,
      'etalase-filter-change',
    )) as unknown as EtalaseFilterChangeEvent;
    expect(event.filter).to.deep.equal({});
    expect(event.composed).to.equal(true);
  });

  it('lets a card selection bubble out when Enter is pressed on it', async () => {
    const el = await grid([hitOf(product)]);
    await settle(el);
    cards(el)[0]!.focus();
    const selected = oneEvent(el, 'etalase-product-select');
    await sendKeys({ press: 'Enter' });
    expect(((await selected) as unknown as EtalaseProductSelectEvent).productId).to.equal(
      product.id,
    );
  });

  it('fits a narrow container with fewer columns', async () => {
    const el = await grid(manyHits(4));
    el.style.width = '250px';
    await settle(el);
    const columns = getComputedStyle(root(el).querySelector('ul')!).gridTemplateColumns.split(' ');
    expect(columns).to.have.length(1);
  });

  it('writes JSON-LD of the shown products into the head and removes it when it leaves', async () => {
    const el = await grid(manyHits(30));
    await settle(el);
    await waitUntil(() => jsonLd().length > 0, 'JSON-LD written');
    const scripts = jsonLd();
    expect(scripts).to.have.length(1);
    const data = JSON.parse(scripts[0]!.textContent!);
    expect(data['@type']).to.equal('ItemList');
    expect(data.numberOfItems).to.equal(24);
    expect(data.itemListElement[0].item.url).to.contain('produk=');
    el.remove();
    expect(jsonLd()).to.have.length(0);
  });

  it('rebuilds the JSON-LD when the page is idle, once for a burst of updates', async () => {
    const el = await grid(manyHits(30));
    await waitUntil(() => jsonLd().length > 0, 'JSON-LD written');
    const items = () => JSON.parse(jsonLd()[0]!.textContent!).numberOfItems as number;
    expect(items()).to.equal(24);
    let writes = 0;
    const observer = new MutationObserver((records) => (writes += records.length));
    observer.observe(document.head, { childList: true });
    // Three updates in one task (each one rendered, in a microtask); `updateComplete` would also wait
    // for the off-screen cards' frame, and the page may be idle by then.
    for (const count of [5, 6, 7]) {
      el.hits = manyHits(count);
      for (let i = 0; i < 3; i++) await Promise.resolve();
      expect(root(el).querySelectorAll('etalase-product-card')).to.have.length(count);
    }
    // Not in the update's own task: the previous list is still there.
    expect(items()).to.equal(24);
    await waitUntil(() => items() === 7, 'JSON-LD of the last update');
    await new Promise((r) => setTimeout(r, 100));
    observer.disconnect();
    expect(writes).to.equal(1);
    el.remove();
  });

  it('renders a hostile feed inert, with no script run and markup escaped in the JSON-LD', async () => {
    window.__etalaseXss = 0;
    const el = await grid([hostileHit()]);
    await settle(el);
    await waitUntil(() => jsonLd().length > 0, 'JSON-LD written');
    await new Promise((r) => setTimeout(r, 50));
    expect(window.__etalaseXss).to.equal(0);
    const script = jsonLd()[0]!;
    expect(script.textContent).not.to.contain('<');
    expect(JSON.parse(script.textContent!).name).to.contain('<script>');
    expect(JSON.stringify(JSON.parse(script.textContent!))).not.to.match(/javascript:|data:text/);
  });

  it('writes JSON-LD under a Trusted Types CSP without a violation', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'"><title>tt</title>`;
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    // The CSP is really enforced: the textContent sink throws.
    expect(() => (doc.createElement('script').textContent = '{}')).to.throw();
    await new Promise((r) => setTimeout(r, 50));
    const violations: string[] = [];
    doc.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const script = createJsonLdScript(doc, '{"@type":"Product"}');
    doc.head.append(script);
    await new Promise((r) => setTimeout(r, 50));
    expect(doc.head.querySelector('script')!.textContent).to.equal('{"@type":"Product"}');
    expect(violations).to.deep.equal([]);
    frame.remove();
  });
});
