// End-to-end: a buyer on a phone goes from an empty order plan to sent messages, a printable list
// and a CSV in the demo (built drop-in file, `order-planner` on), with no third-party request.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { openPage, startBrowser, waitForCards } from './browser.mjs';

const require = createRequire(import.meta.url);
let env;

before(async () => {
  env = await startBrowser();
});
after(() => env?.close());

/** Searches the catalogue and adds the first matching card to the plan. */
async function addFirst(page, words) {
  const search = page.getByRole('combobox', { name: /Cari|Search/ });
  await search.fill(words);
  await search.press('Enter');
  await page.waitForURL(new RegExp(`q=${words}`));
  await page
    .getByRole('button', { name: /^Tambah ke rencana: / })
    .first()
    .click();
}

describe('order planner in the demo', () => {
  it('empty plan → two producers → messages sent, print view and CSV, in Indonesian and English', async () => {
    const session = await openPage(env, 'demo/index.html', {
      viewport: { width: 390, height: 844 },
    });
    const { page } = session;
    await waitForCards(page);
    // The page logs sends and keeps the test on the page (the host's own handling).
    await page.evaluate(() => {
      window.__sends = [];
      document.addEventListener('etalase-contact', (event) => {
        window.__sends.push([event.channel, event.producerId, event.items.length]);
        event.preventDefault();
      });
    });
    const toggle = page.getByRole('button', { name: /^Rencana pesanan/ });
    assert.equal(await toggle.innerText(), 'Rencana pesanan');

    await addFirst(page, 'talam');
    await addFirst(page, 'seminar');
    await page.getByRole('button', { name: 'Rencana pesanan (2)' }).click();
    const dialog = page.locator('etalase-order-planner dialog[open]');
    await dialog.waitFor();

    await dialog.getByLabel('Nama acara').fill('Rakor UMKM');
    await dialog.getByLabel('Nama acara').press('Tab');
    const date = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
    await dialog.getByLabel('Dibutuhkan paling lambat').fill(date);
    await dialog.getByLabel('Dibutuhkan paling lambat').press('Tab');
    await dialog.getByLabel(/Tempat pengiriman/).selectOption({ label: 'Kota Samarinda' });
    await dialog.getByLabel(/Instansi pemesan/).fill('Dinas Koperasi Kota Samarinda');
    await dialog.getByLabel(/Instansi pemesan/).press('Tab');

    const groups = dialog.locator('[part="group"]');
    assert.equal(await groups.count(), 2, 'one group per producer');
    const whatsapp = groups.first().getByRole('link', { name: 'WhatsApp' });
    const href = await whatsapp.getAttribute('href');
    const text = new URL(href).searchParams.get('text');
    assert.match(text, /^Halo /);
    assert.match(
      text,
      /Kami dari Dinas Koperasi Kota Samarinda ingin memesan untuk acara "Rakor UMKM":/,
    );
    assert.match(text, /Tempat pengiriman: Kota Samarinda/);
    await whatsapp.click();
    assert.deepEqual(await page.evaluate(() => window.__sends), [
      ['whatsapp', 'wadai-sungai-pinang', 1],
    ]);

    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
    });
    assert.deepEqual(violations, []);

    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Unduh CSV' }).click();
    const file = await download;
    assert.match(file.suggestedFilename(), /^rencana-belanja-rakor-umkm\.csv$/);
    const csv = await new Promise((resolve, reject) => {
      file.createReadStream().then((stream) => {
        let data = '';
        stream.on('data', (chunk) => (data += chunk));
        stream.on('end', () => resolve(data));
        stream.on('error', reject);
      }, reject);
    });
    assert.match(csv, /Kue Talam Ubi Ungu,100,/);
    assert.match(csv, /Perkiraan total,/);

    await dialog.getByRole('button', { name: 'Tampilan cetak' }).click();
    const sheet = dialog.locator('[part="sheet"]');
    await sheet.waitFor();
    assert.match(await sheet.innerText(), /Rencana Belanja Produk Lokal/);
    assert.equal(await sheet.locator('tbody tr').count(), 2);

    // English: the showcase's language carries to the plan and to the messages.
    await page.evaluate(() =>
      document.querySelector('etalase-showcase').setAttribute('lang', 'en'),
    );
    await dialog.getByRole('button', { name: 'Back to the plan' }).click();
    const english = new URL(
      await groups.first().getByRole('link', { name: 'WhatsApp' }).getAttribute('href'),
    ).searchParams.get('text');
    assert.match(english, /^Hello /);
    assert.match(english, /would like to order for the event "Rakor UMKM":/);

    assert.deepEqual(session.problems.pageErrors, []);
    assert.deepEqual(session.problems.consoleErrors, []);
    assert.deepEqual(session.problems.foreignRequests, [], 'no third-party request');
    await session.close();
  });
});
