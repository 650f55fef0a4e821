/**
 * Builds the page of a code, or a documented range, that vendors send but the IANA registry does
 * not have (/5.7.139/, /5.7.606-649/) into the reference-page model: the vendor's meaning, who
 * acts, retry and first step, the replies as sent, and what the class and subject digits say.
 */
import type { EnhancedClass } from '../enhanced/codes';
import { REGISTRY_ENTRIES } from '../enhanced/registry';
import { inlineToPlainText, md, type RichText, type Segment } from '../inlineMarkdown';
import { rfcLabel, rfcUrl } from '../rfc';
import { absoluteUrl, codeUrl, providerUrl } from '../urls';
import { isRange, rangeContains, type VendorCodePage } from '../vendors/codes';
import { replyHeadline } from '../vendors/names';
import type { VendorData } from '../vendors/schema';
import { ACTOR_LABELS } from '../wording/actors';
import { ENHANCED_CLASSES } from '../wording/classes';
import { listWith } from '../wording/prose';
import { RETRY, retrySentence } from '../wording/retry';
import { SUBJECTS, subjectSentence } from '../wording/subjects';
import type { SiteIndex } from './basic';
import { SECTIONS, documentTitle, type FixGroupModel, type ReferencePageModel } from './model';
import type { CodeRecord } from './records';
import { pageReferences, ticketSummary } from './records';
import { enhancedHref, replyCodeLinks, sourceLinks, vendorLink } from './vendorLinks';

/** RFC 3463 §2: servers should send only registered codes; clients fall back on the subject. */
const RFC3463_STRUCTURE = { rfc: 3463, section: '2' };

/** The vendors of a page, each once, in the order their replies come. */
function vendorsOf(page: VendorCodePage): VendorData[] {
  return [...new Set(page.uses.map((use) => use.vendor))];
}

/** "5.7.606 to 5.7.649" for a range, the code itself otherwise. */
export function rangeWords(page: Pick<VendorCodePage, 'range' | 'id'>): string {
  const { cls, subject, from, to } = page.range;
  return isRange(page.range) ? `${cls}.${subject}.${from} to ${cls}.${subject}.${to}` : page.id;
}

/** The published record of a vendor code's page: the first documented reply speaks for it. */
export function vendorCodeRecord(page: VendorCodePage): CodeRecord {
  const first = page.uses[0];
  if (!first) throw new Error(`vendor code page ${page.id} has no replies`);
  const { reply } = first;
  return {
    code: page.id,
    kind: 'vendor',
    class: Number(page.range.cls),
    name: replyHeadline(reply.text),
    meaning: inlineToPlainText(reply.meaning),
    retry: reply.retry,
    retryText: retrySentence(reply.retry),
    whoActs: [reply.whoActs],
    firstStep: inlineToPlainText(reply.firstStep),
    url: codeUrl(page.id),
    stages: [],
    enhancedCodes: [],
    basicCodes: [...new Set(page.uses.map((use) => use.reply.basic))].toSorted((a, b) => a - b),
    references: pageReferences(page.uses.flatMap((use) => use.reply.sources)),
  };
}

/** The registry's catch-all code of the same subject ("5.7.0"), which a client that does not know the code falls back on. */
function subjectFallback(page: VendorCodePage): { code: string; title: string } | undefined {
  const neutral = `X.${page.range.subject}.0`;
  const entry = REGISTRY_ENTRIES.find((candidate) => candidate.code === neutral);
  return entry ? { code: `${page.range.cls}.${page.range.subject}.0`, title: entry.sample_text } : undefined;
}

/** Codes with a page of their own inside this range, or the range a single code sits in. */
function neighbours(page: VendorCodePage, pages: readonly VendorCodePage[]): VendorCodePage[] {
  return pages.filter((other) => {
    if (other.id === page.id) return false;
    if (isRange(page.range) && !isRange(other.range)) return rangeContains(page.range, other.id);
    if (!isRange(page.range) && isRange(other.range)) return rangeContains(other.range, page.id);
    return false;
  });
}

export function vendorCodePageModel(
  page: VendorCodePage,
  site: SiteIndex,
  pages: readonly VendorCodePage[] = [],
): ReferencePageModel {
  const record = vendorCodeRecord(page);
  const vendors = vendorsOf(page);
  const cls = page.range.cls as EnhancedClass;
  const heading = `${page.id} ${record.name}`;
  const vendorNames = listWith(
    vendors.map((vendor) => vendor.name),
    'and',
  );
  const usedBy = vendors.flatMap((vendor, index): Segment[] => [
    ...(index === 0 ? [] : [index === vendors.length - 1 ? ' and ' : ', ']),
    vendorLink(vendor),
  ]);
  const ranged = isRange(page.range);
  const fallback = subjectFallback(page);
  const first = page.uses[0];
  const retry = first?.reply.retry ?? 'after-fix';
  const actorGroups = new Map<string, RichText[]>();
  for (const { reply } of page.uses) {
    const steps = actorGroups.get(reply.whoActs) ?? [];
    if (!steps.some((step) => JSON.stringify(step) === JSON.stringify(md(reply.firstStep)))) {
      steps.push(md(reply.firstStep));
    }
    actorGroups.set(reply.whoActs, steps);
  }
  const groups: FixGroupModel[] = [...actorGroups].map(([actor, steps]) => ({
    heading: ACTOR_LABELS[actor as keyof typeof ACTOR_LABELS],
    steps,
  }));
  const sources = [...new Set(page.uses.flatMap((use) => use.reply.sources))];
  const detailWords = ranged
    ? `The details ${page.range.from} to ${page.range.to} are ${vendorNames}’s own: the registry defines none of them, and ${vendorNames} gives every number in the range the same meaning.`
    : `The detail, ${page.range.from}, is ${vendorNames}’s own: the registry defines no X.${page.range.subject}.${page.range.from}.`;
  const subjectName = SUBJECTS[page.range.subject]?.name;
  return {
    kind: 'vendor',
    code: page.id,
    path: codeUrl(page.id),
    heading,
    documentTitle: documentTitle(`${heading} (${vendorNames})`),
    description: record.meaning,
    summary: record.meaning,
    ticket: ticketSummary(record, absoluteUrl(`/${page.id}/`, site.site)),
    record,
    notices: [
      {
        lead: 'Not in the IANA registry;',
        text: [
          'used by ',
          ...usedBy,
          ranged ? `, which gives every code from ${rangeWords(page)} this meaning.` : '.',
        ],
      },
    ],
    facts: [
      { label: 'Class', value: [{ badge: `class-${cls}`, text: `${cls} ${ENHANCED_CLASSES[cls].label}` }] },
      ...(subjectName ? [{ label: 'Subject', value: [`X.${page.range.subject} ${subjectName}`] }] : []),
      { label: 'Used by', value: usedBy },
      { label: 'Who acts', value: [groups.map((group) => group.heading).join(', ')] },
      { label: 'Retry?', value: [RETRY[retry].answer] },
    ],
    digits: {
      ...SECTIONS.digits,
      paragraphs: [
        [ENHANCED_CLASSES[cls].meaning],
        ...(subjectName ? [[subjectSentence(page.range.subject)]] : []),
        [detailWords],
        ...(fallback
          ? [
              [
                'A program that does not know the code reads it by its subject, as ',
                { text: `${fallback.code} ${fallback.title}`, href: enhancedHref(fallback.code, site) },
                ' (',
                { text: rfcLabel(RFC3463_STRUCTURE), href: rfcUrl(RFC3463_STRUCTURE) },
                ').',
              ] satisfies RichText,
            ]
          : []),
      ],
    },
    when: {
      ...SECTIONS.when,
      causes: {
        heading: `What ${vendors.length === 1 ? 'it means' : 'each means by it'}`,
        items: page.uses.map(({ vendor, reply }): RichText => [
          ...(vendors.length > 1 ? [vendorLink(vendor), ': '] : []),
          { md: reply.meaning },
        ]),
      },
    },
    fix: { ...SECTIONS.fix, groups },
    retry: { ...SECTIONS.retry, answer: RETRY[retry].answer, detail: [RETRY[retry].detail] },
    wild: {
      ...SECTIONS.wild,
      items: page.uses.map(({ vendor, reply }): RichText => [
        vendorLink(vendor),
        ' ',
        { code: reply.text, reply: true },
        ...(reply.tag ? [' Tag: ', { code: reply.tag }, '.'] : []),
      ]),
    },
    spec: {
      ...SECTIONS.spec,
      paragraphs: [
        [
          'No RFC defines this code and the IANA registry does not list it. RFC 3463 asks servers to send only registered codes and to carry their own diagnostics in the text instead (',
          { text: rfcLabel(RFC3463_STRUCTURE), href: rfcUrl(RFC3463_STRUCTURE) },
          `); the meaning above is ${vendorNames}’s, from the sources below.`,
        ],
      ],
      definitions: [],
      referencesHeading: 'Sources',
      references: sources.map((url) => sourceLinks([url])),
    },
    related: {
      ...SECTIONS.related,
      items: [
        ...neighbours(page, pages).map((other): RichText => {
          const name = other.uses[0] ? replyHeadline(other.uses[0].reply.text) : '';
          return [
            { text: `${other.id} ${name}`.trim(), href: codeUrl(other.id) },
            isRange(other.range)
              ? ': the documented range this code belongs to'
              : ': documented on its own within this range',
          ];
        }),
        ...[...new Set(page.uses.map((use) => use.reply.basic))].map((basic): RichText => {
          const [link] = replyCodeLinks({ basic }, site);
          return [link ?? String(basic), ': the basic code it comes with'];
        }),
        ...(fallback
          ? [
              [
                { text: `${fallback.code} ${fallback.title}`, href: enhancedHref(fallback.code, site) },
                ': the registry’s general code for this subject',
              ] satisfies RichText,
            ]
          : []),
      ],
      after: [
        'Every reply documented by ',
        ...vendors.flatMap((vendor, index): Segment[] => [
          ...(index === 0 ? [] : [' and ']),
          { text: vendor.name, href: providerUrl(vendor.slug) },
        ]),
      ],
    },
  };
}
