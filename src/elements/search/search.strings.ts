import { defineStrings } from '../base/index.js';

export const strings = defineStrings('search', {
  id: {
    label: 'Cari produk',
    placeholder: 'Cari produk, pelaku usaha, atau kategori',
    clear: 'Hapus pencarian',
    suggestions: 'Saran pencarian',
    product: 'Produk',
    producer: 'Pelaku usaha',
    category: 'Kategori',
    correction: 'Mungkin maksud Anda',
    place: 'Wilayah',
    showPlace: (place: string) => `Tampilkan produk dari ${place}`,
    available: (n: number) => (n === 0 ? 'Tidak ada saran' : `${n} saran tersedia`),
  },
  en: {
    label: 'Search products',
    placeholder: 'Search products, producers or categories',
    clear: 'Clear search',
    suggestions: 'Search suggestions',
    product: 'Products',
    producer: 'Producers',
    category: 'Categories',
    correction: 'Did you mean',
    place: 'Region',
    showPlace: (place: string) => `Show products from ${place}`,
    available: (n: number) =>
      n === 0 ? 'No suggestions' : `${n} ${n === 1 ? 'suggestion' : 'suggestions'} available`,
  },
});
