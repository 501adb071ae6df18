/** Display labels of category ids: the feed's own name, else the built-in one, else the id. */
import type { Feed } from '../../model/types.js';
import { BUILTIN_CATEGORIES, type Language } from '../../model/vocabulary.js';
import { localize } from '../../format/text.js';

export type CategoryLabel = (id: string, lang?: Language) => string;

export function createCategoryLabel(feed: Feed, lang: Language = 'id'): CategoryLabel {
  const categoryNames = new Map(feed.categories.map((c) => [c.id, c.name]));
  return (id, language = lang) => {
    const declared = categoryNames.get(id);
    if (declared !== undefined) return localize(declared, language);
    // `hasOwn`: a category named `toString` is not a built-in one.
    return Object.hasOwn(BUILTIN_CATEGORIES, id)
      ? BUILTIN_CATEGORIES[id as keyof typeof BUILTIN_CATEGORIES][language]
      : id;
  };
}
