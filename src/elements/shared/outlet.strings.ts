import type { Language } from '../../format/language.js';
import type { OutletKind } from '../../model/vocabulary.js';

/** Outlet kinds as visitors read them, shared by the map, the product detail and the expos list. */
const OUTLET_KINDS: Record<Language, Record<OutletKind, string>> = {
  id: {
    gallery: 'Galeri',
    souvenir_shop: 'Pusat oleh-oleh',
    store: 'Toko',
    market: 'Pasar',
    expo: 'Pameran',
    other: 'Gerai',
    bazaar: 'Bazar',
    fair: 'Pekan raya',
  },
  en: {
    gallery: 'Gallery',
    souvenir_shop: 'Souvenir centre',
    store: 'Shop',
    market: 'Market',
    expo: 'Expo',
    other: 'Outlet',
    bazaar: 'Bazaar',
    fair: 'Fair',
  },
};

/** `expo` → "Pameran" / "Expo". */
export const outletKindLabel = (kind: OutletKind, lang: Language): string =>
  OUTLET_KINDS[lang][kind] ?? kind;
