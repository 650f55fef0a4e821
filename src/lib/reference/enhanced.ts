/**
 * Builds one class page of an enhanced status code (/4.7.1/, /5.7.1/) into the reference-page
 * model: both come from the same class-neutral content file and IANA registry entry.
 */
import { replyClassOf } from '../codes/replyCodes';
import { enhancedCodesIn, forClass, pageClasses, withClass, type EnhancedClass } from '../enhanced/codes';
import { associatedBasicCodes, registryEntry, type RegistryEntry } from '../enhanced/registry';
import type { EnhancedEntryData } from '../enhanced/schema';
import { joinRich, md, type RichText } from '../inlineMarkdown';
import { absoluteUrl, codeUrl, enhancedIndexUrl } from '../urls';
import { ENHANCED_CLASSES } from '../wording/classes';
import { listWith } from '../wording/prose';
import { RETRY, retryPolicyForClass } from '../wording/retry';
import { subjectSentence } from '../wording/subjects';
import type { SiteIndex } from './basic';
import { SECTIONS, documentTitle, type ReferencePageModel } from './model';
import { enhancedRecord, ticketSummary } from './records';
import { reviewModel, rfcSources } from './review';
import { otherReadings } from './readings';
import { citationItem, fixGroups, whoActs, wildItem } from './shared';

/** "5.7.1 Delivery not authorized, message refused" */
export function enhancedHeading(data: Pick<EnhancedEntryData, 'code' | 'title'>, cls: EnhancedClass): string {
  return `${withClass(data.code, cls)} ${data.title}`;
}

/** Whether the registry expects this class for the entry, as a sentence for the page. */
export function registryExpectation(entry: RegistryEntry, cls: EnhancedClass): string {
  const classes = entry.applicable_classes;
  if (!classes || classes.length === 0) {
    return 'The registry does not say which classes this code applies to, so any class that fits the situation is acceptable.';
  }
  const named = listWith(classes, 'and');
  if (classes.includes(cls)) {
    return classes.length === 1
      ? `The registry expects this code only in class ${cls}, as sent here.`
      : `The registry expects this code in classes ${named}; class ${cls} is one of them.`;
  }
  // The registry's own list of associated basic codes can name this class even when its
  // description does not (X.7.1: "permanent" in RFC 3463, yet 451 and 454 are listed).
  const listed = entry.associated_basic_codes.filter(
    (basic) => basic.startsWith(cls) && /^\d{3}$/.test(basic),
  );
  if (listed.length > 0) {
    return `The registry's description expects this code in class${classes.length > 1 ? 'es' : ''} ${named}, but its associated basic codes include ${listWith(listed, 'and')}, so ${withClass(entry.code, cls)} is in use as well.`;
  }
  return `The registry expects this code only in class${classes.length > 1 ? 'es' : ''} ${named}, not ${cls}. A ${withClass(entry.code, cls)}, where a server sends one, is read by its class digit.`;
}

/** Basic codes shown on a class page: the entry's own pairs of this class, then the registry's others. */
export function basicCodesFor(data: EnhancedEntryData, cls: EnhancedClass) {
  const pairs = data.basicCodes.filter((pair) => String(replyClassOf(pair.code)) === cls);
  const registry = associatedBasicCodes(registryEntry(data.code));
  const registryOnly = registry.standard.filter(
    (code) => String(replyClassOf(code)) === cls && !pairs.some((pair) => pair.code === code),
  );
  return {
    pairs,
    registryOnly,
    registryOther: registry.other,
    registryRaw: registryEntry(data.code).associated_basic_codes_raw,
  };
}

/** Wild replies of this class first; the rest are shown apart, labelled by their class. */
export function wildFor(data: EnhancedEntryData, cls: EnhancedClass) {
  const ofClass = (reply: string) => /^\d\d\d[ -](\d)/.exec(reply)?.[1];
  return {
    thisClass: data.wild.filter((entry) => ofClass(entry.reply) === cls),
    otherClasses: data.wild.filter((entry) => ofClass(entry.reply) !== cls),
  };
}

/** Where a related registry code links from a page of class `cls`: the same class if it has one. */
export function relatedEnhancedHref(
  code: string,
  cls: EnhancedClass,
  classesOf: ReadonlyMap<string, readonly EnhancedClass[]>,
): { href: string; code: string } {
  const available = classesOf.get(code) ?? [];
  const target = available.includes(cls) ? cls : (available.at(-1) ?? '5');
  return { href: codeUrl(withClass(code, target)), code: withClass(code, target) };
}

export function enhancedPageModel(
  data: EnhancedEntryData,
  cls: EnhancedClass,
  site: SiteIndex,
): ReferencePageModel {
  const registry = registryEntry(data.code);
  const code = withClass(data.code, cls);
  const heading = enhancedHeading(data, cls);
  const info = ENHANCED_CLASSES[cls];
  const summary = forClass(data.summary, data.code, cls);
  const basics = basicCodesFor(data, cls);
  const wild = wildFor(data, cls);
  const record = enhancedRecord(data, cls);
  const retryOverride = cls === '2' ? undefined : data.retry?.[cls];
  const retry = retryOverride
    ? { answer: RETRY[retryOverride.policy].answer, detail: retryOverride.advice }
    : RETRY[retryPolicyForClass(Number(cls))];
  const detail = data.code.split('.')[2];
  const carriedByCodes = [...basics.pairs.map((pair) => pair.code), ...basics.registryOnly];
  const otherClassLinks = pageClasses(data)
    .filter((other) => other !== cls)
    .map((other) => ({ text: withClass(data.code, other), href: codeUrl(withClass(data.code, other)) }));
  const others = basics.registryOther;
  const registryNote =
    `The IANA registry lists these associated basic codes: ${basics.registryRaw || 'none'}.` +
    (others.length > 0
      ? ` Of those, ${others.join(', ')} ${others.length === 1 ? 'is' : 'are'} not a standard SMTP reply code, so no server should send ${others.length === 1 ? 'it' : 'them'} as one.`
      : '');
  const basicTitle = (basic: number) => site.basicTitles.get(basic) ?? '';
  // What providers mean by this number, from the vendor dataset; the content file's vendorReuse
  // items the dataset does not cover yet are shown with them.
  const reuse = data.vendorReuse.filter((item) => {
    const codes: readonly string[] = enhancedCodesIn(item.code);
    return codes.length === 0 || codes.includes(code);
  });
  const readings = otherReadings(code, site.vendors, reuse);
  const ticket = ticketSummary(record, absoluteUrl(`/${code}/`, site.site));
  return {
    kind: 'enhanced',
    code,
    path: codeUrl(code),
    heading,
    documentTitle: documentTitle(heading),
    description: summary,
    summary,
    ticket: [ticket, ...(readings?.ticketLines ?? [])].join('\n'),
    record,
    notices: [
      ...(registry.deprecated
        ? [
            {
              lead: 'Deprecated.',
              text: [
                'The registry marks this code as deprecated; servers should use the code it points to instead.',
              ],
            },
          ]
        : []),
      ...(readings?.notice ? [readings.notice] : []),
    ],
    facts: [
      { label: 'Class', value: [{ badge: `class-${cls}`, text: `${cls} ${info.label}` }] },
      { label: 'Subject', value: [`X.${data.subject} ${data.subjectName}`] },
      {
        label: 'Carried by',
        value:
          carriedByCodes.length === 0
            ? ['No standard basic code of this class is listed for it']
            : joinRich(carriedByCodes.map((basic) => ({ text: String(basic), href: codeUrl(basic) }))),
      },
      { label: 'Who acts', value: [cls === '2' ? 'Nobody' : whoActs(data.fix)] },
      { label: 'Retry?', value: [retry.answer] },
      ...(readings?.fact ? [readings.fact] : []),
    ],
    digits: {
      ...SECTIONS.digits,
      paragraphs: [
        [info.meaning],
        [subjectSentence(data.subject)],
        [`The detail, ${detail}, names the condition: “${data.title}”.`],
      ],
      inClass: {
        heading: `This code in class ${cls}`,
        paragraphs: [
          md(data.classes[cls] ?? ''),
          [registryExpectation(registry, cls)],
          ['Also on this site: ', ...joinRich(otherClassLinks, ', ', ' and '), '.'],
        ],
      },
    },
    ...(readings ? { otherReadings: readings.section } : {}),
    carriedBy: {
      ...SECTIONS.carriedBy,
      items: basics.pairs.map((pair): RichText => [
        { text: `${pair.code} ${code}`, href: codeUrl(pair.code) },
        ` (${pair.code} ${basicTitle(pair.code)}): `,
        { md: pair.note },
      ]),
      paragraphs: [[registryNote]],
    },
    when: {
      ...SECTIONS.when,
      causes: {
        heading: 'Usual causes',
        items: data.causes.map((cause) => md(forClass(cause, data.code, cls))),
      },
    },
    fix: {
      ...SECTIONS.fix,
      groups:
        cls === '2'
          ? [{ steps: [['Nobody needs to do anything: this code reports a success.']], paragraph: true }]
          : fixGroups(data.fix).map((group) => ({
              heading: group.label,
              steps: group.steps.map((step) => md(forClass(step, data.code, cls))),
            })),
    },
    retry: { ...SECTIONS.retry, answer: retry.answer, detail: md(retry.detail) },
    wild: {
      ...SECTIONS.wild,
      ...(wild.thisClass.length === 0 && wild.otherClasses.length === 0
        ? {
            empty:
              "No widely seen server text is worth quoting for this code; servers use the registry's wording or their own.",
          }
        : {}),
      items: wild.thisClass.map((entry) => wildItem(entry, site.vendors)),
      ...(wild.otherClasses.length > 0
        ? {
            otherClasses: {
              heading: 'With another class',
              items: wild.otherClasses.map((entry) => wildItem(entry, site.vendors)),
            },
          }
        : {}),
    },
    spec: {
      ...SECTIONS.spec,
      paragraphs: [
        [
          'Registered in the IANA SMTP Enhanced Status Codes registry as ',
          { code: data.code },
          `${registry.sample_text ? ` “${registry.sample_text}”` : ''}, from ${registry.reference_docs.join(' and ')}.`,
        ],
      ],
      definitions: [],
      references: data.references.map(citationItem),
    },
    related: {
      ...SECTIONS.related,
      items: data.related.map((item): RichText => {
        if (typeof item.code === 'number') {
          return [
            { text: `${item.code} ${basicTitle(item.code)}`.trim(), href: codeUrl(item.code) },
            ': ',
            { md: item.why },
          ];
        }
        const target = relatedEnhancedHref(item.code, cls, site.enhancedClasses);
        const text = `${target.code} ${site.enhancedTitles.get(item.code) ?? ''}`.trim();
        return [{ text, href: target.href }, ': ', { md: item.why }];
      }),
      after: [{ text: 'All enhanced status codes', href: enhancedIndexUrl() }],
    },
    review: reviewModel({
      heading,
      address: absoluteUrl(`/${code}/`, site.site),
      sources: [
        ...rfcSources(data.references.flatMap((ref) => ('rfc' in ref ? [ref.rfc] : []))),
        ...data.references.flatMap((ref) => ('draft' in ref ? [ref.draft] : [])),
        'the IANA registry',
      ],
      reviewed: data.reviewed,
    }),
  };
}
