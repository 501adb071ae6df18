/** The feed-format guides stay true: their example is a valid feed and they list every issue code. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ISSUE_CODES } from '../../src/model/issues.js';
import { parseFeed } from '../../src/model/parse.js';
import {
  BUILTIN_CATEGORIES,
  CERTIFICATION_TYPES,
  OUTLET_KINDS,
  AVAILABILITIES,
} from '../../src/model/vocabulary.js';
import { TODAY } from './model-fixtures.js';

const guides = ['feed-format.md', 'feed-format.id.md'].map((name) => ({
  name,
  text: readFileSync(new URL(`../../docs/${name}`, import.meta.url), 'utf8'),
}));

describe('feed format guides', () => {
  for (const { name, text } of guides) {
    it(`${name}: the complete example validates without any issue`, () => {
      const example = /```json\n(\{\n {2}"\$schema"[\s\S]*?)```/.exec(text)?.[1];
      assert.ok(example, 'no complete example found');
      const { feed, issues } = parseFeed(JSON.parse(example), { now: TODAY });
      assert.deepEqual(issues, []);
      assert.ok(feed && feed.products.length > 0 && feed.outlets.length > 0);
    });

    it(`${name}: lists every issue code and every allowed value`, () => {
      for (const code of ISSUE_CODES) assert.match(text, new RegExp(`\\| \`${code}\` \\|`), code);
      for (const value of [
        ...Object.keys(BUILTIN_CATEGORIES),
        ...CERTIFICATION_TYPES,
        ...OUTLET_KINDS,
        ...AVAILABILITIES,
      ]) {
        assert.ok(text.includes(`\`${value}\``), value);
      }
    });
  }
});
