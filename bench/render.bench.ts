/**
 * Rendering cost of the product elements (npm run bench:render):
 * 1. time from appending a grid of 24 hits to the first paint of its 24 cards;
 * 2. 1,000 `<etalase-product-card>`s against 1,000 Shoelace `<sl-card>`s holding the same content
 *    (picture, name, producer · region, price, certification badges, availability) — the ratio
 *    Etalase / Shoelace, goal < 1.
 * Each figure is the median of several runs, from append to the second animation frame after it.
 * The cards use `content-visibility: auto`, so those outside the viewport skip layout and paint —
 * as they do in a real grid of up to 100 cards.
 */
import { html, render } from 'lit';
import '@shoelace-style/shoelace/dist/components/card/card.js';
// The component modules, defined here: bundling from src, esbuild would drop the bare registration
// imports (package.json `sideEffects` names the built files only).
import { EtalaseProductCard } from '../src/elements/product-card/product-card.component.js';
import { EtalaseProductGrid } from '../src/elements/product-grid/product-grid.component.js';
import { formatPrice } from '../src/format/money.js';
import { localize } from '../src/format/text.js';
import type { ProductHit } from '../src/feed/types.js';
import { manyHits } from '../stories/product-fixtures.js';
import { median, nextPaint, printTable, done } from './util.js';

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
document.body.append(stage);

const clear = () => render(html``, stage);

async function firstGridPaint(): Promise<number> {
  clear();
  await nextPaint();
  const start = performance.now();
  const grid = document.createElement('etalase-product-grid') as EtalaseProductGrid;
  grid.noStructuredData = true;
  grid.hits = hits.slice(0, 24);
  grid.total = 24;
  stage.append(grid);
  await nextPaint();
  const elapsed = performance.now() - start;
  const cards = grid.shadowRoot!.querySelectorAll('etalase-product-card');
  if (cards.length !== 24 || !cards[23]!.shadowRoot!.textContent!.includes('Rp')) {
    throw new Error('grid did not render 24 cards');
  }
  grid.remove();
  return elapsed;
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

const badgeNames: Record<string, string> = {
  halal: 'Halal',
  pirt: 'P-IRT',
  bpom: 'BPOM',
  sni: 'SNI',
  haki: 'HAKI',
  other: 'Sertifikat',
};

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
      <strong>${localize(product.name, 'id')}</strong>
      <p>${localize(producer.name, 'id')} · ${regionName}</p>
      <p>${formatPrice(product.price, 'id')}</p>
      <ul>
        ${(product.certifications ?? []).map((c) => html`<li>${badgeNames[c.type]}</li>`)}
      </ul>
      <p slot="footer">${product.availability ?? ''}</p>
    </sl-card>`;
  })}`;
}

async function paint(template: ReturnType<typeof html>, tag: string): Promise<number> {
  clear();
  await nextPaint();
  const start = performance.now();
  render(template, stage);
  // Lit elements render in a microtask; wait for each to finish, then for the frame that paints it.
  await Promise.all(
    [...stage.querySelectorAll(tag)].map((el) => (el as EtalaseProductCard).updateComplete),
  );
  await nextPaint();
  const elapsed = performance.now() - start;
  if (stage.querySelectorAll(tag).length !== 1000) throw new Error(`${tag}: not 1,000 rendered`);
  return elapsed;
}

try {
  const grid24 = await median(firstGridPaint, 15, 3);
  // Alternate the two so that both see the same machine load.
  const etalaseTimes: number[] = [];
  const shoelaceTimes: number[] = [];
  for (let run = 0; run < 13; run++) {
    const e = await paint(etalaseCards(hits), 'etalase-product-card');
    const s = await paint(shoelaceCards(hits), 'sl-card');
    if (run < 2) continue; // warm-up
    etalaseTimes.push(e);
    shoelaceTimes.push(s);
  }
  const mid = (times: number[]) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  const etalase = mid(etalaseTimes);
  const shoelace = mid(shoelaceTimes);
  clear();
  printTable('product rendering (median, ms)', [
    { case: 'grid: first 24 cards painted', ms: grid24 },
    { case: '1,000 etalase-product-card', ms: etalase },
    { case: '1,000 sl-card, same content', ms: shoelace },
  ]);
  console.log(`\nratio etalase / shoelace: ${(etalase / shoelace).toFixed(2)} (goal < 1)`);
  done();
} catch (error) {
  window.benchFail(String(error));
}
