import type { PlanItem } from '../../feed/order-plan/plan.js';

/** How a visitor reached a producer. */
export const CONTACT_CHANNELS = [
  'whatsapp',
  'phone',
  'email',
  'website',
  'marketplace',
  'social',
  'share',
] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/**
 * A visitor opened a WhatsApp, phone, e-mail, website or marketplace link (or shared a product).
 * This is the host page's analytics hook: nothing is sent anywhere by Etalase itself.
 * The link still opens; call `preventDefault()` only if the host handles navigation itself.
 * From the order planner, `items` holds the plan's items for that producer.
 */
export class EtalaseContactEvent extends Event {
  static readonly eventName = 'etalase-contact';

  constructor(
    readonly channel: ContactChannel,
    readonly producerId: string,
    readonly productId?: string,
    /** Marketplace or social platform (`tokopedia`, `shopee` …), when the channel has one. */
    readonly platform?: string,
    /** The URL that was opened. */
    readonly url?: string,
    /** The order plan's items sent to this producer (sends from `etalase-order-planner`). */
    readonly items?: readonly PlanItem[],
  ) {
    super(EtalaseContactEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'etalase-contact': EtalaseContactEvent;
  }
  // They bubble out of shadow roots up to the document, where analytics code listens.
  interface DocumentEventMap {
    'etalase-contact': EtalaseContactEvent;
  }
}
