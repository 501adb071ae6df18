import type { OrderPlan, PlanCounts, PlanItem } from '../../feed/order-plan/plan.js';

/**
 * A visitor changed the order plan: added, removed or re-counted an item, or edited the event
 * details. `items` and `counts` are the plan after the change. Fires on user action only.
 */
export class EtalasePlanChangeEvent extends Event {
  static readonly eventName = 'etalase-plan-change';

  constructor(
    readonly items: readonly PlanItem[],
    /** Items, producers and warnings in the plan. */
    readonly counts: PlanCounts,
    /** The whole plan (event, needed-by date, delivery place, buyer, items). */
    readonly plan: OrderPlan,
  ) {
    super(EtalasePlanChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * A visitor asked to add a product to the order plan (the "Tambah ke rencana pesanan" button of a
 * card or the product detail). The showcase answers by adding it; `etalase-plan-change` follows.
 */
export class EtalasePlanAddEvent extends Event {
  static readonly eventName = 'etalase-plan-add';

  constructor(
    readonly productId: string,
    /** In the product's unit. */
    readonly quantity: number,
  ) {
    super(EtalasePlanAddEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'etalase-plan-change': EtalasePlanChangeEvent;
    'etalase-plan-add': EtalasePlanAddEvent;
  }
}
