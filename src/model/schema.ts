/**
 * zod schemas of the version-1 feed (see docs/feed-format.md). The shapes here are the single source of
 * the TypeScript types (`z.infer`) and of `dist/feed.schema.json`.
 *
 * Custom checks report one of our issue codes as their message (see `issues.ts`), so the lenient parser
 * can turn every zod issue into a precise, bilingual message with a fix.
 */
import * as z from 'zod/mini';
import { classifyUrl } from '../format/url.js';
import {
  AVAILABILITIES,
  BUSINESS_SCALES,
  CERTIFICATION_TYPES,
  FEED_VERSION,
  MAX_LENGTH,
  OUTLET_KINDS,
  WEEKDAYS,
} from './vocabulary.js';
import { normalizeRegionCode } from './region-code.js';
import { normalizeWhatsapp } from './phone.js';
import { isIsoDate, parseAmount, parseLooseDate } from './readers.js';
import { repairable } from './repair.js';

// No `new Function`: the feed must parse under a strict Content-Security-Policy.
z.config({ jitless: true });

const text = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, { error: 'empty' }), z.maxLength(max));

/** Spaces around an id or code are dropped (with a warning) when what remains is valid. */
const trimmed =
  (valid: RegExp, code: string) =>
  (value: unknown): { value: string; code: string } | undefined => {
    if (typeof value !== 'string') return undefined;
    const text = value.trim();
    return text !== value && valid.test(text) ? { value: text, code } : undefined;
  };

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Record identifier: letters, digits, `.`, `_`, `-`; safe in a URL parameter. */
export const Id = repairable(
  z.string().check(z.maxLength(MAX_LENGTH.id), z.regex(ID_PATTERN, { error: 'invalid-id' })),
  trimmed(ID_PATTERN, 'repaired-id'),
);

const LanguageCode = z
  .string()
  .check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'invalid-language' }));

/** A plain string, or an object keyed by language: `{"id": "Tas rotan", "en": "Rattan bag"}`. */
const localized = (max: number) =>
  z.union([
    text(max),
    z
      .record(LanguageCode, text(max))
      .check(z.refine((o) => Object.keys(o).length > 0, { error: 'empty' })),
  ]);
export const LocalizedText = localized(MAX_LENGTH.text);
export const LocalizedName = localized(MAX_LENGTH.name);

/**
 * ISO 8601 date or date-time (`2026-11-24`, `2026-11-24T08:00:00+07:00`) of a day that exists
 * (`2026-02-30` is refused). `24/08/2026` and `24 Agustus 2026` are repaired with a warning.
 */
export const IsoDate = repairable(
  z.string().check(
    z.regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, {
      error: 'invalid-date',
    }),
    z.refine(isIsoDate, { error: 'invalid-date' }),
  ),
  (value) => {
    if (typeof value !== 'string' || isIsoDate(value)) return undefined;
    const date = parseLooseDate(value);
    return date === undefined ? undefined : { value: date, code: 'repaired-date' };
  },
);

/** Dotted Kemendagri code; undotted input (`6271`) is repaired to `62.71` with a warning. */
export const RegionCode = repairable(
  z.pipe(
    z.string().check(z.regex(/^\d{2}(\.\d{2}){0,2}$/, { error: 'invalid-region-code' })),
    z.transform((code) => normalizeRegionCode(code) ?? code),
  ),
  (value) => {
    if (typeof value !== 'string') return undefined;
    const code = normalizeRegionCode(value);
    return code !== undefined && code !== value
      ? { value: code, code: 'repaired-region-code' }
      : undefined;
  },
);

/**
 * A plain `https://host/path` that `classifyUrl` is certain to accept (a lower-case-letter host whose
 * last label starts with a letter, so it is no IP address; no punycode `xn--` label, port, user,
 * spaces or control characters). Most feed URLs look like this; they skip the full URL parse.
 */
export const PLAIN_HTTPS_URL =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what the path must not hold
  /^https:\/\/(?![a-z0-9.-]*xn--)(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*(?:[/?#][^\s\u0000-\u001f\u007f-\u009f]*)?$/;

const urlCheck = (allowRelative: boolean) =>
  z.refine<string>(
    (value) => {
      if (PLAIN_HTTPS_URL.test(value)) return true;
      const verdict = classifyUrl(value);
      return verdict === 'https' || verdict === 'http' || (allowRelative && verdict === 'relative');
    },
    { error: allowRelative ? 'unsafe-url' : 'unsafe-or-relative-url' },
  );
/** `www.tokoku.com`, `tokoku.co.id/katalog`: a host name with a dot and a top-level domain, no scheme. */
const BARE_DOMAIN =
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}\.?(?::\d{1,5})?(?:[/?#]\S*)?$/i;

/**
 * Obvious intent in a URL: spaces around it go; a bare domain gets `https://` (for images, only one
 * starting `www.`, as `foto.jpg` is a file next to the feed).
 */
const repairUrl =
  (allowRelative: boolean) =>
  (value: unknown): { value: string; code: string } | undefined => {
    if (typeof value !== 'string') return undefined;
    const text = value.trim();
    const bare = allowRelative ? /^www\./i.test(text) : !/^[a-z][a-z0-9+.-]*:/i.test(text);
    if (bare && BARE_DOMAIN.test(text) && classifyUrl(`https://${text}`) === 'https')
      return { value: `https://${text}`, code: 'repaired-url' };
    if (text === value) return undefined;
    const verdict = classifyUrl(text);
    const ok =
      verdict === 'https' || verdict === 'http' || (allowRelative && verdict === 'relative');
    return ok ? { value: text, code: 'repaired-url' } : undefined;
  };

/** Absolute `https:` URL (`http:` passes here and is warned about later). */
export const WebUrl = repairable(
  z.string().check(z.maxLength(MAX_LENGTH.url), urlCheck(false)),
  repairUrl(false),
);
/** Image URL: absolute, or relative to the feed. */
export const ImageUrl = repairable(
  z.string().check(z.maxLength(MAX_LENGTH.url), urlCheck(true)),
  repairUrl(true),
);

export const Location = z.object({
  lat: z
    .number()
    .check(z.gte(-90, { error: 'invalid-latitude' }), z.lte(90, { error: 'invalid-latitude' })),
  lng: z
    .number()
    .check(z.gte(-180, { error: 'invalid-longitude' }), z.lte(180, { error: 'invalid-longitude' })),
});

/** A number written as text (`"Rp 25.000"`, `"25rb"`, `"1,5 jt"`, `"50"`) is read as people mean it. */
const repairNumber =
  (integer: boolean) =>
  (value: unknown): { value: number; code: string } | undefined => {
    if (typeof value !== 'string') return undefined;
    const amount = parseAmount(value);
    if (amount === undefined || (integer && !Number.isInteger(amount))) return undefined;
    return { value: amount, code: 'repaired-number' };
  };

const PositiveInt = repairable(z.int().check(z.positive()), repairNumber(true));
const Count = repairable(z.int().check(z.gte(0, { error: 'negative-number' })), repairNumber(true));

export const Image = z.object({
  src: ImageUrl,
  alt: LocalizedName,
  width: z.optional(PositiveInt),
  height: z.optional(PositiveInt),
  /** Other sizes of the same picture, for `srcset`. */
  variants: z.optional(z.array(z.object({ src: ImageUrl, width: PositiveInt }))),
});

const Money = repairable(
  z.number().check(z.gte(0, { error: 'negative-price' })),
  repairNumber(false),
);
export const Price = z
  .object({
    min: z.optional(Money),
    max: z.optional(Money),
    currency: z._default(
      z.string().check(z.regex(/^[A-Z]{3}$/, { error: 'invalid-currency' })),
      'IDR',
    ),
    /** Selling unit: "toples", "lembar", `{"id": "pasang", "en": "pair"}`. */
    unit: z.optional(LocalizedName),
  })
  .check(
    z.refine((p) => p.min !== undefined || p.max !== undefined, { error: 'price-empty' }),
    z.refine((p) => p.min === undefined || p.max === undefined || p.min <= p.max, {
      error: 'price-range',
      path: ['max'],
    }),
  );

const digits = (value: string) => value.replace(/\D/g, '');
export const Certification = z
  .object({
    type: z.enum(CERTIFICATION_TYPES),
    number: text(100),
    /** Display name, mainly for `other` (e.g. "Indikasi Geografis"). */
    name: z.optional(LocalizedName),
    issuer: z.optional(LocalizedName),
    validUntil: z.optional(IsoDate),
    /** Where a buyer can verify the certificate. */
    url: z.optional(WebUrl),
  })
  .check(
    // P-IRT: at least 15 digits, e.g. `1234567890123-45`.
    z.refine(
      (c) => c.type !== 'pirt' || (/^[\d\s.-]+$/.test(c.number) && digits(c.number).length >= 15),
      {
        error: 'invalid-pirt',
        path: ['number'],
      },
    ),
    // BPOM: `MD` or `ML` followed by 12 digits.
    z.refine(
      (c) => c.type !== 'bpom' || /^(MD|ML)\s?\d{12}$/i.test(c.number.replace(/\s+/g, ' ').trim()),
      {
        error: 'invalid-bpom',
        path: ['number'],
      },
    ),
  );

export const Orders = z.object({
  /** Takes bulk orders (e.g. seminar kits for a government event). */
  bulk: z.optional(z.boolean()),
  /** Takes custom orders (own motif, logo, packaging). */
  custom: z.optional(z.boolean()),
  minOrder: z.optional(PositiveInt),
  leadTimeDays: z.optional(
    repairable(Count.check(z.lte(365, { error: 'lead-time-too-long' })), repairNumber(true)),
  ),
  monthlyCapacity: z.optional(Count),
  notes: z.optional(LocalizedText),
});

export const Link = z.object({ platform: text(50), url: WebUrl });

export const Contact = z.object({
  /** Normalised to international digits starting with 62 (`6281234567890`). */
  whatsapp: z.optional(
    z.pipe(
      z
        .string()
        .check(z.refine((v) => normalizeWhatsapp(v) !== undefined, { error: 'invalid-whatsapp' })),
      z.transform((v) => normalizeWhatsapp(v) ?? v),
    ),
  ),
  phone: z.optional(
    z
      .string()
      .check(
        z.refine(
          (v) => /^\+?[\d\s().-]+$/.test(v) && digits(v).length >= 6 && digits(v).length <= 15,
          { error: 'invalid-phone' },
        ),
      ),
  ),
  email: z.optional(
    z
      .string()
      .check(
        z.maxLength(254),
        z.regex(/^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]+$/, { error: 'invalid-email' }),
      ),
  ),
  website: z.optional(WebUrl),
});

/** A maker group (kelompok usaha bersama, koperasi): several makers with one contact. */
export const ProducerGroup = z.object({
  /** How many makers sell together under this producer. */
  members: z.int().check(z.gte(2, { error: 'group-too-small' })),
  /** Kind of group: "Kelompok Usaha Bersama", "Koperasi" … */
  name: z.optional(LocalizedName),
});

export const Producer = z.object({
  id: Id,
  name: LocalizedName,
  regionCode: RegionCode,
  location: z.optional(Location),
  address: z.optional(text(500)),
  description: z.optional(LocalizedText),
  contact: z._default(Contact, {}),
  social: z.optional(z.array(Link)),
  marketplaces: z.optional(z.array(Link)),
  /** Nomor Induk Berusaha: 13 digits. */
  nib: z.optional(z.string().check(z.regex(/^\d{13}$/, { error: 'invalid-nib' }))),
  scale: z.optional(z.enum(BUSINESS_SCALES)),
  certifications: z.optional(z.array(Certification)),
  images: z.optional(z.array(Image)),
  orders: z.optional(Orders),
  /** Set when this producer is a group of makers; `orders.monthlyCapacity` is then the combined one. */
  group: z.optional(ProducerGroup),
  updatedAt: z.optional(IsoDate),
});

/** What a trading house needs to take a product abroad. */
export const ExportInfo = z.object({
  /** Harmonized System code, 4 to 10 digits (dots allowed): `1604.20`. */
  hsCode: z.optional(
    z.string().check(z.regex(/^\d{4}(\.?\d{2}){0,3}$/, { error: 'invalid-hs-code' })),
  ),
  /** Shelf life in days. */
  shelfLifeDays: z.optional(PositiveInt),
  /** Packaging for export, e.g. "Vacuum pouch 250 g, 40 per carton". */
  packaging: z.optional(LocalizedText),
  /** Countries already served, as ISO 3166-1 alpha-2 codes (`MY`, `SG`, `JP`). */
  markets: z.optional(
    z.array(z.string().check(z.regex(/^[A-Z]{2}$/, { error: 'invalid-country' }))),
  ),
  /** Units per month available for export. */
  monthlyCapacity: z.optional(Count),
  /** Certificates that matter abroad (HACCP, FDA registration, organic …). */
  certifications: z.optional(z.array(Certification)),
});

export const Product = z.object({
  id: Id,
  producerId: Id,
  name: LocalizedName,
  /** A built-in category id (`kuliner`, `kriya` …) or one declared in the feed's `categories`. */
  category: Id,
  description: z.optional(LocalizedText),
  tags: z.optional(z.array(text(60))),
  materials: z.optional(z.array(LocalizedName)),
  images: z._default(z.array(Image), []),
  price: z.optional(Price),
  certifications: z.optional(z.array(Certification)),
  /** Produk unggulan: a flagship product named by the region. */
  flagship: z.optional(z.boolean()),
  availability: z.optional(z.enum(AVAILABILITIES)),
  /** Overrides the producer's ordering info. */
  orders: z.optional(Orders),
  marketplaces: z.optional(z.array(Link)),
  exportReady: z.optional(z.boolean()),
  /** Export details (HS code, shelf life, packaging, markets, capacity, certificates). */
  export: z.optional(ExportInfo),
  /** Defaults to the producer's region. */
  regionCode: z.optional(RegionCode),
  updatedAt: z.optional(IsoDate),
});

const TimeOfDay = z
  .string()
  .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: 'invalid-time' }));

/** Opening hours on some days: `{"days": ["mon", "tue"], "opens": "08:00", "closes": "16:00"}`. */
export const OpeningHours = z.object({
  days: z.array(z.enum(WEEKDAYS)).check(z.minLength(1, { error: 'empty' })),
  opens: TimeOfDay,
  closes: TimeOfDay,
});

export const Outlet = z
  .object({
    id: Id,
    name: LocalizedName,
    kind: z.enum(OUTLET_KINDS),
    regionCode: RegionCode,
    location: z.optional(Location),
    address: z.optional(text(500)),
    description: z.optional(LocalizedText),
    /** Opening hours as text ("Setiap hari 08.00–21.00"); shown when `hours` is absent. */
    openingHours: z.optional(LocalizedName),
    /** Opening hours as days and times, formatted in the visitor's language. */
    hours: z.optional(z.array(OpeningHours)),
    /**
     * Events (expo, bazaar, fair): first and last day. Permanent places: the day it opens ("opening
     * soon" until then) and the last day it is open ("closed" after it).
     */
    startDate: z.optional(IsoDate),
    endDate: z.optional(IsoDate),
    /** Where the region's products stand at an event: "Stand B12, Hall 2". */
    booth: z.optional(LocalizedName),
    contact: z.optional(Contact),
    url: z.optional(WebUrl),
    producerIds: z.optional(z.array(Id)),
    productIds: z.optional(z.array(Id)),
  })
  .check(
    z.refine((o) => !o.startDate || !o.endDate || o.startDate <= o.endDate, {
      error: 'date-range',
      path: ['endDate'],
    }),
  );

export const Category = z.object({
  id: Id,
  name: LocalizedName,
  parent: z.optional(Id),
});

/** A region the built-in Kemendagri table does not know (e.g. a newly split regency). */
export const Region = z.object({
  code: RegionCode,
  name: text(MAX_LENGTH.name),
});

export const Publisher = z.object({
  name: LocalizedName,
  regionCode: RegionCode,
  url: z.optional(WebUrl),
  logo: z.optional(Image),
  /**
   * Where the feed's static catalogue lives (`etalase site --base-url` writes it): product `<id>` has
   * its page at `<siteUrl>produk/<id>/`.
   */
  siteUrl: z.optional(WebUrl),
});

/** URL of a child feed: absolute, or relative to the including feed. */
export const IncludeUrl = z.string().check(z.maxLength(MAX_LENGTH.url), urlCheck(true));

/** Fields of the feed's top level other than its record lists. */
export const envelopeShape = {
  $schema: z.optional(z.string()),
  version: z.literal(FEED_VERSION, { error: 'unsupported-version' }),
  publisher: Publisher,
  updatedAt: IsoDate,
  license: z.optional(text(200)),
  languages: z.optional(z.array(LanguageCode)),
  /** URLs of child feeds to merge (a province feed includes its cities' feeds). */
  includes: z.optional(z.array(IncludeUrl)),
  /**
   * Where visitors can look a certificate type up by its number, for certificates without their own
   * `url` (see `OFFICIAL_CERTIFICATE_LOOKUPS` and the docs for the official sites).
   */
  certificateLookups: z.optional(z.partialRecord(z.enum(CERTIFICATION_TYPES), WebUrl)),
};

/** The record lists; the lenient parser validates their items one by one. */
export const recordSchemas = {
  categories: Category,
  regions: Region,
  producers: Producer,
  products: Product,
  outlets: Outlet,
} as const;
export type RecordListName = keyof typeof recordSchemas;

/** The whole feed, as published. */
export const Feed = z.object({
  ...envelopeShape,
  categories: z.optional(z.array(Category)),
  regions: z.optional(z.array(Region)),
  producers: z.array(Producer),
  products: z.array(Product),
  outlets: z.optional(z.array(Outlet)),
});
