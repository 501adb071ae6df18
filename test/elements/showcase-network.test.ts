import { expect, waitUntil } from '@open-wc/testing';
import '../../src/elements/showcase/showcase.js';
import type { EtalaseShowcase } from '../../src/elements/showcase/showcase.component.js';
import { feedUrl, newKey, preload, set } from '../server/fault-client.js';

// What a visitor sees, and when, while the feed server misbehaves (test/server/fault-server.mjs).
// The showcase runs with its real timeouts: these tests take seconds each.

const inShadow = (showcase: EtalaseShowcase, selector: string) =>
  showcase.shadowRoot?.querySelector(selector) ?? null;
const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const cards = (showcase: EtalaseShowcase) =>
  inShadow(showcase, 'etalase-product-grid')?.shadowRoot?.querySelectorAll('etalase-product-card')
    .length ?? 0;
const alertBox = (showcase: EtalaseShowcase) => inShadow(showcase, '[role="alert"]');
const statusText = (showcase: EtalaseShowcase) => text(inShadow(showcase, '.progress'));

function mount(src: string): { showcase: EtalaseShowcase; elapsed: () => number } {
  const showcase = document.createElement('etalase-showcase');
  showcase.src = src;
  const started = performance.now();
  document.body.append(showcase);
  after(() => showcase.remove());
  return { showcase, elapsed: () => performance.now() - started };
}

/** Waits for `condition`, returning how long it took since `elapsed` started. */
async function within(
  ms: number,
  elapsed: () => number,
  condition: () => unknown,
  message: string,
): Promise<number> {
  await waitUntil(condition, message, { timeout: ms + 2000, interval: 50 });
  const took = elapsed();
  expect(took, `${message} after ${Math.round(took)} ms`).to.be.below(ms);
  return took;
}

/** The promise for every fault: an error with a Retry button within 10 s. */
const errorWithRetry = (showcase: EtalaseShowcase, elapsed: () => number) =>
  within(10000, elapsed, () => alertBox(showcase)?.querySelector('button'), 'error with Retry');

describe('etalase-showcase on a bad network', function () {
  this.timeout(40000);

  for (const fault of ['hang', 'drip'] as const) {
    it(`${fault}: says "still loading (slow connection)" within 3 s, then an error with Retry within 10 s`, async () => {
      const key = newKey();
      await set(key, { mode: fault });
      const { showcase, elapsed } = mount(feedUrl(key));
      await within(
        3000,
        elapsed,
        () => /Masih memuat \(koneksi lambat\)/.test(statusText(showcase)),
        'slow notice',
      );
      expect(statusText(showcase)).to.match(/\d+ KB diterima/);
      await errorWithRetry(showcase, elapsed);
      expect(text(alertBox(showcase))).to.contain('Server data terlalu lama menjawab');
      expect(text(alertBox(showcase))).to.contain('terus mencoba');
      await expect(showcase).to.be.accessible();
    });
  }

  const quick = {
    reset: 'Tidak dapat terhubung ke server data',
    '500': 'galat 500',
    '429': 'sedang sibuk (429)',
    cut: 'Unduhan data terputus sebelum selesai',
  };
  for (const [fault, message] of Object.entries(quick)) {
    it(`${fault}: an error naming the problem, with Retry, within 10 s`, async () => {
      const key = newKey();
      await set(key, { mode: fault });
      const { showcase, elapsed } = mount(feedUrl(key));
      await errorWithRetry(showcase, elapsed);
      expect(text(alertBox(showcase))).to.contain(message);
    });
  }

  it('hang, then Retry: a new request reaches the server even behind a hung preload, and the products replace the error', async () => {
    const key = newKey();
    await set(key, { mode: 'hang' });
    preload(feedUrl(key));
    const { showcase, elapsed } = mount(feedUrl(key));
    await errorWithRetry(showcase, elapsed);
    await set(key, { mode: 'ok' });
    const clicked = performance.now();
    (alertBox(showcase)!.querySelector('button') as HTMLButtonElement).click();
    await within(
      4000,
      () => performance.now() - clicked,
      () => cards(showcase) > 0,
      'products after Retry',
    );
    expect(alertBox(showcase)).to.equal(null);
  });

  it('retries go on in the background after the error shows, and replace it when they succeed', async () => {
    const key = newKey();
    await set(key, { mode: '500', times: '3' }); // the first load's three attempts fail
    const { showcase, elapsed } = mount(feedUrl(key));
    await within(10000, elapsed, () => alertBox(showcase), 'error');
    expect(text(alertBox(showcase))).to.contain('terus mencoba');
    await within(25000, elapsed, () => cards(showcase) > 0, 'products without a click');
    expect(alertBox(showcase)).to.equal(null);
  });

  it('reload with a cached copy and a hung server: the products at once, the stale notice within 4 s', async () => {
    const key = newKey();
    const first = mount(feedUrl(key));
    await waitUntil(() => cards(first.showcase) > 0, 'first visit', { timeout: 8000 });
    first.showcase.remove();
    await set(key, { mode: 'hang' });
    const { showcase, elapsed } = mount(feedUrl(key));
    await within(1500, elapsed, () => cards(showcase) > 0, 'cached products');
    expect(inShadow(showcase, '.notice.stale')).to.equal(null);
    await within(4000, elapsed, () => inShadow(showcase, '.notice.stale'), 'stale notice');
    expect(text(inShadow(showcase, '.notice.stale'))).to.contain('data tersimpan');
  });
});

describe('etalase-showcase with a stale copy', function () {
  this.timeout(60000);

  it('keeps rechecking in the background, and the stale notice goes once the server answers', async () => {
    const key = newKey();
    const first = mount(feedUrl(key));
    await waitUntil(() => cards(first.showcase) > 0, 'first visit', { timeout: 8000 });
    first.showcase.remove();
    await set(key, { mode: 'hang', times: '3' }); // the revalidation's three attempts hang
    const { showcase, elapsed } = mount(feedUrl(key));
    await within(4000, elapsed, () => inShadow(showcase, '.notice.stale'), 'stale notice');
    await within(40000, elapsed, () => !inShadow(showcase, '.notice.stale'), 'stale notice gone');
    expect(cards(showcase)).to.equal(1);
  });
});
