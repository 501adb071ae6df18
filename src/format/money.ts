import type { Language } from './language.js';
import { localize, type Localizable } from './text.js';

/** What `formatPrice` reads of a price (the model's `Price` is one). */
export interface PriceLike {
  min?: number | undefined;
  max?: number | undefined;
  currency?: string | undefined;
  unit?: Localizable | undefined;
}

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(currency: string): Intl.NumberFormat {
  let format = formatters.get(currency);
  if (!format) {
    // Indonesians write Rp350.000 (no space, dot thousands, no decimals); other currencies keep theirs.
    format = new Intl.NumberFormat('id-ID', {
      style: 'currency',
      currency,
      currencyDisplay: 'symbol',
      maximumFractionDigits: currency === 'IDR' ? 0 : 2,
    });
    formatters.set(currency, format);
  }
  return format;
}

const countFormats: Partial<Record<Language, Intl.NumberFormat>> = {};

/**
 * `1250` → `1.250` with `separator` `.`: what `Intl.NumberFormat` writes for a whole number that is not
 * negative, rounded as it rounds (half away from zero); `undefined` for anything else. A page's first
 * `Intl.NumberFormat` loads its locale's data (≈ 10 ms, 40 at 4× CPU, in the task showing the first
 * products), and each `format` call costs more than this for every card.
 */
function groupThousands(value: number, separator: string): string | undefined {
  const whole = Math.round(value);
  return whole >= 0 && Number.isSafeInteger(whole)
    ? String(whole).replace(/\B(?=(\d{3})+$)/g, separator)
    : undefined;
}

/**
 * A whole count as the language writes it: `1.250` (Indonesian) / `1,250` (English). A formatter (made
 * on first use, one per language) only for what `groupThousands` leaves.
 */
export function formatCount(count: number, lang: Language): string {
  return (
    groupThousands(count, lang === 'en' ? ',' : '.') ??
    (countFormats[lang] ??= new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'id-ID', {
      maximumFractionDigits: 0,
    })).format(count)
  );
}

/** `350000` → `Rp350.000` (same in both UI languages: it is how prices are written in Indonesia). */
export function formatMoney(amount: number, currency = 'IDR'): string {
  const rupiah = currency === 'IDR' ? groupThousands(amount, '.') : undefined;
  if (rupiah !== undefined) return `Rp${rupiah}`;
  return numberFormat(currency)
    .format(amount)
    .replace(/^Rp\s+/, 'Rp');
}

/**
 * A price as shown on a card: `Rp350.000`, a range `Rp50.000–Rp75.000`, `mulai Rp50.000` (from) or
 * `hingga Rp75.000` (up to), followed by the unit: `Rp50.000–Rp75.000 / toples`.
 */
export function formatPrice(price: PriceLike | undefined, lang: Language): string {
  if (!price) return '';
  const { min, max, currency } = price;
  let amount: string;
  if (min !== undefined && max !== undefined && min !== max) {
    amount = `${formatMoney(min, currency)}–${formatMoney(max, currency)}`;
  } else if (min !== undefined && max === undefined) {
    amount = `${lang === 'en' ? 'from' : 'mulai'} ${formatMoney(min, currency)}`;
  } else if (min === undefined && max !== undefined) {
    amount = `${lang === 'en' ? 'up to' : 'hingga'} ${formatMoney(max, currency)}`;
  } else {
    amount = formatMoney((min ?? max)!, currency);
  }
  const unit = localize(price.unit, lang);
  return unit ? `${amount} / ${unit}` : amount;
}

/** Parses what a visitor types into a price box: `350.000`, `Rp 350.000`, `350000`, `1,5 jt`. */
export function parseRupiah(input: string): number | undefined {
  const text = input.toLowerCase().replace(/rp\.?/g, '').trim();
  if (text === '') return undefined;
  const million = /\s*(jt|juta)$/.exec(text);
  const thousand = /\s*(rb|ribu|k)$/.exec(text);
  const core = text.replace(/\s*(jt|juta|rb|ribu|k)$/, '').replace(/\s/g, '');
  // Indonesian: dots group thousands and a comma marks decimals.
  const normalised = core.replace(/\./g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(normalised)) return undefined;
  const value = Number(normalised) * (million ? 1e6 : thousand ? 1e3 : 1);
  return Number.isFinite(value) ? Math.round(value) : undefined;
}
