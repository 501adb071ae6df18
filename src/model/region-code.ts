/** Kemendagri region codes: `62` province, `62.71` regency/city, `62.71.02` district. */

/** Dotted or undotted code of a province, regency/city or district. */
export const REGION_CODE_PATTERN = /^\d{2}(\.?\d{2}){0,2}$/;

export type RegionLevel = 'province' | 'regency' | 'city' | 'district';

const CANONICAL = /^\d{2}(\.\d{2}){0,2}$/;

/** `6271` → `62.71`, `62.71.02` unchanged; `undefined` when it is not a region code. */
export function normalizeRegionCode(code: string): string | undefined {
  if (CANONICAL.test(code)) return code;
  const trimmed = code.trim();
  if (!REGION_CODE_PATTERN.test(trimmed)) return undefined;
  const digits = trimmed.replace(/\./g, '');
  return digits.match(/\d\d/g)?.join('.');
}

/** The code minus its last segment; `undefined` for a province. */
export function parentRegionCode(code: string): string | undefined {
  const cut = code.lastIndexOf('.');
  return cut === -1 ? undefined : code.slice(0, cut);
}

/** Every ancestor of a code, nearest last: `62.71.02` → [`62`, `62.71`]. */
export function ancestorRegionCodes(code: string): string[] {
  const parts = code.split('.');
  return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('.'));
}

/** Depth of a code: 1 province, 2 regency/city, 3 district. */
export function regionDepth(code: string): 1 | 2 | 3 {
  return code.split('.').length as 1 | 2 | 3;
}

/** True when `code` is `ancestor` itself or lies inside it. */
export function isWithinRegion(code: string, ancestor: string): boolean {
  return code === ancestor || code.startsWith(ancestor + '.');
}
