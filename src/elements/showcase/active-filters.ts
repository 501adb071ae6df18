/**
 * Every active filter of a state as a removable chip (one per value of a list), with the partial state
 * that removes it. Pure: the names of regions, categories, producers and outlets come from `names`.
 */
import { VALUE_FACETS as LISTS, type FacetName as ListField } from '../../feed/query/rows.js';
import type { FilterState } from '../../feed/types.js';
import { formatMoney } from '../../format/money.js';
import type { Language } from '../../model/vocabulary.js';
import { strings as facetStrings } from '../facets/facets.strings.js';
import { strings } from './showcase.strings.js';

export interface ChipNames {
  region(code: string): string;
  category(id: string): string;
  material(key: string): string;
  producer(id: string): string;
  outlet(id: string): string;
}

export interface FilterChip {
  /** Stable key for keyed rendering: field and value. */
  key: string;
  /** What the chip says: "Kota Samarinda", "Halal", "Rp10.000–Rp50.000". */
  label: string;
  /** Applying this partial state removes the chip's filter. */
  remove: Partial<FilterState>;
}

const FLAGS = ['flagship', 'bulk', 'custom'] as const;

export function filterChips(filter: FilterState, names: ChipNames, lang: Language): FilterChip[] {
  const chips: FilterChip[] = [];
  if (filter.q) chips.push({ key: 'q', label: `“${filter.q}”`, remove: { q: undefined } });
  const labelOf: Record<ListField, (value: string) => string> = {
    region: names.region,
    category: names.category,
    certification: (v) => facetStrings.get(lang, `cert.${v}` as 'cert.halal') ?? v,
    availability: (v) => facetStrings.get(lang, `avail.${v}` as 'avail.in_stock') ?? v,
    tags: (v) => `#${v}`,
    materials: names.material,
  };
  for (const field of LISTS) {
    const values = (filter[field] ?? []) as string[];
    for (const value of values) {
      const rest = values.filter((v) => v !== value);
      chips.push({
        key: `${field}:${value}`,
        label: labelOf[field](value),
        remove: { [field]: rest.length ? rest : undefined },
      });
    }
  }
  const { priceMin, priceMax } = filter;
  if (priceMin !== undefined || priceMax !== undefined) {
    chips.push({
      key: 'price',
      label: strings.get(
        lang,
        'chipPrice',
        priceMin === undefined ? undefined : formatMoney(priceMin),
        priceMax === undefined ? undefined : formatMoney(priceMax),
      ),
      remove: { priceMin: undefined, priceMax: undefined },
    });
  }
  for (const flag of FLAGS) {
    if (filter[flag])
      chips.push({ key: flag, label: facetStrings.get(lang, flag), remove: { [flag]: undefined } });
  }
  if (filter.maxLeadTimeDays !== undefined)
    chips.push({
      key: 'maxLeadTimeDays',
      label: `${facetStrings.get(lang, 'leadTime')} ≤ ${facetStrings.get(lang, 'days', filter.maxLeadTimeDays)}`,
      remove: { maxLeadTimeDays: undefined },
    });
  if (filter.producer)
    chips.push({
      key: 'producer',
      label: names.producer(filter.producer),
      remove: { producer: undefined },
    });
  if (filter.outlet)
    chips.push({
      key: 'outlet',
      label: names.outlet(filter.outlet),
      remove: { outlet: undefined },
    });
  return chips;
}
