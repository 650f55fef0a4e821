import { describe, expect, it } from 'vitest';
import { queryTargets } from '../../src/lib/search/queryCodes';

const pages = new Set(['5.1.1', '5.4.1', '5.7.1', '4.7.0']);
const urls = (query: string) => queryTargets(query, (code) => pages.has(code)).map((target) => target.url);

describe('queryTargets', () => {
  it('finds a bare code', () => {
    expect(urls('530')).toEqual(['/530/']);
    expect(urls('5.7.1')).toEqual(['/5.7.1/']);
  });

  it('finds the basic and enhanced code of a typed or pasted reply, in order', () => {
    expect(urls('550 5.1.1')).toEqual(['/550/', '/5.1.1/']);
    expect(urls('smtp;550 5.4.1 Recipient address rejected')).toEqual(['/550/', '/5.4.1/']);
  });

  it('puts the comparison first for "530 vs 535"', () => {
    expect(urls('530 vs 535')).toEqual(['/compare/530-vs-535/', '/530/', '/535/']);
    expect(urls('535 vs 530')[0]).toBe('/compare/530-vs-535/');
  });

  it('ignores numbers that are not standard codes and codes without a page', () => {
    expect(urls('error 571 from 192.0.2.250 port 587')).toEqual([]);
    expect(urls('5.7.606 banned')).toEqual([]);
  });

  it('handles long hostile input quickly', () => {
    const started = performance.now();
    urls('<script>550</script>'.repeat(50_000));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
