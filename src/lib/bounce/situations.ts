/**
 * Situations the decoder recognises from the words of a bounce, with or without a code: greylisting,
 * blocklists, full mailboxes, unroutable domains, expired queues, TLS and AUTH failures, and the
 * texts MTAs write with no code at all. One table, read in order: the first situation that matches
 * is the reading. Runs in the browser: plain data and regular expressions only.
 *
 * Sources for the texts matched:
 * - Greylisting: RFC 6647 §2.1 (a temporary refusal of an unknown sender, accepted on retry); postgrey's
 *   "Greylisted, see http://postgrey.schweikert.ch/"; Exim and Postfix replies quoted in the corpus.
 * - Spamhaus's public-resolver error: https://www.spamhaus.org/resource-hub/dnsbl/using-our-public-mirrors-check-your-return-codes-now./
 *   (127.255.255.254 is an error about the query, not a listing; content/vendors/spamhaus.md).
 * - Blocklists: Postfix's default_rbl_reply "blocked using <list>" (https://www.postfix.org/postconf.5.html#default_rbl_reply),
 *   Exim's "is in a black list at <list>", SpamCop's and Barracuda's replies (content/vendors/*.md).
 * - Quota: Exim's "Mailbox quota exceeded" / "mailbox is full", Dovecot's "Quota exceeded (mailbox for
 *   user is full)", Gmail's "Storage quota exceeded" (RFC 3463 X.2.2 "Mailbox full").
 * - Unroutable or misspelt domain: Exim's "Unrouteable address" and "all relevant MX records point to
 *   non-existent hosts", Postfix's "Host or domain name not found", qmail's "couldn't find a mail
 *   exchanger", Gmail's "DNS Error: … NXDOMAIN" (RFC 3463 X.4.4 "Unable to route").
 * - Queue expiry: Exim's "retry timeout exceeded", qmail's "in the queue too long", Exchange's
 *   "QUEUE.Expired", RFC 3463 X.4.7 "Delivery time expired"; RFC 5321 §4.5.4.1 on giving up.
 * - Connection failures: Postfix's "connect to host[ip]:25: Connection refused/timed out", qmail's
 *   "wasn't able to establish an SMTP connection", Exchange's "Failed to connect. Winsock error".
 * - TLS: "Must issue a STARTTLS command first" (RFC 3207 §4: 530 5.7.0); the receiver's own TLS failing:
 *   Sendmail's "454 4.7.0 TLS not available due to local problem" (RFC 3207 §4: 454 "TLS not available
 *   due to temporary reason"). AUTH: RFC 4954 §6 (535 5.7.8
 *   "Authentication credentials invalid"; 530 5.7.0 "Authentication required"), Exim's "Incorrect
 *   authentication data", MessageLabs's "turn on SMTP Authentication".
 * - Reverse DNS: Postfix's reject_unknown_client_hostname ("cannot find your reverse hostname",
 *   https://www.postfix.org/postconf.5.html#reject_unknown_client_hostname), Sendmail's "IP name lookup
 *   failed", MagicMail's and GMX's "no reverse DNS" / "Bad DNS PTR resource record".
 * - ISP relay: receivers that refuse direct delivery from dynamic ranges ("Please use the smtp server of
 *   your ISP"). Local errors: Sendmail's "Operating system error" (EX_OSERR, sysexits.h).
 */
import type { RetryPolicy } from '../codes/schema';
import type { ReadingActor } from '../wording/readings';

export interface Situation {
  id: string;
  /** A short name for it, shown as a label: "Greylisting". */
  label: string;
  meaning: string;
  whoActs: ReadingActor;
  retry: RetryPolicy;
  firstStep: string;
}

interface SituationRule extends Omit<Situation, 'meaning' | 'firstStep'> {
  pattern: RegExp;
  /** Built from what matched, so the sentence can name the list or the host. */
  meaning: (detail: string | undefined) => string;
  firstStep: (detail: string | undefined) => string;
  /** Where the detail (a blocklist's name) is read from, when the sentences use one. */
  detail?: RegExp;
}

/** Known blocklists by a word of their zone name, for "which list" (the text names the zone). */
const LISTS: [RegExp, string][] = [
  [/spamhaus/i, 'Spamhaus (check the IP at https://check.spamhaus.org/)'],
  [/spamcop/i, 'SpamCop (https://www.spamcop.net/bl.shtml)'],
  [
    /barracuda|b\.barracudacentral/i,
    'the Barracuda Reputation Block List (https://www.barracudacentral.org/lookups)',
  ],
  [/sorbs/i, 'SORBS'],
  [/invaluement/i, 'Invaluement'],
  [/trend ?micro|mail-abuse|rbl\+/i, 'Trend Micro RBL+'],
  [/uceprotect/i, 'UCEPROTECT'],
  [/psbl/i, 'PSBL'],
];

function listName(detail: string | undefined): string {
  if (!detail) return 'a DNS blocklist';
  const known = LISTS.find(([pattern]) => pattern.test(detail));
  return known ? known[1] : `the blocklist ${detail}`;
}

const DELIVERED = /\bMessage sent\b|\bstatus=sent\b|\bdelivered successfully\b/i;

/** The local-submission form of a connection failure: an app that cannot reach its own mail server. */
const REMOTE_CONNECTION = /:25\b|\bMX\b|remote server|establish an SMTP connection|winsock|mail exchanger/i;

const RULES: SituationRule[] = [
  {
    id: 'open-resolver',
    label: "Spamhaus error: the receiver's DNS set-up",
    pattern: /open resolver|public resolver|returnc\/pub|127\.255\.255\.25[45]/i,
    whoActs: 'receiving-admin',
    retry: 'after-fix',
    meaning: () =>
      "Not a listing: Spamhaus refused the receiving server's DNS query because it came through a public or open resolver, and the receiving server took that error for a listing. It rejects every sender until its administrator fixes the set-up.",
    firstStep: () =>
      "Tell the recipient's mail administrator: their server must query Spamhaus through its own resolver (not a public one such as 8.8.8.8) or through Spamhaus's Data Query Service. The sender cannot fix this.",
  },
  {
    id: 'greylisting',
    label: 'Greylisting',
    pattern: /grey-?list|gray-?list/i,
    whoActs: 'nobody',
    retry: 'later',
    meaning: () =>
      'Greylisting: the receiving server turns away mail from a sender it has not seen recently, expecting a real mail server to try again, and accepts it on a later try.',
    firstStep: () =>
      'Nothing: wait. The sending server retries by itself and the message usually goes through within the hour; look into it only if it is still deferred after several hours.',
  },
  {
    id: 'blocklist',
    label: 'Blocklist listing',
    pattern:
      /blocked using|is in an? (?:black ?list|RBL)|listed (?:in|on|at|by)|\bDNSBL|\bRBL\b|block ?list|blacklist/i,
    detail:
      /(?:blocked using|black ?list at|listed (?:in|on|at|by)|see)[ \t]+(?:https?:\/\/)?([a-z0-9.-]*(?:spamhaus|spamcop|barracuda|sorbs|invaluement|uceprotect|psbl|mail-abuse)[a-z0-9./-]*)|(Trend Micro RBL\+|Spamhaus|SpamCop|Invaluement)/i,
    whoActs: 'sending-admin',
    retry: 'after-fix',
    meaning: (detail) =>
      `The receiving server refused the message because the sending server's IP address is listed on ${listName(detail)}.`,
    firstStep: (detail) =>
      `Look the sending IP up on ${listName(detail)}, fix what got it listed (a compromised account, an infected machine, an open relay), then follow that list's removal steps.`,
  },
  {
    id: 'no-reverse-dns',
    label: 'No reverse DNS for the sending IP',
    pattern: /reverse DNS|reverse hostname|\bPTR\b|IP name lookup failed|\brDNS\b|cannot find your hostname/i,
    whoActs: 'sending-admin',
    retry: 'after-fix',
    meaning: () =>
      "The receiving server refused the connection because the sending server's IP address has no reverse DNS (PTR) record, or one whose name does not resolve back to that IP.",
    firstStep: () =>
      'Ask whoever owns the sending IP (the hosting provider or ISP) to set its PTR record to the server’s host name, and make that name’s A or AAAA record point back to the same IP (forward-confirmed reverse DNS).',
  },
  {
    id: 'mailbox-full',
    label: 'Mailbox full',
    pattern:
      /quota|mailbox (?:is )?full|mailbox full|out of storage|insufficient (?:user )?storage|over ?quota/i,
    whoActs: 'recipient',
    retry: 'after-fix',
    meaning: () => "The recipient's mailbox is full: it is over its storage quota and takes no more mail.",
    firstStep: () =>
      'Tell the recipient by another channel (phone, another address) that their mailbox is full; send the message again once they have deleted mail to make space.',
  },
  {
    id: 'no-such-user',
    label: 'Address does not exist',
    pattern:
      /user unknown|unknown user|no such user|no mailbox here|RecipientNotFound|RecipNotFound|recipient not found|invalid recipient|no such (?:mailbox|recipient)|unknown or illegal alias|doesn't have an? [\w.]+ account|(?<!sender )address rejected|address (?:couldn't|could not) be found|account (?:that you tried to reach )?(?:does not exist|is disabled|is inactive)|is inactive|mailbox (?:does not exist|not found)/i,
    whoActs: 'sending-user',
    retry: 'never',
    meaning: () =>
      'The address does not exist at the receiving server: it has no mailbox (or no active account) by that name, so it rejected the recipient.',
    firstStep: () =>
      'Check the address letter by letter for a typo and send again if it was wrong; if it is right, ask the recipient for a working address by another channel, and remove this one from your lists.',
  },
  {
    id: 'unroutable-domain',
    label: 'Domain not found',
    pattern:
      /Unrouteable address|Host or domain name not found|domain (?:name )?not found|NXDOMAIN|find a mail exchanger|all relevant MX records point to non-existent hosts|DNS Error|no such domain/i,
    whoActs: 'sending-user',
    retry: 'never',
    meaning: () =>
      'The domain after the @ could not be found in the DNS, or has no mail server: the address is most likely misspelt, or the domain no longer exists.',
    firstStep: () =>
      'Check the domain part of the address letter by letter for a typo (gmial.com, hotmial.com), correct it and send again; if it is right, ask the recipient for a working address.',
  },
  {
    id: 'queue-expired',
    label: 'Gave up retrying',
    pattern:
      /retry timeout exceeded|in the queue too long|QUEUE\.Expired|message expired|has stopped trying|unable to deliver in \d+ minutes/i,
    whoActs: 'receiving-admin',
    retry: 'never',
    meaning: () =>
      'The message expired: the sending server kept trying to deliver it and gave up when its queue time ran out, because the receiving side could not be reached or kept answering with a temporary error.',
    firstStep: () =>
      "Read the last error before it gave up (often quoted below it). Most often the recipient's domain has broken DNS or MX records, or its mail servers do not accept connections on port 25; once the recipient's admin has fixed that, send the message again.",
  },
  {
    id: 'remote-connection',
    label: 'Receiving server unreachable',
    pattern:
      /connect to [^\s]{1,300}:25: Connection (?:refused|timed out)|establish an SMTP connection|Failed to connect\. Winsock|Connection timed out|Connection refused/i,
    whoActs: 'receiving-admin',
    retry: 'later',
    meaning: () =>
      "The sending server could not connect to the recipient's mail server: the connection was refused or timed out.",
    firstStep: () =>
      "Check that the domain's MX hosts are up and accept connections on port 25 (a firewall, or a server that is down); the sending server keeps trying meanwhile.",
  },
  {
    id: 'mail-loop',
    label: 'Mail loops back',
    pattern: /connecting to myself|loops back to myself|mail loop/i,
    whoActs: 'sending-admin',
    retry: 'after-fix',
    meaning: () =>
      "The server would have delivered the message to itself: the domain's MX record points at the sending server, which does not know it should accept mail for that domain.",
    firstStep: () =>
      "Check the domain's MX records and the server's list of local domains: either the MX points to the wrong host, or the server is missing the domain in its configuration.",
  },
  {
    id: 'remote-tls-broken',
    label: 'The receiving server’s TLS is broken',
    pattern: /TLS not available due to local problem/i,
    whoActs: 'receiving-admin',
    retry: 'later',
    meaning: () =>
      'The receiving server offers STARTTLS but could not start it (its certificate or TLS set-up is broken on its side), so the encrypted session failed.',
    firstStep: () =>
      'Nothing for the sender yet: the sending server retries (many then deliver without TLS). If it persists, tell the recipient’s mail administrator that their server answers STARTTLS with “TLS not available”.',
  },
  {
    id: 'starttls',
    label: 'TLS required',
    pattern: /STARTTLS|TLS required|encryption required|must use TLS/i,
    whoActs: 'sending-admin',
    retry: 'after-fix',
    meaning: () =>
      'The server accepts mail only over an encrypted (TLS) connection, and the client sent without it.',
    firstStep: () =>
      "Turn on STARTTLS (port 587) or implicit TLS (port 465) in the sending application's SMTP settings.",
  },
  {
    id: 'auth-required',
    label: 'Sign-in required',
    pattern:
      /turn on SMTP Authentication|relay through this server without authentication|Authentication required|must authenticate/i,
    whoActs: 'sending-user',
    retry: 'after-fix',
    meaning: () =>
      'The server relays mail only for clients that sign in first, and this one sent without authenticating.',
    firstStep: () =>
      'Turn on SMTP authentication ("My outgoing server requires authentication") in the mail program’s outgoing server settings, with the account’s user name and password, then send again.',
  },
  {
    id: 'use-isp-relay',
    label: 'Send through your provider’s server',
    pattern:
      /smtp server of your ISP|use your (?:ISP|provider)'?s? (?:smtp|mail|outgoing) server|dynamic(?:ally assigned)? IP|dial-?up (?:IP|user)/i,
    whoActs: 'sending-admin',
    retry: 'after-fix',
    meaning: () =>
      'The receiving server does not take mail straight from this kind of IP address (home or dynamic ranges); it expects it to come through the sender’s ISP or mail provider.',
    firstStep: () =>
      'Send through the ISP’s or mail provider’s own SMTP server (a smarthost or relay, usually on port 587 with authentication) instead of delivering directly from this IP.',
  },
  {
    id: 'local-system-error',
    label: 'Error on the sending server',
    pattern: /Operating system error|local configuration error|I\/O error/i,
    whoActs: 'sending-admin',
    retry: 'later',
    meaning: () =>
      'A local error on the server that wrote this bounce (a full disk, a permission problem, a delivery program that failed), usually temporary: not a refusal from the recipient’s server.',
    firstStep: () =>
      'Ask the administrator of the server that wrote this bounce to look up the message in its mail log: the cause is on that machine (disk space, permissions, the local delivery program).',
  },
  {
    id: 'auth-failed',
    label: 'Login refused',
    pattern:
      /Incorrect authentication data|authentication (?:failed|unsuccessful)|Username and Password not accepted|invalid credentials|Invalid login/i,
    whoActs: 'sending-user',
    retry: 'after-fix',
    meaning: () =>
      'The server refused the login: the user name or password (or the authentication method) was not accepted.',
    firstStep: () =>
      "Check the user name and password in the sending application's SMTP settings; many providers require an app password or OAuth instead of the account password.",
  },
  {
    id: 'cpanel-undeliverable',
    label: 'Account or domain may not exist',
    pattern: /The account or domain may not exist/i,
    whoActs: 'sending-user',
    retry: 'never',
    meaning: () =>
      'The server could not deliver to this address: the account or the domain may not exist (cPanel says this without a code).',
    firstStep: () =>
      'Check the address letter by letter and send again; if it is right, ask the recipient for a working one.',
  },
  {
    id: 'local-connection',
    label: 'Cannot reach its own mail server',
    pattern:
      /Connection refused|Connection timed out|could not be established|Failed to connect|can't connect to remote host|Network is unreachable/i,
    whoActs: 'sending-admin',
    retry: 'after-fix',
    meaning: () =>
      'The application could not connect to the mail server it is set up to send through: nothing was sent, and no mail server answered.',
    firstStep: () =>
      "Check the application's SMTP settings (host name, port, TLS) and that the mail server or relay is running and not blocked by a firewall.",
  },
];

/**
 * The situation a text describes, the first in the table that matches, or undefined. A connection
 * failure is the receiver's only when the text names a remote server (port 25, an MX, Exchange's
 * "Remote Server"); otherwise it is an application that cannot reach its own mail server.
 */
export function findSituation(text: string): Situation | undefined {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  // A log that ends in a delivery ("Message sent", status=sent) reports an earlier hiccup that cleared.
  if (DELIVERED.test(sample)) return undefined;
  for (const rule of RULES) {
    if (!rule.pattern.test(sample)) continue;
    if (rule.id === 'remote-connection' && !REMOTE_CONNECTION.test(sample)) continue;
    const found = rule.detail?.exec(sample);
    const detail = found ? (found[1] ?? found[2]) : undefined;
    return {
      id: rule.id,
      label: rule.label,
      whoActs: rule.whoActs,
      retry: rule.retry,
      meaning: rule.meaning(detail),
      firstStep: rule.firstStep(detail),
    };
  }
  return undefined;
}
