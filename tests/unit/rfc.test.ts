import { describe, expect, it } from 'vitest';
import { rfcLabel, rfcUrl } from '../../src/lib/rfc';

describe('RFC citations', () => {
  it('links a section to its anchor on rfc-editor.org', () => {
    expect(rfcUrl({ rfc: 5321, section: '4.2.3' })).toBe(
      'https://www.rfc-editor.org/rfc/rfc5321.html#section-4.2.3',
    );
    expect(rfcLabel({ rfc: 5321, section: '4.2.3' })).toBe('RFC 5321 §4.2.3');
  });

  it('links an appendix to its anchor', () => {
    expect(rfcUrl({ rfc: 5321, section: 'Appendix D' })).toBe(
      'https://www.rfc-editor.org/rfc/rfc5321.html#appendix-D',
    );
    expect(rfcLabel({ rfc: 5321, section: 'Appendix D' })).toBe('RFC 5321 Appendix D');
  });
});
