/**
 * Reads a whole pasted bounce the way an expert would: which provider's server said it, what that
 * provider means by it (its own meaning, who acts, retry and first step replace the registry's), the
 * situation the words describe when there is no code, and whether anything is still being retried.
 *
 * Pure and DOM-free: the decode page runs it in the browser with the compact provider data from
 * /decode/vendors.json, and the corpus test runs it on the content files directly.
 */
import type { RetryPolicy } from '../codes/schema';
import type { CodeRecord } from '../reference/records';
import { providerUrl } from '../urls';
import { identifyVendors, matchVendorReply, wordingOverlap, type VendorMatch } from '../vendors/identify';
import type { VendorData, VendorReply } from '../vendors/schema';
import {
  READING_ACTOR_LABELS,
  READING_RETRY,
  NO_REPLY_READING,
  type ReadingActor,
} from '../wording/readings';
import { retrySentence } from '../wording/retry';
import { decodeBounce, type DecodedBounce, type DecodedReply } from './decode';
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

/** The compact provider data the decode page fetches (/decode/vendors.json). */
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
 * How an MTA's own log lines and bounce wording look, beyond the markers in its vendor file: they
 * name the system that reported, which is the provider only of a text with no remote reply.
 */
const REPORTER_SIGNATURES: [RegExp, string][] = [
  [
    /\bpostfix\/[a-z-]{2,20}\[\d{1,10}\]|Name service error for name=|\bstatus=(?:deferred|bounced)\b/i,
    'postfix',
  ],
  [/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4} /m, 'exim'],
];

function reporterMatches(text: string, vendors: readonly DecoderVendor[]): VendorMatch[] {
  return REPORTER_SIGNATURES.flatMap(([pattern, slug]) => {
    const found = pattern.exec(text);
    const vendor = vendors.find((candidate) => candidate.slug === slug);
    return found && vendor
      ? [{ slug, name: vendor.name, evidence: found[0], index: found.index, by: 'marker' as const }]
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
 * then a server named anywhere in the text, then a mailbox provider or filter named by a marker. An
 * MTA named only by the bounce's own wording ("This is the mail system at host") reported the
 * bounce; it is the provider only of a text with no remote reply.
 */
function providerFor(
  reply: DecodedReply | undefined,
  whole: VendorMatch[],
  vendors: readonly DecoderVendor[],
  isRegistryCode: (code: string) => boolean,
): VendorHit | undefined {
  const bySlug = new Map(vendors.map((vendor) => [vendor.slug, vendor]));
  if (reply) {
    // The server that said it first, then whoever the words name; a blocklist named in the text is
    // whose list it is, not who refused (Outlook.com quoting Spamhaus is Outlook.com's reply).
    const rank = (match: VendorMatch) =>
      (bySlug.get(match.slug)?.kind === 'blocklist' ? 2 : 0) + (match.by === 'host' ? 0 : 1);
    const own = identifyVendors(`${reply.text} ${reply.host ?? ''}`, vendors).toSorted(
      (a, b) => rank(a) - rank(b),
    );
    let first: VendorHit | undefined;
    for (const match of own) {
      const vendor = bySlug.get(match.slug);
      if (!vendor) continue;
      const documented = matchVendorReply(vendor, reply);
      if (documented) return { vendor, reply: documented };
      first ??= { vendor };
    }
    const remote = whole.find((match) => match.by === 'host' || !isReporter(bySlug.get(match.slug)));
    const remoteVendor = remote ? bySlug.get(remote.slug) : undefined;
    if (remoteVendor) {
      const documented = matchVendorReply(remoteVendor, reply);
      if (documented || !first) return { vendor: remoteVendor, ...(documented ? { reply: documented } : {}) };
    }
    if (first) return first;
    // A reply the bounce's own MTA wrote (a bare Status, Postfix's dsn=) is that MTA's.
    if (reply.basic === undefined) {
      const reporter = whole[0] ? bySlug.get(whole[0].slug) : undefined;
      if (reporter) return { vendor: reporter };
    }
    // Words that only one provider's documented reply uses name that provider.
    const worded = byWording(reply, vendors);
    if (worded) return worded;
    // A code only one provider documents (Microsoft's 5.7.139, its 5.7.606-649 range) names that provider.
    if (reply.enhanced && !isRegistryCode(reply.enhanced)) {
      const owners = vendors.flatMap((vendor) => {
        const documented = matchVendorReply(vendor, reply);
        return documented ? [{ vendor, reply: documented }] : [];
      });
      if (owners.length === 1) return owners[0];
    }
    return undefined;
  }
  const match = whole.find((candidate) => !isReporter(bySlug.get(candidate.slug))) ?? whole[0];
  const vendor = match ? bySlug.get(match.slug) : undefined;
  return vendor ? { vendor } : undefined;
}

/** Below this share of a documented reply's words, a reply named by nothing else is not taken to be it. */
const MIN_WORDING_WITHOUT_NAME = 0.75;

/** The documented reply with the same codes whose wording the reply shares most, when it shares most of it. */
function byWording(reply: DecodedReply, vendors: readonly DecoderVendor[]): VendorHit | undefined {
  let best: (VendorHit & { score: number }) | undefined;
  for (const vendor of vendors) {
    for (const documented of vendor.replies) {
      if (documented.basic !== reply.basic || (documented.enhanced ?? '') !== (reply.enhanced ?? ''))
        continue;
      if (documented.text.split(/\s+/).length < 5) continue;
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
  if (hit?.reply) {
    const documented = hit.reply;
    const retryPolicy: RetryPolicy = documented.retry;
    return withProvider(
      {
        ...base,
        source: 'provider',
        meaning: documented.meaning,
        retryPolicy,
        retry: retryTextFor(retryPolicy, 'provider', record),
        actor: documented.whoActs,
        whoActs: actorLabel(documented.whoActs),
        firstStep: documented.firstStep,
        ...(documented.registryDiffers ? { registryNote: documented.registryDiffers } : {}),
      },
      hit,
    );
  }
  // A reply with no words of its own (a bare DSN Status) is explained by the words around it.
  const situation = findSituation(reply.text || context);
  if (situation) return withProvider(fromSituation(base, situation, record), hit);
  const actor = registryActor(reply, record);
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
function registryActor(reply: DecodedReply, record: CodeRecord | undefined): ReadingActor {
  const replyClass =
    reply.basic !== undefined ? Math.floor(reply.basic / 100) : Number(reply.enhanced?.[0] ?? 0);
  if (replyClass === 2 || replyClass === 3) return 'nobody';
  const subject = reply.enhanced ? Number(reply.enhanced.split('.')[1]) : undefined;
  if (subject === 1) return 'sending-user';
  if (subject === 2) return 'recipient';
  if (subject === 3 || subject === 4) return 'receiving-admin';
  if (subject === 5 || subject === 6 || subject === 7) return 'sending-admin';
  return (record?.whoActs[0] as ReadingActor | undefined) === 'sending-user'
    ? 'sending-admin'
    : 'sending-admin';
}

/** The delay notice's own reading: nothing has failed yet. */
function delayedReading(reading: ReplyReading): ReplyReading {
  const bare = reading.basic === undefined || reading.text === '';
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
  const text = typeof input === 'string' ? input.slice(0, 200_000) : '';
  const named = identifyVendors(text, vendors);
  const whole = [
    ...named,
    ...reporterMatches(text, vendors).filter((match) => !named.some((other) => other.slug === match.slug)),
  ];
  const inRegistry = (code: string) => records.has(code);
  const mainIndex = mainReplyIndex(decoded.replies);
  const replies = decoded.replies.map((reply) => {
    let reading = readReply(reply, records, providerFor(reply, whole, vendors, inRegistry), text);
    const failure = reading.retryPolicy !== 'none' && !reading.outcome.startsWith('Success');
    if (failure && decoded.action === 'delayed') reading = delayedReading(reading);
    else if (failure && decoded.action === 'failed' && reading.retryPolicy === 'later')
      reading = gaveUpReading(reading);
    else if (failure && reading.retryPolicy === 'later' && NOT_RETRYABLE.test(reply.text))
      reading = { ...reading, retryPolicy: 'never', retry: READING_RETRY.notThisAddress };
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
