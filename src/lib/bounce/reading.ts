/**
 * Reads a whole pasted bounce the way an expert would: which provider's server said it, what that
 * provider means by it (its own meaning, who acts, retry and first step replace the registry's), the
 * situation the words describe when there is no code, and whether anything is still being retried.
 *
 * Pure and DOM-free: the decode page runs it in the browser with the provider signatures from
 * /decode/vendors.json and the readings of the providers a bounce names (/decode/vendors/<slug>.json);
 * the corpus test runs it on the content files directly.
 */
import type { RetryPolicy } from '../codes/schema';
import type { CodeRecord } from '../reference/records';
import { providerUrl } from '../urls';
import {
  distinctWords,
  findToken,
  identifyVendors,
  matchVendorReply,
  wordingOverlap,
  type VendorMatch,
} from '../vendors/identify';
import type { VendorData, VendorReply } from '../vendors/schema';
import {
  READING_ACTOR_LABELS,
  READING_RETRY,
  NO_REPLY_READING,
  type ReadingActor,
} from '../wording/readings';
import { retrySentence } from '../wording/retry';
import { decodeBounce, normalizeInput, type DecodedBounce, type DecodedReply } from './decode';
import { explainReply, type ExplainedReply } from './explain';
import { findSituation, type Situation } from './situations';

/** One documented reply, as the decoder needs it: plain text, no sources. */
export type DecoderVendorReply = Pick<
  VendorReply,
  'basic' | 'enhanced' | 'text' | 'tag' | 'meaning' | 'whoActs' | 'retry' | 'firstStep' | 'registryDiffers'
>;

/** One vendor, as the decoder needs it: how to recognise it and its documented replies. */
export interface DecoderVendor {
  slug: string;
  name: string;
  kind: VendorData['kind'];
  recognise: { hosts: string[]; markers: { text: string; means: string }[] };
  replies: DecoderVendorReply[];
}

/** Inline Markdown to plain text that keeps link targets: "[the portal](https://x)" → "the portal (https://x)". */
function plain(markdown: string): string {
  return markdown
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_all, text: string, url: string) =>
      text === url || url.includes(text) ? url : `${text} (${url})`,
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** The provider data the decoder reads, built from the vendor files (served split: decoderVendorIndex, decoderVendorReadings). */
export function decoderVendors(vendors: readonly VendorData[]): DecoderVendor[] {
  return vendors.map((vendor) => ({
    slug: vendor.slug,
    name: vendor.name,
    kind: vendor.kind,
    recognise: {
      hosts: vendor.recognise.hosts,
      // Only the texts: what a marker shows is for the provider's page, not for recognising it.
      markers: vendor.recognise.markers.map((marker) => ({ text: marker.text, means: '' })),
    },
    replies: vendor.replies.map((reply) => ({
      basic: reply.basic,
      ...(reply.enhanced ? { enhanced: reply.enhanced } : {}),
      text: reply.text,
      ...(reply.tag ? { tag: reply.tag } : {}),
      meaning: plain(reply.meaning),
      whoActs: reply.whoActs,
      retry: reply.retry,
      firstStep: plain(reply.firstStep),
      ...(reply.registryDiffers ? { registryDiffers: plain(reply.registryDiffers) } : {}),
    })),
  }));
}

/** A documented reply as /decode/vendors.json carries it: what recognises it, not what it means. */
export type IndexedVendorReply = Omit<DecoderVendorReply, 'meaning' | 'firstStep' | 'registryDiffers'>;

/** One vendor in /decode/vendors.json: how to recognise it and its replies, without their readings. */
export interface IndexedVendor extends Omit<DecoderVendor, 'replies'> {
  replies: IndexedVendorReply[];
}

/** What one reply means to its provider, in /decode/vendors/<slug>.json, in the order of its replies. */
export type VendorReplyReading = Pick<DecoderVendorReply, 'meaning' | 'firstStep' | 'registryDiffers'>;

/**
 * /decode/vendors.json: every vendor's signatures and documented replies without their readings, so
 * the decode page downloads the readings (most of the bytes) only for the providers a bounce names.
 */
export function decoderVendorIndex(vendors: readonly DecoderVendor[]): IndexedVendor[] {
  return vendors.map((vendor) => ({
    ...vendor,
    recognise: { hosts: vendor.recognise.hosts, markers: vendor.recognise.markers },
    // Only what recognises a reply: its meaning, first step and registry note stay in the provider file.
    replies: vendor.replies.map((reply) => ({
      basic: reply.basic,
      ...(reply.enhanced ? { enhanced: reply.enhanced } : {}),
      text: reply.text,
      ...(reply.tag ? { tag: reply.tag } : {}),
      whoActs: reply.whoActs,
      retry: reply.retry,
    })),
  }));
}

/** /decode/vendors/<slug>.json: one vendor's readings, reply by reply. */
export function decoderVendorReadings(vendor: DecoderVendor): VendorReplyReading[] {
  return vendor.replies.map((reply) => ({
    meaning: reply.meaning,
    firstStep: reply.firstStep,
    ...(reply.registryDiffers ? { registryDiffers: reply.registryDiffers } : {}),
  }));
}

/**
 * The index with the readings known so far put back: a vendor whose readings are not loaded has empty
 * ones, which is enough to tell which provider said a reply (readingProviders), not to show it.
 */
export function withReadings(
  index: readonly IndexedVendor[],
  readings: ReadonlyMap<string, readonly VendorReplyReading[]>,
): DecoderVendor[] {
  return index.map((vendor) => {
    const known = readings.get(vendor.slug);
    return {
      ...vendor,
      replies: vendor.replies.map((reply, position) => ({
        ...reply,
        ...(known?.[position] ?? { meaning: '', firstStep: '' }),
      })),
    };
  });
}

/** The providers whose documented replies a reading used: their readings are the ones to load. */
export function readingProviders(reading: BounceReading): string[] {
  const slugs = [reading.main, ...reading.replies].flatMap((reply) =>
    reply.source === 'provider' && reply.provider ? [reply.provider.slug] : [],
  );
  return [...new Set(slugs)];
}

/** Where a reading comes from: a provider's documentation, a known situation, the registry, or the class digit. */
export type ReadingSource = 'provider' | 'situation' | 'registry' | 'class' | 'nothing';

/** A reply (or a text without one) read in full. */
export interface ReplyReading extends ExplainedReply {
  source: ReadingSource;
  retryPolicy: RetryPolicy;
  actor: ReadingActor;
  /** The provider whose server said it, with its page. */
  provider?: { slug: string; name: string; url: string };
  /** The registry's meaning, said second, when the provider's differs. */
  registryNote?: string;
  /** The situation the words describe ("Greylisting"), when one does. */
  situation?: string;
}

export interface BounceReading {
  decoded: DecodedBounce;
  /** Every reply, read; the first is not necessarily the main one. */
  replies: ReplyReading[];
  /** The one reading that answers "what happened": the decisive reply, or the situation of a text without one. */
  main: ReplyReading;
  /** Index of the main reading in `replies`, -1 when it comes from a text without a reply. */
  mainIndex: number;
}

/**
 * How a system's own log lines and bounce wording look, beyond the markers in its vendor file: they
 * name the system that reported, which is the provider only of a text with no remote reply (Gmail's
 * own bounce saying the recipient's domain does not exist is Gmail's; a reply it quotes is not).
 */
const REPORTER_SIGNATURES: [RegExp, string][] = [
  [
    /\bpostfix\/[a-z-]{2,20}\[\d{1,10}\]|Name service error for\s+name=|\bstatus=(?:deferred|bounced)\b/i,
    'postfix',
  ],
  [/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4} /m, 'exim'],
  [
    /DNS Error: \d{1,12} DNS type '\w{1,8}' lookup of|Technical details of permanent failure|Delivery to the following recipient failed permanently/i,
    'gmail',
  ],
];

/**
 * The greeting of the server in a transcript names its software ("220 mx ESMTP Exim 4.97"): that
 * server said the replies after it, so it is not a reporter.
 */
const SERVER_BANNERS: [RegExp, string][] = [
  [/^[ \t<-]*220[ -]\S{1,253} ESMTP Exim \d/m, 'exim'],
  [/^[ \t<-]*220[ -]\S{1,253} ESMTP Postfix\b/m, 'postfix'],
];

/** A vendor named in the text, and whether it named the server that replied or the system that reported. */
interface NamedVendor extends VendorMatch {
  role: 'server' | 'reporter';
}

function signatureMatches(
  text: string,
  vendors: readonly DecoderVendor[],
  signatures: [RegExp, string][],
  role: NamedVendor['role'],
): NamedVendor[] {
  return signatures.flatMap(([pattern, slug]) => {
    const found = pattern.exec(text);
    const vendor = vendors.find((candidate) => candidate.slug === slug);
    return found && vendor
      ? [{ slug, name: vendor.name, evidence: found[0], index: found.index, by: 'marker' as const, role }]
      : [];
  });
}

/** Systems that write bounces for others: their markers say who reported, not who refused. */
function isReporter(vendor: DecoderVendor | undefined): boolean {
  return vendor?.kind === 'mta';
}

/**
 * The decisive reply: the failure of the highest class, a reply with a basic code before a bare
 * status, one with text before one without; the first of equals (a bounce lists the final error first).
 */
function mainReplyIndex(replies: readonly DecodedReply[]): number {
  let best = -1;
  let bestScore = -1;
  replies.forEach((reply, index) => {
    const replyClass =
      reply.basic !== undefined ? Math.floor(reply.basic / 100) : Number(reply.enhanced?.[0] ?? 0);
    // A 501 or 503 (syntax, sequence) after a refusal is the client stumbling on: the refusal decides.
    const category = reply.basic !== undefined ? Math.floor(reply.basic / 10) % 10 : -1;
    const score =
      replyClass * 10 + (reply.basic !== undefined ? 4 : 0) + (category > 0 ? 2 : 0) + (reply.text ? 1 : 0);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}

function actorLabel(actor: ReadingActor): string {
  return READING_ACTOR_LABELS[actor];
}

function retryTextFor(policy: RetryPolicy, source: ReadingSource, record: CodeRecord | undefined): string {
  if (source === 'registry' && record) return record.retryText;
  if (policy === 'never' && source !== 'registry') return READING_RETRY.notThisAddress;
  return retrySentence(policy);
}

interface VendorHit {
  vendor: DecoderVendor;
  reply?: DecoderVendorReply;
}

/**
 * Which provider said a reply: first one named by the reply itself (its text, the host that sent it),
 * then a server named anywhere in the text (unless the reply names another server), then a mailbox
 * provider or filter named by a marker. An MTA or provider named only by the bounce's own wording
 * ("This is the mail system at host", Gmail's "Technical details of permanent failure") reported the
 * bounce; it is the provider of a text with no remote reply, and of a reply no server is named for.
 */
function providerFor(
  reply: DecodedReply | undefined,
  whole: NamedVendor[],
  vendors: readonly DecoderVendor[],
  isRegistryCode: (code: string) => boolean,
): VendorHit | undefined {
  const bySlug = new Map(vendors.map((vendor) => [vendor.slug, vendor]));
  const reporter = whole.find((match) => match.role === 'reporter');
  if (reply) {
    // The server that said it first, then whoever the words name; a blocklist named in the text is
    // whose list it is, not who refused (Outlook.com quoting Spamhaus is Outlook.com's reply).
    const isBlocklist = (slug: string) => bySlug.get(slug)?.kind === 'blocklist';
    const rank = (match: VendorMatch) => (isBlocklist(match.slug) ? 2 : 0) + (match.by === 'host' ? 0 : 1);
    const own = identifyVendors(`${reply.text} ${reply.host ?? ''}`, vendors).toSorted(
      (a, b) => rank(a) - rank(b),
    );
    let first: VendorHit | undefined;
    /** Software's documented reply with the same code but not its tag: kept unless a provider's words fit better. */
    let guessed: VendorHit | undefined;
    for (const match of own) {
      const vendor = bySlug.get(match.slug);
      if (!vendor) continue;
      // A blocklist's own documented reply describes a server using the list, not this provider's.
      if (first && vendor.kind === 'blocklist') continue;
      const documented = matchVendorReply(vendor, reply);
      // Software runs everywhere with many replies per code: only its tag says which one this is.
      const certain =
        documented &&
        (vendor.kind !== 'mta' ||
          (documented.tag !== undefined && findToken(reply.text, documented.tag) >= 0));
      if (documented && certain) return { vendor, reply: documented };
      first ??= { vendor };
      // Same codes, other words: perhaps that reply (Exchange's RecipNotFound vs ExRecipNotFound).
      if (documented && documented.basic === reply.basic && documented.enhanced === reply.enhanced) {
        guessed = { vendor, reply: documented };
        break;
      }
    }
    // A reply that names its server (host x said:, Remote-MTA) was said by that server, not by a
    // provider named elsewhere in the text (Yandex's bounce quoting mx.example.jp).
    const remote = reply.host ? undefined : whole.find((match) => match.role === 'server');
    const remoteVendor = remote ? bySlug.get(remote.slug) : undefined;
    if (remoteVendor) {
      const documented = matchVendorReply(remoteVendor, reply);
      if (documented || !first) return { vendor: remoteVendor, ...(documented ? { reply: documented } : {}) };
    }
    // Software named by its wording ("Recipient address rejected:" is Postfix's) yields to a provider's
    // own documented reply in the same words (HEY runs Postfix).
    const software = first?.vendor.kind === 'mta' ? first : undefined;
    if (first && !software) return first;
    if (guessed) return byWording(reply, vendors) ?? guessed;
    // A reply the bounce's own MTA wrote (a bare Status, Postfix's dsn=) is that MTA's.
    if (reply.basic === undefined) {
      const writer = (reporter ?? whole[0]) ? bySlug.get((reporter ?? whole[0])?.slug ?? '') : undefined;
      if (writer) return { vendor: writer };
    }
    // Words that only one provider's documented reply uses name that provider.
    const worded = byWording(reply, vendors);
    if (worded) return worded;
    // Wording that is an MTA's own (Postfix's "cannot find your reverse hostname") names that software.
    if (software) return software;
    const tagged = byMtaTag(reply, vendors);
    if (tagged) return tagged;
    // A code only one provider documents (Microsoft's 5.7.139, its 5.7.606-649 range) names that provider.
    if (reply.enhanced && !isRegistryCode(reply.enhanced)) {
      const owners = vendors.flatMap((vendor) => {
        const documented = matchVendorReply(vendor, reply);
        return documented ? [{ vendor, reply: documented }] : [];
      });
      if (owners.length === 1) return owners[0];
    }
    // An error on the reporting system's own machine is that system's (Sendmail's "451 4.0.0 Operating
    // system error" from its local delivery).
    if (!reply.host && reporter && findSituation(reply.text)?.id === 'local-system-error') {
      const writer = bySlug.get(reporter.slug);
      if (writer) return { vendor: writer };
    }
    return undefined;
  }
  const match =
    whole.find((candidate) => candidate.role === 'server' && !isReporter(bySlug.get(candidate.slug))) ??
    whole[0];
  const vendor = match ? bySlug.get(match.slug) : undefined;
  return vendor ? { vendor } : undefined;
}

/** Shorter tags are too common to name the software on their own ("Unknown user"). */
const MIN_MTA_TAG_LENGTH = 24;

/** An MTA's documented reply whose distinctive tag the reply contains, whatever the codes. */
function byMtaTag(reply: DecodedReply, vendors: readonly DecoderVendor[]): VendorHit | undefined {
  for (const vendor of vendors) {
    if (vendor.kind !== 'mta') continue;
    const documented = vendor.replies.find(
      (candidate) =>
        candidate.tag !== undefined &&
        candidate.tag.length >= MIN_MTA_TAG_LENGTH &&
        findToken(reply.text, candidate.tag) >= 0,
    );
    if (documented) return { vendor, reply: documented };
  }
  return undefined;
}

/** Below this share of a documented reply's words, a reply named by nothing else is not taken to be it. */
const MIN_WORDING_WITHOUT_NAME = 0.75;

/**
 * Reply texts the RFCs themselves give (RFC 3207 §4, RFC 5321 §4.2.2-4.2.3): every server may send
 * them, so a provider that documents one is not named by it.
 */
const RFC_WORDING =
  /^(?:Must issue a STARTTLS command first|Requested action not taken: mailbox unavailable|Service not available, closing transmission channel|Requested action aborted: local error in processing)\b/i;

/**
 * The documented reply with the same codes whose wording the reply shares most, when it shares most
 * of it. A provider's wording on a named server that is not one of the provider's is shared software
 * (Dovecot's quota text, Postfix's "Recipient address rejected: User unknown"), so it does not name
 * the provider there.
 */
function byWording(reply: DecodedReply, vendors: readonly DecoderVendor[]): VendorHit | undefined {
  if (RFC_WORDING.test(reply.text)) return undefined;
  let best: (VendorHit & { score: number }) | undefined;
  for (const vendor of vendors) {
    if (reply.host && (vendor.kind === 'mailbox-provider' || vendor.recognise.hosts.length > 0)) continue;
    for (const documented of vendor.replies) {
      if (documented.basic !== reply.basic || (documented.enhanced ?? '') !== (reply.enhanced ?? ''))
        continue;
      if (documented.text.split(/\s+/).length < 5) continue;
      // Two words ("User unknown") name no one unless the reply has the documented tag ("... User unknown").
      const tagged = documented.tag !== undefined && findToken(reply.text, documented.tag) >= 0;
      if (!tagged && distinctWords(documented.text) < 3) continue;
      const score = wordingOverlap(documented.text, reply.text);
      if (score >= MIN_WORDING_WITHOUT_NAME && (!best || score > best.score))
        best = { vendor, reply: documented, score };
    }
  }
  return best ? { vendor: best.vendor, ...(best.reply ? { reply: best.reply } : {}) } : undefined;
}

function withProvider(reading: ReplyReading, hit: VendorHit | undefined): ReplyReading {
  if (!hit) return reading;
  return {
    ...reading,
    provider: { slug: hit.vendor.slug, name: hit.vendor.name, url: providerUrl(hit.vendor.slug) },
  };
}

function fromSituation(
  base: ExplainedReply,
  situation: Situation,
  record: CodeRecord | undefined,
): ReplyReading {
  return {
    ...base,
    source: 'situation',
    situation: situation.label,
    meaning: situation.meaning,
    retryPolicy: situation.retry,
    retry: retryTextFor(situation.retry, 'situation', record),
    actor: situation.whoActs,
    whoActs: actorLabel(situation.whoActs),
    firstStep: situation.firstStep,
  };
}

/**
 * Situations whose words say plainly what happened, whoever sent them: they beat a provider's reply
 * that only shares the codes. A failed login does not (Microsoft's 5.7.139 says more than "refused").
 */
const DECISIVE_SITUATIONS = new Set([
  'mailbox-full',
  'no-reverse-dns',
  'greylisting',
  'no-such-user',
  'unroutable-domain',
  'blocklist',
]);

/** Reads one reply: the provider's documented reading, else the situation its words describe, else the registry's. */
function readReply(
  reply: DecodedReply,
  records: ReadonlyMap<string, CodeRecord>,
  hit: VendorHit | undefined,
  context: string,
): ReplyReading {
  const base = explainReply(reply, records);
  const enhancedRecord = reply.enhanced ? records.get(reply.enhanced) : undefined;
  const basicRecord = reply.basic !== undefined ? records.get(String(reply.basic)) : undefined;
  const record = enhancedRecord ?? basicRecord;
  // Spamhaus's public-resolver error looks like a listing but is the receiver's fault: it decides.
  const ownSituation = findSituation(reply.text);
  if (ownSituation?.id === 'open-resolver')
    return withProvider(fromSituation(base, ownSituation, record), hit);
  // A documented reply recognised only by its shape (same code, similar wording, not its tag) gives way
  // to the situation the reply's own words name (GMX's block-list example vs its "Bad DNS PTR" reply,
  // Microsoft's sender-quota 5.2.0 vs a recipient's QuotaExceededException on delivery).
  const shapeOnly =
    hit?.reply?.tag !== undefined &&
    findToken(reply.text, hit.reply.tag) < 0 &&
    ownSituation !== undefined &&
    (!reply.enhanced || DECISIVE_SITUATIONS.has(ownSituation.id));
  if (hit?.reply && shapeOnly && ownSituation)
    return withProvider(fromSituation(base, ownSituation, record), hit);
  if (hit?.reply) {
    const documented = hit.reply;
    const retryPolicy: RetryPolicy = documented.retry;
    // Greylisting clears by itself when the sender retries: nobody has anything to fix.
    const actor: ReadingActor =
      ownSituation?.id === 'greylisting' && retryPolicy === 'later' ? 'nobody' : documented.whoActs;
    return withProvider(
      {
        ...base,
        source: 'provider',
        meaning: documented.meaning,
        retryPolicy,
        retry: retryTextFor(retryPolicy, 'provider', record),
        actor,
        whoActs: actorLabel(actor),
        firstStep: documented.firstStep,
        ...(documented.registryDiffers ? { registryNote: documented.registryDiffers } : {}),
      },
      hit,
    );
  }
  // A reply with no words of its own (a bare DSN Status) is explained by the words around it; a
  // success or a prompt describes no problem ("250-STARTTLS" offers TLS, it does not demand it).
  const replyClass =
    reply.basic !== undefined ? Math.floor(reply.basic / 100) : Number(reply.enhanced?.[0] ?? 0);
  const situation = replyClass === 2 || replyClass === 3 ? undefined : findSituation(reply.text || context);
  if (situation) return withProvider(fromSituation(base, situation, record), hit);
  const actor = registryActor(reply);
  // The outcome, and so the retry answer, goes by the basic code; the meaning by the enhanced code.
  const retryRecord = basicRecord ?? enhancedRecord;
  const retryPolicy: RetryPolicy = retryRecord?.retry ?? 'after-fix';
  return withProvider(
    {
      ...base,
      source: record ? 'registry' : 'class',
      retryPolicy,
      retry: retryTextFor(retryPolicy, record ? 'registry' : 'class', retryRecord),
      actor,
      whoActs: actorLabel(actor),
    },
    hit,
  );
}

/**
 * The one party for a registry reading. A code's page lists everyone who may have to act; for one
 * reply the enhanced code's subject says whose side it is on (RFC 3463 §3): addressing is the
 * sender's to fix, a mailbox the recipient's, the receiving system or network its admin's, policy,
 * protocol and content the sending admin's (forwarding the bounce is always the sending user's start).
 */
function registryActor(reply: DecodedReply): ReadingActor {
  const replyClass =
    reply.basic !== undefined ? Math.floor(reply.basic / 100) : Number(reply.enhanced?.[0] ?? 0);
  if (replyClass === 2 || replyClass === 3) return 'nobody';
  const subject = reply.enhanced ? Number(reply.enhanced.split('.')[1]) : undefined;
  if (subject === 1) return 'sending-user';
  if (subject === 2) return 'recipient';
  // X.3.4, message too big (RFC 3463 §3.5): only the sender can make it smaller.
  if (subject === 3 && reply.enhanced?.endsWith('.3.4')) return 'sending-user';
  if (subject === 3 || subject === 4) return 'receiving-admin';
  if (subject === 5 || subject === 6 || subject === 7) return 'sending-admin';
  // A bare "550 rejected" to RCPT TO refuses the recipient (RFC 5321 §4.2.2: mailbox unavailable): the
  // address is the sender's to check first.
  if (subject === undefined && reply.command === 'RCPT TO' && (reply.basic === 550 || reply.basic === 553))
    return 'sending-user';
  return 'sending-admin';
}

/** The delay notice's own reading: nothing has failed yet. */
function delayedReading(reading: ReplyReading): ReplyReading {
  // A bare status says nothing of its own, unless the words around it name the situation.
  const bare = (reading.basic === undefined || reading.text === '') && reading.source !== 'situation';
  return {
    ...reading,
    retryPolicy: 'later',
    retry: READING_RETRY.stillQueued,
    ...(bare
      ? {
          source: 'situation' as const,
          situation: 'Delayed, still retrying',
          meaning:
            'Not a failure yet: this is a delay notice. The message has not been delivered so far and is still queued; the sending server keeps retrying until its queue time runs out.',
          actor: 'receiving-admin' as const,
          whoActs: actorLabel('receiving-admin'),
          firstStep:
            'Nothing yet: wait for the sending server to retry. If a failure notice follows, the recipient’s mail administrator must fix what it names (usually their server not accepting connections).',
        }
      : {}),
  };
}

/** The sending server gave up (DSN "Action: failed", status=bounced) on something that was only temporary. */
function gaveUpReading(reading: ReplyReading): ReplyReading {
  return { ...reading, retryPolicy: 'never', retry: READING_RETRY.gaveUp };
}

function nothingFound(situation: Situation | undefined, hit: VendorHit | undefined): ReplyReading {
  const base: ExplainedReply = {
    heading: '',
    text: '',
    outcome: '',
    meaning: NO_REPLY_READING.meaning,
    retry: retrySentence('none'),
    whoActs: actorLabel('nobody'),
    firstStep: NO_REPLY_READING.firstStep,
    warnings: [],
  };
  if (situation) return withProvider(fromSituation(base, situation, undefined), hit);
  return withProvider({ ...base, source: 'nothing', retryPolicy: 'none', actor: 'nobody' }, hit);
}

/** Decodes and reads pasted text in full. Never throws. */
export function readBounce(
  input: unknown,
  records: ReadonlyMap<string, CodeRecord>,
  vendors: readonly DecoderVendor[],
): BounceReading {
  const decoded = decodeBounce(input);
  // Read as the decoder reads it: an NDR's HTML source names its system only once its entities are undone.
  const text = typeof input === 'string' ? normalizeInput(input.slice(0, 200_000)) : '';
  const kindOf = new Map(vendors.map((vendor) => [vendor.slug, vendor.kind]));
  const named: NamedVendor[] = identifyVendors(text, vendors).map((match) => ({
    ...match,
    role: kindOf.get(match.slug) === 'mta' && match.by === 'marker' ? 'reporter' : 'server',
  }));
  const banners = signatureMatches(text, vendors, SERVER_BANNERS, 'server');
  const whole: NamedVendor[] = [
    ...banners,
    ...named.filter((match) => !banners.some((other) => other.slug === match.slug)),
  ];
  for (const match of signatureMatches(text, vendors, REPORTER_SIGNATURES, 'reporter'))
    if (!whole.some((other) => other.slug === match.slug)) whole.push(match);
  const inRegistry = (code: string) => records.has(code);
  const mainIndex = mainReplyIndex(decoded.replies);
  const replies = decoded.replies.map((reply) => {
    let reading = readReply(reply, records, providerFor(reply, whole, vendors, inRegistry), text);
    const failure = reading.retryPolicy !== 'none' && !reading.outcome.startsWith('Success');
    const temporary = reply.basic !== undefined ? reply.basic < 500 : reply.enhanced?.startsWith('4');
    // A server that says retrying will not succeed is believed over a queue that still retries.
    if (failure && NOT_RETRYABLE.test(reply.text))
      reading = { ...reading, retryPolicy: 'never', retry: READING_RETRY.notThisAddress };
    // A delay notice (or a log that also defers) says nothing of a permanent refusal beside it.
    else if (failure && temporary && decoded.action === 'delayed') reading = delayedReading(reading);
    // A temporary reply the sending server gave up on (Action: failed, "I've given up") retries nothing.
    else if (
      failure &&
      decoded.action === 'failed' &&
      (reading.retryPolicy === 'later' || (temporary && reading.retryPolicy !== 'never'))
    )
      reading = gaveUpReading(reading);
    return reading;
  });
  if (mainIndex >= 0) {
    const main = replies[mainIndex];
    if (main) return { decoded, replies, main, mainIndex };
  }
  const situation = findSituation(text);
  let main = nothingFound(
    situation,
    situation ? providerFor(undefined, whole, vendors, inRegistry) : undefined,
  );
  if (main.source === 'situation' && decoded.action === 'delayed')
    main = { ...main, retryPolicy: 'later', retry: READING_RETRY.stillQueued };
  // Without a reply, a bounce that gave up on a situation (a full mailbox, a timeout) retries nothing.
  else if (main.source === 'situation' && decoded.action === 'failed') main = gaveUpReading(main);
  return { decoded, replies, main, mainIndex: -1 };
}

/** A server that says retrying is pointless is believed, whatever its code's class ("[TS03] … will NOT succeed"). */
const NOT_RETRYABLE = /retrying will not succeed|will not succeed|permanently deferred|do not retry/i;
