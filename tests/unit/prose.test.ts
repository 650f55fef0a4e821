import { describe, expect, it } from 'vitest';
import {
  asSentence,
  indefiniteArticle,
  listWith,
  sentenceCase,
  withArticle,
} from '../../src/lib/wording/prose';

describe('indefiniteArticle', () => {
  it('follows the sound of the next word', () => {
    expect(withArticle('permanent failure')).toBe('a permanent failure');
    expect(withArticle('intermediate reply')).toBe('an intermediate reply');
    expect(withArticle('SMTP reply')).toBe('an SMTP reply');
    expect(withArticle('EHLO reply')).toBe('an EHLO reply');
    expect(withArticle('user')).toBe('a user');
    expect(withArticle('usual reply')).toBe('a usual reply');
    expect(withArticle('unknown user')).toBe('an unknown user');
    expect(indefiniteArticle('550')).toBe('a');
    expect(indefiniteArticle('8xx')).toBe('an');
  });
});

describe('listWith', () => {
  it('joins lists the way the site writes them', () => {
    expect(listWith([], 'or')).toBe('');
    expect(listWith(['MAIL FROM'], 'or')).toBe('MAIL FROM');
    expect(listWith(['MAIL FROM', 'RCPT TO'], 'or')).toBe('MAIL FROM or RCPT TO');
    expect(listWith(['a', 'b', 'c'], 'and')).toBe('a, b and c');
  });
});

describe('sentences', () => {
  it('capitalises the first letter only and ends with one full stop', () => {
    expect(sentenceCase('after 421 the sender retries')).toBe('After 421 the sender retries');
    expect(asSentence('nothing to do')).toBe('Nothing to do.');
    expect(asSentence('Done.')).toBe('Done.');
  });
});
