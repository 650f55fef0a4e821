/**
 * Provider pages' phrase tables: the headings for each kind of vendor file and each kind of
 * resource, and the credit line for the SMTP Field Manual's data.
 */
import type { VendorKind } from '../vendors/schema';

/** The /providers/ index groups vendor files under these headings, in this order. */
export const VENDOR_KIND_LABELS: Record<VendorKind, { heading: string; one: string; intro: string }> = {
  'mailbox-provider': {
    heading: 'Mailbox providers',
    one: 'Mailbox provider',
    intro:
      'Services that host mailboxes: their servers send the replies your mail gets when it arrives there.',
  },
  'spam-filter': {
    heading: 'Spam filters and secure email gateways',
    one: 'Spam filter',
    intro:
      'Filtering services that sit in front of an organisation’s mail servers and answer for them, often with their own codes.',
  },
  mta: {
    heading: 'Mail servers (MTAs)',
    one: 'Mail server (MTA)',
    intro: 'Server software admins run: its replies, and the bounces it writes, appear in logs and NDRs.',
  },
  blocklist: {
    heading: 'Blocklists',
    one: 'Blocklist',
    intro: 'DNS blocklists whose listings receiving servers quote in their refusals.',
  },
};

/** Headings for a vendor's resources, in the order a provider page lists them. */
export const RESOURCE_KIND_LABELS = {
  postmaster: 'Postmaster',
  'sender-support': 'Sender support',
  delisting: 'Delisting',
  documentation: 'Documentation',
  'source-code': 'Source code',
} as const;

/** Where the SMTP Field Manual lives; its data is MIT-licensed. */
export const FIELD_MANUAL_URL = 'https://github.com/ActiveCampaign/smtp-field-manual';
export const FIELD_MANUAL_CREDIT = 'Reply texts from the SMTP Field Manual (MIT)';
