/**
 * Front matter of a hand-written comparison note (`content/comparisons/530-vs-535.md`), shown above
 * the generated parts of that pair's page.
 */
import { z } from 'astro/zod';
import { isoDateSchema } from '../codes/schema';
import { isStandardCode } from '../codes/replyCodes';

export const comparisonSchema = z
  .strictObject({
    /** The two codes, lower first; the file is named "<lower>-vs-<higher>". */
    pair: z.tuple([z.number().int(), z.number().int()]),
    /** One or two sentences stating the essential difference; the page's opening paragraph. */
    summary: z.string().min(60).max(400),
    /** The date a reviewer who did not write this file read it against its sources (YYYY-MM-DD). */
    reviewed: isoDateSchema,
  })
  .superRefine((data, ctx) => {
    const [a, b] = data.pair;
    for (const [index, code] of data.pair.entries()) {
      if (!isStandardCode(code)) {
        ctx.addIssue({
          code: 'custom',
          path: ['pair', index],
          message: `${code} is not a standard reply code`,
        });
      }
    }
    if (a >= b) ctx.addIssue({ code: 'custom', path: ['pair'], message: 'must list the lower code first' });
  });

export type ComparisonEntryData = z.infer<typeof comparisonSchema>;

/** "530-vs-535": the id and file name of a pair. */
export function pairId(a: number, b: number): string {
  return `${Math.min(a, b)}-vs-${Math.max(a, b)}`;
}
