/**
 * Builds the page of a basic code no standard defines but people meet (/571/, /471/, /523/) into
 * the reference-page model: marked non-standard, who sends it, the standard codes it stands for,
 * retry, who acts, first step and the sources.
 */
import type { NonstandardData } from '../codes/nonstandardSchema';
import { isStandardCode, type ReplyClass } from '../codes/replyCodes';
import { parseEnhanced } from '../enhanced/codes';
import { inlineToPlainText, joinRich, md, type RichText, type Segment } from '../inlineMarkdown';
import { rfcLabel, rfcUrl } from '../rfc';
import { absoluteUrl, codeUrl } from '../urls';
import { ACTOR_LABELS } from '../wording/actors';
import { CLASS_READING, REPLY_CLASSES, categoryOf } from '../wording/classes';
import { NONSTANDARD_CATEGORY_LABELS } from '../wording/nonstandard';
import { RETRY, retrySentence } from '../wording/retry';
import type { SiteIndex } from './basic';
import { SECTIONS, documentTitle, type ReferencePageModel } from './model';
import { pageReferences, ticketSummary, type CodeRecord } from './records';
import { enhancedHref, sourceLink } from './vendorLinks';

/** RFC 5321 §4.2: the reply-code grammar, and reading an unknown code by its first digit. */
const REPLY_GRAMMAR = { rfc: 5321, section: '4.2' };

export function nonstandardRecord(data: NonstandardData): CodeRecord {
  return {
    code: String(data.code),
    kind: 'nonstandard',
    class: Math.floor(data.code / 100),
    name: data.title,
    meaning: data.summary.trim(),
    retry: data.retry,
    retryText: retrySentence(data.retry),
    whoActs: [data.whoActs],
    firstStep: inlineToPlainText(data.firstStep),
    url: codeUrl(data.code),
    stages: [],
    enhancedCodes: data.enhanced ? [data.enhanced] : [],
    basicCodes: [],
    references: pageReferences(data.sources.map((source) => source.url)),
  };
}

/** "SMTP 571 Delivery Not Authorized (from 5.7.1, non-standard)". */
export function nonstandardHeading(data: Pick<NonstandardData, 'code' | 'title'>): string {
  return `SMTP ${data.code} ${data.title}`;
}

/** What each digit says, or why it cannot say it: 571's 7 is outside RFC 5321's grammar. */
export function nonstandardDigits(code: number): RichText[] {
  const first = Math.floor(code / 100);
  const second = Math.floor(code / 10) % 10;
  const grammar: Segment = { text: rfcLabel(REPLY_GRAMMAR), href: rfcUrl(REPLY_GRAMMAR) };
  if (first < 2 || first > 5) {
    return [
      [
        `The first digit, ${first}, is not a class of SMTP reply: RFC 5321 allows only 2 to 5 there (`,
        grammar,
        '), so no server sends this number as a reply.',
      ],
    ];
  }
  const cls = first as ReplyClass;
  const classSentence: RichText = [
    `The first digit, ${first}, is what a client goes by: it reads an unknown code as ${CLASS_READING[cls]} (`,
    grammar,
    `), a ${REPLY_CLASSES[cls].name.toLowerCase()} reply.`,
  ];
  const secondSentence: RichText =
    second > 5
      ? [
          `The second digit, ${second}, is outside the 0 to 5 that RFC 5321’s grammar allows, so no standard code has it.`,
        ]
      : [
          `The second digit, ${second}, would put it in the “${categoryOf(code).name.toLowerCase()}” category, but no standard defines ${code} itself.`,
        ];
  return [classSentence, secondSentence];
}

export function nonstandardPageModel(data: NonstandardData, site: SiteIndex): ReferencePageModel {
  const code = String(data.code);
  const heading = nonstandardHeading(data);
  const record = nonstandardRecord(data);
  const titleOf = (other: number) => site.basicTitles.get(other) ?? '';
  const standsFor: Segment[] = joinRich(
    data.standsFor.filter(isStandardCode).map((other) => ({ text: String(other), href: codeUrl(other) })),
    ', ',
    ' or ',
  );
  const actor = ACTOR_LABELS[data.whoActs];
  // The enhanced code it comes from is linked when the registry has it (4.4.9 is not registered).
  const neutral = data.enhanced ? parseEnhanced(data.enhanced)?.neutral : undefined;
  const enhanced: Segment[] = data.enhanced
    ? [
        neutral && site.enhancedClasses.has(neutral)
          ? { text: data.enhanced, href: enhancedHref(data.enhanced, site) }
          : { code: data.enhanced },
      ]
    : [];
  const relatedCodes = [...new Set([...data.standsFor, ...data.confusedWith])].filter(isStandardCode);
  return {
    kind: 'nonstandard',
    code,
    path: codeUrl(code),
    heading,
    documentTitle: documentTitle(heading),
    description: data.summary.trim(),
    summary: data.summary.trim(),
    ticket: ticketSummary(record, absoluteUrl(`/${code}/`, site.site)),
    record,
    notices: [
      {
        lead: 'Non-standard.',
        text: [
          `No standard defines ${code}. `,
          ...(standsFor.length > 0
            ? ['Read it as ', ...standsFor, ...(enhanced.length > 0 ? [' with ', ...enhanced] : []), '.']
            : ['No standard code fits it.']),
        ],
      },
    ],
    facts: [
      { label: 'Status', value: [NONSTANDARD_CATEGORY_LABELS[data.category]] },
      {
        label: 'Stands for',
        value: standsFor.length > 0 ? standsFor : ['No standard code'],
      },
      ...(enhanced.length > 0 ? [{ label: 'Enhanced code', value: enhanced }] : []),
      { label: 'Who acts', value: [actor] },
      { label: 'Retry?', value: [RETRY[data.retry].answer] },
    ],
    digits: { ...SECTIONS.digits, paragraphs: nonstandardDigits(data.code) },
    when: {
      ...SECTIONS.when,
      causes: { heading: 'Who sends it', items: [md(data.sentBy)] },
    },
    fix: {
      ...SECTIONS.fix,
      groups: [
        data.whoActs === 'nobody'
          ? { heading: actor, steps: [md(data.firstStep)], paragraph: true }
          : { heading: actor, steps: [md(data.firstStep)] },
      ],
    },
    retry: { ...SECTIONS.retry, answer: RETRY[data.retry].answer, detail: [RETRY[data.retry].detail] },
    wild: {
      ...SECTIONS.wild,
      items: data.sources.map((source): RichText => [sourceLink(source.url), ': ', { md: source.about }]),
    },
    spec: {
      ...SECTIONS.spec,
      paragraphs: [
        [
          `No RFC defines ${code}. RFC 5321 lists the reply codes a server may send and tells a client to read one it does not know by its first digit (`,
          { text: rfcLabel(REPLY_GRAMMAR), href: rfcUrl(REPLY_GRAMMAR) },
          ').',
        ],
      ],
      definitions: [],
      references: [
        [{ text: rfcLabel(REPLY_GRAMMAR), href: rfcUrl(REPLY_GRAMMAR) }, ': reply codes and their digits'],
      ],
    },
    related: {
      ...SECTIONS.related,
      items: relatedCodes.map((other): RichText => [
        { text: `${other} ${titleOf(other)}`.trim(), href: codeUrl(other) },
        data.standsFor.includes(other)
          ? `: the standard code to read ${code} as`
          : `: often confused with ${code}`,
      ]),
      ...(enhanced.length > 0 ? { after: ['The enhanced code it comes from: ', ...enhanced] } : {}),
    },
  };
}
