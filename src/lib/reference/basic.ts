/** Builds a basic reply code's page (/530/) into the reference-page model. */
import { type ReplyClass, replyClassOf } from '../codes/replyCodes';
import type { NonstandardData } from '../codes/nonstandardSchema';
import type { CodeEntryData } from '../codes/schema';
import { parseEnhanced, type EnhancedClass } from '../enhanced/codes';
import { joinRich, md, type RichText, type Segment } from '../inlineMarkdown';
import { rfcLabel, rfcUrl } from '../rfc';
import { absoluteUrl, codeUrl, compareCodeUrl, comparisonUrl } from '../urls';
import type { VendorData } from '../vendors/schema';
import { REPLY_CLASSES, categoryOf } from '../wording/classes';
import { RETRY } from '../wording/retry';
import { stageLabels } from '../wording/stages';
import { SECTIONS, documentTitle, type FixGroupModel, type ReferencePageModel } from './model';
import { basicRecord, ticketSummary } from './records';
import { reviewModel, rfcSources } from './review';
import { citationItem, definitionItem, fixGroups, whoActs, wildItem } from './shared';

/** What a code page needs to know about the rest of the site, for its links. */
export interface SiteIndex {
  /** The public origin, for the ticket's address. */
  site: URL | undefined;
  /** Titles of the basic codes. */
  basicTitles: ReadonlyMap<number, string>;
  /** Titles of the registry entries ("X.7.1"). */
  enhancedTitles: ReadonlyMap<string, string>;
  /** The classes each registry entry has pages for. */
  enhancedClasses: ReadonlyMap<string, readonly EnhancedClass[]>;
  /** The codes a basic code has a hand-written comparison with. */
  curatedWith: (code: number) => number[];
  /** The vendor dataset: other readings, provider links in "Seen in the wild". */
  vendors?: readonly VendorData[] | undefined;
  /** The non-standard basic codes with pages (/571/): linked from the codes they are confused with. */
  nonstandard?: readonly NonstandardData[] | undefined;
}

/** "SMTP 530 Authentication Required": the h1 and the start of the document title. */
export function codeHeading(data: Pick<CodeEntryData, 'code' | 'title'>): string {
  return `SMTP ${data.code} ${data.title}`;
}

/** The two sentences on what the first and second digits say. */
export function describeClass(code: number) {
  const replyClass: ReplyClass = replyClassOf(code);
  const classInfo = REPLY_CLASSES[replyClass];
  const category = categoryOf(code);
  return {
    replyClass,
    classLabel: classInfo.label,
    classSentence: `The first digit, ${replyClass}, makes this a ${classInfo.name.toLowerCase()} reply: ${classInfo.meaning}`,
    categorySentence: `The second digit, ${Math.floor(code / 10) % 10}, puts it in the “${category.name.toLowerCase()}” category (RFC 5321 §4.2.1). ${category.explanation}`,
  };
}

/**
 * The enhanced codes a basic code carries, linked where the site has a page. Vendor codes outside
 * the registry (Microsoft's 5.7.57) stay as plain text.
 */
export function enhancedItems(data: CodeEntryData, site: SiteIndex): RichText[] {
  return data.enhanced.map((code) => {
    const parsed = parseEnhanced(code);
    const text = `${data.code} ${code}`;
    if (!parsed || !site.enhancedClasses.get(parsed.neutral)?.includes(parsed.replyClass)) {
      return [{ code: text }, ": a vendor's own code, not in the IANA registry"];
    }
    const title = site.enhancedTitles.get(parsed.neutral);
    return [{ text, href: codeUrl(code) }, ...(title ? [`: ${title}`] : [])];
  });
}

function fixModel(fix: CodeEntryData['fix']): FixGroupModel[] {
  return fixGroups(fix).map((group) =>
    group.actor === 'nobody'
      ? { heading: group.label, steps: group.steps.map(md), paragraph: true }
      : { heading: group.label, steps: group.steps.map(md) },
  );
}

export function basicPageModel(data: CodeEntryData, site: SiteIndex): ReferencePageModel {
  const heading = codeHeading(data);
  const cls = describeClass(data.code);
  const record = basicRecord(data);
  const code = String(data.code);
  const extensions =
    data.extensions.length === 0
      ? ''
      : ` (${data.extensions.join(', ')} extension${data.extensions.length > 1 ? 's' : ''})`;
  const definedIn: Segment[] = [
    ...joinRich(
      data.meanings.map((meaning) => ({ text: rfcLabel(meaning.source), href: rfcUrl(meaning.source) })),
    ),
    extensions,
  ];
  const enhanced = enhancedItems(data, site);
  const titleOf = (other: number) => site.basicTitles.get(other) ?? '';
  const confused = (site.nonstandard ?? []).filter((entry) => entry.confusedWith.includes(data.code));
  return {
    kind: 'basic',
    code,
    path: codeUrl(code),
    heading,
    documentTitle: documentTitle(heading),
    description: data.summary,
    summary: data.summary,
    ticket: ticketSummary(record, absoluteUrl(`/${code}/`, site.site)),
    record,
    notices:
      data.status === 'deprecated'
        ? [
            {
              lead: 'Deprecated.',
              text: [
                'This code is kept in the specification for historical reasons only; servers should no longer send it.',
              ],
            },
          ]
        : [],
    facts: [
      {
        label: 'Class',
        value: [{ badge: `class-${cls.replyClass}`, text: `${cls.replyClass}xx ${cls.classLabel}` }],
      },
      { label: 'Answers', value: [stageLabels(data.stages).join(', ')] },
      { label: 'Who acts', value: [whoActs(data.fix)] },
      { label: 'Retry?', value: [RETRY[data.retry.policy].answer] },
      { label: 'Defined in', value: definedIn },
    ],
    digits: { ...SECTIONS.digits, paragraphs: [[cls.classSentence], [cls.categorySentence]] },
    when: {
      ...SECTIONS.when,
      causes: { heading: 'Usual causes', items: data.causes.map(md) },
    },
    fix: { ...SECTIONS.fix, groups: fixModel(data.fix) },
    retry: { ...SECTIONS.retry, answer: RETRY[data.retry.policy].answer, detail: md(data.retry.advice) },
    example: {
      ...SECTIONS.example,
      transcript: data.transcript.trim(),
      legend: [{ code: 'C:' }, ' lines are sent by the client, ', { code: 'S:' }, ' lines by the server.'],
    },
    wild: {
      ...SECTIONS.wild,
      ...(data.wild.length === 0
        ? {
            empty:
              "Servers send this code with the RFC's wording or close to it; there is no widespread variant worth listing.",
          }
        : {}),
      items: data.wild.map((entry) => wildItem(entry, site.vendors)),
      ...(confused.length > 0
        ? {
            confusedWith: {
              heading: 'Non-standard codes confused with this one',
              id: 'nonstandard',
              items: confused.map((entry): RichText => [
                { text: `${entry.code} ${entry.title}`, href: codeUrl(entry.code) },
                ': ',
                { md: entry.sentBy },
              ]),
            },
          }
        : {}),
    },
    ...(enhanced.length > 0
      ? {
          enhanced: {
            ...SECTIONS.enhanced,
            intro: `Servers that support enhanced status codes (RFC 3463) put one after the ${code}. The ones seen with it most often:`,
            items: enhanced,
          },
        }
      : {}),
    spec: {
      ...SECTIONS.spec,
      paragraphs: [],
      definitions: data.meanings.map(definitionItem),
      referencesHeading: 'Sections to read',
      references: data.references.map(citationItem),
    },
    related: {
      ...SECTIONS.related,
      items: data.related.map((item) => [
        { text: `${item.code} ${titleOf(item.code)}`.trim(), href: codeUrl(item.code) },
        ': ',
        { md: item.why },
      ]),
    },
    compare: {
      ...SECTIONS.compare,
      items: [
        ...site
          .curatedWith(data.code)
          .map((other): RichText => [
            { text: `${code} vs ${other} ${titleOf(other)}`, href: comparisonUrl(data.code, other) },
          ]),
        [{ text: `Every comparison with ${code}`, href: compareCodeUrl(data.code) }],
      ],
    },
    review: reviewModel({
      heading,
      address: absoluteUrl(`/${code}/`, site.site),
      sources: rfcSources([
        ...data.meanings.map((meaning) => meaning.source.rfc),
        ...data.references.map((ref) => ref.rfc),
      ]),
      reviewed: data.reviewed,
    }),
  };
}
