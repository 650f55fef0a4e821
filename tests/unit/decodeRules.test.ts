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

  it('takes the outcome from the basic code and the meaning from the enhanced code when classes disagree', () => {
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
    expect(explained.meaning).toBe('enhanced meaning');
    expect(explained.outcome).toMatch(/^Permanent failure/);
    expect(explained.warnings.join(' ')).toMatch(/disagrees with the basic code/);
  });

  it('counts a reply logged twice by an app once', () => {
    const line = "Error SMTP sendmail: (535, b'5.7.8 Username and Password not accepted. - gsmtp')";
    expect(decodeBounce(`${line}\nretrying\n${line}`).replies).toHaveLength(1);
  });

  it("never reads Sendmail's own summary line as a reply from the remote server", () => {
    const text =
      '... while talking to mx.example.net.:\n>>> DATA\n<<< 550 5.7.1 Rejected\n554 5.0.0 Service unavailable';
    expect(decodeBounce(text).replies.map((reply) => reply.basic)).toEqual([550]);
  });

  it('never invents a code: versions, times and IPs are not replies', () => {
    const text = 'Exchange 15.20.696.11 at 10:55:03 from 192.0.2.1 port 25, RFC 5321, Postfix 3.7.2';
    expect(decodeBounce(text).replies).toEqual([]);
  });

  it('reads the delivery action a DSN reports', () => {
    expect(decodeBounce('Action: failed\nStatus: 4.4.7').action).toBe('failed');
    expect(decodeBounce('Action: delayed\nStatus: 4.4.7').action).toBe('delayed');
  });
});
