/**
 * Links and phrases for vendor replies that every page kind shares: where a reply's codes lead,
 * a vendor's name linked to its page, how to tell a vendor's reply apart, and the source links.
 */
import { isStandardCode } from '../codes/replyCodes';
import { parseEnhanced } from '../enhanced/codes';
import type { RichText, Segment } from '../inlineMarkdown';
import { codeUrl, providerUrl } from '../urls';
import { parseVendorEnhanced, rangeId } from '../vendors/codes';
import type { VendorData, VendorReply } from '../vendors/schema';
import type { SiteIndex } from './basic';
import { relatedEnhancedHref } from './enhanced';

/** The vendor's name, linked to its provider page. */
export const vendorLink = (vendor: Pick<VendorData, 'slug' | 'name'>): Segment => ({
  text: vendor.name,
  href: providerUrl(vendor.slug),
});

/** Where a reply's basic code leads: the standard code's page, or a non-standard code's page. */
export function basicHref(code: number, site: Pick<SiteIndex, 'nonstandard'>): string | undefined {
  if (isStandardCode(code)) return codeUrl(code);
  return site.nonstandard?.some((entry) => entry.code === code) ? codeUrl(code) : undefined;
}

/**
 * Where a reply's enhanced code (or documented range) leads: the registry page of its class, the
 * registry page of the class the site has when it lacks this one, or the code's own vendor page
 * (every code and range outside the registry has one: vendorCodePages).
 */
export function enhancedHref(code: string, site: Pick<SiteIndex, 'enhancedClasses'>): string {
  const range = parseVendorEnhanced(code);
  const id = range ? rangeId(range) : code;
  const parsed = parseEnhanced(id);
  if (!parsed) return codeUrl(id);
  const classes = site.enhancedClasses.get(parsed.neutral);
  if (!classes) return codeUrl(id);
  return relatedEnhancedHref(parsed.neutral, parsed.replyClass, site.enhancedClasses).href;
}

/** "550 5.7.606-649" with each code linked to its page. */
export function replyCodeLinks(reply: Pick<VendorReply, 'basic' | 'enhanced'>, site: SiteIndex): Segment[] {
  const basic = basicHref(reply.basic, site);
  const segments: Segment[] = [
    basic ? { text: String(reply.basic), href: basic } : { code: String(reply.basic) },
  ];
  if (reply.enhanced) segments.push(' ', { text: reply.enhanced, href: enhancedHref(reply.enhanced, site) });
  return segments;
}

/**
 * How to tell this vendor's reply from another reading of the same number: its tag in the reply
 * text, or the host names its servers have. Empty when the file names neither.
 */
export function howToTell(vendor: Pick<VendorData, 'recognise'>, reply: Pick<VendorReply, 'tag'>): Segment[] {
  const hosts = vendor.recognise.hosts.slice(0, 2);
  const tag: Segment[] = reply.tag ? [{ code: reply.tag }, ' in the reply'] : [];
  const host: Segment[] =
    hosts.length === 0
      ? []
      : [
          `a server name ending in `,
          ...hosts.flatMap((name, index): Segment[] => [...(index > 0 ? [' or '] : []), { code: name }]),
        ];
  if (tag.length > 0 && host.length > 0) return [...tag, ', from ', ...host];
  if (tag.length > 0) return tag;
  return host.length > 0 ? ['it comes from ', ...host] : [];
}

/** The same, as plain text for "Copy for ticket". */
export function howToTellText(
  vendor: Pick<VendorData, 'recognise'>,
  reply: Pick<VendorReply, 'tag'>,
): string {
  return howToTell(vendor, reply)
    .map((segment) => (typeof segment === 'string' ? segment : 'code' in segment ? segment.code : ''))
    .join('');
}

/** A source URL labelled by its host and path start: "learn.microsoft.com/…/non-delivery-reports". */
export function sourceLink(url: string): Segment {
  let label = url;
  try {
    const parsed = new URL(url);
    const last = parsed.pathname.split('/').filter(Boolean).at(-1);
    label = last ? `${parsed.hostname}/…/${decodeURIComponent(last)}` : parsed.hostname;
    if (parsed.pathname.split('/').filter(Boolean).length === 1) label = `${parsed.hostname}/${last ?? ''}`;
  } catch {
    // The schema admits only https:// URLs; an unparsable one is shown as written.
  }
  return { text: label, href: url };
}

/** "Sources: a, b" as rich text. */
export function sourceLinks(urls: readonly string[]): RichText {
  return urls.flatMap((url, index): Segment[] => [...(index > 0 ? [', '] : []), sourceLink(url)]);
}
