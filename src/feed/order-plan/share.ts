/**
 * A plan in a link (`?rencana=…`, no server) and on the device (localStorage under an Etalase key,
 * with a schema version). Both read untrusted text: whatever it holds, reading never throws and
 * yields a well-formed plan or `null`.
 */
import type { LocalizedText } from '../../model/types.js';
import { isIsoDate } from './checks.js';
import { emptyPlan, MAX_PLAN_ITEMS, PLAN_SCHEMA_VERSION } from './edit.js';
import { PLAN_URL_PARAM, toQuantity, type OrderPlan, type PlanItem } from './plan.js';

/** The localStorage key of the visitor's own plan. */
export const PLAN_STORAGE_KEY = 'etalase.order-plan';

/** Longest encoded plan read from a link (a URL much longer breaks in some apps anyway). */
const MAX_ENCODED_LENGTH = 16_000;
const MAX_TEXT = 200;
const ID = /^[A-Za-z0-9][\w.-]{0,99}$/;

const text = (value: unknown): string =>
  typeof value === 'string' ? value.slice(0, MAX_TEXT).replace(/\p{Cc}/gu, ' ') : '';

function localizedText(value: unknown): LocalizedText | undefined {
  if (typeof value === 'string') return text(value) || undefined;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const result: Record<string, string> = {};
  for (const lang of ['id', 'en'] as const) {
    const entry = (value as Record<string, unknown>)[lang];
    if (typeof entry === 'string') result[lang] = text(entry);
  }
  return Object.keys(result).length ? result : undefined;
}

/** A well-formed plan from anything: unknown fields dropped, bad items skipped, limits applied. */
export function sanitizePlan(value: unknown): OrderPlan | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const raw = value as Record<string, unknown>;
  const plan = emptyPlan();
  plan.event = text(raw['event']);
  plan.neededBy =
    typeof raw['neededBy'] === 'string' && isIsoDate(raw['neededBy']) ? raw['neededBy'] : '';
  plan.place =
    typeof raw['place'] === 'string' && /^\d{2}(\.\d{2})?$/.test(raw['place']) ? raw['place'] : '';
  plan.office = text(raw['office']);
  plan.contact = text(raw['contact']);
  const seen = new Set<string>();
  for (const entry of Array.isArray(raw['items']) ? raw['items'] : []) {
    if (plan.items.length >= MAX_PLAN_ITEMS) break;
    if (!entry || typeof entry !== 'object') continue;
    const { productId, quantity, name } = entry as Record<string, unknown>;
    const amount = toQuantity(quantity);
    if (typeof productId !== 'string' || !ID.test(productId) || seen.has(productId) || !amount)
      continue;
    seen.add(productId);
    const item: PlanItem = { productId, quantity: amount };
    const itemName = localizedText(name);
    if (itemName) item.name = itemName;
    plan.items.push(item);
  }
  return plan;
}

function toBase64Url(textValue: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(textValue)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/**
 * The plan as a URL-safe string for `?rencana=`: compact JSON (items as `[id, quantity]`), base64url.
 * Product names stay out: the colleague's showcase reads them from the feed.
 */
export function encodePlan(plan: OrderPlan): string {
  const compact = {
    v: PLAN_SCHEMA_VERSION,
    e: plan.event || undefined,
    d: plan.neededBy || undefined,
    p: plan.place || undefined,
    o: plan.office || undefined,
    c: plan.contact || undefined,
    i: plan.items.map((item) => [item.productId, item.quantity]),
  };
  return toBase64Url(JSON.stringify(compact));
}

/** The plan in a `?rencana=` value, or `null` when it is not one (never throws). */
export function decodePlan(encoded: string | null | undefined): OrderPlan | null {
  if (!encoded || encoded.length > MAX_ENCODED_LENGTH || !/^[\w-]+$/.test(encoded)) return null;
  try {
    const compact = JSON.parse(fromBase64Url(encoded)) as Record<string, unknown>;
    if (!compact || compact['v'] !== PLAN_SCHEMA_VERSION || !Array.isArray(compact['i']))
      return null;
    return sanitizePlan({
      event: compact['e'],
      neededBy: compact['d'],
      place: compact['p'],
      office: compact['o'],
      contact: compact['c'],
      items: (compact['i'] as unknown[]).map((entry) =>
        Array.isArray(entry) ? { productId: entry[0], quantity: entry[1] } : null,
      ),
    });
  } catch {
    return null;
  }
}

/** `href` with `?rencana=` set to the plan (other parameters and no fragment kept). */
export function planShareUrl(plan: OrderPlan, href: string): string {
  const url = new URL(href);
  url.searchParams.set(PLAN_URL_PARAM, encodePlan(plan));
  url.hash = '';
  return url.href;
}

export type PlanStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function defaultStorage(): PlanStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // storage blocked (e.g. third-party iframe with cookies off)
  }
}

/** The saved plan, or `null` (none, another schema version, unreadable, or storage blocked). */
export function loadPlan(
  storage: PlanStorage | undefined = defaultStorage(),
  key = PLAN_STORAGE_KEY,
): OrderPlan | null {
  try {
    const saved = JSON.parse(storage?.getItem(key) ?? 'null') as Record<string, unknown> | null;
    return saved?.['schema'] === PLAN_SCHEMA_VERSION ? sanitizePlan(saved['plan']) : null;
  } catch {
    return null;
  }
}

/** Saves the plan (an empty one is removed); false when the device would not store it. */
export function savePlan(
  plan: OrderPlan,
  storage: PlanStorage | undefined = defaultStorage(),
  key = PLAN_STORAGE_KEY,
): boolean {
  if (!storage) return false;
  try {
    const empty = !plan.items.length && !plan.event && !plan.neededBy && !plan.office;
    if (empty && !plan.contact && !plan.place) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify({ schema: PLAN_SCHEMA_VERSION, plan }));
    return true;
  } catch {
    return false;
  }
}
