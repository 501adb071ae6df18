/**
 * A small, complete, valid feed for the model tests: every kind of record and most optional fields.
 * `validFeed()` returns a fresh copy, so a test can break one field and keep the rest valid.
 */
import type { FeedInput } from '../../src/model/types.js';

export const TODAY = new Date('2026-11-24T00:00:00Z');

const FEED: FeedInput = {
  $schema: 'https://example.org/feed.schema.json',
  version: 1,
  publisher: {
    name: {
      id: 'Dinas Koperasi dan UKM Kota Palangka Raya',
      en: 'Palangka Raya Cooperatives and SME Office',
    },
    regionCode: '62.71',
    url: 'https://example.org/umkm',
    logo: { src: 'img/logo.svg', alt: 'Logo Dinas', width: 120, height: 120 },
  },
  updatedAt: '2026-11-01T08:00:00+07:00',
  license: 'CC BY 4.0',
  languages: ['id', 'en'],
  categories: [
    { id: 'paket-acara', name: { id: 'Paket acara', en: 'Event packages' }, parent: 'kuliner' },
  ],
  regions: [{ code: '64.99', name: 'Kabupaten Contoh Baru' }],
  producers: [
    {
      id: 'rotan-bukit-batu',
      name: 'Kelompok Perajin Rotan Bukit Batu',
      regionCode: '62.71.02',
      location: { lat: -2.0532, lng: 113.7841 },
      address: 'Jl. Tjilik Riwut Km 34, Bukit Batu',
      description: { id: 'Perajin anyaman rotan.', en: 'Rattan weavers.' },
      contact: {
        whatsapp: '0812-0000-0101',
        phone: '(0536) 322-1234',
        email: 'rotan@example.org',
        website: 'https://example.org/rotan',
      },
      social: [{ platform: 'instagram', url: 'https://www.instagram.com/contoh.rotan' }],
      marketplaces: [{ platform: 'padiumkm', url: 'https://padiumkm.id/toko/contoh-rotan' }],
      nib: '9120000000001',
      scale: 'mikro',
      certifications: [{ type: 'haki', number: 'IDM000123456', validUntil: '2030-01-01' }],
      images: [{ src: 'img/workshop.svg', alt: 'Bengkel anyaman', width: 400, height: 300 }],
      orders: {
        bulk: true,
        custom: true,
        minOrder: 10,
        leadTimeDays: 14,
        monthlyCapacity: 200,
        notes: 'Pesan dua minggu sebelumnya.',
      },
      updatedAt: '2026-10-01',
    },
    {
      id: 'amplang-samarinda',
      name: { id: 'UD Amplang Samarinda', en: 'Samarinda Amplang' },
      regionCode: '64.72',
      contact: { whatsapp: '+62 812 0000 0202' },
    },
  ],
  products: [
    {
      id: 'tas-rotan-01',
      producerId: 'rotan-bukit-batu',
      name: { id: 'Tas anyaman rotan', en: 'Woven rattan bag' },
      category: 'kriya',
      description: { id: 'Tas tangan anyaman rotan.', en: 'Woven rattan handbag.' },
      tags: ['anyaman', 'rotan'],
      materials: [{ id: 'rotan', en: 'rattan' }],
      images: [
        {
          src: 'img/rattan-bag.svg',
          alt: { id: 'Tas rotan', en: 'Rattan bag' },
          width: 400,
          height: 300,
          variants: [{ src: 'img/rattan-bag-800.webp', width: 800 }],
        },
      ],
      price: { min: 350000, max: 650000, unit: { id: 'buah', en: 'piece' } },
      flagship: true,
      availability: 'made_to_order',
      orders: { custom: true, leadTimeDays: 14 },
      marketplaces: [{ platform: 'tokopedia', url: 'https://www.tokopedia.com/contoh/tas-rotan' }],
      exportReady: true,
      regionCode: '62.71.02',
      updatedAt: '2026-10-02',
    },
    {
      id: 'amplang-tenggiri',
      producerId: 'amplang-samarinda',
      name: 'Amplang ikan tenggiri',
      category: 'kuliner',
      images: [
        {
          src: 'https://example.org/img/amplang.webp',
          alt: 'Amplang dalam toples',
          width: 400,
          height: 300,
        },
      ],
      price: { min: 25000, currency: 'IDR', unit: 'toples' },
      certifications: [
        { type: 'pirt', number: '2066472010123-27', validUntil: '2029-05-01' },
        { type: 'halal', number: 'ID64110000123450823', issuer: 'BPJPH' },
        { type: 'bpom', number: 'MD 123456789012' },
      ],
      availability: 'in_stock',
    },
    {
      id: 'paket-seminar',
      producerId: 'amplang-samarinda',
      name: { id: 'Paket kudapan seminar', en: 'Seminar snack box' },
      category: 'paket-acara',
      images: [{ src: 'img/box.svg', alt: 'Kotak kudapan', width: 400, height: 300 }],
      price: { max: 50000 },
      orders: { bulk: true, minOrder: 50 },
      regionCode: '64.99',
    },
  ],
  outlets: [
    {
      id: 'galeri-dekranasda',
      name: { id: 'Galeri Dekranasda', en: 'Dekranasda Gallery' },
      kind: 'gallery',
      regionCode: '62.71',
      location: { lat: -2.2096, lng: 113.9135 },
      openingHours: 'Senin–Sabtu 08.00–16.00',
      contact: { phone: '0536-3221234' },
      url: 'https://example.org/galeri',
      producerIds: ['rotan-bukit-batu'],
      productIds: ['tas-rotan-01'],
    },
    {
      id: 'expo-umkm-2026',
      name: 'Expo UMKM Kalimantan 2026',
      kind: 'expo',
      regionCode: '64.72',
      startDate: '2026-08-20',
      endDate: '2026-08-24',
    },
  ],
};

/** A feed typed loosely on purpose: the tests break it in every way the types would forbid. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LooseFeed = Record<string, any>;

/** A fresh deep copy of the valid fixture feed. */
export function validFeed(): LooseFeed {
  return structuredClone(FEED) as LooseFeed;
}
