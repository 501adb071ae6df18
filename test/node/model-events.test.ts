/**
 * The optional fields of issue 17 (outlet hours, booths, event kinds, export details, producer groups,
 * certificate lookups): accepted when right, reported precisely when wrong, and old feeds unchanged.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../src/model/parse.js';
import { TODAY, validFeed } from './model-fixtures.js';

const parse = (feed: unknown) => parseFeed(feed, { now: TODAY });
const codes = (feed: unknown) => parse(feed).issues.map((issue) => `${issue.code} ${issue.path}`);

describe('issue 17 feed fields', () => {
  it('accepts structured hours, booths, event kinds, export details, groups and lookups', () => {
    const feed = validFeed();
    feed.certificateLookups = { bpom: 'https://cekbpom.pom.go.id/' };
    feed.outlets![0]!.hours = [{ days: ['mon', 'fri'], opens: '08:00', closes: '16:00' }];
    feed.outlets![1]!.kind = 'bazaar';
    feed.outlets![1]!.booth = { id: 'Stan 4', en: 'Booth 4' };
    feed.products[0]!.exportReady = true;
    feed.products[0]!.export = {
      hsCode: '4602.19',
      shelfLifeDays: 730,
      packaging: { id: 'Kardus isi 20', en: 'Carton of 20' },
      markets: ['MY', 'JP'],
      monthlyCapacity: 500,
      certifications: [{ type: 'other', name: 'SVLK', number: 'V-LEGAL-123' }],
    };
    feed.producers[0]!.group = { members: 24, name: 'Kelompok Usaha Bersama' };
    const result = parse(feed);
    assert.deepEqual(codes(feed), codes(validFeed()), 'no new issue');
    assert.equal(result.feed?.certificateLookups?.bpom, 'https://cekbpom.pom.go.id/');
    assert.equal(result.feed?.outlets[1]?.kind, 'bazaar');
    assert.deepEqual(result.feed?.products[0]?.export?.markets, ['MY', 'JP']);
    assert.equal(result.feed?.producers[0]?.group?.members, 24);
  });

  it('reports a wrong new field with its own message and path', () => {
    const feed = validFeed();
    feed.outlets![0]!.hours = [{ days: ['mon'], opens: '8 pagi', closes: '16:00' }];
    feed.products[0]!.export = { hsCode: '46', markets: ['malaysia'] };
    feed.producers[0]!.group = { members: 1 };
    const issues = codes(feed);
    assert.ok(issues.includes('invalid-time outlets[0].hours[0].opens'), issues.join('\n'));
    assert.ok(issues.includes('invalid-hs-code products[0].export.hsCode'), issues.join('\n'));
    assert.ok(issues.includes('invalid-country products[0].export.markets[0]'), issues.join('\n'));
    assert.ok(issues.includes('group-too-small producers[0].group.members'), issues.join('\n'));
  });

  it('warns about certificates expiring within 90 days, separately from expired ones', () => {
    const feed = validFeed();
    // TODAY is 24 November 2026.
    feed.products[0]!.certifications = [
      { type: 'haki', number: 'IDM000123456', validUntil: '2027-02-20' },
      { type: 'haki', number: 'IDM000123457', validUntil: '2027-02-23' },
      { type: 'haki', number: 'IDM000123458', validUntil: '2026-11-23' },
    ];
    feed.products[0]!.export = {
      certifications: [{ type: 'other', name: 'HACCP', number: 'H-1', validUntil: '2026-12-24' }],
    };
    const issues = codes(feed);
    assert.ok(issues.includes('certificate-expiring products[0].certifications[0].validUntil'));
    assert.ok(!issues.some((i) => i.endsWith('products[0].certifications[1].validUntil')));
    assert.ok(issues.includes('certificate-expired products[0].certifications[2].validUntil'));
    assert.ok(
      issues.includes('certificate-expiring products[0].export.certifications[0].validUntil'),
    );
    const message = parse(feed).issues.find((i) => i.code === 'certificate-expiring')!.message;
    assert.match(message.id, /2027-02-20/);
    assert.match(message.en, /expires on 2027-02-20/);
  });
});
