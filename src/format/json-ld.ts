/**
 * schema.org structured data for products (`Product`, `Offer` in IDR, the producer as a
 * `LocalBusiness`, certifications), so search engines can read what the shadow DOM shows.
 * Pure: the element that owns the `<script type="application/ld+json">` writes the string.
 */
import type { Outlet } from '../model/types.js';
import type { Language } from './language.js';
import type { PriceLike } from './money.js';
import { localize, type Localizable } from './text.js';
import { safeUrl } from './url.js';

// What JSON-LD reads of the model's records (`Certification`, `Producer`, `Product` are such), named
// here so that the format layer imports nothing from the model.

export interface JsonLdCertification {
  type: string;
  number: string;
  name?: Localizable | undefined;
  issuer?: Localizable | undefined;
  validUntil?: string | undefined;
  url?: string | undefined;
}

export interface JsonLdProducer {
  id: string;
  name: Localizable;
  address?: string | undefined;
  location?: { lat: number; lng: number } | undefined;
  contact: {
    phone?: string | undefined;
    whatsapp?: string | undefined;
    email?: string | undefined;
    website?: string | undefined;
  };
  nib?: string | undefined;
}

export interface JsonLdProduct {
  id: string;
  name: Localizable;
  description?: Localizable | undefined;
  category: string;
  images: readonly { src: string }[];
  price?: PriceLike | undefined;
  availability?: string | undefined;
  certifications?: readonly JsonLdCertification[] | undefined;
}

export interface JsonLdItem {
  product: JsonLdProduct;
  producer: JsonLdProducer;
  /** Name of the product's region (regency/city), for the producer's address. */
  regionName?: string;
  /** The page that shows this product (e.g. the showcase with `?produk=<id>`). */
  url?: string;
}

export interface JsonLdOptions {
  lang: Language;
  /** Base for relative image URLs (the feed's URL); relative images are dropped without one. */
  base?: string | URL;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };
type JsonObject = { [key: string]: Json | undefined };

const AVAILABILITY: Readonly<Record<string, string>> = {
  in_stock: 'https://schema.org/InStock',
  made_to_order: 'https://schema.org/MadeToOrder',
  seasonal: 'https://schema.org/LimitedAvailability',
  out_of_stock: 'https://schema.org/OutOfStock',
};

const CERTIFICATION_NAMES: Record<string, string> = {
  halal: 'Sertifikat Halal',
  pirt: 'SPP-IRT (P-IRT)',
  bpom: 'Izin Edar BPOM',
  sni: 'SNI',
  haki: 'HAKI',
};

/** `table[key]` when it is the table's own entry (never an inherited `toString`). */
const own = (table: Readonly<Record<string, string>>, key: string) =>
  Object.hasOwn(table, key) ? table[key] : undefined;

const absolute = (value: string | undefined, base?: string | URL) => {
  const url = safeUrl(value, { allowRelative: base !== undefined, ...(base ? { base } : {}) });
  return url && /^https?:/i.test(url) ? url : undefined;
};

function certification(cert: JsonLdCertification, lang: Language): JsonObject {
  const issuer = localize(cert.issuer, lang);
  return {
    '@type': 'Certification',
    name: localize(cert.name, lang) || own(CERTIFICATION_NAMES, cert.type) || cert.type,
    certificationIdentification: cert.number,
    issuedBy: issuer ? { '@type': 'Organization', name: issuer } : undefined,
    expires: cert.validUntil,
    url: absolute(cert.url),
  };
}

function business(
  producer: JsonLdProducer,
  regionName: string | undefined,
  lang: Language,
): JsonObject {
  const { contact } = producer;
  return {
    '@type': 'LocalBusiness',
    '@id': `#producer-${producer.id}`,
    name: localize(producer.name, lang),
    address: {
      '@type': 'PostalAddress',
      streetAddress: producer.address,
      addressLocality: regionName,
      addressCountry: 'ID',
    },
    geo: producer.location
      ? {
          '@type': 'GeoCoordinates',
          latitude: producer.location.lat,
          longitude: producer.location.lng,
        }
      : undefined,
    telephone: contact.phone ?? (contact.whatsapp ? `+${contact.whatsapp}` : undefined),
    email: contact.email,
    url: absolute(contact.website),
    identifier: producer.nib
      ? { '@type': 'PropertyValue', propertyID: 'NIB', value: producer.nib }
      : undefined,
  };
}

function offer(item: JsonLdItem, seller: JsonObject): JsonObject | undefined {
  const { price, availability } = item.product;
  if (!price) return undefined;
  const { min, max, currency } = price;
  const common = {
    priceCurrency: currency ?? 'IDR',
    availability: availability ? own(AVAILABILITY, availability) : undefined,
    url: item.url,
    seller: { '@id': seller['@id'] as string },
  };
  if (min !== undefined && max !== undefined && min !== max) {
    return { '@type': 'AggregateOffer', lowPrice: min, highPrice: max, ...common };
  }
  return { '@type': 'Offer', price: (min ?? max)!, ...common };
}

/** One `Product` node, with its offer, producer and certifications. */
export function productJsonLd(item: JsonLdItem, options: JsonLdOptions): JsonObject {
  const { product, producer, regionName } = item;
  const { lang, base } = options;
  const seller = business(producer, regionName, lang);
  const images = product.images
    .map((image) => absolute(image.src, base))
    .filter((src): src is string => src !== undefined);
  const certifications = product.certifications ?? [];
  return {
    '@type': 'Product',
    '@id': `#product-${product.id}`,
    sku: product.id,
    name: localize(product.name, lang),
    description: localize(product.description, lang) || undefined,
    image: images.length ? images : undefined,
    category: product.category,
    url: item.url,
    brand: { '@type': 'Brand', name: seller['name'] as string },
    manufacturer: seller,
    offers: offer(item, seller),
    hasCertification: certifications.length
      ? certifications.map((cert) => certification(cert, lang))
      : undefined,
  };
}

/** A JSON-LD document describing a list of products (an `ItemList` when there are several). */
export function productsJsonLd(items: readonly JsonLdItem[], options: JsonLdOptions): JsonObject {
  const products = items.map((item) => productJsonLd(item, options));
  if (products.length === 1) return { '@context': 'https://schema.org', ...products[0] };
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    numberOfItems: products.length,
    itemListElement: products.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      item,
    })),
  };
}

export interface EventJsonLdOptions {
  lang: Language;
  /** Name of the outlet's region (regency/city), for the address. */
  regionName?: string;
  /** The page that lists the event. */
  url?: string;
}

/**
 * A schema.org `Event` for an event outlet (expo, bazaar, fair) with a start date; `undefined` for
 * anything else. Publish it for upcoming and ongoing events only (search engines drop past ones).
 */
export function eventJsonLd(outlet: Outlet, options: EventJsonLdOptions): JsonObject | undefined {
  if (!outlet.startDate) return undefined;
  const { lang, regionName } = options;
  const name = localize(outlet.name, lang);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': `#outlet-${outlet.id}`,
    name,
    description: localize(outlet.description, lang) || undefined,
    startDate: outlet.startDate,
    endDate: outlet.endDate ?? outlet.startDate,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    url: options.url ?? absolute(outlet.url),
    location: {
      '@type': 'Place',
      name,
      address: {
        '@type': 'PostalAddress',
        streetAddress: outlet.address,
        addressLocality: regionName,
        addressCountry: 'ID',
      },
      geo: outlet.location
        ? {
            '@type': 'GeoCoordinates',
            latitude: outlet.location.lat,
            longitude: outlet.location.lng,
          }
        : undefined,
    },
  };
}

/**
 * JSON text that is safe inside a `<script>` element: `<` (so no `</script>` or `<!--` can end or
 * change it), `>`, `&` and the JavaScript line separators are written as `\uXXXX` escapes, which JSON
 * parsers read back as the same characters.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
