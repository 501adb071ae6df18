/** `etalase/model`: the feed's schemas, types and validation. No DOM. */
export * from './vocabulary.js';
export * from './types.js';
export { parseFeed, type ParseOptions, type ParseResult } from './parse.js';
export { parseFeedAsync, type ParseAsyncOptions } from './parse-async.js';
export { feedJsonSchema } from './json-schema.js';
export { createIssue, formatIssue, ISSUE_CODES, REPAIR_CODES } from './issues.js';
export { countFeed, type FeedCounts } from './health.js';
export { toWellFormed, isWellFormed } from './well-formed.js';
export { formatPath } from './zod-issues.js';
export * as schemas from './schema.js';
export {
  normalizeRegionCode,
  parentRegionCode,
  ancestorRegionCodes,
  regionDepth,
  isWithinRegion,
  type RegionLevel,
} from './region-code.js';
export {
  getBuiltinRegion,
  builtinRegions,
  hasDistricts,
  loadDistricts,
  registerDistricts,
  isKnownBuiltinRegion,
  type RegionInfo,
} from './regions/index.js';
export { normalizeWhatsapp } from './phone.js';
export { leadTimeDays, regionCodeOf, certificationKind } from './product.js';
