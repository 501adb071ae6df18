/**
 * UI and content languages, Indonesian first. Declared here, in the lowest layer, so the format
 * helpers need nothing from the model; the model's vocabulary re-exports them.
 */
export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
