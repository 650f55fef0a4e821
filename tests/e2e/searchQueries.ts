/**
 * The search query table: what support agents, mail admins and developers type, and the pages
 * an expert would open first. Every page listed must be among the first three results.
 *
 * Rows naming pages that another part of the site builds (/providers/…, vendor codes such as
 * /5.7.606-649/, non-standard codes such as /571/) are skipped while those pages are missing
 * from dist/, and run as soon as they exist.
 */

export interface SearchQueryRow {
  query: string;
  /** Pages that must all be in the top three. */
  top3: string[];
  /** The page that must come first, when one must. */
  first?: string;
  /** Who types this, and why these pages. */
  why: string;
}

export const SEARCH_QUERIES: readonly SearchQueryRow[] = [
  // Codes: exactly the page of the code typed.
  { query: '530', top3: ['/530/'], first: '/530/', why: 'a bare basic code' },
  { query: '550', top3: ['/550/'], first: '/550/', why: 'a bare basic code' },
  { query: '421', top3: ['/421/'], first: '/421/', why: 'a bare basic code' },
  { query: '554', top3: ['/554/'], first: '/554/', why: 'a bare basic code' },
  { query: '451', top3: ['/451/'], first: '/451/', why: 'a bare basic code' },
  { query: '5.7.1', top3: ['/5.7.1/'], first: '/5.7.1/', why: 'an enhanced code, not 5.7.13' },
  { query: '5.1.1', top3: ['/5.1.1/'], first: '/5.1.1/', why: 'an enhanced code' },
  { query: '4.7.0', top3: ['/4.7.0/'], first: '/4.7.0/', why: 'a temporary enhanced code' },
  { query: '5.7.26', top3: ['/5.7.26/'], first: '/5.7.26/', why: 'the DMARC code Gmail sends' },
  { query: '4.2.2', top3: ['/4.2.2/'], first: '/4.2.2/', why: 'mailbox full, temporary' },
  { query: '550 5.1.1', top3: ['/550/', '/5.1.1/'], first: '/550/', why: 'basic and enhanced together' },
  { query: '554 5.7.1', top3: ['/554/', '/5.7.1/'], first: '/554/', why: 'basic and enhanced together' },
  {
    query: '5.7.606',
    top3: ['/5.7.606-649/'],
    first: '/5.7.606-649/',
    why: 'a Microsoft range code, not /5.7.6/',
  },
  {
    query: '5.7.708',
    top3: ['/5.7.708/'],
    first: '/5.7.708/',
    why: 'a Microsoft code with its own page, not /5.7.7/',
  },
  {
    query: '5.7.139',
    top3: ['/5.7.139/'],
    first: '/5.7.139/',
    why: 'Microsoft: basic authentication disabled',
  },
  { query: '571', top3: ['/571/'], first: '/571/', why: 'a non-standard code with its own page' },
  { query: '471', top3: ['/471/'], first: '/471/', why: 'a non-standard code with its own page' },
  { query: '5.9.9', top3: ['/decode/'], first: '/decode/', why: 'no page: says so and offers the decoder' },

  // Comparisons only when asked, curated first.
  {
    query: '530 vs 535',
    top3: ['/compare/530-vs-535/'],
    first: '/compare/530-vs-535/',
    why: 'a comparison, not a reply reading',
  },
  { query: '550 vs 554', top3: ['/compare/550-vs-554/'], first: '/compare/550-vs-554/', why: 'a comparison' },
  {
    query: 'difference between 421 and 450',
    top3: ['/compare/421-vs-450/'],
    first: '/compare/421-vs-450/',
    why: 'a comparison in words',
  },
  {
    query: '452 or 552',
    top3: ['/compare/452-vs-552/'],
    first: '/compare/452-vs-552/',
    why: 'the classic confusion',
  },
  {
    query: '530 vs',
    top3: ['/530/', '/compare/421-vs-530/'],
    why: 'one code and "vs": its curated comparisons',
  },

  // Words: names and RFC reply texts.
  { query: 'service not available', top3: ['/421/'], first: '/421/', why: '421 is the RFC name' },
  { query: 'syntax error', top3: ['/500/', '/501/'], why: 'the two syntax-error replies' },
  { query: 'bad sequence of commands', top3: ['/503/'], first: '/503/', why: '503 is the RFC name' },
  { query: 'authentication failed', top3: ['/535/'], first: '/535/', why: 'wrong credentials' },
  { query: 'authentication required', top3: ['/530/'], first: '/530/', why: '530 is the RFC name' },
  { query: 'password', top3: ['/535/'], first: '/535/', why: 'login failures' },
  { query: 'TLS required', top3: ['/530/'], why: '"Must issue a STARTTLS command first"' },
  { query: 'insufficient storage', top3: ['/452/'], first: '/452/', why: '452 is the RFC name' },
  { query: 'mailbox unavailable', top3: ['/550/', '/450/'], why: 'the RFC name of 550 and 450' },
  { query: 'helo', top3: ['/501/', '/504/'], why: 'HELO/EHLO argument refused' },
  { query: 'too many recipients', top3: ['/452/'], first: '/452/', why: '452, never 552' },
  { query: 'start mail input', top3: ['/354/'], first: '/354/', why: 'the RFC text of 354' },
  { query: 'command not implemented', top3: ['/502/'], first: '/502/', why: 'the RFC name of 502' },
  { query: 'local error in processing', top3: ['/451/'], first: '/451/', why: 'the RFC text of 451' },
  { query: 'exceeded storage allocation', top3: ['/552/'], first: '/552/', why: 'the RFC text of 552' },
  { query: 'user not local', top3: ['/551/'], why: 'the RFC text of 551' },
  { query: 'mailbox name not allowed', top3: ['/553/'], first: '/553/', why: 'the RFC text of 553' },
  { query: 'transaction failed', top3: ['/554/'], first: '/554/', why: 'the RFC text of 554' },
  {
    query: 'authentication mechanism is too weak',
    top3: ['/534/'],
    first: '/534/',
    why: 'the RFC name of 534',
  },
  {
    query: 'delivery not authorized, message refused',
    top3: ['/5.7.1/'],
    first: '/5.7.1/',
    why: 'the registry text of 5.7.1',
  },
  { query: 'mail system full', top3: ['/4.3.1/'], why: 'the registry text of X.3.1' },

  // Support vocabulary (synonyms).
  { query: 'blacklisted', top3: ['/5.7.1/', '/554/'], why: 'a listed IP' },
  { query: 'blocklist', top3: ['/5.7.1/'], why: 'a listed IP' },
  { query: 'user unknown', top3: ['/5.1.1/', '/550/'], first: '/5.1.1/', why: '5.1.1 before its twin 4.1.1' },
  { query: 'no such user', top3: ['/5.1.1/'], first: '/5.1.1/', why: 'the mailbox does not exist' },
  { query: 'recipient not found', top3: ['/5.1.1/'], first: '/5.1.1/', why: 'the mailbox does not exist' },
  { query: 'mailbox does not exist', top3: ['/5.1.1/'], first: '/5.1.1/', why: 'the mailbox does not exist' },
  {
    query: 'domain not found',
    top3: ['/5.1.2/'],
    first: '/5.1.2/',
    why: 'the recipient domain does not resolve',
  },
  { query: 'mailbox full', top3: ['/5.2.2/', '/452/'], first: '/5.2.2/', why: 'X.2.2, then 452' },
  { query: 'over quota', top3: ['/5.2.2/'], first: '/5.2.2/', why: 'a full mailbox' },
  { query: 'relay access denied', top3: ['/5.7.1/', '/554/'], why: "Postfix's 554 5.7.1" },
  { query: 'relaying denied', top3: ['/5.7.1/'], why: 'relay refused' },
  {
    query: 'must issue a STARTTLS command first',
    top3: ['/530/'],
    first: '/530/',
    why: 'Gmail and Postfix wording',
  },
  { query: 'greylisted', top3: ['/450/', '/451/'], why: 'a greylisting deferral' },
  { query: 'greylisting', top3: ['/450/', '/451/'], why: 'a greylisting deferral' },
  { query: 'SPF', top3: ['/5.7.23/'], first: '/5.7.23/', why: 'SPF validation failed' },
  { query: 'DKIM', top3: ['/5.7.20/'], first: '/5.7.20/', why: 'no passing DKIM signature' },
  { query: 'DMARC', top3: ['/5.7.26/'], first: '/5.7.26/', why: 'Gmail refuses DMARC failures with 5.7.26' },
  { query: 'reverse DNS', top3: ['/5.7.25/'], first: '/5.7.25/', why: 'reverse DNS validation failed' },
  { query: 'PTR record', top3: ['/5.7.25/'], why: 'reverse DNS' },
  { query: 'rate limited', top3: ['/421/'], first: '/421/', why: 'throttling is a 421 deferral' },
  { query: 'throttled', top3: ['/421/'], first: '/421/', why: 'throttling is a 421 deferral' },
  { query: 'message too large', top3: ['/552/', '/5.3.4/'], first: '/552/', why: 'size limits' },
  { query: 'attachment too big', top3: ['/552/'], first: '/552/', why: 'size limits' },
  { query: 'wrong password', top3: ['/535/'], first: '/535/', why: 'rejected credentials' },
  { query: 'spam', top3: ['/5.7.1/', '/554/'], why: 'content refused as spam' },
  { query: 'connection timed out', top3: ['/4.4.1/'], first: '/4.4.1/', why: 'no answer from host' },
  { query: 'message expired', top3: ['/4.4.7/'], first: '/4.4.7/', why: 'delivery time expired' },
  { query: 'routing loop', top3: ['/5.4.6/'], first: '/5.4.6/', why: 'loop detected' },
  { query: 'account disabled', top3: ['/5.2.1/'], first: '/5.2.1/', why: 'mailbox disabled' },
  { query: 'null MX', top3: ['/556/'], first: '/556/', why: 'RFC 7505' },
  { query: 'bounce', top3: ['/decode/'], first: '/decode/', why: 'paste it into the decoder' },
  { query: 'sender address rejected', top3: ['/5.1.8/'], why: 'refused sender domain' },

  // Providers and their tags.
  { query: 'gmail', top3: ['/providers/gmail/'], first: '/providers/gmail/', why: 'a provider name' },
  {
    query: 'outlook',
    top3: ['/providers/microsoft/'],
    first: '/providers/microsoft/',
    why: 'an alias of Microsoft 365',
  },
  {
    query: 'office 365',
    top3: ['/providers/microsoft/'],
    first: '/providers/microsoft/',
    why: 'an alias of Microsoft 365',
  },
  { query: 'hotmail', top3: ['/providers/microsoft/'], first: '/providers/microsoft/', why: 'Outlook.com' },
  { query: 'yahoo', top3: ['/providers/yahoo/'], first: '/providers/yahoo/', why: 'a provider name' },
  { query: 'aol', top3: ['/providers/yahoo/'], first: '/providers/yahoo/', why: 'AOL mail runs on Yahoo' },
  { query: 'icloud', top3: ['/providers/icloud/'], first: '/providers/icloud/', why: 'a provider name' },
  { query: 'spamhaus', top3: ['/providers/spamhaus/'], first: '/providers/spamhaus/', why: 'a blocklist' },
  { query: 'postfix', top3: ['/providers/postfix/'], first: '/providers/postfix/', why: 'an MTA' },
  {
    query: 'TSS04',
    top3: ['/providers/yahoo/', '/4.7.0/'],
    first: '/providers/yahoo/',
    why: "Yahoo's deferral tag",
  },
  {
    query: 'RESOLVER.ADR.RecipientNotFound',
    top3: ['/providers/microsoft/'],
    first: '/providers/microsoft/',
    why: "Exchange's unknown-recipient tag",
  },
  { query: 'AS(201806281)', top3: ['/providers/microsoft/'], why: 'an Exchange Online Protection reference' },

  // Pasted bounce lines.
  {
    query: '550 5.1.1 The email account that you tried to reach does not exist.',
    top3: ['/550/', '/5.1.1/'],
    first: '/550/',
    why: "Gmail's unknown-user line",
  },
  {
    query: '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org',
    top3: ['/554/', '/5.7.1/'],
    first: '/554/',
    why: 'a blocklist refusal',
  },
  {
    query:
      '421 4.7.0 [TSS04] Messages from 192.0.2.10 temporarily deferred due to unexpected volume or user complaints',
    top3: ['/421/', '/4.7.0/'],
    first: '/421/',
    why: "Yahoo's deferral",
  },
  {
    query: "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy",
    top3: ['/550/', '/5.7.26/'],
    first: '/550/',
    why: "Gmail's DMARC refusal",
  },
  {
    query: 'smtp;550 5.4.1 Recipient address rejected: Access denied. AS(201806281)',
    top3: ['/550/', '/5.4.1/'],
    first: '/550/',
    why: 'an Exchange Online recipient refusal',
  },
  {
    query: '452 4.2.2 The email account that you tried to reach is over quota.',
    top3: ['/452/', '/4.2.2/'],
    first: '/452/',
    why: "Gmail's full mailbox",
  },
  {
    query: '535 5.7.8 Username and Password not accepted.',
    top3: ['/535/', '/5.7.8/'],
    first: '/535/',
    why: "Gmail's failed login",
  },
  {
    query: '550 5.7.606 Access denied, banned sending IP [192.0.2.1].',
    top3: ['/550/', '/5.7.606-649/'],
    first: '/550/',
    why: 'a Microsoft banned-IP refusal',
  },
];
