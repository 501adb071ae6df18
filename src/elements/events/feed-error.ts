import type { Bilingual } from '../../model/vocabulary.js';

/** A feed could not be loaded; the element shows a friendly message and any last good data. */
export class EtalaseFeedErrorEvent extends Event {
  static readonly eventName = 'etalase-feed-error';

  constructor(
    /** Machine code such as `offline`, `timeout`, `http`, `not-json`, `too-large`, `invalid-feed`. */
    readonly code: string,
    readonly message: Bilingual,
    readonly url?: string,
  ) {
    super(EtalaseFeedErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'etalase-feed-error': EtalaseFeedErrorEvent;
  }
  // They bubble out of shadow roots up to the document, where analytics code listens.
  interface DocumentEventMap {
    'etalase-feed-error': EtalaseFeedErrorEvent;
  }
}
