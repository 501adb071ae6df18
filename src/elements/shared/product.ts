/**
 * Product wording shared by the elements that show products (card, detail, grid, planner): labels of
 * certificates and availability in the UI language. The rules themselves (lead time, a product's
 * region, certificate types) are the model's, in `src/model/product.ts`.
 */
import type { Certification, Product, Producer } from '../../model/types.js';
import { certificationKind, leadTimeDays } from '../../model/product.js';
import type { CertificationType, Language } from '../../model/vocabulary.js';
import { localize } from '../../format/text.js';
import { productStrings } from './product.strings.js';

/**
 * Resolves a Kemendagri region code to its display name, e.g. the feed runtime's
 * `RegionIndex.nameOf`. Elements take one instead of importing the region table, which the drop-in
 * bundle loads lazily.
 */
export type RegionNamer = (code: string) => string | undefined;

/** Short and long (accessible) names of a certificate type of the vocabulary. */
export function certificationLabel(lang: Language, type: string): { short: string; long: string } {
  const keys = certificationKeys(type);
  return { short: productStrings.get(lang, keys.short), long: productStrings.get(lang, keys.long) };
}

/** The string keys of a certificate type's names, made once per type (cards render them often). */
const labelKeys = new Map<
  string,
  { short: `cert_${CertificationType}`; long: `cert_${CertificationType}_long` }
>();
function certificationKeys(type: string) {
  let keys = labelKeys.get(type);
  if (!keys) {
    const kind = certificationKind(type);
    labelKeys.set(type, (keys = { short: `cert_${kind}`, long: `cert_${kind}_long` }));
  }
  return keys;
}

/** A certificate's badge text: the type's short name, or an `other` certificate's own name. */
export function certificationShortName(cert: Certification, lang: Language): string {
  const short = productStrings.get(lang, certificationKeys(cert.type).short);
  return cert.type === 'other' ? localize(cert.name, lang) || short : short;
}

/** `Dibuat sesuai pesanan · 14 hari`: availability, with the lead time when made to order. */
export function availabilityText(product: Product, producer: Producer | undefined, lang: Language) {
  const availability = product.availability;
  if (!availability) return '';
  const days = availability === 'made_to_order' ? leadTimeDays(product, producer) : undefined;
  const label = productStrings.get(lang, availability);
  return days !== undefined ? `${label} · ${productStrings.get(lang, 'leadTime', days)}` : label;
}
