import { describe, expect, it } from 'vitest';
import { queryTargets, rangePageFor, type SiteCodes } from '../../src/lib/search/queryCodes';

const pages = new Set([
  '530',
  '535',
  '550',
  '421',
  '450',
  '571',
  '5.1.1',
  '5.4.1',
  '5.7.1',
  '4.7.0',
  '5.7.708',
]);
const site: SiteCodes = {
  hasPage: (code) => pages.has(code),
  ranges: ['5.7.606-649', '5.7.700-749', '5.7.500-699'],
  curated: ['421-vs-530', '530-vs-535', '530-vs-554'],
};
const urls = (query: string) => queryTargets(query, site).map((target) => target.url);

describe('queryTargets', () => {
  it('finds a bare code', () => {
    expect(urls('530')).toEqual(['/530/']);
    expect(urls('5.7.1')).toEqual(['/5.7.1/']);
  });

  it('finds the basic and enhanced code of a typed or pasted reply, in order', () => {
    expect(urls('550 5.1.1')).toEqual(['/550/', '/5.1.1/']);
    expect(urls('smtp;550 5.4.1 Recipient address rejected')).toEqual(['/550/', '/5.4.1/']);
  });

  it('puts the comparison first for "530 vs 535", and reads it as a comparison, not a reply', () => {
    expect(urls('530 vs 535')).toEqual(['/compare/530-vs-535/', '/530/', '/535/']);
    expect(urls('535 vs 530')[0]).toBe('/compare/530-vs-535/');
    expect(urls('difference between 421 and 450')[0]).toBe('/compare/421-vs-450/');
    expect(queryTargets('530 vs 535', site)[0]).toMatchObject({ kind: 'comparison', label: '530 vs 535' });
  });

  it('offers comparisons only when asked, curated pairs first', () => {
    expect(urls('530')).not.toContain('/compare/530/');
    expect(urls('530 vs')).toEqual([
      '/530/',
      '/compare/421-vs-530/',
      '/compare/530-vs-535/',
      '/compare/530-vs-554/',
      '/compare/530/',
    ]);
  });

  it('never falls back to a shorter code: a vendor code leads to its own page or its range', () => {
    expect(urls('5.7.708')).toEqual(['/5.7.708/']);
    expect(urls('5.7.606')).toEqual(['/5.7.606-649/']);
    expect(urls('5.7.606')).not.toContain('/5.7.6/');
    expect(queryTargets('5.7.612', site)[0]).toMatchObject({ kind: 'range', asked: '5.7.612' });
  });

  it('finds non-standard codes that have pages, but not numbers that are not codes', () => {
    expect(urls('571')).toEqual(['/571/']);
    expect(urls('error 571 from 192.0.2.250 port 587')).toEqual(['/571/']);
  });

  it('says when a code has no page, and offers the decoder', () => {
    expect(queryTargets('5.9.9', site)).toEqual([
      { label: '5.9.9', url: '/decode/', kind: 'missing', asked: '5.9.9' },
    ]);
    expect(queryTargets('599', site)[0]).toMatchObject({ kind: 'missing', asked: '599' });
    // In a pasted line, an unknown number may be a port or a count: no claim about it.
    expect(urls('connection to port 587 refused')).toEqual([]);
  });

  it('reads a range typed whole as its page', () => {
    expect(urls('5.7.606-649')).toEqual(['/5.7.606-649/']);
  });

  it('reads hostile input as text and looks at its first 10,000 characters only', () => {
    // Its speed on such input is measured by npm run bench, not asserted here.
    expect(urls('<script>550</script>'.repeat(50_000))).toEqual(['/550/']);
  });
});

describe('rangePageFor', () => {
  it('picks the narrowest range that holds the code', () => {
    expect(rangePageFor('5.7.612', site.ranges)).toBe('5.7.606-649');
    expect(rangePageFor('5.7.650', site.ranges)).toBe('5.7.500-699');
    expect(rangePageFor('4.7.612', site.ranges)).toBeUndefined();
  });
});
