/**
 * The generated JSON Schema, checked with an independent validator (ajv, draft 2020-12): the sample
 * feed and generated feeds validate against it, broken feeds do not.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { feedJsonSchema } from '../../src/model/json-schema.js';
import { generateFeed } from '../fixtures/generate-feed.js';
import { validFeed } from './model-fixtures.js';

const schema = feedJsonSchema();
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);
const errors = () => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

describe('feed JSON Schema', () => {
  it('is a draft 2020-12 schema with a title and named definitions', () => {
    assert.equal(schema['$schema'], 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(typeof schema['title'], 'string');
    const defs = schema['$defs'] as Record<string, { description?: string }>;
    for (const name of [
      'Product',
      'Producer',
      'Outlet',
      'Price',
      'Image',
      'RegionCode',
      'LocalizedText',
    ]) {
      assert.ok(defs[name], `missing $defs.${name}`);
      assert.ok(defs[name].description, `$defs.${name} has no description`);
    }
  });

  it('accepts the sample feed', () => {
    const sample = JSON.parse(
      readFileSync(new URL('../../demo/data/produk-unggulan.json', import.meta.url), 'utf8'),
    );
    assert.ok(validate(sample), errors().join('\n'));
  });

  it('accepts the fixture feed and generated feeds', () => {
    assert.ok(validate(validFeed()), errors().join('\n'));
    for (const seed of [1, 2, 3]) {
      const feed = JSON.parse(
        JSON.stringify(generateFeed({ products: 50, seed, regions: 'national' })),
      );
      assert.ok(validate(feed), errors().join('\n'));
    }
  });

  it('accepts what publishers may leave out (defaults)', () => {
    const feed = validFeed();
    delete feed.producers[1].contact;
    delete feed.products[2].images;
    assert.ok(validate(feed), errors().join('\n'));
  });

  const broken: [string, (feed: ReturnType<typeof validFeed>) => void, string][] = [
    ['no products', (f) => delete f.products, "must have required property 'products'"],
    ['version 2', (f) => (f.version = 2), 'must be equal to constant'],
    ['a price as text', (f) => (f.products[0].price.min = 'Rp 350.000'), 'must be number'],
    [
      'an unknown availability',
      (f) => (f.products[0].availability = 'ready'),
      'must be equal to one of the allowed values',
    ],
    [
      'a region name as code',
      (f) => (f.producers[0].regionCode = 'Palangka Raya'),
      'must match pattern',
    ],
    [
      'an image without alt',
      (f) => delete f.products[0].images[0].alt,
      "must have required property 'alt'",
    ],
    ['an id with spaces', (f) => (f.products[0].id = 'tas rotan'), 'must match pattern'],
    ['a fractional image width', (f) => (f.products[0].images[0].width = 1.5), 'must be integer'],
  ];
  for (const [name, breaks, message] of broken) {
    it(`refuses a feed with ${name}`, () => {
      const feed = validFeed();
      breaks(feed);
      assert.equal(validate(feed), false);
      assert.ok(
        errors().some((e) => e.includes(message)),
        errors().join('\n'),
      );
    });
  }
});
