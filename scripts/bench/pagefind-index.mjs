// Pagefind side by side (bench:national): indexes the products of a feed with Pagefind's Node API,
// one custom record per product (no HTML pages), the same text our engine indexes: name, description,
// tags, materials (Indonesian), the producer's name and the category; meta for the result card.
//
//   node scripts/bench/pagefind-index.mjs <feed.json> <out dir>
//
// Prints the indexing time (records added + files written) as JSON on the last line.
import { readFileSync, rmSync } from 'node:fs';
import { createIndex, close } from 'pagefind';

const [feedPath, outputPath] = process.argv.slice(2);
const started = performance.now();
const feed = JSON.parse(readFileSync(feedPath, 'utf8'));
const producers = new Map(feed.producers.map((producer) => [producer.id, producer]));
const parsed = performance.now();
rmSync(outputPath, { recursive: true, force: true });
const { index, errors } = await createIndex({ forceLanguage: 'id' });
if (!index) throw new Error(errors.join('\n'));
const code = (producer) => String(producer?.regionCode ?? '');
const text = (value) => (typeof value === 'string' ? value : (value?.id ?? ''));
// Records go to the Pagefind binary over a pipe: keep a bounded number in flight.
const BATCH = 500;
for (let i = 0; i < feed.products.length; i += BATCH) {
  await Promise.all(
    feed.products.slice(i, i + BATCH).map((product) => {
      const producer = producers.get(product.producerId);
      return index.addCustomRecord({
        url: `/produk/${product.id}`,
        language: 'id',
        content: [
          text(product.name),
          text(product.description),
          (product.tags ?? []).join(' '),
          (product.materials ?? []).map(text).join(' '),
          producer?.name ?? '',
          product.category,
        ].join('. '),
        meta: {
          title: text(product.name),
          image: product.images?.[0]?.src ?? '',
          producer: producer?.name ?? '',
        },
        filters: {
          category: [product.category],
          // Province and regency/city, as our region filter: "35" and "35.78".
          region: [0, 1].map((level) =>
            code(producer)
              .split('.')
              .slice(0, level + 1)
              .join('.'),
          ),
        },
      });
    }),
  );
}
const added = performance.now();
const written = await index.writeFiles({ outputPath });
if (written.errors.length) throw new Error(written.errors.join('\n'));
await close();
const done = performance.now();
console.log(
  JSON.stringify({
    products: feed.products.length,
    parseMs: Math.round(parsed - started),
    addMs: Math.round(added - parsed),
    writeMs: Math.round(done - added),
    totalMs: Math.round(done - started),
  }),
);
