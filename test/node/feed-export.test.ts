/** The export-ready filter: the query engine, its facet count, and the page URL (`siap_ekspor`). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createQueryEngine } from '../../src/feed/query.js';
import { filterStateToSearchParams, searchParamsToFilterState } from '../../src/feed/url-state.js';
import { smallFeed } from '../feed/fixtures/small-feed.js';

const feed = smallFeed();
for (const product of feed.products)
  if (product.id === 'tas-rotan' || product.id === 'amplang') product.exportReady = true;
const engine = createQueryEngine(feed);

describe('export-ready filter', () => {
  it('keeps only export-ready products and counts them under the other filters', () => {
    const hits = engine.query({ exportReady: true, sort: 'name' }).hits;
    assert.deepEqual(
      hits.map((hit) => hit.product.id),
      ['amplang', 'tas-rotan'],
    );
    assert.equal(engine.facets({}).exportReady, 2);
    assert.equal(engine.facets({ category: ['kuliner'] }).exportReady, 1);
    // Its own count ignores the switch itself, like the other switches.
    assert.equal(engine.facets({ exportReady: true }).exportReady, 2);
  });

  it('round-trips through the page URL as siap_ekspor=1', () => {
    const search = filterStateToSearchParams({ exportReady: true }).toString();
    assert.equal(search, 'siap_ekspor=1');
    assert.deepEqual(searchParamsToFilterState(search), { exportReady: true });
    assert.deepEqual(searchParamsToFilterState('siap_ekspor=ya'), { exportReady: true });
  });
});
