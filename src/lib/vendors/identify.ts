/**
 * Recognising a vendor in pasted text, and finding which of its documented replies a reply is.
 * Pure and DOM-free: the decoder runs it in the browser, search and tests run it directly.
 */
import { isRange, parseVendorEnhanced, rangeContains } from './codes';
import type { VendorData, VendorReply } from './schema';

/** The part of a vendor file recognition needs (the decoder ships only this to the browser). */
export type VendorSignature = Pick<VendorData, 'slug' | 'name' | 'kind' | 'recognise'>;

export interface VendorMatch {
  slug: string;
  name: string;
  /** The host name or marker text that identified it, as found in the input. */
  evidence: string;
  /** Where in the input the evidence starts: earlier evidence usually belongs to the first reply. */
  index: number;
  /** `host` when a server name identified it, `marker` for a text marker. */
  by: 'host' | 'marker';
}

const HOST_NAME = /\b[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)+\b/gi;
const WORD_CHAR = /[a-z0-9]/i;

/**
 * Finds `needle` in `haystack` case-insensitively, as a whole token: a marker that starts or ends
 * with a letter or digit must not continue a longer word ("AS(" must not match "HAS(").
 */
export function findToken(haystack: string, needle: string): number {
  const text = haystack.toLowerCase();
  const target = needle.toLowerCase();
  let from = 0;
  while (from <= text.length - target.length) {
    const index = text.indexOf(target, from);
    if (index < 0) return -1;
    const before = index > 0 ? (text[index - 1] ?? '') : '';
    const after = text[index + target.length] ?? '';
    const startsWord = WORD_CHAR.test(target[0] ?? '');
    const endsWord = WORD_CHAR.test(target.at(-1) ?? '');
    const clearBefore = !startsWord || !WORD_CHAR.test(before);
    const clearAfter = !endsWord || !WORD_CHAR.test(after);
    if (clearBefore && clearAfter) return index;
    from = index + 1;
  }
  return -1;
}

/** Whether a host name is, or is under, a vendor's host suffix ("mx1.eu.mimecast.com" ← "mimecast.com"). */
export function hostMatches(host: string, suffix: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  const tail = suffix.toLowerCase().replace(/^\./, '');
  return name === tail || name.endsWith(`.${tail}`);
}

/** Every vendor the text names through its servers' host names or its markers, first evidence first. */
export function identifyVendors(text: string, vendors: readonly VendorSignature[]): VendorMatch[] {
  // A domain right after "@" is part of an address (the sender's own gmail.com, say), not a server
  // that handled the message, so it says nothing about who sent the reply.
  const hosts = [...text.matchAll(HOST_NAME)]
    .filter((match) => text[match.index - 1] !== '@')
    .map((match) => ({ host: match[0], index: match.index }));
  const found: VendorMatch[] = [];
  for (const vendor of vendors) {
    let best: VendorMatch | undefined;
    for (const suffix of vendor.recognise.hosts) {
      const hit = hosts.find(({ host }) => hostMatches(host, suffix));
      if (hit && (!best || hit.index < best.index)) {
        best = { slug: vendor.slug, name: vendor.name, evidence: hit.host, index: hit.index, by: 'host' };
      }
    }
    for (const marker of vendor.recognise.markers) {
      const index = findToken(text, marker.text);
      if (index >= 0 && (!best || (best.by === 'marker' && index < best.index))) {
        best = {
          slug: vendor.slug,
          name: vendor.name,
          evidence: text.slice(index, index + marker.text.length),
          index,
          by: 'marker',
        };
      }
    }
    if (best) found.push(best);
  }
  return found.toSorted((a, b) => a.index - b.index);
}

/** A reply as the decoder read it. */
export interface ReplyToMatch {
  basic?: number;
  enhanced?: string;
  text: string;
}

/** The placeholder domains documented replies use for addresses: they say nothing about the wording. */
const PLACEHOLDER_WORDS = new Set(['example', 'com', 'net', 'org']);

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/\b\d{3}[ -]?(?:[245]\.\d{1,3}\.\d{1,3})?/g, ' ')
      .split(/[^a-z]+/)
      .filter((word) => word.length > 2 && !PLACEHOLDER_WORDS.has(word)),
  );
}

/** How many distinct words a reply's wording has, codes and placeholder domains left out. */
export function distinctWords(text: string): number {
  return words(text).size;
}

/** How much of a documented reply's wording the read reply shares, 0 to 1. */
export function wordingOverlap(documented: string, seen: string): number {
  const expected = words(documented);
  if (expected.size === 0) return 0;
  const actual = words(seen);
  let shared = 0;
  for (const word of expected) if (actual.has(word)) shared += 1;
  return shared / expected.size;
}

/** What matching needs of a documented reply (the decoder ships only a compact form of each). */
export type MatchableReply = Pick<VendorReply, 'basic' | 'enhanced' | 'text' | 'tag'>;

/** Below this overlap a reply with no tag and no enhanced code is not taken to be a documented one. */
const MIN_OVERLAP_WITHOUT_CODE = 0.6;

/**
 * Which documented reply of one vendor a reply is: a matching tag first ("[TSS04]"), then the same
 * enhanced code (the closest wording among several), then a documented range, then, for a reply
 * without an enhanced code, the same basic code with mostly the same wording.
 */
export function matchVendorReply<R extends MatchableReply = VendorReply>(
  vendor: { replies: readonly R[] },
  seen: ReplyToMatch,
): R | undefined {
  const sameBasic = (reply: R) => seen.basic === undefined || reply.basic === seen.basic;
  const byWording = (candidates: R[]) =>
    candidates.toSorted(
      (a, b) =>
        wordingOverlap(b.text, seen.text) - wordingOverlap(a.text, seen.text) ||
        Number(sameBasic(b)) - Number(sameBasic(a)),
    )[0];

  const tagged = vendor.replies.filter((reply) => reply.tag && findToken(seen.text, reply.tag) >= 0);
  if (tagged.length > 0)
    return byWording(tagged.filter(sameBasic).length > 0 ? tagged.filter(sameBasic) : tagged);

  if (seen.enhanced) {
    const exact = vendor.replies.filter((reply) => reply.enhanced === seen.enhanced);
    if (exact.length > 0)
      return byWording(exact.filter(sameBasic).length > 0 ? exact.filter(sameBasic) : exact);
    const ranged = vendor.replies.filter((reply) => {
      const range = reply.enhanced ? parseVendorEnhanced(reply.enhanced) : undefined;
      return range !== undefined && isRange(range) && rangeContains(range, seen.enhanced ?? '');
    });
    if (ranged.length > 0) return byWording(ranged);
    return undefined;
  }

  const sameCode = vendor.replies.filter((reply) => reply.basic === seen.basic);
  const best = byWording(sameCode);
  return best && wordingOverlap(best.text, seen.text) >= MIN_OVERLAP_WITHOUT_CODE ? best : undefined;
}
