/** The direct-answer table built from content/, as /search/answers.json is built, without Astro. */
import { codeSchema } from '../../../src/lib/codes/schema';
import { nonstandardSchema } from '../../../src/lib/codes/nonstandardSchema';
import { pageClasses } from '../../../src/lib/enhanced/codes';
import { enhancedSchema } from '../../../src/lib/enhanced/schema';
import { buildAnswerTable, type AnswerTable } from '../../../src/lib/search/answerTable';
import { vendorCodePages } from '../../../src/lib/vendors/codes';
import { vendorSchema, type VendorData } from '../../../src/lib/vendors/schema';
import { readContentFiles } from './contentFiles';

export interface ContentForSearch {
  table: AnswerTable;
  vendors: VendorData[];
  registry: Set<string>;
}

let cached: ContentForSearch | undefined;

export function contentAnswerTable(): ContentForSearch {
  if (cached) return cached;
  const basic = readContentFiles('codes').map((file) => codeSchema.parse(file.data));
  const enhanced = readContentFiles('enhanced').map((file) => enhancedSchema.parse(file.data));
  const nonstandard = readContentFiles('nonstandard').map((file) => nonstandardSchema.parse(file.data));
  const vendors = readContentFiles('vendors').map((file) => vendorSchema.parse(file.data));
  const registry = new Set(enhanced.map((entry) => entry.code));
  const table = buildAnswerTable({
    basic: basic.toSorted((a, b) => a.code - b.code),
    enhanced: enhanced.map((entry) => ({
      code: entry.code,
      title: entry.title,
      classes: pageClasses(entry),
    })),
    nonstandard,
    vendors,
    vendorPages: vendorCodePages(vendors, (neutral) => registry.has(neutral)),
    curated: readContentFiles('comparisons').map((file) => file.stem),
  });
  cached = { table, vendors, registry };
  return cached;
}
