import { describe, expect, it } from 'vitest';
import { enhancedSchema } from '../../src/lib/enhanced/schema';
import { frontMatterOf, schemaProblems } from './helpers/contentFiles';

/** A complete, valid entry to break one field at a time. */
const validEntry = () => frontMatterOf('enhanced/X.7.1.md');
const problems = (data: unknown) => schemaProblems(enhancedSchema, data);

describe('enhancedSchema', () => {
  it('accepts a complete entry', () => {
    expect(problems(validEntry())).toEqual([]);
  });

  it('rejects malformed codes', () => {
    for (const bad of ['X.7', '5.7', '6.1.1', 'X.07.1', 'X.8.1', '5.7.1']) {
      expect(problems({ ...validEntry(), code: bad }), bad).toContainEqual(
        expect.stringMatching(/^code: must be a registry code/),
      );
    }
  });

  it('rejects a subject name that does not match the subject digit', () => {
    expect(problems({ ...validEntry(), subjectName: 'Mailbox Status' })).toEqual([
      'subjectName: subject 7 is "Security or Policy Status", not "Mailbox Status"',
    ]);
  });

  it('rejects a subject digit that does not match the code', () => {
    expect(problems({ ...validEntry(), subject: 2, subjectName: 'Mailbox Status' })).toEqual([
      'subject: must be 7, the middle number of X.7.1',
    ]);
  });

  it('rejects an associated basic code that is not a standard code', () => {
    const data = validEntry();
    data['basicCodes'] = [{ code: 533, note: 'only in the registry column' }];
    expect(problems(data)).toEqual(['basicCodes.0.code: 533 is not a standard reply code']);
  });

  it('rejects a basic code of a class the entry has no page for', () => {
    const data = validEntry();
    data['basicCodes'] = [{ code: 250, note: 'success' }];
    expect(problems(data)).toEqual(['basicCodes.0.code: 250 is class 2, which this entry has no page for']);
  });

  it('rejects a quoted reply whose basic and enhanced classes disagree', () => {
    const data = validEntry();
    data['wild'] = [{ source: 'Test', reply: '554 4.7.1 nope', note: 'mismatched' }];
    expect(problems(data)).toEqual(['wild.0.reply: basic class 5 and enhanced class 4 disagree']);
  });

  it('rejects a summary that does not start with the code', () => {
    expect(
      problems({
        ...validEntry(),
        summary: 'This code means something about delivery not authorized at all.',
      }),
    ).toEqual(['summary: must start with "X.7.1 "']);
  });
});
