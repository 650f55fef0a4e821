/**
 * "Other readings" of a registry code: the vendor replies that send the same number with a meaning
 * of their own (`registryDiffers` in content/vendors), for the page's section, its notice, its
 * facts box and "Copy for ticket", each saying how to tell which reading you have.
 */
import { enhancedCodesIn } from '../enhanced/codes';
import { inlineToPlainText, type RichText, type Segment } from '../inlineMarkdown';
import { vendorUsesOf, type VendorUse } from '../vendors/codes';
import { vendorByName } from '../vendors/names';
import type { VendorData } from '../vendors/schema';
import type { Fact, Notice, ReferencePageModel } from './model';
import { SECTIONS } from './model';
import { howToTell, howToTellText, vendorLink } from './vendorLinks';

/** The vendor replies that give `code` ("5.1.10") a meaning other than the registry's. */
export function otherReadingsOf(code: string, vendors: readonly VendorData[]): VendorUse[] {
  return vendorUsesOf(code, vendors).filter((use) => use.reply.registryDiffers !== undefined);
}

/** The readings grouped by vendor, each vendor once, in the order of its first reply. */
function byVendor(uses: readonly VendorUse[]): { vendor: VendorData; replies: VendorUse['reply'][] }[] {
  const groups = new Map<VendorData, VendorUse['reply'][]>();
  for (const { vendor, reply } of uses) groups.set(vendor, [...(groups.get(vendor) ?? []), reply]);
  return [...groups].map(([vendor, replies]) => ({ vendor, replies }));
}

/** How to tell a vendor's reading apart: its one reply's tag and hosts, or its hosts when it has several. */
function vendorClue(vendor: VendorData, replies: readonly VendorUse['reply'][]): Segment[] {
  const [only] = replies;
  if (replies.length === 1 && only) return howToTell(vendor, only);
  const byHost = howToTell(vendor, {});
  if (byHost.length > 0) return byHost;
  const tags = [...new Set(replies.flatMap((reply) => (reply.tag ? [reply.tag] : [])))].slice(0, 2);
  return tags.flatMap((tag, index): Segment[] => [
    ...(index > 0 ? [' or '] : []),
    { code: tag },
    ...(index === tags.length - 1 ? [' in the reply'] : []),
  ]);
}

/** A `vendorReuse` item of an enhanced content file. */
export interface VendorReuseItem {
  vendor: string;
  code: string;
  meaning: string;
  note: string;
}

/**
 * The content file's `vendorReuse` items the vendor dataset does not cover: no reply of the vendor
 * the item names gives one of the item's codes a `registryDiffers`. Covered items are left out (the
 * dataset is their one home); an item whose name fits no vendor file, or several, is kept, so that
 * no fact is lost.
 */
export function uncoveredVendorReuse<T extends VendorReuseItem>(
  items: readonly T[],
  vendors: readonly VendorData[],
): T[] {
  return items.filter((item) => {
    const vendor = vendorByName(item.vendor, vendors);
    if (vendor === undefined || vendor === 'ambiguous') return true;
    const codes: readonly string[] = enhancedCodesIn(item.code);
    return !codes.some((code) => otherReadingsOf(code, vendors).some((use) => use.vendor === vendor));
  });
}

/** A `vendorReuse` item the dataset lacks, as the page showed it before the dataset existed. */
export function vendorReuseItem(item: VendorReuseItem): RichText {
  return [
    { strong: item.vendor },
    ' sends ',
    { code: item.code },
    ` meaning “${item.meaning}”. `,
    { md: item.note },
  ];
}

export interface OtherReadings {
  section: NonNullable<ReferencePageModel['otherReadings']>;
  notice?: Notice;
  fact?: Fact;
  /** Lines appended to "Copy for ticket". */
  ticketLines: string[];
}

/** Everything a registry page shows about its other readings, or undefined when it has none. */
export function otherReadings(
  code: string,
  vendors: readonly VendorData[] | undefined,
  reuse: readonly VendorReuseItem[] = [],
): OtherReadings | undefined {
  const uses = otherReadingsOf(code, vendors ?? []);
  const extra = uncoveredVendorReuse(reuse, vendors ?? []).map(vendorReuseItem);
  if (uses.length === 0 && extra.length === 0) return undefined;
  const intro: RichText = [
    `The registry’s meaning above is what the standards give ${code}. These providers send it with a meaning of their own; the server name in the bounce, or the tag in the reply, tells you which reading applies.`,
  ];
  if (uses.length === 0)
    return { section: { ...SECTIONS.otherReadings, intro, items: extra }, ticketLines: [] };
  const groups = byVendor(uses);
  const names = groups.flatMap(({ vendor }, index): Segment[] => [
    ...(index === 0 ? [] : [index === groups.length - 1 ? ' and ' : ', ']),
    vendorLink(vendor),
  ]);
  const anchor: Segment = {
    text: SECTIONS.otherReadings.heading.toLowerCase(),
    href: `#${SECTIONS.otherReadings.id}`,
  };
  return {
    notice: {
      lead: 'Two readings.',
      // The code leads the sentence: a provider's name can itself read as plural ("Microsoft 365
      // and Outlook.com"), so no verb has to agree with it.
      text: [
        `${code} also has a provider's own meaning in replies from `,
        ...names,
        '; see ',
        anchor,
        ' for how to tell which one you have.',
      ],
    },
    fact: {
      label: 'Other readings',
      value: groups.flatMap(({ vendor, replies }, index): Segment[] => {
        const clue = vendorClue(vendor, replies);
        return [
          ...(index > 0 ? ['; '] : []),
          vendorLink(vendor),
          ...(clue.length > 0 ? [' (', ...clue, ')'] : []),
        ];
      }),
    },
    section: {
      ...SECTIONS.otherReadings,
      intro,
      items: [
        ...uses.map(({ vendor, reply }): RichText => {
          const clue = howToTell(vendor, reply);
          return [
            vendorLink(vendor),
            ' ',
            { code: reply.text, reply: true },
            ' ',
            { md: reply.registryDiffers ?? reply.meaning },
            ...(clue.length > 0 ? [' Tell it by ', ...clue, '.'] : []),
            ' First step: ',
            { md: reply.firstStep },
          ];
        }),
        ...extra,
      ],
    },
    ticketLines: groups.map(({ vendor, replies }) => {
      const [first] = replies;
      const clue = first ? howToTellText(vendor, replies.length === 1 ? first : {}) : '';
      const meaning = first ? inlineToPlainText(first.meaning) : '';
      const step = first ? inlineToPlainText(first.firstStep) : '';
      return `Other reading, ${vendor.name}: ${meaning}${clue ? ` (Tell by: ${clue}.)` : ''}${step ? ` First step there: ${step}` : ''}`;
    }),
  };
}
