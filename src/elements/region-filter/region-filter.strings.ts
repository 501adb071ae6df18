import { defineStrings } from '../base/index.js';

export const strings = defineStrings('region-filter', {
  id: {
    heading: 'Wilayah',
    treeLabel: 'Pilih wilayah',
    findLabel: 'Cari wilayah',
    findPlaceholder: 'Cari kabupaten, kota, kecamatan…',
    allRegions: 'Semua wilayah',
    toggle: (selected: string) => `Wilayah: ${selected}`,
    removeChip: (name: string) => `Hapus ${name}`,
    selectedLabel: 'Wilayah terpilih',
    /** Unit after a count (the number is shown on its own). */
    unit: (_n: number) => 'produk',
    noMatch: (text: string) => `Tidak ada wilayah yang cocok dengan “${text}”.`,
    noRegions: 'Belum ada wilayah dengan produk.',
    moreSelected: (name: string, n: number) => `${name} +${n}`,
    loading: 'Memuat nama kecamatan…',
  },
  en: {
    heading: 'Region',
    treeLabel: 'Choose a region',
    findLabel: 'Find a region',
    findPlaceholder: 'Find a regency, city, district…',
    allRegions: 'All regions',
    toggle: (selected: string) => `Region: ${selected}`,
    removeChip: (name: string) => `Remove ${name}`,
    selectedLabel: 'Selected regions',
    unit: (n: number) => (n === 1 ? 'product' : 'products'),
    noMatch: (text: string) => `No region matches “${text}”.`,
    noRegions: 'No region has products yet.',
    moreSelected: (name: string, n: number) => `${name} +${n}`,
    loading: 'Loading district names…',
  },
});
