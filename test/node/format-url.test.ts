import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { classifyUrl, safeUrl } from '../../src/format/url.js';
import { WHATWG_BASE, WHATWG_TRICKY } from '../fixtures/url/whatwg-tricky.js';

/** 10,000 by default (CI); set PROPERTY_RUNS for a longer hunt. */
const RUNS = Math.max(10_000, Number(process.env['PROPERTY_RUNS']) || 0);
const FEED = 'https://feed.example/data/feed.json';
/** The page a card without `base-url` sits in: relative URLs resolve against it. */
const PAGE = 'https://pemda.example/produk/';

const web = (url: URL) => url.protocol === 'https:' || url.protocol === 'http:';
const parse = (input: string, base?: string) => {
  try {
    return new URL(input, base);
  } catch {
    return undefined;
  }
};

/**
 * The promise of the classifier, checked with Node's WHATWG URL parser (what a browser does):
 * whenever it accepts, what the browser loads has an allowed scheme, a relative input stays on the
 * base's host, and the URL it hands out loads the same as the input would.
 */
function assertSafe(input: string, base: string) {
  const verdict = classifyUrl(input, { base });
  const href = safeUrl(input, { allowRelative: true, base });
  assert.equal(href !== undefined, ['https', 'http', 'relative'].includes(verdict), input);
  if (href !== undefined) {
    const loaded = parse(href, base);
    assert.ok(loaded && web(loaded), `${JSON.stringify(input)} → ${href}`);
    if (verdict === 'relative')
      assert.equal(loaded.host, new URL(base).host, JSON.stringify(input));
    assert.equal(loaded.href, parse(input, base)?.href, JSON.stringify(input));
  }
  // Without a base (a card or detail without `base-url`): wherever the browser resolves it.
  const bare = safeUrl(input, { allowRelative: true });
  if (bare !== undefined) {
    const loaded = parse(bare, PAGE);
    assert.ok(loaded && web(loaded), `${JSON.stringify(input)} → ${bare}`);
    if (classifyUrl(input) === 'relative')
      assert.equal(loaded.host, 'pemda.example', JSON.stringify(input));
    assert.equal(loaded.href, parse(input, PAGE)?.href, JSON.stringify(input));
  }
  // Never a scheme other than http(s), whatever the base.
  const anywhere = parse(input, base);
  if (anywhere && !web(anywhere)) assert.ok(!['https', 'http', 'relative'].includes(verdict));
}

describe('classifyUrl and safeUrl: the one URL gate', () => {
  it('refuses the bypasses of issue 14, with a base and without', () => {
    for (const input of [
      '\\/evil.example/x.png',
      '\u00a0//evil.example/x.png',
      '\u00a0javascript:alert(1)',
      '/\\evil.example/x.png',
      '\\\\evil.example/x.png',
      ' \t//evil.example/x.png',
      '\u3000//evil.example/x.png',
      '\ufeffjavascript:alert(1)',
      'java\nscript:alert(1)',
    ]) {
      assert.ok(['unsafe', 'invalid'].includes(classifyUrl(input)), JSON.stringify(input));
      assert.equal(safeUrl(input, { allowRelative: true }), undefined, JSON.stringify(input));
      assert.equal(safeUrl(input, { allowRelative: true, base: FEED }), undefined);
    }
  });

  it('resolves relative URLs under the feed, and refuses ones that leave its origin', () => {
    assert.equal(
      safeUrl('img/a.jpg', { allowRelative: true, base: FEED }),
      'https://feed.example/data/img/a.jpg',
    );
    assert.equal(
      safeUrl(' ../img/a b.jpg\n', { allowRelative: true, base: FEED }),
      'https://feed.example/img/a%20b.jpg',
    );
    assert.equal(classifyUrl('/x.png', { base: FEED }), 'relative');
    assert.equal(classifyUrl('/x.png', { base: 'data:text/plain,x' }), 'invalid');
    assert.equal(classifyUrl('x.png', { base: 'not a url' }), 'invalid');
  });

  it('keeps today’s answers for ordinary URLs', () => {
    assert.equal(classifyUrl('https://a.example/x.png'), 'https');
    assert.equal(classifyUrl('HTTP://a.example'), 'http');
    assert.equal(classifyUrl('img/a.jpg'), 'relative');
    assert.equal(classifyUrl('mailto:a@b.example'), 'unsafe');
    assert.equal(classifyUrl('https://'), 'invalid');
    assert.equal(safeUrl('  https://a.example/x.png '), 'https://a.example/x.png');
    assert.equal(safeUrl('http://a.example/', { allowHttp: false }), undefined);
    assert.equal(safeUrl('img/a.jpg'), undefined, 'relative only when allowed');
    // A tile template keeps its braces.
    assert.equal(
      safeUrl('https://tile.example/{z}/{x}/{y}.png'),
      'https://tile.example/{z}/{x}/{y}.png',
    );
    assert.equal(safeUrl(42), undefined);
  });

  it('agrees with the URL standard on the parser test data’s tricky inputs', () => {
    for (const { input, base } of WHATWG_TRICKY) {
      assertSafe(input, FEED);
      assertSafe(input, base ?? WHATWG_BASE);
    }
  });

  it(`keeps its promise for arbitrary strings (${RUNS} runs)`, () => {
    const tricky = fc.constantFrom(
      ...WHATWG_TRICKY.map((t) => t.input),
      '/',
      '\\',
      ':',
      '//',
      'https:',
      'http:',
      'javascript:',
      'evil.example',
      '@',
      '#',
      '?',
      '..',
      '%2f',
      '%5c',
      '\t',
      '\n',
      ' ',
      '\u0000',
      '\u00a0',
      '\u3000',
      '\ufeff',
      '\u202e',
    );
    const loneSurrogate = fc
      .integer({ min: 0xd800, max: 0xdfff })
      .map((c) => String.fromCharCode(c));
    const unit = fc.oneof(
      { weight: 4, arbitrary: tricky },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
      { weight: 1, arbitrary: loneSurrogate },
    );
    const input = fc.array(unit, { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(input, (value) => assertSafe(value, FEED)),
      { numRuns: RUNS },
    );
  });
});

describe('the model and `etalase validate` use the same gate', () => {
  it('report the bypasses of issue 14 as errors and keep them out of the parsed feed', async () => {
    const { parseFeed } = await import('../../src/model/parse.js');
    const { SMALL_FEED_INPUT } = await import('../feed/fixtures/small-feed.js');
    const input = structuredClone(SMALL_FEED_INPUT);
    const bad = [
      '\\/evil.example/x.png',
      '\u00a0//evil.example/x.png',
      '\u00a0javascript:alert(1)',
    ];
    input.products[0]!.images = bad.map((src) => ({ src, alt: 'x', width: 4, height: 3 }));
    input.includes = ['\\/evil.example/f.json'];
    const { feed, issues } = parseFeed(input);
    const errors = issues.filter((issue) => issue.severity === 'error').map((issue) => issue.path);
    for (let i = 0; i < bad.length; i++) assert.ok(errors.includes(`products[0].images[${i}].src`));
    assert.ok(errors.some((path) => path.startsWith('includes')));
    assert.doesNotMatch(JSON.stringify(feed ?? {}), /evil\.example/);
  });
});
