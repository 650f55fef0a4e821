/**
 * The decoder against a corpus of real-format inputs (tests/fixtures/bounce-corpus.json): Gmail,
 * Microsoft 365 / Exchange, Yahoo, Postfix, Exim, Sendmail, DSNs, noise and lines without codes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBounce } from '../../src/lib/bounce/decode';

interface ExpectedReply {
  basic?: number;
  enhanced?: string;
  command?: string;
  host?: string;
}
interface Case {
  name: string;
  input: string;
  expect: { replies: ExpectedReply[]; providers: string[]; problems: string[] };
}

const corpus = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/bounce-corpus.json'), 'utf8'),
) as Case[];

describe('bounce corpus', () => {
  it('has at least 60 cases', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
  });

  it.each(corpus)('$name', (testCase) => {
    const decoded = decodeBounce(testCase.input);
    const replies = decoded.replies.map((reply) => {
      const shown: ExpectedReply = {};
      if (reply.basic !== undefined) shown.basic = reply.basic;
      if (reply.enhanced !== undefined) shown.enhanced = reply.enhanced;
      if (reply.command !== undefined) shown.command = reply.command;
      if (reply.host !== undefined) shown.host = reply.host;
      return shown;
    });
    expect(replies).toEqual(testCase.expect.replies);
    expect(decoded.providers.toSorted()).toEqual(testCase.expect.providers.toSorted());
    const problems = [...new Set(decoded.replies.flatMap((reply) => reply.problems))];
    expect(problems.toSorted()).toEqual([...new Set(testCase.expect.problems)].toSorted());
  });
});
