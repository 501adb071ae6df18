/**
 * The checks a buyer needs before sending an enquiry, per item of a plan: minimum order, lead time
 * against the needed-by date, monthly capacity pro-rated to the time left, availability, and other
 * producers of the same category in the plan's region when one producer cannot make the quantity.
 */
import { daysBetween } from '../../format/calendar.js';
import { formatMoney } from '../../format/money.js';
import type { Producer, Product } from '../../model/types.js';
import type { QueryEngine } from '../query.js';
import type { ProductHit } from '../types.js';
import { ordersOf, type OrderPlan, type PlanCounts, type PlanItem } from './plan.js';

/** What the checks read from the feed: the query engine (or anything with the same two methods). */
export type PlanCatalog = Pick<QueryEngine, 'get' | 'query'>;

/** Capacity is per month; a month counts as 30 days when pro-rating it. */
export const DAYS_PER_MONTH = 30;

/** Most alternative producers suggested per item. */
const MAX_ALTERNATIVES = 3;

export type PlanCheck =
  /** The product is no longer in the feed. */
  | { code: 'missing' }
  | { code: 'out-of-stock' }
  /** Seasonal product: ask whether it is available at that time. */
  | { code: 'seasonal' }
  /** The producer does not take bulk orders. */
  | { code: 'no-bulk' }
  | { code: 'below-minimum'; minOrder: number }
  /** The needed-by date is earlier than today plus the lead time. */
  | { code: 'too-close'; leadTimeDays: number }
  /** Fine if ordered by `date` (needed-by date minus lead time): information, not a warning. */
  | { code: 'order-by'; date: string }
  /** More than the monthly capacity pro-rated to the days left (`available` in `days`). */
  | { code: 'over-capacity'; monthlyCapacity: number; available: number; days: number };

/** Checks that are information only; every other check is a warning. */
const INFO_CODES = new Set<PlanCheck['code']>(['order-by', 'seasonal']);
export const isWarning = (check: PlanCheck): boolean => !INFO_CODES.has(check.code);

/** Another producer's product of the same category that can make the quantity in time. */
export interface Alternative {
  hit: ProductHit;
  monthlyCapacity: number;
  /** Capacity pro-rated to the time left. */
  available: number;
}

export interface CheckedItem {
  item: PlanItem;
  /** `undefined` when the product left the feed. */
  hit?: ProductHit;
  checks: PlanCheck[];
  alternatives: Alternative[];
  /** Estimated cost range (quantity × price), when the product has a price. */
  total?: { min: number; max: number; currency: string };
}

export interface ProducerGroup {
  producer: Producer;
  items: CheckedItem[];
  total?: { min: number; max: number; currency: string };
}

export interface CheckedPlan {
  groups: ProducerGroup[];
  /** Items whose product is no longer in the feed. */
  missing: CheckedItem[];
  total?: { min: number; max: number; currency: string };
  counts: PlanCounts;
}

// Dates are calendar days written `YYYY-MM-DD`; arithmetic runs in UTC so no time zone shifts them.
const DAY_MS = 86_400_000;
const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const fromDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The visitor's local calendar date, `YYYY-MM-DD`. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const isIsoDate = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && fromDay(toDay(value)) === value;

export function addDays(iso: string, days: number): string {
  return fromDay(toDay(iso) + days);
}

/** Monthly capacity pro-rated to `days` (rounded down: a producer cannot make part of a box). */
export function proRatedCapacity(monthlyCapacity: number, days: number): number {
  return Math.floor((monthlyCapacity * Math.max(0, days)) / DAYS_PER_MONTH);
}

/** Days the producers have: until the needed-by date, or one month when there is none. */
function daysLeft(plan: OrderPlan, today: string): number {
  return isIsoDate(plan.neededBy) ? daysBetween(today, plan.neededBy) : DAYS_PER_MONTH;
}

/** The checks of one product at `quantity` for `plan`, on `today`. */
export function checkItem(
  hit: ProductHit | undefined,
  quantity: number,
  plan: OrderPlan,
  today: string,
): PlanCheck[] {
  if (!hit) return [{ code: 'missing' }];
  const { product, producer } = hit;
  const orders = ordersOf(product, producer);
  const checks: PlanCheck[] = [];
  if (product.availability === 'out_of_stock') checks.push({ code: 'out-of-stock' });
  if (product.availability === 'seasonal') checks.push({ code: 'seasonal' });
  if (orders.bulk === false) checks.push({ code: 'no-bulk' });
  if (orders.minOrder !== undefined && quantity < orders.minOrder)
    checks.push({ code: 'below-minimum', minOrder: orders.minOrder });
  const lead = orders.leadTimeDays;
  if (lead !== undefined && isIsoDate(plan.neededBy)) {
    const latest = addDays(plan.neededBy, -lead);
    checks.push(
      latest < today
        ? { code: 'too-close', leadTimeDays: lead }
        : { code: 'order-by', date: latest },
    );
  }
  if (orders.monthlyCapacity !== undefined) {
    const days = daysLeft(plan, today);
    const available = proRatedCapacity(orders.monthlyCapacity, days);
    if (quantity > available)
      checks.push({
        code: 'over-capacity',
        monthlyCapacity: orders.monthlyCapacity,
        available,
        days,
      });
  }
  return checks;
}

/** Checks after which the producer cannot make the quantity: look for other producers. */
const NEEDS_ALTERNATIVE = new Set<PlanCheck['code']>(['out-of-stock', 'no-bulk', 'over-capacity']);

/**
 * Other producers' products of the same category in the plan's region (the delivery regency/city,
 * else its province, else the product's province) whose pro-rated capacity covers `quantity` and
 * whose lead time fits, biggest capacity first.
 */
export function findAlternatives(
  catalog: PlanCatalog,
  hit: ProductHit,
  quantity: number,
  plan: OrderPlan,
  today: string,
): Alternative[] {
  const days = daysLeft(plan, today);
  const place = plan.place || hit.regionCode.split('.')[0]!;
  const regions = [...new Set([place, place.split('.')[0]!])];
  for (const region of regions) {
    const found: Alternative[] = [];
    const { hits } = catalog.query(
      { category: [hit.product.category], region: [region] },
      { pageSize: 1000, facets: false },
    );
    for (const candidate of hits) {
      if (candidate.producer.id === hit.producer.id) continue;
      const checks = checkItem(candidate, quantity, plan, today);
      if (checks.some((check) => isWarning(check) && check.code !== 'below-minimum')) continue;
      const capacity = ordersOf(candidate.product, candidate.producer).monthlyCapacity;
      if (capacity === undefined) continue;
      found.push({
        hit: candidate,
        monthlyCapacity: capacity,
        available: proRatedCapacity(capacity, days),
      });
    }
    if (found.length)
      return found.sort((a, b) => b.available - a.available).slice(0, MAX_ALTERNATIVES);
  }
  return [];
}

function itemTotal(product: Product, quantity: number): CheckedItem['total'] {
  const price = product.price;
  if (!price) return undefined;
  const min = price.min ?? price.max!;
  const max = price.max ?? price.min!;
  return { min: min * quantity, max: max * quantity, currency: price.currency ?? 'IDR' };
}

function sum(totals: (CheckedItem['total'] | undefined)[]): CheckedItem['total'] {
  const known = totals.filter((t): t is NonNullable<typeof t> => t !== undefined);
  if (!known.length) return undefined;
  const currency = known[0]!.currency;
  // Amounts in another currency are not added to rupiah: the total covers the main currency only.
  const same = known.filter((t) => t.currency === currency);
  return {
    min: same.reduce((n, t) => n + t.min, 0),
    max: same.reduce((n, t) => n + t.max, 0),
    currency,
  };
}

/** An estimated cost: `Rp2.500.000` or `Rp2.500.000–Rp3.000.000`; `''` when unknown. */
export function formatTotal(total: CheckedItem['total']): string {
  if (!total) return '';
  const min = formatMoney(total.min, total.currency);
  return total.min === total.max ? min : `${min}–${formatMoney(total.max, total.currency)}`;
}

/** The whole plan checked against the feed: items grouped by producer, totals and counts. */
export function checkPlan(plan: OrderPlan, catalog: PlanCatalog, today: string): CheckedPlan {
  const groups = new Map<string, ProducerGroup>();
  const missing: CheckedItem[] = [];
  let warnings = 0;
  for (const item of plan.items) {
    const hit = catalog.get(item.productId);
    const checks = checkItem(hit, item.quantity, plan, today);
    warnings += checks.filter(isWarning).length;
    const alternatives =
      hit && checks.some((check) => NEEDS_ALTERNATIVE.has(check.code))
        ? findAlternatives(catalog, hit, item.quantity, plan, today)
        : [];
    const checked: CheckedItem = {
      item,
      hit,
      checks,
      alternatives,
      total: hit ? itemTotal(hit.product, item.quantity) : undefined,
    };
    if (!hit) {
      missing.push(checked);
      continue;
    }
    let group = groups.get(hit.producer.id);
    if (!group) groups.set(hit.producer.id, (group = { producer: hit.producer, items: [] }));
    group.items.push(checked);
  }
  const list = [...groups.values()];
  for (const group of list) group.total = sum(group.items.map((i) => i.total));
  return {
    groups: list,
    missing,
    total: sum(list.map((group) => group.total)),
    counts: { items: plan.items.length, producers: list.length, warnings },
  };
}
