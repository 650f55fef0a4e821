import { describe, expect, it } from 'vitest';
import { excerptSegments } from '../../src/lib/search/excerpt';

describe('excerptSegments', () => {
  it('splits highlighted matches from plain text', () => {
    expect(excerptSegments('the server sent <mark>530</mark> after MAIL')).toEqual([
      { text: 'the server sent ', highlighted: false },
      { text: '530', highlighted: true },
      { text: ' after MAIL', highlighted: false },
    ]);
  });

  it('decodes entities into text and drops any other tag', () => {
    expect(excerptSegments('&lt;alice@example.org&gt; <img src=x onerror=alert(1)>ok')).toEqual([
      { text: '<alice@example.org> ok', highlighted: false },
    ]);
  });
});
