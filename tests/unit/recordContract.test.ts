/** Every record the site publishes keeps the promised shape: built from every content file. */
import { describe, expect, it } from 'vitest';
import { codeSchema } from '../../src/lib/codes/schema';
import { pageClasses } from '../../src/lib/enhanced/codes';
import { enhancedSchema } from '../../src/lib/enhanced/schema';
import { basicRecord, enhancedRecord, ticketSummary } from '../../src/lib/reference/records';
import { RETRY } from '../../src/lib/wording/retry';
import { codeRecordContract } from '../helpers/recordContract';
import { readContentFiles } from './helpers/contentFiles';

const basics = readContentFiles('codes').map((file) => codeSchema.parse(file.data));
const enhanced = readContentFiles('enhanced').map((file) => enhancedSchema.parse(file.data));

describe('published records', () => {
  it('match the contract for every basic code', () => {
    for (const data of basics) {
      const result = codeRecordContract.safeParse(basicRecord(data));
      expect(result.success, `${data.code}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
    }
  });

  it('match the contract for every class page of every enhanced code', () => {
    for (const data of enhanced) {
      for (const cls of pageClasses(data)) {
        const result = codeRecordContract.safeParse(enhancedRecord(data, cls));
        expect(result.success, `${data.code}/${cls}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
      }
    }
  });

  it('give the retry answer the pages give, and the ticket repeats it', () => {
    const data550 = basics.find((data) => data.code === 550);
    if (!data550) throw new Error('no 550');
    const record = basicRecord(data550);
    expect(record.retryText).toBe(`${RETRY['after-fix'].answer}.`);
    expect(ticketSummary(record, 'https://x.example/550/')).toContain(
      `Will it be retried? ${record.retryText}`,
    );
  });
});
