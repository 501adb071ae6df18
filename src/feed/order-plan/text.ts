/**
 * Words of the plan that leave the element: check texts, the producers' messages, the printed and
 * CSV procurement file. Indonesian first, English second; dates through `Intl` (format/date).
 */
import { formatDate } from '../../format/date.js';
import { localize } from '../../format/text.js';
import type { Product } from '../../model/types.js';
import type { Language } from '../../model/vocabulary.js';
import type { PlanCheck } from './checks.js';

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

/** A check in words a buyer understands, e.g. `minimal 20 toples`. */
export function checkText(check: PlanCheck, product: Product | undefined, lang: Language): string {
  const en = lang === 'en';
  switch (check.code) {
    case 'missing':
      return en
        ? 'no longer in the catalogue: remove it or ask the publisher'
        : 'sudah tidak ada di katalog: hapus atau tanyakan ke pengelola katalog';
    case 'out-of-stock':
      return en ? 'out of stock' : 'stok habis';
    case 'seasonal':
      return en
        ? 'seasonal: ask whether it is available then'
        : 'musiman: tanyakan ketersediaannya pada tanggal itu';
    case 'no-bulk':
      return en
        ? 'the producer does not take bulk orders'
        : 'produsen tidak melayani pesanan partai';
    case 'below-minimum':
      return `${en ? 'minimum' : 'minimal'} ${quantityText(check.minOrder, product, lang)}`;
    case 'too-close':
      return en
        ? `too close: making it takes ${check.leadTimeDays} ${check.leadTimeDays === 1 ? 'day' : 'days'}`
        : `terlalu dekat: waktu pembuatan ${check.leadTimeDays} hari`;
    case 'order-by':
      return en
        ? `order by ${formatDate(check.date, lang)} at the latest`
        : `perlu dipesan paling lambat ${formatDate(check.date, lang)}`;
    case 'over-capacity': {
      const unit = (n: number) => quantityText(n, product, lang);
      return en
        ? `capacity ±${unit(check.monthlyCapacity)} a month (±${check.available} in ${check.days} days); consider splitting the order`
        : `kapasitas ±${unit(check.monthlyCapacity)} per bulan (±${check.available} dalam ${check.days} hari); pertimbangkan membagi pesanan`;
    }
  }
}

export const PLAN_TEXT = {
  id: {
    title: 'Rencana Belanja Produk Lokal',
    event: 'Acara',
    neededBy: 'Dibutuhkan paling lambat',
    place: 'Tempat pengiriman',
    office: 'Instansi pemesan',
    contact: 'Narahubung',
    producer: 'Produsen',
    nib: 'NIB',
    contacts: 'Kontak',
    product: 'Produk',
    quantity: 'Jumlah',
    unit: 'Satuan',
    price: 'Harga satuan',
    priceMin: 'Harga satuan terendah',
    priceMax: 'Harga satuan tertinggi',
    estimate: 'Perkiraan biaya',
    estimateMin: 'Perkiraan biaya terendah',
    estimateMax: 'Perkiraan biaya tertinggi',
    certificates: 'Sertifikat',
    links: 'e-Katalog / marketplace',
    notes: 'Catatan',
    subtotal: 'Subtotal',
    total: 'Perkiraan total',
    source: 'Sumber data',
    dataAsOf: 'Data per',
    preparedOn: 'Disusun',
    subject: (event: string) =>
      event ? `Permintaan pesanan: ${event}` : 'Permintaan pesanan produk lokal',
  },
  en: {
    title: 'Local Product Purchase Plan',
    event: 'Event',
    neededBy: 'Needed by',
    place: 'Delivery to',
    office: 'Buyer office',
    contact: 'Contact person',
    producer: 'Producer',
    nib: 'NIB (business ID)',
    contacts: 'Contact',
    product: 'Product',
    quantity: 'Quantity',
    unit: 'Unit',
    price: 'Unit price',
    priceMin: 'Lowest unit price',
    priceMax: 'Highest unit price',
    estimate: 'Estimated cost',
    estimateMin: 'Lowest estimated cost',
    estimateMax: 'Highest estimated cost',
    certificates: 'Certificates',
    links: 'e-Katalog / marketplace',
    notes: 'Notes',
    subtotal: 'Subtotal',
    total: 'Estimated total',
    source: 'Data source',
    dataAsOf: 'Data as of',
    preparedOn: 'Prepared on',
    subject: (event: string) =>
      event ? `Order enquiry: ${event}` : 'Order enquiry: local products',
  },
} as const;
