/**
 * The decode page downloads only provider signatures (/decode/vendors.json), then the readings of the
 * providers a bounce names (/decode/vendors/<slug>.json). It must read every corpus bounce exactly as
 * the full data does, and the signatures must stay small enough to load before the first reading.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  decoderVendorIndex,
  decoderVendorReadings,
  decoderVendors,
  readBounce,
  readingProviders,
  withReadings,
  type VendorReplyReading,
} from '../../src/lib/bounce/reading';
import { codeSchema } from '../../src/lib/codes/schema';
import { basicRecord, type CodeRecord } from '../../src/lib/reference/records';
import { vendorSchema } from '../../src/lib/vendors/schema';
import { readContentFiles } from './helpers/contentFiles';

const vendors = decoderVendors(readContentFiles('vendors').map((file) => vendorSchema.parse(file.data)));
const records = new Map<string, CodeRecord>();
for (const file of readContentFiles('codes')) {
  const record = basicRecord(codeSchema.parse(file.data));
  records.set(record.code, record);
}
const corpus = ['bounce-corpus.json', 'bounce-corpus-real.json'].flatMap(
  (file) =>
    JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures', file), 'utf8')) as {
      name: string;
      input: string;
    }[],
);

describe('decoder provider data, split for the browser', () => {
  const index = JSON.parse(JSON.stringify(decoderVendorIndex(vendors))) as ReturnType<
    typeof decoderVendorIndex
  >;
  const files = new Map(vendors.map((vendor) => [vendor.slug, decoderVendorReadings(vendor)]));

  it('carries no reading in the index, and every reading in its provider file', () => {
    const indexText = JSON.stringify(index);
    for (const vendor of vendors)
      for (const reply of vendor.replies) expect(indexText).not.toContain(JSON.stringify(reply.firstStep));
    expect([...files.values()].flat().length).toBe(vendors.flatMap((vendor) => vendor.replies).length);
  });

  it('keeps the signatures under 25 KB gzip', () => {
    expect(gzipSync(JSON.stringify(index)).length).toBeLessThan(25_000);
  });

  it.each(corpus.map((testCase) => [testCase.name, testCase.input] as const))(
    'reads %s as the full data does',
    (_name, input) => {
      const loaded = new Map<string, readonly VendorReplyReading[]>();
      const first = readBounce(input, records, withReadings(index, loaded));
      for (const slug of readingProviders(first)) loaded.set(slug, files.get(slug) ?? []);
      const split = readBounce(input, records, withReadings(index, loaded));
      const full = readBounce(input, records, vendors);
      expect(split.replies).toEqual(full.replies);
      expect(split.main).toEqual(full.main);
    },
  );
});
