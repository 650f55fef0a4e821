/**
 * A provider's own code is explained from the vendor dataset (through the published records), so
 * 5.7.612 reads as Microsoft's banned-IP range and never as the registry code 5.7.6.
 */
import { describe, expect, it } from 'vitest';
import { explainReply, vendorRecordFor } from '../../src/lib/bounce/explain';
import { REGISTRY_ENTRIES } from '../../src/lib/enhanced/registry';
import type { CodeRecord } from '../../src/lib/reference/records';
import { vendorCodeRecord } from '../../src/lib/reference/vendor';
import { vendorCodePages } from '../../src/lib/vendors/codes';
import { vendors } from './helpers/siteContent';

const inRegistry = (neutral: string) => REGISTRY_ENTRIES.some((entry) => entry.code === neutral);
const records = new Map<string, CodeRecord>(
  vendorCodePages(vendors, inRegistry).map((page) => {
    const record = vendorCodeRecord(page);
    return [record.code, record];
  }),
);

describe('codes outside the registry in a decoded reply', () => {
  it('finds the range a code falls in', () => {
    expect(vendorRecordFor('5.7.612', records)?.code).toBe('5.7.606-649');
    expect(vendorRecordFor('5.7.139', records)?.code).toBe('5.7.139');
    expect(vendorRecordFor('5.7.1', records)).toBeUndefined();
  });

  it("explains it with the provider's meaning and links its page", () => {
    const explained = explainReply(
      { basic: 550, enhanced: '5.7.612', text: 'Access denied, banned sending IP [192.0.2.1]', problems: [] },
      records,
    );
    expect(explained.enhanced?.url).toBe('/5.7.606-649/');
    expect(explained.meaning).toMatch(/banned|blocked/i);
    expect(explained.enhanced?.note).toMatch(/Not in the IANA registry/);
  });
});
