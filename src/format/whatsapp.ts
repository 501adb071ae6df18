import type { Language } from './language.js';
import { wellFormed } from './text.js';

/**
 * The prefilled first message a visitor sends a producer about a product, in the UI language:
 * it names the product (and the producer) so the producer knows what the chat is about.
 */
export function whatsappMessage(
  productName: string,
  lang: Language,
  producerName?: string,
): string {
  const to = producerName
    ? lang === 'en'
      ? ` from ${producerName}`
      : ` dari ${producerName}`
    : '';
  return lang === 'en'
    ? `Hello, I am interested in "${productName}"${to}. Is it available?`
    : `Halo, saya tertarik dengan produk "${productName}"${to}. Apakah masih tersedia?`;
}

/**
 * A `https://wa.me/` link that opens a chat with `number` (international digits, already normalised
 * by the model to `62…`), with `message` prefilled. `undefined` when the number is not plausible.
 */
export function whatsappUrl(number: string | undefined, message?: string): string | undefined {
  const digits = number?.replace(/\D/g, '') ?? '';
  if (!/^[1-9]\d{7,14}$/.test(digits)) return undefined;
  const text = message ? `?text=${encodeURIComponent(wellFormed(message))}` : '';
  return `https://wa.me/${digits}${text}`;
}

/** `tel:` link for a phone number from the feed (digits and a leading `+` only). */
export function telUrl(phone: string | undefined): string | undefined {
  if (!phone) return undefined;
  const plus = phone.trim().startsWith('+');
  const digits = phone.replace(/\D/g, '');
  return digits.length >= 3 && digits.length <= 15 ? `tel:${plus ? '+' : ''}${digits}` : undefined;
}

/** `mailto:` link for a validated e-mail address, with an optional subject. */
export function mailtoUrl(email: string | undefined, subject?: string): string | undefined {
  if (!email || !/^[^\s@<>()"?&#/\\:]+@[^\s@<>()"?&#/\\:]+\.[^\s@<>()"?&#/\\:]+$/.test(email)) {
    return undefined;
  }
  return `mailto:${email}${subject ? `?subject=${encodeURIComponent(wellFormed(subject))}` : ''}`;
}
