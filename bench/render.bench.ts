/**
 * Rendering cost of the product elements (npm run bench:render):
 * 1. a grid of 24 hits: main-thread work (append, render, style and layout) and time to the paint
 *    that shows its 24 cards;
 * 2. 1,000 `<etalase-product-card>`s against 1,000 Shoelace `<sl-card>`s holding the same content
 *    (picture, name, producer · region, price, certification badges, availability) — the ratio
 *    Etalase / Shoelace, goal < 1.
 * Each figure is the median of several runs. "Work" is the synchronous main-thread time up to a forced
 * style and layout; "paint" is up to the task right after the next frame (one frame, not two). Each is
 * given twice: wall time, and the main thread's CPU time over the same span ("cpu", from the DevTools
 * protocol), which a loaded machine inflates less.
 * Both sides show the same visible content: picture, name, producer · region, price, certification
 * badges (short names), the flagship marker and the availability text, formatted by the same helpers.
 * The Etalase card adds what only it has (the flagship star, the screen-reader labels of the price and
 * badges, the button), which counts against it.
 * The host-side work counts on both sides: the Shoelace cards' content is formatted (localized name,
 * price, badges) inside the timed region, as the Etalase card formats it in its render.
 * Both sides get the same page CSS: the page's font, the same grid, and `content-visibility: auto`
 * with the same intrinsic size on each card (page styles override the card's own `:host` rule), so
 * neither skips layout the other does. The two sides alternate which one runs first.
 */
import { html, render } from 'lit';
import '@shoelace-style/shoelace/dist/components/card/card.js';
// The component modules, defined here: bundling from src, esbuild would drop the bare registration
// imports (package.json `sideEffects` names the built files only).
import { EtalaseProductCard } from '../src/elements/product-card/product-card.component.js';
import { EtalaseProductGrid } from '../src/elements/product-grid/product-grid.component.js';
import { formatPrice } from '../src/format/money.js';
import { localize } from '../src/format/text.js';
import {
  availabilityText,
  certificationShortName,
  productStrings,
} from '../src/elements/shared/shared.js';
import type { ProductHit } from '../src/feed/types.js';
import { manyHits } from '../stories/product-fixtures.js';
import { afterNextPaint, nextPaint, printTable, done } from './util.js';

const image = {
  src: '/node_modules/leaflet/dist/images/layers.png',
  alt: 'Foto',
  width: 26,
  height: 26,
};
const hits: ProductHit[] = manyHits(1000).map((hit) => ({
  ...hit,
  product: { ...hit.product, images: [image] },
}));
const regionName = 'Kota Palangka Raya';

EtalaseProductCard.define('etalase-product-card');
EtalaseProductGrid.define('etalase-product-grid');

const stage = document.createElement('div');
stage.className = 'stage';
document.body.append(stage);
// Identical CSS for both sides (see the header). The page sets its font, as a real site does: on a
// page without one the Etalase cards would switch to a system font stack and the Shoelace cards keep
// the browser's serif, and the two would lay out different text.
const css = document.createElement('style');
css.textContent = `
  body { font-family: system-ui, sans-serif; }
  .stage { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 1rem; }
  etalase-product-card, sl-card { content-visibility: auto; contain-intrinsic-size: auto 24rem; }
`;
document.head.append(css);

interface Timing {
  work: number;
  paint: number;
  workCpu: number;
  paintCpu: number;
}
/** The clocks at the start of a timed span: wall time and main-thread CPU time. */
async function startClocks() {
  const cpu = await window.benchThreadTime();
  return { cpu, wall: performance.now() };
}
/** Work until a forced layout, then time to the next paint, from `start`. */
async function timed(
  start: { wall: number; cpu: number },
  ready: () => Promise<unknown>,
): Promise<Timing> {
  await ready();
  void stage.offsetHeight; // style and layout now, on the clock
  const work = performance.now() - start.wall;
  const workCpu = (await window.benchThreadTime()) - start.cpu;
  await afterNextPaint();
  const paint = performance.now() - start.wall;
  return { work, paint, workCpu, paintCpu: (await window.benchThreadTime()) - start.cpu };
}
const mid = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

const clear = () => render(html``, stage);

async function firstGridPaint(): Promise<Timing> {
  clear();
  await nextPaint();
  const start = await startClocks();
  const grid = document.createElement('etalase-product-grid') as EtalaseProductGrid;
  grid.noStructuredData = true;
  grid.hits = hits.slice(0, 24);
  grid.total = 24;
  stage.append(grid);
  const timing = await timed(start, async () => {
    await grid.updateComplete;
    const cards = grid.shadowRoot!.querySelectorAll<EtalaseProductCard>('etalase-product-card');
    await Promise.all([...cards].map((card) => card.updateComplete));
  });
  const cards = grid.shadowRoot!.querySelectorAll('etalase-product-card');
  if (cards.length !== 24 || !cards[23]!.shadowRoot!.textContent!.includes('Rp')) {
    throw new Error('grid did not render 24 cards');
  }
  grid.remove();
  return timing;
}

function etalaseCards(list: ProductHit[]) {
  return html`${list.map(
    (hit) =>
      html`<etalase-product-card
        region-name=${regionName}
        .product=${hit.product}
        .producer=${hit.producer}
      ></etalase-product-card>`,
  )}`;
}

function shoelaceCards(list: ProductHit[]) {
  return html`${list.map(({ product, producer }) => {
    const first = product.images[0]!;
    return html`<sl-card>
      <img
        slot="image"
        src=${first.src}
        alt=${localize(first.alt, 'id')}
        width=${first.width!}
        height=${first.height!}
        loading="lazy"
        decoding="async"
      />
      ${product.flagship ? html`<span>${productStrings.get('id', 'flagship')}</span>` : ''}
      <strong>${localize(product.name, 'id')}</strong>
      <p>${localize(producer.name, 'id')} · ${regionName}</p>
      <p>${formatPrice(product.price, 'id')}</p>
      <ul>
        ${(product.certifications ?? []).map(
          (c) => html`<li>${certificationShortName(c, 'id')}</li>`,
        )}
      </ul>
      <p slot="footer">${availabilityText(product, producer, 'id')}</p>
    </sl-card>`;
  })}`;
}

/**
 * Renders one side's 1,000 cards. The template function runs on the clock: for Shoelace it is where
 * the host formats the content (name, price, badges) that the Etalase card formats in its own render.
 */
async function paint(cards: () => ReturnType<typeof html>, tag: string): Promise<Timing> {
  clear();
  await nextPaint();
  const start = await startClocks();
  render(cards(), stage);
  // Lit elements render in a microtask; wait for each to finish (Shoelace's too).
  const timing = await timed(start, () =>
    Promise.all(
      [...stage.querySelectorAll(tag)].map((el) => (el as EtalaseProductCard).updateComplete),
    ),
  );
  if (stage.querySelectorAll(tag).length !== 1000) throw new Error(`${tag}: not 1,000 rendered`);
  return timing;
}

try {
  const grids: Timing[] = [];
  for (let run = 0; run < 18; run++) {
    const timing = await firstGridPaint();
    if (run >= 3) grids.push(timing); // warm-up
  }
  // Alternate the two so that both see the same machine load, and which one goes first: the one
  // that runs second collects the other's garbage (1,000 removed cards).
  const etalaseTimes: Timing[] = [];
  const shoelaceTimes: Timing[] = [];
  const etalase = () => paint(() => etalaseCards(hits), 'etalase-product-card');
  const shoelace = () => paint(() => shoelaceCards(hits), 'sl-card');
  // Many pairs: a pair's ratio swings by ±10 % with the machine's load; their median settles.
  for (let run = 0; run < 32; run++) {
    let e: Timing, s: Timing;
    if (run % 2 === 0) {
      e = await etalase();
      s = await shoelace();
    } else {
      s = await shoelace();
      e = await etalase();
    }
    if (run < 2) continue; // warm-up
    etalaseTimes.push(e);
    shoelaceTimes.push(s);
  }
  const row = (name: string, times: Timing[]) => ({
    case: name,
    'work ms': mid(times.map((t) => t.work)),
    'to paint ms': mid(times.map((t) => t.paint)),
    'work cpu ms': mid(times.map((t) => t.workCpu)),
    'to paint cpu ms': mid(times.map((t) => t.paintCpu)),
  });
  clear();
  printTable('product rendering (median, ms; same page CSS on both sides)', [
    row('grid: first 24 cards', grids),
    row('1,000 etalase-product-card', etalaseTimes),
    row('1,000 sl-card, same content', shoelaceTimes),
  ]);
  const ratio = (key: keyof Timing) =>
    (mid(etalaseTimes.map((t) => t[key])) / mid(shoelaceTimes.map((t) => t[key]))).toFixed(2);
  // Each run's own ratio (its two sides ran back to back), less swayed by a load change between runs.
  const pairRatios = (key: keyof Timing) =>
    etalaseTimes.map((t, i) => t[key] / shoelaceTimes[i]![key]).sort((a, b) => a - b);
  const paired = (key: keyof Timing) => mid(pairRatios(key)).toFixed(2);
  // The middle half of the pairs' ratios: how far one run's figure may be trusted.
  const spread = (key: keyof Timing) => {
    const ratios = pairRatios(key);
    const at = (q: number) => ratios[Math.floor(q * (ratios.length - 1))]!.toFixed(2);
    return `${at(0.25)}–${at(0.75)}`;
  };
  console.log(
    `\nratio etalase / shoelace: work ${ratio('work')}, to paint ${ratio('paint')} (goal < 1)` +
      `\nmedian of each run's ratio: work ${paired('work')}, to paint ${paired('paint')}` +
      ` (middle half of ${etalaseTimes.length} runs: work ${spread('work')}, to paint ${spread('paint')})` +
      `\ncpu: ratio work ${ratio('workCpu')}, to paint ${ratio('paintCpu')};` +
      ` median of each run's ratio: work ${paired('workCpu')}, to paint ${paired('paintCpu')}`,
  );
  done();
} catch (error) {
  window.benchFail(String(error));
}
