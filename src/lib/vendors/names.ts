/**
 * Vendors by name: which vendor file a "Seen in the wild" source names ("Gmail (smtp.gmail.com)",
 * "Microsoft Exchange / Exchange Online"), the old provider ids that redirect to our slugs, and a
 * short name for a vendor reply, taken from its own words.
 */
import type { VendorData } from './schema';

/** The part of a vendor file name matching needs. */
export type NamedVendor = Pick<VendorData, 'slug' | 'name' | 'aliases'>;

/**
 * The SMTP Field Manual's provider ids that differ from our slugs. Its pages and links use them, so
 * /providers/<id>/ leads to ours (meta refresh in the build, 301 in _redirects).
 */
export const PROVIDER_ID_REDIRECTS: Readonly<Record<string, string>> = {
  google: 'gmail',
  outlook: 'microsoft',
  exchangeonline: 'microsoft',
  apple: 'icloud',
};

const normalize = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

function keysOf(vendor: NamedVendor): string[] {
  return [vendor.name, vendor.slug, ...vendor.aliases].map(normalize);
}

/** Whether `text` is `key` or starts with it followed by a space ("postfix 3.9 and later"). */
const startsWithKey = (text: string, key: string) => text === key || text.startsWith(`${key} `);

/**
 * The one vendor a name means, or undefined when none or several fit. An exact name, slug or alias
 * wins; then a name that starts with the text, when only one vendor's does ("Microsoft Exchange" →
 * Microsoft Exchange Server); then the longest name the text starts with ("Postfix 3.9" → Postfix).
 */
export function vendorByName<V extends NamedVendor>(
  name: string,
  vendors: readonly V[],
): V | 'ambiguous' | undefined {
  const text = normalize(name);
  if (text.length < 2) return undefined;
  const exact = vendors.filter((vendor) => keysOf(vendor).includes(text));
  if (exact.length > 0) return exact.length === 1 ? exact[0] : 'ambiguous';
  // A shortened name ("Microsoft Exchange") is read before a longer text that starts with a short
  // key, so that it is not taken for the slug "microsoft".
  const extending = vendors.filter((vendor) => keysOf(vendor).some((key) => startsWithKey(key, text)));
  if (extending.length === 1) return extending[0];
  if (extending.length > 1) return 'ambiguous';
  let best: { vendor: V; length: number; tie: boolean } | undefined;
  for (const vendor of vendors) {
    for (const key of keysOf(vendor)) {
      if (key.length < 3 || !startsWithKey(text, key)) continue;
      if (!best || key.length > best.length) best = { vendor, length: key.length, tie: false };
      else if (key.length === best.length && best.vendor !== vendor) best.tie = true;
    }
  }
  if (!best) return undefined;
  return best.tie ? 'ambiguous' : best.vendor;
}

/** Splits "Gmail, Microsoft Exchange (AUTH LOGIN)" at commas and slashes outside parentheses. */
function splitSource(source: string): { part: string; separator: string }[] {
  const parts: { part: string; separator: string }[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index];
    if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      const separator = /^(?:,\s*|\s+\/\s+)/.exec(source.slice(index))?.[0];
      if (separator && (char === ',' || char === ' ')) {
        parts.push({ part: source.slice(start, index), separator });
        index += separator.length - 1;
        start = index + 1;
      }
    }
  }
  parts.push({ part: source.slice(start), separator: '' });
  return parts;
}

/** One vendor named in a source, or plain text between them. */
export interface SourcePart<V extends NamedVendor = NamedVendor> {
  text: string;
  vendor?: V;
}

/**
 * A "Seen in the wild" source split into the names it gives, each matched to a vendor file where
 * one fits: "Postfix, Sendmail" → [Postfix] ", " [Sendmail]. A parenthetical ("Microsoft
 * (Outlook.com)") decides only when the name before it fits more than one vendor.
 */
export function vendorsInSource<V extends NamedVendor>(
  source: string,
  vendors: readonly V[],
): SourcePart<V>[] {
  const result: SourcePart<V>[] = [];
  for (const { part, separator } of splitSource(source)) {
    const main = part.replace(/\s*\([^)]*\)\s*$/, '');
    const aside = /\(([^)]*)\)\s*$/.exec(part)?.[1];
    let found = vendorByName(part, vendors);
    if (found === undefined || found === 'ambiguous') {
      const byMain = vendorByName(main, vendors);
      found = byMain === 'ambiguous' && aside ? vendorByName(aside, vendors) : byMain;
    }
    result.push(found && found !== 'ambiguous' ? { text: part, vendor: found } : { text: part });
    if (separator) result.push({ text: separator });
  }
  return result;
}

/**
 * A short name for a vendor reply, from its own words: the reply text without its codes, up to the
 * first sentence or clause break. "550 5.7.606-649 Access denied, banned sending IP [192.0.2.1]; …"
 * → "Access denied, banned sending IP". A leading single-word label ("SMTP;",
 * "UnifiedGroupAgent;") is skipped when words follow.
 */
export function replyHeadline(text: string): string {
  const words = text
    .replace(/^\d{3}[ -]/, '')
    .replace(/^#?[245]\.\d{1,3}\.\d{1,3}(?:-\d{1,3})?\s*/, '')
    .trim();
  const pieces = words
    .split(/;\s+|\.\s+|\s+\[|\s+\(|\s+->\s+|\s+-\s+/)
    .map((piece) => piece.replace(/[.:;,\s]+$/, '').trim())
    .filter((piece) => piece.length > 0);
  const first = pieces.find((piece, index) => piece.includes(' ') || index === pieces.length - 1) ?? words;
  if (first.length <= 72) return first;
  const cut = first.slice(0, 72);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
