/**
 * Indonesian phone numbers for WhatsApp: `0812-3456-7890`, `+62 812 3456 7890` and `6281234567890`
 * all become `6281234567890` (the form `https://wa.me/` expects). Foreign numbers with a `+` prefix are
 * kept as their digits.
 */
export function normalizeWhatsapp(input: string): string | undefined {
  const trimmed = input.trim();
  if (!/^\+?[\d\s().-]+$/.test(trimmed)) return undefined;
  let digits = trimmed.replace(/\D/g, '');
  if (digits.startsWith('0')) digits = '62' + digits.slice(1);
  else if (digits.startsWith('8') && !trimmed.startsWith('+')) digits = '62' + digits;
  if (digits.startsWith('620')) return undefined; // "+62 0812…" is a common typo with no right reading
  // Indonesian mobile numbers: 62 8xx, 9–12 digits after the country code; E.164 allows up to 15 digits.
  if (digits.startsWith('62')) return /^628\d{7,11}$/.test(digits) ? digits : undefined;
  return trimmed.startsWith('+') && digits.length >= 8 && digits.length <= 15 ? digits : undefined;
}
