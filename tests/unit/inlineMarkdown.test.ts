import { describe, expect, it } from 'vitest';
import { escapeHtml, inlineToPlainText, renderInline } from '../../src/lib/inlineMarkdown';

describe('renderInline', () => {
  it('renders code spans and links', () => {
    expect(
      renderInline('run `dig MX example.com` or read [RFC 5321](https://www.rfc-editor.org/rfc/rfc5321)'),
    ).toBe(
      'run <code>dig MX example.com</code> or read <a href="https://www.rfc-editor.org/rfc/rfc5321">RFC 5321</a>',
    );
  });

  it('escapes markup everywhere, including inside code spans', () => {
    expect(renderInline('<script>alert(1)</script> `<b>`')).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; <code>&lt;b&gt;</code>',
    );
  });

  it('leaves javascript: links as text', () => {
    expect(renderInline('[click](javascript:alert(1))')).not.toContain('<a');
  });

  it('does not turn links inside code spans into anchors', () => {
    expect(renderInline('`[a](https://x.example)`')).toBe('<code>[a](https://x.example)</code>');
  });
});

describe('inlineToPlainText', () => {
  it('drops backticks and link targets, folds whitespace', () => {
    expect(inlineToPlainText('Run `swaks`\n  and see [the RFC](https://example.com).')).toBe(
      'Run swaks and see the RFC.',
    );
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
