/**
 * What is known of enhanced codes that vendors send outside the IANA registry, or with a meaning
 * of their own, from content/reference/smtp-enhanced-codes.json (unregistered_or_conflicting).
 */

interface VendorCode {
  vendor: string;
  /** Inclusive range of detail numbers, for one class and subject. */
  classes: string[];
  subject: number;
  from: number;
  to: number;
  meaning: string;
}

const VENDOR_CODES: VendorCode[] = [
  {
    vendor: 'Microsoft',
    classes: ['4'],
    subject: 3,
    from: 2,
    to: 2,
    meaning:
      'recipient thread limit exceeded (sent as "432 4.3.2 STOREDRV.Deliver"); the registry\'s X.3.2 means "System not accepting network messages"',
  },
  {
    vendor: 'Microsoft',
    classes: ['4'],
    subject: 4,
    from: 316,
    to: 316,
    meaning: 'connection refused by the next server',
  },
  {
    vendor: 'Microsoft',
    classes: ['4', '5'],
    subject: 7,
    from: 321,
    to: 325,
    meaning:
      'DANE/TLS checks on the destination failed (STARTTLS not supported, certificate expired, TLSA or DNSSEC invalid, host mismatch)',
  },
  {
    vendor: 'Microsoft',
    classes: ['4'],
    subject: 7,
    from: 500,
    to: 699,
    meaning: 'access denied, try again later: a temporary block on the sending IP or tenant',
  },
  {
    vendor: 'Microsoft',
    classes: ['4'],
    subject: 7,
    from: 850,
    to: 899,
    meaning: 'access denied, try again later: a temporary block on the sending IP or tenant',
  },
  {
    vendor: 'Microsoft',
    classes: ['5'],
    subject: 0,
    from: 350,
    to: 350,
    meaning: 'a generic error or policy violation reported by the recipient system',
  },
  {
    vendor: 'Microsoft',
    classes: ['5'],
    subject: 1,
    from: 10,
    to: 10,
    meaning: 'recipient not found; the registry\'s X.1.10 means "Recipient address has null MX"',
  },
  {
    vendor: 'Microsoft',
    classes: ['5'],
    subject: 1,
    from: 90,
    to: 90,
    meaning: 'the sender has reached its daily recipient rate limit',
  },
  {
    vendor: 'Microsoft',
    classes: ['5'],
    subject: 2,
    from: 121,
    to: 122,
    meaning: 'a per-hour receive limit was exceeded',
  },
  {
    vendor: 'Microsoft',
    classes: ['5'],
    subject: 4,
    from: 300,
    to: 300,
    meaning: 'the message expired in the queue',
  },
  {
    vendor: 'Microsoft',
    classes: ['5'],
    subject: 7,
    from: 12,
    to: 12,
    meaning:
      'sender was not authenticated by the organization; the registry\'s X.7.12 means "A password transition is needed"',
  },
  {
    vendor: 'Microsoft',
    classes: ['5'],
    subject: 7,
    from: 13,
    to: 13,
    meaning:
      'sender not authenticated for a public folder; the registry\'s X.7.13 means "User Account Disabled"',
  },
  {
    vendor: 'Microsoft',
    classes: ['5'],
    subject: 7,
    from: 57,
    to: 57,
    meaning: 'client not authenticated to send mail (anonymous relay refused on the submission port)',
  },
  {
    vendor: 'Microsoft',
    classes: ['5'],
    subject: 7,
    from: 501,
    to: 513,
    meaning: 'the sending account or tenant was blocked for sending spam',
  },
  {
    vendor: 'Microsoft',
    classes: ['5'],
    subject: 7,
    from: 606,
    to: 649,
    meaning: "access denied, banned sending IP: the IP is on Microsoft's block list",
  },
  {
    vendor: 'Microsoft',
    classes: ['5'],
    subject: 3,
    from: 190,
    to: 190,
    meaning: 'a journaling rule could not be carried out',
  },
  {
    vendor: 'Microsoft',
    classes: ['5'],
    subject: 4,
    from: 14,
    to: 14,
    meaning: 'a routing loop was detected',
  },
  {
    vendor: 'Microsoft',
    classes: ['5'],
    subject: 6,
    from: 11,
    to: 11,
    meaning: 'the message contains invalid characters (bare line feeds)',
  },
  {
    vendor: 'Microsoft',
    classes: ['5'],
    subject: 7,
    from: 703,
    to: 703,
    meaning: 'the tenant was blocked for spam or exceeded a sending threshold',
  },
  {
    vendor: 'Microsoft',
    classes: ['5'],
    subject: 7,
    from: 705,
    to: 705,
    meaning: 'the tenant was blocked for spam or exceeded a sending threshold',
  },
  {
    vendor: 'Microsoft',
    classes: ['5'],
    subject: 7,
    from: 708,
    to: 708,
    meaning: 'the tenant was blocked for spam or exceeded a sending threshold',
  },
  {
    vendor: 'Microsoft',
    classes: ['5'],
    subject: 7,
    from: 750,
    to: 750,
    meaning: 'the tenant was blocked for spam or exceeded a sending threshold',
  },
];

/** What a vendor means by this enhanced code, if known: "Microsoft: access denied, banned sending IP…". */
export function vendorMeaning(code: string): string | undefined {
  const match = /^([245])\.(\d{1,3})\.(\d{1,3})$/.exec(code);
  if (!match) return undefined;
  const [, cls = '', subject, detail] = match;
  const found = VENDOR_CODES.find(
    (entry) =>
      entry.classes.includes(cls) &&
      entry.subject === Number(subject) &&
      Number(detail) >= entry.from &&
      Number(detail) <= entry.to,
  );
  return found ? `${found.vendor}: ${found.meaning}.` : undefined;
}
