/**
 * The feed worker (a module Worker started by `loadFeedOffThread`): fetches, decodes, parses,
 * validates and merges the feed with the same `loadFeed` the page would run, and keeps the offline
 * copy, so none of that work blocks the page. It answers one load request and reports progress,
 * faults, the result and later the revalidation outcome as plain, cloneable messages, and builds the
 * query engine's row index so the page does no indexing either.
 */
import { loadFeed, type FeedLoadSuccess } from './load.js';
import type { WorkerReply, WorkerRequest, WorkerResult } from './load-off-thread.js';
import { createCategoryLabel } from './query/labels.js';
import { createRowIndexBuilder, rowDataBuffers, rowIndexOf, type RowData } from './query/rows.js';
import { createTextPackBuilder, packedTextBuffers } from './query/text-pack.js';
import { packProvenance } from './worker-provenance.js';
import { createFeedPreview } from './worker-preview.js';
import { createRecordPacker } from './worker-records.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
}
const scope = globalThis as unknown as WorkerScope;

/** Records per message: the page decodes each message in one task, which must stay short. */
const SLICE = 250;

scope.onmessage = async ({ data: request }) => {
  const post = (reply: WorkerReply) => scope.postMessage(reply);
  /** Builds and sends the text index of the last feed sent (after its result: no card waits on it). */
  let sendText = () => {};
  /**
   * A success without its promise (promises cannot be sent), its producers and products sent ahead
   * in slices: one message holding 10,000 products takes the page a second to decode.
   * Parsed records hold only JSON values (dates are ISO strings), so JSON keeps them intact.
   */
  const plain = (
    { revalidation: _, offlineCopy: __, ...rest }: FeedLoadSuccess,
    sortedNames?: RowData['byName'],
  ): WorkerResult => {
    const { producers, products } = rest.feed;
    // As JSON text: the page's JSON.parse is fast and makes objects its code reads fast, where
    // structured-clone copies were 4× slower to index. Repeated values go in a table (`shared`).
    const packer = createRecordPacker();
    for (let i = 0; i < producers.length; i += SLICE) {
      const json = JSON.stringify(producers.slice(i, i + SLICE).map(packer.producer));
      post({ type: 'records', list: 'producers', json, shared: packer.take() });
    }
    for (let i = 0; i < products.length; i += SLICE) {
      const json = JSON.stringify(products.slice(i, i + SLICE).map(packer.product));
      post({ type: 'records', list: 'products', json, shared: packer.take() });
    }
    // The query engine's row index, built here so the page does no indexing: typed arrays, moved
    // to the page (transferred), not copied. Both languages' name orders: the page's may change.
    const rows = createRowIndexBuilder(rest.feed, ['id', 'en'], sortedNames).finish();
    // The text index reads the rows' records; the row index itself is gone once transferred.
    const rowsView = rowIndexOf(rest.feed, {
      ...rows,
      product: rows.product.slice(),
      producer: rows.producer.slice(),
    });
    scope.postMessage({ type: 'rows', rows }, rowDataBuffers(rows));
    sendText = () => {
      sendText = () => {};
      try {
        const text = createTextPackBuilder(rowsView, createCategoryLabel(rest.feed)).pack();
        scope.postMessage({ type: 'text', text }, packedTextBuffers(text));
      } catch {
        post({ type: 'text' }); // the page builds its own
      }
    };
    return {
      ...rest,
      provenance: packProvenance(rest.provenance, rest.feed),
      feed: { ...rest.feed, producers: [], products: [] },
    };
  };
  const result = await loadFeed(request.urls, {
    ...request.options,
    onProgress: (progress) => post({ type: 'progress', progress }),
    onFault: (error, retrying) => post({ type: 'fault', error, retrying }),
    onUpdate: (update) => {
      post({ type: 'update', result: plain(update) });
      sendText();
    },
  });
  if (!result.ok) return post({ type: 'result', result });
  // A large feed's first page first: the page shows it while the rest is packed and indexed.
  // Its name orders are sorted once, for the preview and the row index.
  const byName: RowData['byName'] = {};
  const preview = createFeedPreview(result.feed, byName);
  if (preview) post({ type: 'preview', preview });
  post({ type: 'result', result: plain(result, byName) });
  sendText();
  const outcome = await result.revalidation;
  // The page ends the worker on this last message: the offline copies must be written by then.
  await result.offlineCopy;
  if (outcome.status === 'updated') await outcome.result.offlineCopy;
  const updated = outcome.status === 'updated' ? plain(outcome.result) : undefined;
  // Ahead of the last message this time: the page ends the worker on it.
  sendText();
  post({
    type: 'revalidation',
    outcome: outcome.status === 'updated' ? { status: 'updated', result: updated! } : outcome,
  });
};
