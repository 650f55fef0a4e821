import { describe, expect, it } from 'vitest';
import { linkHtml, linkListHtml, linkWithNoteHtml } from '../../src/lib/html';

describe('html builders', () => {
  it('joins links with no stray whitespace', () => {
    expect(
      linkListHtml(
        [
          { href: '/4.7.1/', text: '4.7.1' },
          { href: '/2.7.1/', text: '2.7.1' },
          { href: '/5.7.1/', text: '5.7.1' },
        ],
        ', ',
        ' and ',
      ),
    ).toBe('<a href="/4.7.1/">4.7.1</a>, <a href="/2.7.1/">2.7.1</a> and <a href="/5.7.1/">5.7.1</a>');
  });

  it('escapes link text and targets', () => {
    expect(linkHtml({ href: '/x"y/', text: '<b>' })).toBe('<a href="/x&quot;y/">&lt;b&gt;</a>');
  });

  it('puts a note after a link, rendering its inline Markdown', () => {
    expect(linkWithNoteHtml({ href: '/535/', text: '535' }, 'wrong `password`')).toBe(
      '<a href="/535/">535</a>: wrong <code>password</code>',
    );
  });
});
