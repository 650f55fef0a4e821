import { describe, expect, it } from 'vitest';
import { codeSchema } from '../../src/lib/codes/schema';
import { STANDARD_CODES } from '../../src/lib/codes/replyCodes';
import { readContentFiles } from './helpers/contentFiles';

const files = readContentFiles('codes');

describe.each(files)('content/codes/$fileName', (file) => {
  it('matches the code schema', () => {
    const result = codeSchema.safeParse(file.data);
    const problems = result.success
      ? []
      : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(problems).toEqual([]);
  });

  it('is named after its code', () => {
    expect(String((file.data as { code?: unknown }).code)).toBe(file.stem);
  });

  it('has a "When you see it" explanation in its body', () => {
    expect(file.body.length).toBeGreaterThan(200);
  });
});

describe('content/codes as a whole', () => {
  it('has exactly one file for each of the 38 standard codes and none for any other code', () => {
    expect(files.map((file) => Number(file.stem))).toEqual([...STANDARD_CODES]);
  });
});

describe('Markdown bodies', () => {
  it.each(readContentFiles('codes').concat(readContentFiles('enhanced'), readContentFiles('comparisons')))(
    '$fileName writes angle-bracket text such as <domain> inside code spans, so it is not read as HTML',
    (file) => {
      const outsideCode = file.body.replace(/`[^`]*`/g, '');
      expect(outsideCode.match(/<[A-Za-z][^>\n]{0,60}>/g) ?? []).toEqual([]);
    },
  );
});
