/**
 * The published shape of /codes.json and /<code>.json, as README promises it: fields are added,
 * never renamed or removed. A field added to the records must be added here (and to the README);
 * a field renamed or removed fails both the unit and the end-to-end contract tests.
 */
import { z } from 'astro/zod';

export const codeRecordContract = z.strictObject({
  code: z.string().regex(/^(\d{3}|[245]\.\d{1,3}\.\d{1,3}(-\d{1,3})?)$/),
  kind: z.enum(['basic', 'enhanced', 'vendor', 'nonstandard']),
  // Non-standard codes include client pseudo-codes such as 101, whose first digit is 1.
  class: z.number().int().min(1).max(5),
  name: z.string().min(2),
  meaning: z.string().min(20),
  retry: z.enum(['none', 'later', 'after-fix', 'never']),
  retryText: z.string().min(10),
  whoActs: z
    .array(z.enum(['sending-user', 'sending-admin', 'receiving-admin', 'recipient', 'nobody']))
    .min(1),
  firstStep: z.string().min(3),
  url: z.string().regex(/^\/(.+\/)?[\d.-]+\/$/),
  stages: z.array(z.string()),
  enhancedCodes: z.array(z.string().regex(/^[245]\.\d{1,3}\.\d{1,3}$/)),
  basicCodes: z.array(z.number().int().min(200).max(599)),
  references: z
    .array(z.strictObject({ document: z.string(), section: z.string().nullable(), url: z.url() }))
    .min(1),
});

export const codesJsonContract = z.strictObject({
  about: z.string(),
  site: z.string().nullable(),
  codes: z.array(codeRecordContract).min(1),
});
