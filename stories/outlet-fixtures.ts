/**
 * Expos and galleries for the outlet list's stories and tests, seen on 1 December 2026: an expo in
 * January, a bazaar on now, a fair that ended in May, a gallery with structured hours, a souvenir
 * centre opening soon and a shop that has closed.
 */
import type { Outlet, Producer, Product } from '../src/model/types.js';

export const OUTLETS_TODAY = '2026-12-01';

export const outletProducers: Producer[] = [
  { id: 'amplang', name: 'Amplang Mahakam', regionCode: '64.72', contact: {} },
  { id: 'sasirangan', name: 'Sasirangan Banjar', regionCode: '63.71', contact: {} },
  { id: 'rotan', name: 'Rotan Katingan', regionCode: '62.71', contact: {} },
];

const item = (id: string, producerId: string, name: string): Product => ({
  id,
  producerId,
  name,
  category: 'kuliner',
  images: [],
});
export const outletProducts: Product[] = [
  item('amplang-250', 'amplang', 'Amplang ikan 250 g'),
  item('amplang-500', 'amplang', 'Amplang ikan 500 g'),
  item('kain-sasirangan', 'sasirangan', 'Kain sasirangan'),
  item('tas-rotan', 'rotan', 'Tas rotan'),
];

export const kalselExpo: Outlet = {
  id: 'kalsel-expo-2027',
  name: {
    id: 'UMKM Expo Siring Menara Pandang 2027',
    en: 'UMKM Expo at Siring Menara Pandang 2027',
  },
  kind: 'expo',
  regionCode: '63.71',
  location: { lat: -3.3199, lng: 114.5946 },
  address: 'Siring Menara Pandang, Jl. Kapten Piere Tendean, Banjarmasin',
  startDate: '2027-01-29',
  endDate: '2027-02-02',
  booth: { id: 'Paviliun Kalimantan, stan 12', en: 'Kalimantan pavilion, booth 12' },
  hours: [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '10:00', closes: '22:00' },
  ],
  contact: { whatsapp: '6281200000904', phone: '0511 3350000' },
  producerIds: ['sasirangan', 'amplang'],
};

export const bazaarOnNow: Outlet = {
  id: 'bazar-akhir-tahun',
  name: { id: 'Bazar UMKM Akhir Tahun', en: 'Year-end UMKM Bazaar' },
  kind: 'bazaar',
  regionCode: '64.72',
  location: { lat: -0.4948, lng: 117.1436 },
  address: 'Taman Samarendah, Samarinda',
  startDate: '2026-11-28',
  endDate: '2026-12-06',
  productIds: ['amplang-250'],
};

export const pastFair: Outlet = {
  id: 'isen-mulang-2026',
  name: 'Pameran Produk Unggulan Festival Isen Mulang 2026',
  kind: 'fair',
  regionCode: '62.71',
  location: { lat: -2.2079, lng: 113.9207 },
  startDate: '2026-05-18',
  endDate: '2026-05-23',
  producerIds: ['rotan'],
};

export const gallery: Outlet = {
  id: 'galeri-dekranasda',
  name: 'Galeri Dekranasda Kota Palangka Raya',
  kind: 'gallery',
  regionCode: '62.71',
  location: { lat: -2.2087, lng: 113.9158 },
  address: 'Jl. Tjilik Riwut Km 1, Palangka Raya',
  hours: [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '16:00' },
    { days: ['sat'], opens: '08:00', closes: '12:00' },
  ],
  contact: { whatsapp: '6281200000902', email: 'galeri@example.org' },
  producerIds: ['rotan'],
};

export const openingSoon: Outlet = {
  id: 'pusat-oleh-oleh-basuki-rahmat',
  name: 'Pusat Oleh-Oleh Khas Kaltim',
  kind: 'souvenir_shop',
  regionCode: '64.72',
  address: 'Jl. Basuki Rahmat, Samarinda',
  startDate: '2027-03-01',
};

export const closedShop: Outlet = {
  id: 'gerai-lama',
  name: 'Gerai UMKM Pelabuhan',
  kind: 'store',
  regionCode: '64.71',
  endDate: '2026-06-30',
};

export const allOutlets: Outlet[] = [
  pastFair,
  gallery,
  kalselExpo,
  closedShop,
  openingSoon,
  bazaarOnNow,
];
