/**
 * A small typed feed for the order planner's stories and tests (parsed shape): snacks, seminar bags
 * and souvenirs from producers in Kota Palangka Raya (62.71), one in Kabupaten Katingan (62.06) and
 * one in another province (63.71). Names and numbers are fictitious.
 */
import type { Feed, Producer, Product } from '../src/model/types.js';
import type { OrderPlan } from '../src/feed/order-plan/index.js';

const producers: Producer[] = [
  {
    id: 'dapur-talam',
    name: 'Dapur Talam Bu Ani',
    regionCode: '62.71.01',
    contact: { whatsapp: '6281200000001', email: 'talam@example.id' },
    nib: '9120000000101',
    certifications: [{ type: 'halal', number: 'ID62110000123450823' }],
    orders: { bulk: true, minOrder: 20, leadTimeDays: 14, monthlyCapacity: 150 },
  },
  {
    id: 'amplang-sri',
    name: 'Amplang Bu Sri',
    regionCode: '62.71.02',
    contact: { whatsapp: '6281200000002', phone: '+62 536 322 0002' },
    orders: { bulk: true, minOrder: 50, leadTimeDays: 7, monthlyCapacity: 600 },
  },
  {
    id: 'batik-kumala',
    name: { id: 'Batik Kumala', en: 'Kumala Batik' },
    regionCode: '62.71.01',
    contact: { email: 'kumala@example.id', phone: '0536 322 0003' },
    nib: '9120000000103',
    marketplaces: [{ platform: 'e-katalog', url: 'https://e-katalog.example.go.id/kumala' }],
    orders: { bulk: true, custom: true, minOrder: 20, leadTimeDays: 30, monthlyCapacity: 120 },
  },
  {
    id: 'rotan-jaya',
    name: 'UD Rotan Jaya',
    regionCode: '62.71.02',
    contact: { whatsapp: '6281200000004' },
    orders: { bulk: false },
  },
  {
    id: 'kue-katingan',
    name: 'Kue Basah Katingan',
    regionCode: '62.06',
    contact: { whatsapp: '6281200000005' },
    orders: { bulk: true, minOrder: 50, leadTimeDays: 3, monthlyCapacity: 1200 },
  },
  {
    id: 'kue-banjar',
    name: 'Wadai Banjar',
    regionCode: '63.71',
    contact: { whatsapp: '6281200000006' },
    orders: { bulk: true, leadTimeDays: 2, monthlyCapacity: 5000 },
  },
];

const snack = (id: string, producerId: string, name: Product['name'], extra: Partial<Product>) =>
  ({ id, producerId, name, category: 'kuliner', images: [], ...extra }) as Product;

const products: Product[] = [
  snack(
    'kue-talam',
    'dapur-talam',
    { id: 'Kue talam', en: 'Talam cake' },
    {
      price: { min: 25000, max: 30000, currency: 'IDR', unit: { id: 'kotak', en: 'box' } },
      availability: 'made_to_order',
    },
  ),
  snack(
    'amplang',
    'amplang-sri',
    { id: 'Amplang ikan pipih', en: 'Featherback fish crackers' },
    {
      price: { min: 45000, max: 45000, currency: 'IDR', unit: { id: 'toples', en: 'jar' } },
      availability: 'in_stock',
      certifications: [{ type: 'pirt', number: '2066271010123-28' }],
    },
  ),
  {
    id: 'tas-batik',
    producerId: 'batik-kumala',
    name: { id: 'Tas seminar batik benang bintik', en: 'Benang bintik batik seminar bag' },
    category: 'kriya',
    images: [],
    price: { min: 150000, max: 200000, currency: 'IDR', unit: { id: 'buah', en: 'piece' } },
    availability: 'made_to_order',
  },
  {
    id: 'tas-rotan',
    producerId: 'rotan-jaya',
    name: { id: 'Tas rotan', en: 'Rattan bag' },
    category: 'kriya',
    images: [],
    price: { min: 90000, currency: 'IDR', unit: { id: 'buah', en: 'piece' } },
    availability: 'out_of_stock',
  },
  snack(
    'kue-lapis',
    'kue-katingan',
    { id: 'Kue lapis', en: 'Layer cake' },
    { price: { min: 20000, currency: 'IDR', unit: { id: 'kotak', en: 'box' } } },
  ),
  snack('wadai', 'kue-banjar', 'Wadai ipau', {
    price: { min: 15000, currency: 'IDR', unit: { id: 'kotak', en: 'box' } },
  }),
];

export const planFeed: Feed = {
  version: 1,
  publisher: { name: 'Pemerintah Kota Palangka Raya', regionCode: '62.71' },
  updatedAt: '2026-11-20',
  categories: [],
  regions: [],
  outlets: [],
  producers,
  products,
};

/** "Today" in the stories and tests, so the date checks give the same words every day. */
export const PLAN_TODAY = '2026-12-01';

/** Two producers, no warning: snacks and bags for a seminar on 15 January 2027. */
export const twoProducerPlan: OrderPlan = {
  event: 'Rapat Koordinasi UMKM 2027',
  neededBy: '2027-01-15',
  place: '62.71',
  office: 'Dinas Koperasi dan UKM Kota Palangka Raya',
  contact: 'Budi Santoso, 0812-0000-9999',
  items: [
    { productId: 'kue-talam', quantity: 100, name: { id: 'Kue talam', en: 'Talam cake' } },
    { productId: 'tas-batik', quantity: 60 },
  ],
};

export const oneProducerPlan: OrderPlan = {
  ...twoProducerPlan,
  items: [twoProducerPlan.items[0]!],
};

/**
 * Every warning: below the minimum order, needed-by too close for the lead time, above the
 * pro-rated capacity (with alternatives), out of stock and no bulk orders, and a product that left
 * the feed.
 */
export const allWarningsPlan: OrderPlan = {
  event: 'Seminar Produk Lokal',
  neededBy: '2026-12-10',
  place: '62.71',
  office: 'Bappeda Kota Palangka Raya',
  contact: '',
  items: [
    { productId: 'kue-talam', quantity: 300 },
    { productId: 'amplang', quantity: 10 },
    { productId: 'tas-rotan', quantity: 120 },
    {
      productId: 'keripik-lama',
      quantity: 40,
      name: { id: 'Keripik kelakai', en: 'Kelakai chips' },
    },
  ],
};
