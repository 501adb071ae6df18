/**
 * Allowed values of the feed format, declared once and shared by the schemas, the TypeScript types,
 * the elements' property types and Storybook controls.
 */

export const FEED_VERSION = 1 as const;

import type { Language } from '../format/language.js';

export { LANGUAGES, type Language } from '../format/language.js';

/** A text written in every UI language (messages, labels). Feed text is `LocalizedText` instead. */
export type Bilingual = Record<Language, string>;

export const CERTIFICATION_TYPES = ['halal', 'pirt', 'bpom', 'sni', 'haki', 'other'] as const;
export type CertificationType = (typeof CERTIFICATION_TYPES)[number];

export const AVAILABILITIES = ['in_stock', 'made_to_order', 'seasonal', 'out_of_stock'] as const;
export type Availability = (typeof AVAILABILITIES)[number];

/** Business scale per PP 7/2021. */
export const BUSINESS_SCALES = ['mikro', 'kecil', 'menengah'] as const;
export type BusinessScale = (typeof BUSINESS_SCALES)[number];

export const OUTLET_KINDS = [
  'gallery',
  'souvenir_shop',
  'store',
  'market',
  'expo',
  'other',
  'bazaar',
  'fair',
] as const;
export type OutletKind = (typeof OUTLET_KINDS)[number];

/**
 * Outlet kinds that are events (a start and an end date, then gone); the others are permanent places
 * whose dates, when given, mean "opens on" and "closed since".
 */
export const EVENT_OUTLET_KINDS = [
  'expo',
  'bazaar',
  'fair',
] as const satisfies readonly OutletKind[];

/** Days of the week for structured opening hours, Monday first (as in Indonesia). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * Official sites where anyone can look a certificate up by its number. A feed switches them on in its
 * `certificateLookups` (copy the ones you want); nothing is requested until a visitor clicks.
 */
export const OFFICIAL_CERTIFICATE_LOOKUPS = {
  halal: 'https://bpjph.halal.go.id/search/sertifikat',
  bpom: 'https://cekbpom.pom.go.id/',
  pirt: 'https://sppirt.pom.go.id/',
  sni: 'https://spk.bsn.go.id/',
  haki: 'https://pdki-indonesia.dgip.go.id/',
} as const satisfies Partial<Record<CertificationType, string>>;

/** A certificate whose `validUntil` is this close (in days, or closer) is marked as expiring. */
export const CERTIFICATE_EXPIRY_WARNING_DAYS = 90;

/** Marketplaces with a known display name; feeds may name others. */
export const MARKETPLACES = {
  tokopedia: 'Tokopedia',
  shopee: 'Shopee',
  tiktok_shop: 'TikTok Shop',
  bukalapak: 'Bukalapak',
  blibli: 'Blibli',
  lazada: 'Lazada',
  padiumkm: 'PaDi UMKM',
  inaproc: 'INAPROC (e-Katalog)',
} as const;
export type KnownMarketplace = keyof typeof MARKETPLACES;

/** Social networks with a known display name; feeds may name others. */
export const SOCIAL_NETWORKS = {
  instagram: 'Instagram',
  facebook: 'Facebook',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  x: 'X',
} as const;

/**
 * Built-in product categories. A feed may declare more in its `categories`; a product naming a
 * category that is neither built in nor declared gets a warning and is still shown.
 */
export const BUILTIN_CATEGORIES = {
  kuliner: { id: 'Kuliner', en: 'Food' },
  minuman: { id: 'Minuman', en: 'Drinks' },
  kriya: { id: 'Kriya', en: 'Crafts' },
  wastra: { id: 'Wastra (kain & batik)', en: 'Textiles & batik' },
  fesyen: { id: 'Fesyen', en: 'Fashion' },
  aksesoris: { id: 'Aksesoris & perhiasan', en: 'Accessories & jewellery' },
  herbal: { id: 'Herbal & kecantikan', en: 'Herbal & beauty' },
  pertanian: { id: 'Hasil pertanian', en: 'Farm produce' },
  dekorasi: { id: 'Dekorasi rumah', en: 'Home decor' },
} as const;
export type BuiltinCategory = keyof typeof BUILTIN_CATEGORIES;

/** Indonesia's bounding box (with a margin); coordinates outside it get a warning. */
export const INDONESIA_BOUNDS = {
  minLat: -11.5,
  maxLat: 6.5,
  minLng: 94.5,
  maxLng: 141.5,
} as const;

/** Largest accepted lengths, so a broken export cannot flood the page. */
export const MAX_LENGTH = { id: 100, name: 200, text: 5000, url: 2048 } as const;
