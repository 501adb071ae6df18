/**
 * The checks in words a buyer understands, Indonesian first, English second; dates through `Intl`
 * (format/date).
 */
import { formatDate } from '../../format/date.js';
import type { Product } from '../../model/types.js';
import type { Language } from '../../model/vocabulary.js';
import type { PlanCheck } from './checks.js';
import { quantityText } from './plan.js';

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
