/**
 * JSON Schema (draft 2020-12) of a shard set's `index.json` (docs/shards.md), written next to the
 * feed's schema as `dist/shards.schema.json`. The publisher is checked by the feed schema's own rules;
 * `$defs.shardListFile` and `$defs.shardCountsFile` are the schemas of the files the index names.
 */
import { feedJsonSchema } from '../../model/json-schema.js';
import {
  SHARD_COUNTS_KIND,
  SHARD_FORMAT_VERSION,
  SHARD_INDEX_KIND,
  SHARD_LIST_KIND,
  SHARD_ROWS_KIND,
} from '../../feed/shards/format.js';

const counts = { type: 'object', additionalProperties: { type: 'integer', minimum: 0 } };
const file = {
  file: { type: 'string', minLength: 1 },
  bytes: { type: 'integer', minimum: 0 },
  hash: { type: 'string', pattern: '^[0-9a-f]{16}$' },
};
const shard = {
  type: 'object',
  required: ['key', 'region', 'file', 'bytes', 'hash', 'products', 'categories', 'certifications'],
  properties: {
    key: { type: 'string', minLength: 1 },
    region: { type: 'string', pattern: '^(\\d+(\\.\\d+)*)?$' },
    ...file,
    products: { type: 'integer', minimum: 0 },
    categories: counts,
    certifications: counts,
  },
};

/** A shard as the list file names it (its counts are in the counts file). */
const listEntry = {
  type: 'object',
  required: ['key', 'region', 'file', 'bytes', 'hash', 'products'],
  properties: {
    key: shard.properties.key,
    region: shard.properties.region,
    ...file,
    products: shard.properties.products,
  },
};

/** A shard as the compact list names it: key, hash, products. */
const row = {
  type: 'array',
  prefixItems: [shard.properties.key, file.hash, shard.properties.products],
  minItems: 3,
  maxItems: 3,
};

export function shardIndexJsonSchema(): Record<string, unknown> {
  const feed = feedJsonSchema() as {
    properties: Record<string, unknown>;
    $defs?: Record<string, unknown>;
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://etalase.example/shards.schema.json',
    title: 'Etalase shard set index (index.json)',
    type: 'object',
    required: [
      'kind',
      'version',
      'publisher',
      'updatedAt',
      'sources',
      'categories',
      'regions',
      'counts',
      'facets',
      'first',
      'shardList',
      'shardCounts',
      'text',
    ],
    properties: {
      kind: { const: SHARD_INDEX_KIND },
      version: { const: SHARD_FORMAT_VERSION },
      publisher: feed.properties['publisher'],
      updatedAt: { type: 'string' },
      license: { type: 'string' },
      languages: { type: 'array', items: { type: 'string' } },
      sources: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          required: ['url', 'publisher', 'updatedAt'],
          properties: { url: { type: 'string' }, publisher: feed.properties['publisher'] },
        },
      },
      categories: feed.properties['categories'],
      regions: feed.properties['regions'],
      counts: {
        type: 'object',
        required: ['products', 'producers', 'outlets'],
        additionalProperties: { type: 'integer', minimum: 0 },
      },
      facets: {
        type: 'object',
        required: ['region', 'category', 'certification'],
        properties: { region: counts, category: counts, certification: counts },
      },
      first: shard,
      shardList: {
        type: 'object',
        required: ['file', 'bytes', 'hash', 'shards'],
        properties: {
          ...file,
          shards: { type: 'integer', minimum: 0 },
          /** Per province code, a list file of that province's shards (`$defs.shardListFile`). */
          provinces: {
            type: 'object',
            additionalProperties: {
              type: 'object',
              required: ['file', 'bytes', 'hash'],
              properties: file,
            },
          },
          /** The same list, compact (`$defs.shardRowsFile`): readers from before ignore it. */
          rows: { type: 'object', required: ['file', 'bytes', 'hash'], properties: file },
        },
      },
      shardCounts: { type: 'object', required: ['file', 'bytes', 'hash'], properties: file },
      text: {
        type: 'object',
        required: ['file', 'bytes', 'hash', 'chunks'],
        properties: { ...file, chunks: { type: 'integer', minimum: 0 } },
      },
    },
    $defs: {
      ...feed.$defs,
      /** The file `shardList.file` names (kind `etalase-shard-list`). */
      shardListFile: {
        type: 'object',
        required: ['kind', 'version', 'shards'],
        properties: {
          kind: { const: SHARD_LIST_KIND },
          version: { const: SHARD_FORMAT_VERSION },
          shards: { type: 'array', items: listEntry },
          /** Region heads (`<region>~head`): copies of a region's first products, not in `shards`. */
          heads: { type: 'array', items: listEntry },
        },
      },
      /**
       * The file `shardList.rows.file` names (kind `etalase-shard-rows`): the list's entries as
       * `[key, hash, products]`; the region is the key up to `~`, the file `shards/<key>.<hash>.json`.
       */
      shardRowsFile: {
        type: 'object',
        required: ['kind', 'version', 'shards'],
        properties: {
          kind: { const: SHARD_ROWS_KIND },
          version: { const: SHARD_FORMAT_VERSION },
          shards: { type: 'array', items: row },
          heads: { type: 'array', items: row },
        },
      },
      /** The file `shardCounts.file` names (kind `etalase-shard-counts`): per shard key, counts. */
      shardCountsFile: {
        type: 'object',
        required: ['kind', 'version', 'categories', 'certifications'],
        properties: {
          kind: { const: SHARD_COUNTS_KIND },
          version: { const: SHARD_FORMAT_VERSION },
          categories: { type: 'object', additionalProperties: counts },
          certifications: { type: 'object', additionalProperties: counts },
        },
      },
    },
  };
}
