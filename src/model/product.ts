/**
 * Rules about one product that every consumer applies the same way (elements, feed runtime, CLI):
 * what a product inherits from its producer, and how a certificate type is read.
 */
import type { Producer, Product } from './types.js';
import { CERTIFICATION_TYPES, type CertificationType } from './vocabulary.js';

/** The lead time (days) that applies: the product's own ordering info, else its producer's. */
export function leadTimeDays(product: Product, producer?: Producer): number | undefined {
  return product.orders?.leadTimeDays ?? producer?.orders?.leadTimeDays;
}

/** The product's own region code, or its producer's. */
export function regionCodeOf(product: Product, producer?: Producer): string | undefined {
  return product.regionCode ?? producer?.regionCode;
}

/** A certificate type of the vocabulary (`halal`, `pirt` …); anything else is `other`. */
export function certificationKind(type: string): CertificationType {
  return (CERTIFICATION_TYPES as readonly string[]).includes(type)
    ? (type as CertificationType)
    : 'other';
}
