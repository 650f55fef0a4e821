/**
 * The decoder against two corpora of bounces in the formats people paste them in (raw replies,
 * multi-line replies, DSNs, Exchange NDR text and HTML, MTA logs, app exceptions, swaks, noise):
 * tests/fixtures/bounce-corpus.json (the first 78) and tests/fixtures/bounce-corpus-real.json (real
 * bounces from public bug reports). Each case asserts the replies found and, where annotated, the
 * provider, the meaning, whether it is retried, who acts and the first step, as the page shows them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBounce } from '../../src/lib/bounce/decode';
import { decoderVendors, readBounce } from '../../src/lib/bounce/reading';
import { codeSchema } from '../../src/lib/codes/schema';
import { pageClasses } from '../../src/lib/enhanced/codes';
import { enhancedSchema } from '../../src/lib/enhanced/schema';
import { basicRecord, enhancedRecord, type CodeRecord } from '../../src/lib/reference/records';
import { vendorSchema } from '../../src/lib/vendors/schema';
import { readContentFiles } from './helpers/contentFiles';

interface ExpectedReply {
  basic?: number;
  enhanced?: string;
  command?: string;
  host?: string;
}
interface Reading {
  provider: string | null;
  retry: string;
  whoActs: string;
  meaningMatches: string;
  firstStepMatches: string;
}
interface Case {
  name: string;
  format?: string;
  input: string;
  expect: { replies: ExpectedReply[]; providers?: string[]; problems?: string[] } & Partial<Reading>;
}

const load = (file: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures', file), 'utf8')) as Case[];
const first = load('bounce-corpus.json');
const real = load('bounce-corpus-real.json');
const corpus = [...first, ...real];

const records = new Map<string, CodeRecord>();
for (const file of readContentFiles('codes')) {
  const record = basicRecord(codeSchema.parse(file.data));
  records.set(record.code, record);
}
for (const file of readContentFiles('enhanced')) {
  const data = enhancedSchema.parse(file.data);
  for (const cls of pageClasses(data)) {
    const record = enhancedRecord(data, cls);
    records.set(record.code, record);
  }
}
const vendors = decoderVendors(readContentFiles('vendors').map((file) => vendorSchema.parse(file.data)));

/** The system a case comes from, for counting: its provider, else the format it is written in. */
const systemOf = (testCase: Case) => testCase.expect.provider ?? testCase.format ?? 'other';

describe('bounce corpus', () => {
  it('has at least 200 cases with a full reading, across at least 20 systems', () => {
    const read = corpus.filter((testCase) => testCase.expect.retry !== undefined);
    expect(read.length).toBeGreaterThanOrEqual(200);
    expect(new Set(read.map(systemOf)).size).toBeGreaterThanOrEqual(20);
  });

  it.each(corpus.map((testCase) => [testCase.name, testCase] as const))('%s', (_name, testCase) => {
    const decoded = decodeBounce(testCase.input);
    const keys = new Set(testCase.expect.replies.flatMap((reply) => Object.keys(reply)));
    const replies = decoded.replies.map((reply) => {
      const shown: ExpectedReply = {};
      if (reply.basic !== undefined) shown.basic = reply.basic;
      if (reply.enhanced !== undefined) shown.enhanced = reply.enhanced;
      if (reply.command !== undefined && keys.has('command')) shown.command = reply.command;
      if (reply.host !== undefined && keys.has('host')) shown.host = reply.host;
      return shown;
    });
    const expected = testCase.expect.replies.map((reply) => {
      const shown: ExpectedReply = { ...reply };
      if (!keys.has('command')) delete shown.command;
      return shown;
    });
    expect(replies).toEqual(expected);
    if (testCase.expect.problems) {
      const problems = [...new Set(decoded.replies.flatMap((reply) => reply.problems))];
      expect(problems.toSorted()).toEqual([...new Set(testCase.expect.problems)].toSorted());
    }

    const { expect: wanted } = testCase;
    if (wanted.retry === undefined) return;
    const { main } = readBounce(testCase.input, records, vendors);
    expect({
      provider: main.provider?.slug ?? null,
      retry: main.retryPolicy,
      whoActs: main.actor,
    }).toEqual({ provider: wanted.provider ?? null, retry: wanted.retry, whoActs: wanted.whoActs });
    expect(main.meaning).toMatch(new RegExp(wanted.meaningMatches ?? '', 'i'));
    expect(main.firstStep).toMatch(new RegExp(wanted.firstStepMatches ?? '', 'i'));
  });
});
