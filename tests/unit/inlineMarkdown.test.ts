import { describe, expect, it } from 'vitest';
import {
  inlineToPlainText,
  joinRich,
  parseInline,
  richToPlainText,
  richTokens,
} from '../../src/lib/inlineMarkdown';

describe('parseInline', () => {
  it('splits code spans and links from the text', () => {
    expect(
      parseInline('run `dig MX example.com` or read [RFC 5321](https://www.rfc-editor.org/rfc/rfc5321)'),
    ).toEqual([
      { kind: 'text', text: 'run ' },
      { kind: 'code', text: 'dig MX example.com' },
      { kind: 'text', text: ' or read ' },
      { kind: 'link', text: 'RFC 5321', href: 'https://www.rfc-editor.org/rfc/rfc5321' },
    ]);
  });

  it('keeps markup as text: nothing becomes HTML', () => {
    expect(parseInline('<script>alert(1)</script> `<b>`')).toEqual([
      { kind: 'text', text: '<script>alert(1)</script> ' },
      { kind: 'code', text: '<b>' },
    ]);
  });

  it('leaves javascript: links as text', () => {
    expect(parseInline('[click](javascript:alert(1))').some((token) => token.kind === 'link')).toBe(false);
  });

  it('does not turn links inside code spans into anchors', () => {
    expect(parseInline('`[a](https://x.example)`')).toEqual([
      { kind: 'code', text: '[a](https://x.example)' },
    ]);
  });

  it('puts site-relative links under the base', () => {
    expect(parseInline('see [550](/550/)', '/smtp-codes/')).toContainEqual({
      kind: 'link',
      text: '550',
      href: '/smtp-codes/550/',
    });
  });
});

describe('rich text', () => {
  it('joins links with no stray whitespace', () => {
    const links = ['4.7.1', '2.7.1', '5.7.1'].map((code) => ({ text: code, href: `/${code}/` }));
    expect(richToPlainText(joinRich(links, ', ', ' and '))).toBe('4.7.1, 2.7.1 and 5.7.1');
  });

  it('merges plain runs and renders a content field inside a sentence', () => {
    expect(richTokens([{ text: '535', href: '/535/' }, ': ', { md: 'wrong `password`' }])).toEqual([
      { kind: 'link', text: '535', href: '/535/' },
      { kind: 'text', text: ': wrong ' },
      { kind: 'code', text: 'password' },
    ]);
  });
});

describe('inlineToPlainText', () => {
  it('drops backticks and link targets, folds whitespace', () => {
    expect(inlineToPlainText('Run `swaks`\n  and see [the RFC](https://example.com).')).toBe(
      'Run swaks and see the RFC.',
    );
  });
});
