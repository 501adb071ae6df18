/**
 * A visitor changed the filters (region, category, search words, facets, page…).
 * `filter` is the new state; its exact type is the feed runtime's `FilterState`.
 * Fires on user action only, never for a programmatic change.
 */
export class EtalaseFilterChangeEvent<
  State extends object = Record<string, unknown>,
> extends Event {
  static readonly eventName = 'etalase-filter-change';

  constructor(readonly filter: State) {
    super(EtalaseFilterChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'etalase-filter-change': EtalaseFilterChangeEvent;
  }
  // They bubble out of shadow roots up to the document, where analytics code listens.
  interface DocumentEventMap {
    'etalase-filter-change': EtalaseFilterChangeEvent;
  }
}
