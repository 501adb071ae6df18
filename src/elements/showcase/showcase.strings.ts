import { defineStrings } from '../base/localize.js';

const kilobytes = (bytes: number, lang: 'id' | 'en') =>
  `${new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en', { maximumFractionDigits: 0 }).format(bytes / 1024)} KB`;

export const strings = defineStrings('showcase', {
  id: {
    catalogue: 'Katalog produk unggulan',
    dataAsOf: (date: string) => `Data per ${date}`,
    loading: 'Memuat katalog…',
    loadingProgress: (percent: number) => `Memuat katalog… ${percent}%`,
    loadingSlow: (percent: number | null, bytes: number) =>
      `Masih memuat (koneksi lambat)… ${percent === null ? `${kilobytes(bytes, 'id')} diterima` : `${percent}%`}`,
    retrying: 'Kami terus mencoba memuat di latar belakang; katalog akan muncul begitu berhasil.',
    stale: (date: string) =>
      `Anda melihat data tersimpan dari ${date}; data terbaru belum dapat dimuat.`,
    updated: 'Katalog diperbarui.',
    errorTitle: 'Katalog belum dapat ditampilkan',
    retry: 'Coba lagi',
    noSource: 'Belum ada alamat data katalog (atribut src).',
    partial: (count: number) => `${count} sumber data belum dapat dimuat; yang lain ditampilkan.`,
    filters: 'Filter',
    searchIn: (catalogue: string) => `Cari di ${catalogue}`,
    filtersActive: (count: number) => `Filter (${count} aktif)`,
    resetAll: 'Hapus semua filter',
    view: 'Tampilan',
    viewGrid: 'Daftar',
    viewMap: 'Peta',
    viewSplit: 'Daftar dan peta',
    source: 'Sumber data',
    skipToProducts: 'Langsung ke produk',
    showProducts: (count: number) => `Tampilkan ${count} produk`,
  },
  en: {
    catalogue: 'Flagship product catalogue',
    dataAsOf: (date: string) => `Data as of ${date}`,
    loading: 'Loading the catalogue…',
    loadingProgress: (percent: number) => `Loading the catalogue… ${percent}%`,
    loadingSlow: (percent: number | null, bytes: number) =>
      `Still loading (slow connection)… ${percent === null ? `${kilobytes(bytes, 'en')} received` : `${percent}%`}`,
    retrying: 'We keep trying in the background; the catalogue will appear as soon as it loads.',
    stale: (date: string) =>
      `You are seeing saved data from ${date}; the latest data could not be loaded.`,
    updated: 'Catalogue updated.',
    errorTitle: 'The catalogue cannot be shown yet',
    retry: 'Try again',
    noSource: 'No catalogue data address yet (src attribute).',
    partial: (count: number) =>
      `${count} data ${count === 1 ? 'source' : 'sources'} could not be loaded; the rest is shown.`,
    filters: 'Filters',
    searchIn: (catalogue: string) => `Search ${catalogue}`,
    filtersActive: (count: number) => `Filters (${count} active)`,
    resetAll: 'Clear all filters',
    view: 'View',
    viewGrid: 'List',
    viewMap: 'Map',
    viewSplit: 'List and map',
    source: 'Data source',
    skipToProducts: 'Skip to products',
    showProducts: (count: number) => `Show ${count} ${count === 1 ? 'product' : 'products'}`,
  },
});
