/**
 * Issue codes that mean a value was repaired (a warning), not dropped. Kept apart from the issue
 * messages so that counting feed health does not pull every message into the drop-in's core.
 */
export const REPAIR_CODES: readonly string[] = [
  'repaired-url',
  'repaired-number',
  'repaired-date',
  'repaired-id',
  'repaired-region-code',
  'repaired-text',
];
