import { defineStrings } from '../base/localize.js';

export const strings = defineStrings('product-card', {
  id: {
    certifications: 'Sertifikasi',
    by: 'Produsen',
    region: 'Wilayah',
    price: 'Harga',
  },
  en: {
    certifications: 'Certifications',
    by: 'Producer',
    region: 'Region',
    price: 'Price',
  },
});
