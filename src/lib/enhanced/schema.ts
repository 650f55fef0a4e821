/**
 * The front matter schema of an enhanced status code entry (`content/enhanced/X.7.1.md`).
 *
 * One file per IANA registry entry, written class-neutral ("X.7.1"); each class page (4.7.1,
 * 5.7.1, and 2.7.1 where it applies) is built from it. Facts the registry holds (sample text,
 * associated basic codes, reference) come from `content/reference/smtp-enhanced-codes.json`, not
 * from here, so they cannot drift.
 */
import { z } from 'astro/zod';
import { RETRY_POLICIES, fixStepsShape, inline, isoDateSchema, rfcReferenceSchema } from '../codes/schema';
import { isStandardCode } from '../codes/replyCodes';
import { SUBJECTS } from '../wording/subjects';

/** RFC 3463 §2 subject names, by subject digit (as the IANA registry spells them). */
export const SUBJECT_NAMES: Record<number, string> = Object.fromEntries(
  Object.entries(SUBJECTS).map(([digit, info]) => [digit, info.name]),
);

/** A registry entry's class-neutral code: X.subject.detail, no leading zeros. */
export const registryCodeSchema = z
  .string()
  .regex(
    /^X\.[0-7]\.(0|[1-9]\d{0,2})$/,
    'must be a registry code such as "X.7.1" (subject 0-7, no leading zeros)',
  );

/** Either a class-neutral registry code ("X.7.0") or a standard basic code ("550"). */
const relatedCodeSchema = z.union([registryCodeSchema, z.number().int()]);

/** X.7.28 comes from an Internet-Draft, not an RFC: cite it by name. */
const draftReferenceSchema = z.strictObject({
  draft: z
    .string()
    .regex(/^draft-[a-z0-9-]+$/, 'must be an Internet-Draft name such as "draft-levine-mailbomb-header-00"'),
  about: z.string().min(3),
});

export const enhancedSchema = z
  .strictObject({
    /** "X.7.1"; must match the file name. */
    code: registryCodeSchema,
    /** Short name for the heading, from the registry's sample text: "Delivery not authorized, message refused". */
    title: z.string().min(3).max(110),
    /** One sentence starting "X.7.1 means"; each class page puts its own class digit in place of X. */
    summary: z.string().min(40).max(260),
    /** The middle number, stated so a copy-paste slip is caught. */
    subject: z.number().int().min(0).max(7),
    /** The registry's name for that subject, e.g. "Security or Policy Status". */
    subjectName: z.string(),
    /**
     * What each class of this code means in practice, one or two sentences each. Pages are built for
     * every class given here: 4 and 5 always, 2 only where a success reply carries it.
     */
    classes: z.strictObject({ '2': inline.optional(), '4': inline, '5': inline }),
    /** Basic reply codes seen carrying it, most common first, each with what that pairing means. */
    basicCodes: z.array(z.strictObject({ code: z.number().int(), note: inline })).min(1),
    /** Usual real-world causes. */
    causes: z.array(inline).min(1),
    /** What to do, by who must act (for failures; success-only notes go in classes['2']). */
    fix: z
      .strictObject(fixStepsShape)
      .refine((fix) => Object.keys(fix).length > 0, 'must name at least one actor'),
    /** Replies real servers send with this code: the whole line as sent, basic code first. */
    wild: z
      .array(z.strictObject({ source: z.string().min(2), reply: z.string().min(8), note: inline }))
      .default([]),
    /** Vendors that send this number with a meaning of their own. */
    vendorReuse: z
      .array(z.strictObject({ vendor: z.string().min(2), code: z.string(), meaning: inline, note: inline }))
      .default([]),
    references: z.array(z.union([rfcReferenceSchema, draftReferenceSchema])).min(1),
    related: z.array(z.strictObject({ code: relatedCodeSchema, why: inline })).min(1),
    /**
     * Where a class's usual retry answer is wrong for this code, the answer for that class and why:
     * 4.4.7 is class 4 but reports that the sender gave up, so nothing is retried any more.
     */
    retry: z
      .strictObject({
        '4': z.strictObject({ policy: z.enum(RETRY_POLICIES), advice: inline }).optional(),
        '5': z.strictObject({ policy: z.enum(RETRY_POLICIES), advice: inline }).optional(),
      })
      .optional(),
    /** The date a reviewer who did not write this file read it against its sources (YYYY-MM-DD). */
    reviewed: isoDateSchema,
  })
  .superRefine((data, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    const subjectDigit = Number(data.code.split('.')[1]);
    if (data.subject !== subjectDigit) {
      issue(['subject'], `must be ${subjectDigit}, the middle number of ${data.code}`);
    }
    const expectedName = SUBJECT_NAMES[data.subject];
    if (data.subjectName !== expectedName) {
      issue(['subjectName'], `subject ${data.subject} is "${expectedName}", not "${data.subjectName}"`);
    }
    if (!data.summary.startsWith(`${data.code} `)) {
      issue(['summary'], `must start with "${data.code} "`);
    }
    data.basicCodes.forEach((entry, index) => {
      if (!isStandardCode(entry.code)) {
        issue(['basicCodes', index, 'code'], `${entry.code} is not a standard reply code`);
      } else if (!(String(Math.floor(entry.code / 100)) in data.classes)) {
        issue(
          ['basicCodes', index, 'code'],
          `${entry.code} is class ${Math.floor(entry.code / 100)}, which this entry has no page for`,
        );
      }
    });
    data.related.forEach((entry, index) => {
      if (typeof entry.code === 'number' && !isStandardCode(entry.code)) {
        issue(['related', index, 'code'], `${entry.code} is not a standard reply code`);
      }
      if (entry.code === data.code) issue(['related', index, 'code'], 'an entry cannot be related to itself');
    });
    data.wild.forEach((entry, index) => {
      const match = /^([2-5])\d\d[ -]([245])\.\d{1,3}\.\d{1,3}\b/.exec(entry.reply);
      const [, basicClass = '', enhancedClass = ''] = match ?? [];
      if (!match) {
        issue(
          ['wild', index, 'reply'],
          'must start with a basic code and an enhanced code, e.g. "550 5.7.1 ..."',
        );
      } else if (basicClass !== enhancedClass) {
        issue(
          ['wild', index, 'reply'],
          `basic class ${basicClass} and enhanced class ${enhancedClass} disagree`,
        );
      } else if (!entry.reply.includes(data.code.replace('X', enhancedClass))) {
        issue(
          ['wild', index, 'reply'],
          `must carry ${data.code.replace('X', enhancedClass)}, the code of this page`,
        );
      }
    });
  });

export type EnhancedEntryData = z.infer<typeof enhancedSchema>;
