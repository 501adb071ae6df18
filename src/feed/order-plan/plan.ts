/**
 * An order plan: what a buyer (usually a government office preparing an event) means to order from
 * local producers, kept on the visitor's device and shared as a link. No server, no account: the
 * plan only prepares the enquiries the buyer sends to each producer.
 *
 * This module holds the shapes and the quantity helpers the card, the detail and the showcase use;
 * changing a plan (`edit.ts`) and everything else load with the planner.
 */
import { localize } from '../../format/text.js';
import type { LocalizedText, Orders, Producer, Product } from '../../model/types.js';
import type { Language } from '../../model/vocabulary.js';

/** The page-URL parameter holding a shared plan (`?rencana=…`). */
export const PLAN_URL_PARAM = 'rencana';

/** Largest quantity of one item. */
export const MAX_QUANTITY = 10_000_000;

export interface PlanItem {
  productId: string;
  /** In the product's unit (`price.unit`). */
  quantity: number;
  /** The product's name when it was added: shown if the product later leaves the feed. */
  name?: LocalizedText;
}

export interface OrderPlan {
  /** Event the order is for, e.g. "Rapat Koordinasi UMKM 2027". */
  event: string;
  /** Needed-by date, `YYYY-MM-DD`, or `''`. */
  neededBy: string;
  /** Delivery place: a Kemendagri regency/city code (`62.71`), or `''`. */
  place: string;
  /** Buyer office, e.g. "Dinas Koperasi dan UKM Kota Palangka Raya". */
  office: string;
  /** Contact person (name and phone), free text. */
  contact: string;
  items: PlanItem[];
}

/** What a plan's change announces: how many items, producers and warnings it has. */
export interface PlanCounts {
  items: number;
  producers: number;
  warnings: number;
}

/** Ordering info that applies to a product: its own, over its producer's. */
export function ordersOf(product: Product, producer?: Producer): Orders {
  return { ...producer?.orders, ...product.orders };
}

/** The quantity a plan suggests first: the minimum order, else 1. */
export function defaultQuantity(product: Product, producer?: Producer): number {
  return ordersOf(product, producer).minOrder ?? 1;
}

/** A whole number between 1 and `MAX_QUANTITY`, or `undefined`. */
export function toQuantity(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= MAX_QUANTITY
    ? n
    : undefined;
}

/** An English unit in the plural: `jar` → `jars`, `piece of cloth` → `pieces of cloth`. */
function pluralEn(unit: string): string {
  const [first = '', ...rest] = unit.split(' ');
  const plural = /(s|x|ch|sh)$/.test(first)
    ? `${first}es`
    : /[^aeiou]y$/.test(first)
      ? `${first.slice(0, -1)}ies`
      : `${first}s`;
  return [plural, ...rest].join(' ');
}

/** `20 toples` / `20 jars` / `1 jar`: a quantity in the product's unit. */
export function quantityText(quantity: number, product: Product | undefined, lang: Language) {
  const unit = localize(product?.price?.unit, lang) || 'unit';
  const number = quantity.toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID');
  return `${number} ${lang === 'en' && quantity !== 1 ? pluralEn(unit) : unit}`;
}
