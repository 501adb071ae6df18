import type { Product } from '../../model/types.js';

/**
 * A visitor chose a product (clicked a card, a map popup entry or a search suggestion).
 * Fires on user action only, never for a programmatic change.
 */
export class EtalaseProductSelectEvent extends Event {
  static readonly eventName = 'etalase-product-select';

  constructor(
    readonly productId: string,
    /** The product, when the element that fired has it. */
    readonly product?: Product,
  ) {
    super(EtalaseProductSelectEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'etalase-product-select': EtalaseProductSelectEvent;
  }
  // They bubble out of shadow roots up to the document, where analytics code listens.
  interface DocumentEventMap {
    'etalase-product-select': EtalaseProductSelectEvent;
  }
}
