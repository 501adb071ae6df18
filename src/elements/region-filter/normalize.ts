/**
 * Name matching for the region finder: case, accents, spaces and punctuation are ignored, so
 * "palangkaraya", "Palangka Raya" and "PALANGKA-RAYA" are the same.
 */
export function normalizeName(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/** "Kabupaten Kapuas" → "Kapuas", "Kota Palangka Raya" → "Palangka Raya" (for type-ahead). */
export function stripAdminPrefix(name: string): string {
  return name.replace(/^(kabupaten|kab\.|kota administrasi|kota adm\.|kota|provinsi)\s+/i, '');
}
