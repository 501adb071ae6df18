/** Changes to a plan (the planner's): each returns a new plan and leaves the given one alone. */
import type { ProductHit } from '../types.js';
import { MAX_QUANTITY, toQuantity, type OrderPlan, type PlanItem } from './plan.js';

/** Version of the stored and shared plan format; a plan of another version is not read. */
export const PLAN_SCHEMA_VERSION = 1;

/** Most items a plan holds (a shared link stays short enough for every browser). */
export const MAX_PLAN_ITEMS = 100;

export function emptyPlan(): OrderPlan {
  return { event: '', neededBy: '', place: '', office: '', contact: '', items: [] };
}

/**
 * The plan with `quantity` more of the product (a product appears once: adding it again adds to
 * its quantity). Unchanged when the plan is full or the quantity is not a whole number ≥ 1.
 */
export function addToPlan(plan: OrderPlan, hit: ProductHit, quantity: number): OrderPlan {
  const amount = toQuantity(quantity);
  if (amount === undefined) return plan;
  const existing = plan.items.find((item) => item.productId === hit.product.id);
  if (existing) {
    const total = Math.min(MAX_QUANTITY, existing.quantity + amount);
    return setQuantity(plan, hit.product.id, total);
  }
  if (plan.items.length >= MAX_PLAN_ITEMS) return plan;
  const item: PlanItem = { productId: hit.product.id, quantity: amount, name: hit.product.name };
  return { ...plan, items: [...plan.items, item] };
}

export function setQuantity(plan: OrderPlan, productId: string, quantity: number): OrderPlan {
  const amount = toQuantity(quantity);
  if (amount === undefined) return plan;
  return {
    ...plan,
    items: plan.items.map((item) =>
      item.productId === productId ? { ...item, quantity: amount } : item,
    ),
  };
}

export function removeFromPlan(plan: OrderPlan, productId: string): OrderPlan {
  return { ...plan, items: plan.items.filter((item) => item.productId !== productId) };
}
