/**
 * Typed sample products for the product card, grid and detail stories and tests (already in the
 * parsed shape the elements receive). Region codes are real Kemendagri codes of Central Kalimantan.
 */
import type { Outlet, Producer, Product } from '../src/model/types.js';
import type { ProductHit } from '../src/feed/types.js';

export const producer: Producer = {
  id: 'rotan-katingan',
  name: 'Kerajinan Rotan Katingan',
  regionCode: '62.06',
  location: { lat: -1.88, lng: 113.4 },
  address: 'Jl. Tjilik Riwut Km 5, Kasongan',
  description: { id: 'Kelompok perajin rotan sejak 1998.', en: 'A rattan craft group since 1998.' },
  contact: {
    whatsapp: '6281234567890',
    phone: '+62 536 322 1234',
    email: 'rotan@example.id',
    website: 'https://rotan.example.id',
  },
  marketplaces: [
    { platform: 'tokopedia', url: 'https://www.tokopedia.com/rotankatingan' },
    { platform: 'shopee', url: 'https://shopee.co.id/rotankatingan' },
  ],
  nib: '1234567890123',
  scale: 'mikro',
  orders: { bulk: true, custom: true, minOrder: 10, leadTimeDays: 14, monthlyCapacity: 300 },
};

export const foodProducer: Producer = {
  id: 'dapur-mama',
  name: 'Dapur Mama Ani',
  regionCode: '62.71',
  contact: { whatsapp: '6289876543210' },
  scale: 'kecil',
};

export const product: Product = {
  id: 'tas-rotan-anyam',
  producerId: 'rotan-katingan',
  name: { id: 'Tas rotan anyam', en: 'Woven rattan bag' },
  category: 'kriya',
  description: {
    id: 'Tas rotan anyaman tangan.\nUkuran 30 × 25 cm.\n\nDiwarnai dengan pewarna alami.',
    en: 'Hand-woven rattan bag.\nSize 30 × 25 cm.\n\nColoured with natural dyes.',
  },
  images: [
    {
      src: '/data/img/rattan-bag.svg',
      alt: { id: 'Tas rotan', en: 'Rattan bag' },
      width: 800,
      height: 600,
    },
    {
      src: '/data/img/weaving.svg',
      alt: { id: 'Tas rotan, sisi samping', en: 'Rattan bag, side view' },
      width: 800,
      height: 600,
    },
  ],
  price: { min: 350000, currency: 'IDR', max: 350000 },
  certifications: [{ type: 'haki', number: 'IDM000123456', issuer: 'DJKI' }],
  flagship: true,
  availability: 'in_stock',
};

export const priceRangeProduct: Product = {
  id: 'amplang-ikan-pipih',
  producerId: 'dapur-mama',
  name: { id: 'Amplang ikan pipih', en: 'Featherback fish crackers' },
  category: 'kuliner',
  images: [],
  price: { min: 50000, max: 75000, currency: 'IDR', unit: { id: 'toples', en: 'jar' } },
  availability: 'in_stock',
};

export const everyCertificationProduct: Product = {
  id: 'madu-kelulut',
  producerId: 'dapur-mama',
  name: 'Madu kelulut',
  category: 'kuliner',
  images: [],
  price: { min: 120000, currency: 'IDR', unit: { id: 'botol', en: 'bottle' } },
  certifications: [
    {
      type: 'halal',
      number: 'ID62110000123450823',
      issuer: 'BPJPH',
      validUntil: '2029-08-01',
      url: 'https://halal.go.id/cek',
    },
    {
      type: 'pirt',
      number: '2066271010123-28',
      issuer: 'Dinas Kesehatan Kota Palangka Raya',
      validUntil: '2027-01-31',
    },
    {
      type: 'bpom',
      number: 'MD 224110012345',
      issuer: 'Badan POM',
      url: 'https://cekbpom.pom.go.id/',
    },
    { type: 'sni', number: 'SNI 8664:2018' },
    { type: 'haki', number: 'IDM000987654', issuer: 'DJKI', validUntil: '2020-01-01' },
    {
      type: 'other',
      number: 'IG-062',
      name: { id: 'Indikasi Geografis', en: 'Geographical indication' },
    },
  ],
  availability: 'seasonal',
};

export const outOfStockProduct: Product = {
  ...priceRangeProduct,
  id: 'kerupuk-basah',
  name: 'Kerupuk basah',
  availability: 'out_of_stock',
};

export const madeToOrderProduct: Product = {
  id: 'batik-benang-bintik',
  producerId: 'rotan-katingan',
  name: { id: 'Kain batik benang bintik', en: 'Benang bintik batik cloth' },
  category: 'wastra',
  images: [],
  price: { min: 450000, currency: 'IDR', unit: { id: 'lembar', en: 'piece' } },
  availability: 'made_to_order',
  orders: { leadTimeDays: 21, custom: true },
};

export const longNameProduct: Product = {
  id: 'nama-panjang',
  producerId: 'dapur-mama',
  name: 'Keripik singkong pedas manis khas Palangka Raya dengan bumbu rempah pilihan dan cabai rawit Dayak asli tanpa pengawet kemasan keluarga hemat ekstra besar',
  category: 'kuliner',
  images: [],
  price: { min: 25000, currency: 'IDR' },
};

export const outlets: Outlet[] = [
  {
    id: 'galeri-dekranasda',
    name: 'Galeri Dekranasda Kalimantan Tengah',
    kind: 'gallery',
    regionCode: '62.71',
    address: 'Jl. Yos Sudarso, Palangka Raya',
    openingHours: { id: 'Senin–Sabtu 08.00–16.00', en: 'Mon–Sat 8 am–4 pm' },
    producerIds: ['rotan-katingan'],
  },
  {
    id: 'expo-isen-mulang',
    name: 'Pameran Isen Mulang 2026',
    kind: 'expo',
    regionCode: '62.71',
    startDate: '2026-05-20',
    endDate: '2026-05-24',
    productIds: ['tas-rotan-anyam'],
  },
];

const producers: Record<string, Producer> = {
  [producer.id]: producer,
  [foodProducer.id]: foodProducer,
};

export const hitOf = (p: Product): ProductHit => {
  const owner = producers[p.producerId] ?? producer;
  return { product: p, producer: owner, regionCode: p.regionCode ?? owner.regionCode };
};

export const sampleProducts: Product[] = [
  product,
  priceRangeProduct,
  everyCertificationProduct,
  outOfStockProduct,
  madeToOrderProduct,
  longNameProduct,
];

/** `count` distinct hits, cycling through the samples. */
export function manyHits(count: number): ProductHit[] {
  return Array.from({ length: count }, (_, i) => {
    const base = sampleProducts[i % sampleProducts.length]!;
    const name = `${typeof base.name === 'string' ? base.name : base.name['id']} ${i + 1}`;
    return hitOf({ ...base, id: `${base.id}-${i + 1}`, name });
  });
}

const XSS = '<img src=x onerror="window.__etalaseXss=1"><script>window.__etalaseXss=1</script>';
const BAD_URLS = [
  'javascript:window.__etalaseXss=1',
  'data:text/html,<script>window.__etalaseXss=1</script>',
];

/** A producer and product whose every text holds markup and every URL an unsafe scheme. */
export function hostileHit(badUrl = BAD_URLS[0]!): ProductHit {
  const hostileProducer: Producer = {
    id: 'xss',
    name: XSS,
    regionCode: '62.71',
    address: XSS,
    description: XSS,
    contact: { whatsapp: '6281234567890', email: 'a@b.co', website: badUrl },
    social: [{ platform: XSS, url: badUrl }],
    marketplaces: [{ platform: XSS, url: badUrl }],
    certifications: [{ type: 'other', number: XSS, name: XSS, issuer: XSS, url: badUrl }],
    images: [{ src: badUrl, alt: XSS }],
    orders: { notes: XSS, minOrder: 2 },
  };
  const hostileProduct: Product = {
    id: 'xss-product',
    producerId: 'xss',
    name: { id: XSS, en: XSS },
    category: 'kuliner',
    description: XSS,
    tags: [XSS],
    materials: [XSS],
    images: [
      { src: badUrl, alt: XSS, width: 10, height: 10, variants: [{ src: badUrl, width: 20 }] },
    ],
    price: { min: 1, max: 2, currency: 'IDR', unit: XSS },
    certifications: [
      { type: 'halal', number: XSS, issuer: XSS, url: badUrl },
      { type: 'other', number: XSS, name: XSS, url: badUrl },
    ],
    flagship: true,
    availability: 'made_to_order',
    orders: { notes: XSS, leadTimeDays: 3 },
    marketplaces: [{ platform: XSS, url: badUrl }],
  };
  return { product: hostileProduct, producer: hostileProducer, regionCode: '62.71' };
}

export { BAD_URLS, XSS };

/** A product a trading house can take abroad: HS code, shelf life, packaging, markets, certificates. */
export const exportProduct: Product = {
  id: 'amplang-ekspor',
  producerId: 'nanas-tamban',
  name: { id: 'Keripik nanas Tamban', en: 'Tamban pineapple chips' },
  category: 'kuliner',
  images: [],
  price: { min: 25000, currency: 'IDR', unit: { id: 'bungkus', en: 'pack' } },
  exportReady: true,
  export: {
    hsCode: '2008.20',
    shelfLifeDays: 365,
    packaging: {
      id: 'Pouch aluminium 100 g, 48 per karton',
      en: 'Foil pouch 100 g, 48 per carton',
    },
    markets: ['MY', 'SG', 'JP'],
    monthlyCapacity: 4000,
    certifications: [
      { type: 'other', name: 'HACCP', number: 'HACCP-2026-117', validUntil: '2027-01-15' },
    ],
  },
  certifications: [{ type: 'halal', number: 'ID63110000555000123', validUntil: '2029-08-01' }],
};

/** A village's pineapple growers selling together: one contact, combined capacity, photos, social. */
export const groupProducer: Producer = {
  id: 'nanas-tamban',
  name: 'KUB Nanas Tamban',
  regionCode: '63.04',
  contact: { whatsapp: '6281200000777' },
  group: { members: 24, name: { id: 'Kelompok Usaha Bersama', en: 'Joint business group' } },
  orders: { bulk: true, monthlyCapacity: 6000 },
  images: [
    {
      src: 'https://umkm.example.go.id/img/chips.svg',
      alt: {
        id: 'Anggota kelompok memilah nanas di gudang desa',
        en: 'Group members sorting pineapples in the village store',
      },
      width: 640,
      height: 480,
    },
  ],
  social: [
    { platform: 'instagram', url: 'https://www.instagram.com/nanastamban' },
    { platform: 'facebook', url: 'https://www.facebook.com/nanastamban' },
  ],
};
