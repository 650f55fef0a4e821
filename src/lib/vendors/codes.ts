/**
 * Enhanced codes as vendors use them: single codes ("5.7.139") and documented ranges
 * ("5.7.606-649"), which codes the IANA registry lacks (each becomes a page of its own), and which
 * vendor replies use a given code.
 */
import { ENHANCED_PARTS } from '../enhanced/codes';
import type { VendorData, VendorReply } from './schema';

/** A single enhanced code is a range whose `from` equals its `to`. */
export interface EnhancedRange {
  cls: '2' | '4' | '5';
  subject: number;
  from: number;
  to: number;
}

/** A vendor and one of its replies. */
export interface VendorUse {
  vendor: VendorData;
  reply: VendorReply;
}

const VENDOR_ENHANCED = new RegExp(String.raw`^${ENHANCED_PARTS}(?:-(\d{1,3}))?$`);

/** "5.7.606-649" → { cls: '5', subject: 7, from: 606, to: 649 }; undefined for anything else. */
export function parseVendorEnhanced(code: string): EnhancedRange | undefined {
  const match = VENDOR_ENHANCED.exec(code.trim());
  if (!match) return undefined;
  const [, cls = '5', subject = '0', from = '0', to] = match;
  const range: EnhancedRange = {
    cls: cls as EnhancedRange['cls'],
    subject: Number(subject),
    from: Number(from),
    to: Number(to ?? from),
  };
  return range.to >= range.from ? range : undefined;
}

/** The id a range or code is published under: "5.7.606-649", "5.7.139". */
export function rangeId(range: EnhancedRange): string {
  const start = `${range.cls}.${range.subject}.${range.from}`;
  return range.to === range.from ? start : `${start}-${range.to}`;
}

export function isRange(range: EnhancedRange): boolean {
  return range.to !== range.from;
}

/** Whether a single enhanced code ("5.7.612") falls inside a range ("5.7.606-649"). */
export function rangeContains(range: EnhancedRange, code: string): boolean {
  const single = parseVendorEnhanced(code);
  if (!single || isRange(single)) return false;
  return (
    single.cls === range.cls &&
    single.subject === range.subject &&
    single.from >= range.from &&
    single.from <= range.to
  );
}

/** Every reply of every vendor that carries an enhanced code, with the code parsed. */
function enhancedUses(vendors: readonly VendorData[]): (VendorUse & { range: EnhancedRange })[] {
  return vendors.flatMap((vendor) =>
    vendor.replies.flatMap((reply) => {
      const range = reply.enhanced ? parseVendorEnhanced(reply.enhanced) : undefined;
      return range ? [{ vendor, reply, range }] : [];
    }),
  );
}

/** A page for a code, or a documented range, that the IANA registry does not have. */
export interface VendorCodePage {
  /** "5.7.606-649" or "5.7.139": the page is at /<id>/. */
  id: string;
  range: EnhancedRange;
  /** The replies that use this code or range, vendor by vendor. */
  uses: VendorUse[];
}

/**
 * The codes and ranges vendors send that the registry lacks, one page each, in code order.
 * `inRegistry` answers for a class-neutral code ("X.7.1"). A single code inside a range gets its own
 * page only when some vendor documents it on its own (Microsoft's 5.7.708 inside 5.7.700-749).
 */
export function vendorCodePages(
  vendors: readonly VendorData[],
  inRegistry: (neutral: string) => boolean,
): VendorCodePage[] {
  const pages = new Map<string, VendorCodePage>();
  for (const use of enhancedUses(vendors)) {
    const { range } = use;
    if (!isRange(range) && inRegistry(`X.${range.subject}.${range.from}`)) continue;
    const id = rangeId(range);
    const page = pages.get(id) ?? { id, range, uses: [] };
    page.uses.push({ vendor: use.vendor, reply: use.reply });
    pages.set(id, page);
  }
  return [...pages.values()].toSorted(compareRanges);
}

function compareRanges(a: { range: EnhancedRange }, b: { range: EnhancedRange }): number {
  return (
    Number(a.range.cls) - Number(b.range.cls) ||
    a.range.subject - b.range.subject ||
    a.range.from - b.range.from ||
    a.range.to - b.range.to
  );
}

/**
 * Where each code inside a range leads when it has no page of its own: "5.7.612" → "5.7.606-649".
 * Codes the registry has, or that have their own vendor page, are left out. Where ranges overlap,
 * the narrowest one wins.
 */
export function rangeRedirects(
  pages: readonly VendorCodePage[],
  inRegistry: (neutral: string) => boolean,
): Map<string, string> {
  const ownPages = new Set(pages.filter((page) => !isRange(page.range)).map((page) => page.id));
  const redirects = new Map<string, { to: string; width: number }>();
  for (const page of pages) {
    if (!isRange(page.range)) continue;
    const { cls, subject, from, to } = page.range;
    for (let detail = from; detail <= to; detail += 1) {
      const code = `${cls}.${subject}.${detail}`;
      if (ownPages.has(code) || inRegistry(`X.${subject}.${detail}`)) continue;
      const width = to - from;
      const existing = redirects.get(code);
      if (!existing || width < existing.width) redirects.set(code, { to: page.id, width });
    }
  }
  return new Map([...redirects].map(([code, { to }]) => [code, to]));
}

/**
 * The vendor replies that use one code: exactly ("5.1.10"), or through a range that contains it.
 * For a registry page this is the list of "other readings".
 */
export function vendorUsesOf(code: string, vendors: readonly VendorData[]): VendorUse[] {
  return enhancedUses(vendors)
    .filter((use) => rangeId(use.range) === code || (isRange(use.range) && rangeContains(use.range, code)))
    .map(({ vendor, reply }) => ({ vendor, reply }));
}
