// Writers of content/vendors/*.md: read content/vendors/README.txt first (sources, honesty, how to commit).
/**
 * The vendor dataset: one file per provider, spam filter, MTA or blocklist (`content/vendors/<slug>.md`).
 *
 * Provider pages, the pages for codes outside the IANA registry, the bounce decoder and search all
 * read this one dataset, so what a provider means by a reply is written down once.
 */
import { z } from 'astro/zod';

/** What kind of system a vendor file describes. */
export const VENDOR_KINDS = ['mailbox-provider', 'spam-filter', 'mta', 'blocklist'] as const;
export type VendorKind = (typeof VENDOR_KINDS)[number];

/**
 * The one party who can fix what a reply reports. `recipient` is the person the mail was for (a full
 * mailbox is theirs to clear); the others are the roles the code pages use.
 */
export const VENDOR_ACTORS = ['sending-user', 'sending-admin', 'receiving-admin', 'recipient'] as const;
export type VendorActor = (typeof VENDOR_ACTORS)[number];

/**
 * What happens next.
 * - `later`: the sending server keeps the message and retries by itself; it usually clears.
 * - `after-fix`: nothing will change until someone fixes the cause; then send again.
 * - `never`: this message will not get through to this address (the address is gone, the
 *   provider says retrying will not succeed); a 4xx marked `never` is one the provider documents
 *   as permanent in practice.
 */
export const VENDOR_RETRY = ['later', 'after-fix', 'never'] as const;
export type VendorRetry = (typeof VENDOR_RETRY)[number];

/** Inline Markdown: `code` spans and [text](https://…) links; nothing else is rendered. */
const inline = z.string().min(3);

const httpsUrl = z
  .string()
  .regex(
    /^https:\/\/[^\s]+$/,
    'must be an https:// URL of the page that says this (vendor documentation first)',
  );

/** An enhanced code ("5.7.606") or a documented range within one class and subject ("5.7.606-649"). */
export const vendorEnhancedSchema = z
  .string()
  .regex(
    /^[245]\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})(-(0|[1-9]\d{0,2}))?$/,
    'must be an enhanced code such as "5.7.606" or a range such as "5.7.606-649"',
  );

/** A date written YYYY-MM-DD. */
export const isoDate = z
  .string()
  .regex(/^20\d\d-[01]\d-[0-3]\d$/, 'must be a date written YYYY-MM-DD, e.g. "2026-11-30"');

export const vendorReplySchema = z.strictObject({
  /** The basic reply code the provider sends. */
  basic: z.number().int().min(200).max(599),
  /** The enhanced code it carries, or the documented range it belongs to; omit if it carries none. */
  enhanced: vendorEnhancedSchema.optional(),
  /**
   * The reply as the provider sends it, basic code first, with addresses and IPs replaced by
   * documentation values (example.com, 192.0.2.1). Quoted on the page; everything else is ours.
   */
  text: z.string().min(8),
  /**
   * A distinctive token in the text that identifies this reply when the codes alone do not
   * ("[TSS04]", "RESOLVER.ADR.RecipientNotFound", "AS(201806281)"). Matched case-insensitively.
   */
  tag: z.string().min(3).optional(),
  /** What the provider means by it, in our own words. */
  meaning: inline,
  /** The one party who can fix it. */
  whoActs: z.enum(VENDOR_ACTORS),
  retry: z.enum(VENDOR_RETRY),
  /** The first thing that party should do, in one or two sentences. */
  firstStep: inline,
  /**
   * Where the provider's meaning differs from the IANA registry's meaning of the same number: one
   * sentence saying how (shown on the registry code's page as the second reading).
   */
  registryDiffers: inline.optional(),
  /** Pages that say this, vendor documentation first; at least one. */
  sources: z.array(httpsUrl).min(1),
  /** True when the reply text comes from the SMTP Field Manual's data (credited on the page). */
  fieldManual: z.boolean().default(false),
});
export type VendorReply = z.infer<typeof vendorReplySchema>;

export const vendorSchema = z
  .strictObject({
    /** The URL slug, /providers/<slug>/; must match the file name. */
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens'),
    /** The name people know it by: "Microsoft 365 and Outlook.com", "Gmail", "Postfix". */
    name: z.string().min(2).max(60),
    kind: z.enum(VENDOR_KINDS),
    /** One sentence: what it is and why its replies matter; the meta description. */
    summary: z.string().min(40).max(260),
    /** Other names people type in a search box: "office 365", "o365", "hotmail". */
    aliases: z.array(z.string().min(2)).default([]),
    /** Mail domains it hosts (mailbox providers) or operates. */
    domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'must be a domain name')).default([]),
    /** How to recognise its replies in a bounce. */
    recognise: z.strictObject({
      /** Host-name suffixes seen in its servers' names ("protection.outlook.com", "yahoodns.net"). */
      hosts: z.array(z.string().min(3)).default([]),
      /** Literal texts in its replies, matched case-insensitively ("- gsmtp", "RESOLVER.ADR."), each with what it shows. */
      markers: z.array(z.strictObject({ text: z.string().min(3), means: inline })).default([]),
    }),
    /** Postmaster, sender-support, documentation and delisting pages. */
    resources: z
      .array(
        z.strictObject({
          title: z.string().min(3),
          url: httpsUrl,
          kind: z.enum(['documentation', 'postmaster', 'sender-support', 'delisting', 'source-code']),
        }),
      )
      .min(1),
    /** The date its documentation was last checked against this file. */
    checked: isoDate,
    /** The date a reviewer who did not write this file read it against its sources. */
    reviewed: isoDate,
    replies: z.array(vendorReplySchema).default([]),
  })
  .superRefine((data, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    data.replies.forEach((reply, index) => {
      const classDigit = Math.floor(reply.basic / 100);
      if (!new RegExp(`^${reply.basic}[ -]`).test(reply.text)) {
        issue(['replies', index, 'text'], `must start with the basic code ${reply.basic}`);
      }
      if (reply.enhanced) {
        const [cls, , detail = ''] = reply.enhanced.split('.');
        if (Number(cls) !== classDigit && !reply.text.includes(reply.enhanced.split('-')[0] ?? '')) {
          issue(['replies', index, 'enhanced'], `class ${cls} disagrees with ${reply.basic}`);
        }
        const [from, to] = detail.split('-').map(Number);
        if (to !== undefined && from !== undefined && to <= from) {
          issue(['replies', index, 'enhanced'], 'a range must go from the lower number to the higher');
        }
      }
      if (classDigit === 5 && reply.retry === 'later') {
        issue(
          ['replies', index, 'retry'],
          'a 5xx reply is not retried by the sending server: use after-fix or never',
        );
      }
    });
  });

export type VendorData = z.infer<typeof vendorSchema>;
