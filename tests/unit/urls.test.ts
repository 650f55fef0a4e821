import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  codeUrl,
  comparisonUrl,
  enhancedIndexUrl,
  fileUrl,
  normalizeBase,
  searchUrl,
  withBase,
  withoutBase,
} from '../../src/lib/urls';

describe('urls', () => {
  it('writes site paths at the root by default', () => {
    expect(codeUrl(530)).toBe('/530/');
    expect(codeUrl('5.7.1')).toBe('/5.7.1/');
    expect(comparisonUrl(535, 530)).toBe('/compare/530-vs-535/');
    expect(enhancedIndexUrl(7)).toBe('/enhanced/#subject-7');
    expect(searchUrl('550 5.1.1')).toBe('/search/?q=550%205.1.1');
  });

  it('puts every path under a base, however the base is written', () => {
    for (const base of ['/smtp-codes/', '/smtp-codes', 'smtp-codes']) {
      expect(normalizeBase(base)).toBe('/smtp-codes/');
      expect(codeUrl(530, base)).toBe('/smtp-codes/530/');
      expect(fileUrl('codes.json', base)).toBe('/smtp-codes/codes.json');
      expect(withBase('/', base)).toBe('/smtp-codes/');
    }
  });

  it('takes the base off again, and says when a path is outside it', () => {
    expect(withoutBase('/smtp-codes/999/', '/smtp-codes/')).toBe('/999/');
    expect(withoutBase('/smtp-codes', '/smtp-codes/')).toBe('/');
    expect(withoutBase('/999/', '/smtp-codes/')).toBeUndefined();
  });

  it('makes absolute addresses for tickets and canonical links', () => {
    expect(absoluteUrl('/530/', 'https://smtp.example', '/smtp-codes/')).toBe(
      'https://smtp.example/smtp-codes/530/',
    );
  });
});
