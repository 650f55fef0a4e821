import { describe, expect, it } from 'vitest';
import { codeSchema } from '../../src/lib/codes/schema';
import { idFromFileName } from '../../src/lib/contentIds';
import { frontMatterOf, schemaProblems } from './helpers/contentFiles';

/** A complete, valid entry to break one field at a time. */
const validEntry = () => frontMatterOf('codes/530.md');
const problems = (data: unknown) => schemaProblems(codeSchema, data);

describe('codeSchema', () => {
  it('accepts a complete entry', () => {
    expect(problems(validEntry())).toEqual([]);
  });

  it('rejects a missing field, naming it', () => {
    const data = validEntry();
    delete data['summary'];
    expect(problems(data)).toEqual([expect.stringMatching(/^summary: /)]);
  });

  it('requires the date a reviewer checked the page', () => {
    const data = validEntry();
    delete data['reviewed'];
    expect(problems(data)).toEqual([expect.stringMatching(/^reviewed: /)]);
    expect(problems({ ...validEntry(), reviewed: '30/11/2026' })).toEqual([
      expect.stringMatching(/^reviewed: /),
    ]);
  });

  it('rejects an unknown field, naming it', () => {
    expect(problems({ ...validEntry(), colour: 'red' }).join('\n')).toMatch(/colour/);
  });

  it('rejects a class that does not match the first digit', () => {
    expect(problems({ ...validEntry(), class: 4 })).toEqual(['class: must be 5, the first digit of 530']);
  });

  it('rejects a code that is not a standard reply code', () => {
    expect(problems({ ...validEntry(), code: 571 })).toEqual([
      'code: 571 is not one of the standard SMTP reply codes',
    ]);
  });

  it('rejects an unknown related code', () => {
    const data = validEntry();
    data['related'] = [{ code: 523, why: 'only in the registry column' }];
    expect(problems(data)).toEqual(['related.0.code: 523 is not a standard reply code with a page here']);
  });

  it('rejects an RFC reference without a section', () => {
    const data = validEntry();
    data['references'] = [{ rfc: 4954, about: 'defines 530' }];
    expect(problems(data)).toEqual([expect.stringMatching(/^references\.0\.section: /)]);
    data['references'] = [{ rfc: 4954, section: '', about: 'defines 530' }];
    expect(problems(data)).toEqual([expect.stringMatching(/^references\.0\.section: .*section number/)]);
  });

  it('rejects a retry policy that contradicts the class', () => {
    const data = validEntry();
    data['retry'] = { policy: 'later', advice: 'wait and see' };
    expect(problems(data)).toEqual([
      expect.stringMatching(/^retry\.policy: "later" does not fit a 5xx reply/),
    ]);
  });

  it('rejects a "nobody" fix on a failure code', () => {
    const data = validEntry();
    data['fix'] = { nobody: 'All is well.' };
    expect(problems(data)).toEqual(['fix.nobody: a 5xx reply is a failure: name who must act']);
  });

  it('rejects a transcript without the code or with stray lines', () => {
    const data = validEntry();
    data['transcript'] = 'S: 220 mx.example.com\nC: QUIT\nS: 221 bye';
    expect(problems(data)).toEqual(['transcript: must contain a server line "S: 530 ..."']);
    data['transcript'] = 'S: 530 no\nhello';
    expect(problems(data)).toEqual(['transcript: line 2 must start with "S: " or "C: "']);
  });

  it('rejects an enhanced code whose class disagrees with the reply', () => {
    const data = validEntry();
    data['enhanced'] = ['4.7.0'];
    expect(problems(data)).toEqual(['enhanced.0: class 4 disagrees with 530']);
  });

  it('rejects malformed enhanced codes', () => {
    for (const bad of ['5.7', '6.1.1', '5.07.1']) {
      const data = validEntry();
      data['enhanced'] = [bad];
      expect(problems(data), bad).toContainEqual(
        expect.stringMatching(/^enhanced\.0: must be an enhanced status code/),
      );
    }
  });
});

describe('idFromFileName', () => {
  it('keeps the file name, dots included', () => {
    expect(idFromFileName('5.7.1.md', { code: '5.7.1' }, 'code')).toBe('5.7.1');
    expect(idFromFileName('530.md', { code: 530 }, 'code')).toBe('530');
  });

  it('fails naming the file and the field when the code does not match the name', () => {
    expect(() => idFromFileName('531.md', { code: 530 }, 'code')).toThrow(
      'content file "531.md": field "code" is 530 but the file is named "531"',
    );
  });
});
