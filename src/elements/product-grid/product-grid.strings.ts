import { defineStrings } from '../base/localize.js';
import { formatCount } from '../../format/money.js';

export const strings = defineStrings('product-grid', {
  id: {
    products: 'Produk',
    loading: 'Memuat produk…',
    found: (total: number) =>
      total === 0 ? 'Tidak ada produk' : `${formatCount(total, 'id')} produk ditemukan`,
    showing: (from: number, to: number, total: number) =>
      `Menampilkan ${formatCount(from, 'id')}–${formatCount(to, 'id')} dari ${formatCount(total, 'id')} produk`,
    loadMore: 'Muat lebih banyak',
    nextBatch: 'Produk berikutnya',
    previousBatch: 'Produk sebelumnya',
    pages: 'Halaman',
    page: (n: number) => `Halaman ${n}`,
    previous: 'Sebelumnya',
    next: 'Berikutnya',
    emptyTitle: 'Tidak ada produk yang cocok',
    emptyHint: 'Coba kata lain, atau hapus sebagian filter.',
    reset: 'Hapus semua filter',
  },
  en: {
    products: 'Products',
    loading: 'Loading products…',
    found: (total: number) =>
      total === 0
        ? 'No products'
        : `${formatCount(total, 'en')} ${total === 1 ? 'product' : 'products'} found`,
    showing: (from: number, to: number, total: number) =>
      `Showing ${formatCount(from, 'en')}–${formatCount(to, 'en')} of ${formatCount(total, 'en')} products`,
    loadMore: 'Load more',
    nextBatch: 'Next products',
    previousBatch: 'Previous products',
    pages: 'Pages',
    page: (n: number) => `Page ${n}`,
    previous: 'Previous',
    next: 'Next',
    emptyTitle: 'No matching products',
    emptyHint: 'Try other words, or remove some filters.',
    reset: 'Clear all filters',
  },
});
