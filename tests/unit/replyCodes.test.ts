import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  STANDARD_CODES,
  isStandardCode,
  isWellFormedReplyCode,
  replyClassOf,
} from '../../src/lib/codes/replyCodes';
import { categoryOf } from '../../src/lib/wording/classes';
import { CONTENT_DIR } from './helpers/contentFiles';

describe('STANDARD_CODES', () => {
  it('is exactly the reference list of 38 standard codes', () => {
    const reference = JSON.parse(
      readFileSync(join(CONTENT_DIR, 'reference/smtp-basic-codes.json'), 'utf8'),
    ) as { codes: { code: number }[] };
    expect([...STANDARD_CODES]).toEqual(reference.codes.map((entry) => entry.code));
    expect(STANDARD_CODES).toHaveLength(38);
  });

  it('includes the RFC 7504 codes and the extension codes, not the folk ones', () => {
    expect(isStandardCode(521)).toBe(true);
    expect(isStandardCode(556)).toBe(true);
    expect(isStandardCode(538)).toBe(true);
    for (const folk of [571, 471, 422, 523, 430, 524, 525, 533, 510]) {
      expect(isStandardCode(folk), String(folk)).toBe(false);
    }
  });
});

describe('replyClassOf', () => {
  it('reads the first digit', () => {
    expect(replyClassOf(250)).toBe(2);
    expect(replyClassOf(354)).toBe(3);
    expect(replyClassOf(452)).toBe(4);
    expect(replyClassOf(530)).toBe(5);
  });

  it('refuses a first digit RFC 5321 does not allow', () => {
    expect(() => replyClassOf(999)).toThrow(/not an SMTP reply code/);
    expect(() => replyClassOf(101)).toThrow();
  });
});

describe('categoryOf', () => {
  it('names the second digit as RFC 5321 §4.2.1 does', () => {
    expect(categoryOf(500).name).toBe('Syntax');
    expect(categoryOf(214).name).toBe('Information');
    expect(categoryOf(421).name).toBe('Connections');
    expect(categoryOf(535).name).toBe('Unspecified');
    expect(categoryOf(550).name).toBe('Mail system');
  });

  it('refuses a second digit above 5', () => {
    expect(() => categoryOf(560)).toThrow();
  });
});

describe('isWellFormedReplyCode', () => {
  it('accepts codes the RFC 5321 grammar allows, standard or not', () => {
    expect(isWellFormedReplyCode(250)).toBe(true);
    expect(isWellFormedReplyCode(526)).toBe(true);
  });

  it('rejects 571: its second digit is outside the 0-5 the RFC 5321 §4.2 grammar allows', () => {
    expect(isWellFormedReplyCode(571)).toBe(false);
  });

  it('rejects impossible digits', () => {
    for (const code of [101, 199, 999, 560, 2500, 25]) {
      expect(isWellFormedReplyCode(code), String(code)).toBe(false);
    }
  });
});
