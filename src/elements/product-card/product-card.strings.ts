import { defineStrings } from '../base/localize.js';

export const strings = defineStrings('product-card', {
  id: {
    certifications: 'Sertifikasi',
    by: 'Produsen',
    region: 'Wilayah',
    price: 'Harga',
    planAdd: 'Tambah ke rencana',
  },
  en: {
    certifications: 'Certifications',
    by: 'Producer',
    region: 'Region',
    price: 'Price',
    planAdd: 'Add to plan',
  },
});
