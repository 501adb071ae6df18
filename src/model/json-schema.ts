/**
 * `feedJsonSchema()`: the JSON Schema (draft 2020-12) of the version-1 feed, generated from the same zod
 * schemas `parseFeed` uses, describing what publishers write (`io: 'input'`: defaults are optional,
 * undotted region codes accepted). Editors use it for completion and inline errors.
 *
 * It covers the shape of each value. Rules that need the whole feed or logic (unique ids, references,
 * known region codes, NIB/P-IRT/BPOM formats inside certifications, price min ≤ max, URL schemes) are
 * checked by `parseFeed` / `etalase validate` only.
 *
 * For npm and the CLI; the browser drop-in never imports this module.
 */
import * as z from 'zod/mini';
import * as schema from './schema.js';
import { BUILTIN_CATEGORIES, MAX_LENGTH } from './vocabulary.js';

interface Meta {
  id?: string;
  title?: string;
  description?: string;
  examples?: unknown[];
}

/** Names and descriptions for the reusable parts: each becomes a `$defs` entry. */
function documentation(): z.core.$ZodRegistry<Meta> {
  const docs = z.registry<Meta>();
  const add = (s: z.ZodMiniType, meta: Meta) => docs.add(s, meta);
  add(schema.Id, {
    id: 'Id',
    description: 'Record identifier: letters, digits, ".", "_", "-"; unique within its list.',
    examples: ['tas-rotan-01'],
  });
  add(schema.LocalizedText, {
    id: 'LocalizedText',
    description: `Text, either plain or by language code: {"id": "…", "en": "…"}. At most ${MAX_LENGTH.text} characters.`,
  });
  add(schema.LocalizedName, {
    id: 'LocalizedName',
    description: `A short text, either plain or by language code: {"id": "…", "en": "…"}. At most ${MAX_LENGTH.name} characters.`,
    examples: ['Amplang Samarinda', { id: 'Tas rotan', en: 'Rattan bag' }],
  });
  add(schema.IsoDate, {
    id: 'IsoDate',
    description: 'ISO 8601 date or date-time.',
    examples: ['2026-08-24', '2026-08-24T09:00:00+07:00'],
  });
  add(schema.RegionCode, {
    id: 'RegionCode',
    description:
      'Kemendagri region code, dotted ("62.71") or not ("6271"): province, regency/city or district.',
    examples: ['62', '62.71', '62.71.02'],
  });
  add(schema.WebUrl, {
    id: 'WebUrl',
    description: 'Absolute https: URL (http: is accepted with a warning).',
  });
  add(schema.ImageUrl, {
    id: 'ImageUrl',
    description: 'Image URL: absolute https:, or relative to the feed.',
  });
  add(schema.Location, {
    id: 'Location',
    description: 'WGS84 coordinates; a warning outside Indonesia.',
  });
  add(schema.Image, {
    id: 'Image',
    description: 'A picture with alternative text; give width and height in pixels.',
  });
  add(schema.Price, {
    id: 'Price',
    description: 'Price or price range in whole currency units (IDR by default); min ≤ max.',
    examples: [{ min: 25000, max: 40000, unit: 'toples' }],
  });
  add(schema.Certification, {
    id: 'Certification',
    description:
      'P-IRT: at least 15 digits. BPOM: "MD" or "ML" and 12 digits. An expired validUntil gives a warning.',
  });
  add(schema.Orders, {
    id: 'Orders',
    description: 'Ordering information, e.g. bulk orders for government events.',
  });
  add(schema.Link, { id: 'Link', description: 'A link to a marketplace or social network page.' });
  add(schema.Contact, {
    id: 'Contact',
    description: 'WhatsApp numbers are normalised to 62…; e-mail and phone are shown as given.',
  });
  add(schema.Producer, { id: 'Producer', description: 'A business (UMKM) making products.' });
  add(schema.Product, {
    id: 'Product',
    description: `A product. category: one of ${Object.keys(BUILTIN_CATEGORIES).join(', ')}, or an id from the feed's categories.`,
  });
  add(schema.Outlet, {
    id: 'Outlet',
    description:
      'A place to see or buy products: a permanent place (gallery, souvenir shop, store, market) or an event (expo, bazaar, fair) with start and end dates.',
  });
  add(schema.OpeningHours, {
    id: 'OpeningHours',
    description: 'Opening hours on some days of the week; times are HH:MM, 24-hour.',
    examples: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '16:00' }],
  });
  add(schema.ExportInfo, {
    id: 'ExportInfo',
    description:
      'Export details: HS code, shelf life in days, packaging, markets served (ISO 3166 alpha-2), monthly export capacity, export certificates.',
    examples: [{ hsCode: '1604.20', shelfLifeDays: 365, markets: ['MY', 'SG'] }],
  });
  add(schema.ProducerGroup, {
    id: 'ProducerGroup',
    description: 'A group of makers selling together with one contact (members: at least 2).',
  });
  add(schema.Category, { id: 'Category', description: 'A category beyond the built-in ones.' });
  add(schema.Region, {
    id: 'Region',
    description: 'A region the built-in Kemendagri table does not know yet.',
  });
  add(schema.Publisher, {
    id: 'Publisher',
    description: 'The government office publishing the feed.',
  });
  return docs;
}

/** The feed's JSON Schema as a plain object (draft 2020-12). */
export function feedJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(schema.Feed, {
    target: 'draft-2020-12',
    io: 'input',
    metadata: documentation(),
    // Refinements (our custom rules) cannot be expressed; they are checked by `etalase validate`.
    unrepresentable: 'any',
    override: ({ jsonSchema }) => {
      // zod's int() carries the safe-integer bounds; they only add noise for people reading the schema.
      if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
      if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'Etalase feed (version 1)',
    description:
      'Flagship small-business products (produk unggulan UMKM) of an Indonesian region. Shape only: run `etalase validate` for the rules (unique ids, references, region codes, certificate numbers).',
    ...rest,
  };
}
