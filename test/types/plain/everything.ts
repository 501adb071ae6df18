// Plain TypeScript importing `etalase`: every tag, event and helper type.
import type { EtalaseContactEvent } from 'etalase';
import { type FilterState } from 'etalase';

const showcase = document.createElement('etalase-showcase');
showcase.src = '/data/produk-unggulan.json';
showcase.view = 'split';
// @ts-expect-error not a view
showcase.view = 'list';
showcase.addEventListener('etalase-feed-load', (event) => {
  console.log(event.feed.products.length, event.issues.length, event.stale);
});
showcase.addEventListener('etalase-feed-error', (event) =>
  console.log(event.code, event.message.id),
);
showcase.addEventListener('etalase-filter-change', (event) => {
  const filter = event.filter as FilterState;
  console.log(filter.region);
});
document.addEventListener('etalase-contact', (event) => {
  const same: EtalaseContactEvent = event;
  console.log(same.channel);
});
