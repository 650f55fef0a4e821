/**
 * Front matter of a page for a basic code that no standard defines but that people meet
 * (`content/nonstandard/571.md`): vendor codes such as 571, codes made up from an enhanced code
 * (471 from 4.7.1), codes that exist only in the IANA registry's "associated basic code" column
 * (523), and client-side pseudo-codes (101, 111).
 */
import { z } from 'astro/zod';
import { isoDate } from '../vendors/schema';
import { enhancedCodeSchema } from './schema';

export const NONSTANDARD_CATEGORIES = [
  /** A vendor's own code, sent on the wire by its software. */
  'vendor',
  /** Built from an enhanced code's digits (471 from 4.7.1) by a vendor or a code list. */
  'enhanced-derived',
  /** Named only in the IANA enhanced-code registry's associated-code column. */
  'registry-only',
  /** A client library's or log's own status number, never sent by a server. */
  'client-pseudo-code',
  /** From early implementations, before or outside RFC 821 / 5321. */
  'historic',
] as const;

export const nonstandardSchema = z.strictObject({
  /** The three-digit number; must match the file name. */
  code: z.number().int().min(100).max(999),
  /** Short name for the heading: "Delivery Not Authorized (Exchange, non-standard)". */
  title: z.string().min(2).max(80),
  /** One sentence starting "<code> is not a standard SMTP reply code; …": the meta description. */
  summary: z.string().min(40).max(260),
  category: z.enum(NONSTANDARD_CATEGORIES),
  /** Who sends it or where it is seen, in a sentence. */
  sentBy: z.string().min(3),
  /** The standard code(s) to read it as, most fitting first; empty when none fits. */
  standsFor: z.array(z.number().int()).default([]),
  /** The enhanced code it was derived from or usually travels with, if any ("4.7.1"). */
  enhanced: enhancedCodeSchema.optional(),
  /** Whether the sending side keeps trying, as for the standard code it stands for. */
  retry: z.enum(['none', 'later', 'after-fix', 'never']),
  whoActs: z.enum(['sending-user', 'sending-admin', 'receiving-admin', 'recipient', 'nobody']),
  /** The first thing to do. */
  firstStep: z.string().min(3),
  /** Standard codes it is confused with; their pages link here. */
  confusedWith: z.array(z.number().int()).default([]),
  /** Where it is documented or seen: at least one URL with what it shows. */
  sources: z
    .array(z.strictObject({ url: z.string().regex(/^https?:\/\/\S+$/), about: z.string().min(3) }))
    .min(1),
  /** The date a reviewer who did not write this file read it against its sources. */
  reviewed: isoDate,
});

export type NonstandardData = z.infer<typeof nonstandardSchema>;
