import { describe, expect, it } from 'vitest';
import { decodeBounce } from '../../src/lib/bounce/decode';
import { explainReply } from '../../src/lib/bounce/explain';
import type { CodeRecord } from '../../src/lib/reference/records';

describe('decoder rules beyond the corpus', () => {
  it('keeps a host named on a reply line to that reply', () => {
    const decoded = decodeBounce(
      'host mx.example.net[192.0.2.1] said: 550 5.1.1 unknown (in reply to RCPT TO command)\n554 4.0.0 odd reply',
    );
    expect(decoded.replies.map((reply) => reply.host)).toEqual(['mx.example.net', undefined]);
  });

  it('lets the basic code lead when the classes disagree', () => {
    const record = (code: string, meaning: string): CodeRecord => ({
      code,
      kind: code.includes('.') ? 'enhanced' : 'basic',
      class: Number(code[0]),
      name: code,
      meaning,
      retry: code.startsWith('4') ? 'later' : 'after-fix',
      retryText: '',
      whoActs: ['sending-admin'],
      firstStep: 'step',
      url: `/${code}/`,
      stages: [],
      enhancedCodes: [],
      basicCodes: [],
      references: [],
    });
    const records = new Map([
      ['554', record('554', 'basic meaning')],
      ['4.0.0', record('4.0.0', 'enhanced meaning')],
    ]);
    const [reply] = decodeBounce('554 4.0.0 odd').replies;
    if (!reply) throw new Error('no reply');
    const explained = explainReply(reply, records);
    expect(explained.meaning).toBe('basic meaning');
    expect(explained.outcome).toMatch(/^Permanent failure/);
    expect(explained.warnings.join(' ')).toMatch(/disagrees with the basic code/);
  });
});
