/**
 * The front matter schema of a basic reply-code page (`content/codes/<code>.md`).
 *
 * `src/content.config.ts` wires it to the collection, and the unit tests parse the same schema, so a
 * content file with a wrong field fails both the build and the tests, naming the field.
 */
import { z } from 'astro/zod';
import { isStandardCode, replyClassOf } from './replyCodes';

/** The SMTP stages and commands a reply can answer. Order here is the order of a session. */
export const STAGES = [
  'connect',
  'ehlo',
  'helo',
  'starttls',
  'auth',
  'mail',
  'rcpt',
  'data',
  'bdat',
  'end-of-data',
  'rset',
  'noop',
  'vrfy',
  'expn',
  'help',
  'quit',
  'etrn',
  'atrn',
  'any',
] as const;
export type Stage = (typeof STAGES)[number];

/** Who has to do something when this reply appears. */
export const ACTORS = ['sending-user', 'sending-admin', 'receiving-admin'] as const;
export type Actor = (typeof ACTORS)[number];

/**
 * What a client does next.
 * - `none`: nothing failed (2xx, 3xx).
 * - `later`: transient; the sending system keeps the message and tries again (RFC 5321 §4.5.4).
 * - `after-fix`: permanent; the same request fails again until its cause is fixed, then it can be sent.
 * - `never`: permanent; sending to this destination will not work whatever the sender changes.
 */
export const RETRY_POLICIES = ['none', 'later', 'after-fix', 'never'] as const;
export type RetryPolicy = (typeof RETRY_POLICIES)[number];

/** Names of the SMTP service extensions that define or reuse basic codes. */
export const EXTENSIONS = [
  'AUTH',
  'STARTTLS',
  'ETRN',
  'ATRN',
  'SIZE',
  'CHUNKING',
  'SMTPUTF8',
  'ENHANCEDSTATUSCODES',
  'DELIVERBY',
  'FUTURERELEASE',
  'MT-PRIORITY',
  'BURL',
  'REQUIRETLS',
  'RRVS',
  'PIPELINING',
] as const;

/** An RFC section: "4.2.3", "6", or "Appendix D". A reference without a section is refused. */
const sectionSchema = z
  .string()
  .regex(/^(\d+(\.\d+)*|Appendix [A-Z](\.\d+)*)$/, 'must be a section number such as "4.2.3"');

export const rfcReferenceSchema = z.strictObject({
  /** RFC number, e.g. 5321. */
  rfc: z.number().int().positive(),
  /** Section within the RFC; required so every claim can be checked. */
  section: sectionSchema,
  /** What this section says about the code, in a few words. */
  about: z.string().min(3),
});
export type RfcReference = z.infer<typeof rfcReferenceSchema>;

/** Enhanced status code, RFC 3463 §2: class.subject.detail. */
export const enhancedCodeSchema = z
  .string()
  .regex(/^[245]\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})$/, 'must be an enhanced status code such as "5.7.1"');

/** A date written YYYY-MM-DD, such as the day a reviewer read a file against its sources. */
export const isoDateSchema = z.string().regex(/^20\d\d-[01]\d-[0-3]\d$/, 'must be a date written YYYY-MM-DD');

/** Inline Markdown: backtick code spans and [text](url) links are rendered; nothing else. */
export const inline = z.string().min(3);

/** Steps by who must act; each list, when given, has at least one step. */
export const fixStepsShape = {
  'sending-user': z.array(inline).min(1).optional(),
  'sending-admin': z.array(inline).min(1).optional(),
  'receiving-admin': z.array(inline).min(1).optional(),
};

export const codeSchema = z
  .strictObject({
    /** The three-digit reply code; must match the file name. */
    code: z.number().int(),
    /** Short name for the h1, true to the RFC's reply text: "Authentication Required". */
    title: z.string().min(2).max(70),
    /** One sentence stating the meaning; shown first, used as meta description and in tickets. */
    summary: z.string().min(40).max(240),
    /** First digit of the code, stated so a wrong copy-paste is caught. */
    class: z.number().int(),
    /** `deprecated` for codes a later RFC retired (538). */
    status: z.enum(['standard', 'extension', 'deprecated']),
    /** Extensions that define this code or give it a meaning of their own. */
    extensions: z.array(z.enum(EXTENSIONS)).default([]),
    /** Every standard meaning, each with the reply text the RFC defines and where. */
    meanings: z
      .array(
        z.strictObject({
          /** The reply text exactly as the RFC gives it. */
          reply: z.string().min(4),
          /** When this meaning applies (which command, which extension), in one sentence. */
          context: inline,
          source: rfcReferenceSchema.omit({ about: true }),
        }),
      )
      .min(1),
    /** The stages and commands this code answers in practice. */
    stages: z.array(z.enum(STAGES)).min(1),
    /** Usual real-world causes, most common first. */
    causes: z.array(inline).min(1),
    /** What to do, by who must act. Success and intermediate codes use `nobody` instead. */
    fix: z
      .strictObject({ ...fixStepsShape, nobody: inline.optional() })
      .refine((fix) => Object.keys(fix).length > 0, 'must name at least one actor'),
    retry: z.strictObject({
      policy: z.enum(RETRY_POLICIES),
      /** How and when a client retries, with the RFC's rules where they apply. */
      advice: inline,
    }),
    /** A short session in `S:`/`C:` lines in which this code appears. */
    transcript: z.string().min(10),
    /** Reply texts real servers send with this code. */
    wild: z
      .array(
        z.strictObject({
          /** The software or provider: "Postfix", "Gmail", "Microsoft 365"... */
          source: z.string().min(2),
          /** The reply as that server sends it, code included. */
          reply: z.string().min(5),
          /** The enhanced code it carries, if any. */
          enhanced: enhancedCodeSchema.optional(),
          /** What this text tells the reader beyond the code. */
          note: inline,
        }),
      )
      .default([]),
    /** RFC sections that define or discuss the code. */
    references: z.array(rfcReferenceSchema).min(1),
    /** Codes a reader should also know, each with why. */
    related: z.array(z.strictObject({ code: z.number().int(), why: inline })).min(1),
    /** Enhanced status codes this reply commonly carries, most common first. */
    enhanced: z.array(enhancedCodeSchema).default([]),
    /** The date a reviewer who did not write this file read it against its sources (YYYY-MM-DD). */
    reviewed: isoDateSchema,
  })
  .superRefine((data, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });

    if (!isStandardCode(data.code)) {
      issue(['code'], `${data.code} is not one of the standard SMTP reply codes`);
      return;
    }
    const replyClass = replyClassOf(data.code);
    if (data.class !== replyClass) {
      issue(['class'], `must be ${replyClass}, the first digit of ${data.code}`);
    }

    const success = replyClass === 2 || replyClass === 3;
    const actors = Object.keys(data.fix).filter((key) => key !== 'nobody');
    if (success && actors.length > 0) {
      issue(['fix'], `a ${replyClass}xx reply needs no fix: use only "nobody"`);
    }
    if (!success && data.fix.nobody !== undefined) {
      issue(['fix', 'nobody'], `a ${replyClass}xx reply is a failure: name who must act`);
    }

    const expected: Record<number, readonly RetryPolicy[]> = {
      2: ['none'],
      3: ['none'],
      4: ['later'],
      5: ['after-fix', 'never'],
    };
    if (!expected[replyClass]?.includes(data.retry.policy)) {
      issue(
        ['retry', 'policy'],
        `"${data.retry.policy}" does not fit a ${replyClass}xx reply (expected ${expected[replyClass]?.join(' or ')})`,
      );
    }

    const codePattern = new RegExp(`^S: ${data.code}[ -]`, 'm');
    if (!codePattern.test(data.transcript)) {
      issue(['transcript'], `must contain a server line "S: ${data.code} ..."`);
    }
    data.transcript.split('\n').forEach((line, index) => {
      if (line.trim() !== '' && !/^(S|C): /.test(line) && line.trim() !== '...') {
        issue(['transcript'], `line ${index + 1} must start with "S: " or "C: "`);
      }
    });

    data.wild.forEach((entry, index) => {
      if (!new RegExp(`^${data.code}[ -]`).test(entry.reply)) {
        issue(['wild', index, 'reply'], `must start with ${data.code}`);
      }
      if (entry.enhanced && Number(entry.enhanced[0]) !== replyClass) {
        issue(['wild', index, 'enhanced'], `class ${entry.enhanced[0]} disagrees with ${data.code}`);
      }
    });

    data.related.forEach((entry, index) => {
      if (!isStandardCode(entry.code)) {
        issue(['related', index, 'code'], `${entry.code} is not a standard reply code with a page here`);
      } else if (entry.code === data.code) {
        issue(['related', index, 'code'], 'a code cannot be related to itself');
      }
    });

    data.enhanced.forEach((enhanced, index) => {
      if (Number(enhanced[0]) !== replyClass) {
        issue(['enhanced', index], `class ${enhanced[0]} disagrees with ${data.code}`);
      }
    });
  });

export type CodeEntryData = z.infer<typeof codeSchema>;
