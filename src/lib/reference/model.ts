/**
 * The reference-page model: everything one code's page shows, every sentence and link, computed
 * once in plain TypeScript from content and the wording tables. `src/layouts/ReferencePage.astro`
 * and its section components only lay it out, so every visible sentence can be tested without a
 * build. Basic codes (basic.ts) and enhanced codes (enhanced.ts) are built into it; a new kind of
 * code page adds a builder that returns the same model, filling the optional slots it needs.
 */
import type { RichText } from '../inlineMarkdown';
import type { CodeRecord } from './records';
import type { ReviewModel } from './review';

/** The kinds of code page built into this model. */
export type ReferencePageKind = 'basic' | 'enhanced' | 'vendor' | 'nonstandard';

/** A section's anchor (`/530/#fix`) and heading. Anchors are part of the published URLs. */
export interface SectionHead {
  id: string;
  heading: string;
}

/** The fixed anchors and headings; a page shows its sections in this order. */
export const SECTIONS = {
  digits: { id: 'class', heading: 'What the digits say' },
  otherReadings: { id: 'readings', heading: 'Other readings' },
  carriedBy: { id: 'basic', heading: 'Basic codes that carry it' },
  when: { id: 'when', heading: 'When you see it' },
  fix: { id: 'fix', heading: 'What to do' },
  retry: { id: 'retry', heading: 'Retry?' },
  example: { id: 'example', heading: 'Example' },
  wild: { id: 'wild', heading: 'Seen in the wild' },
  enhanced: { id: 'enhanced', heading: 'Enhanced codes it carries' },
  spec: { id: 'spec', heading: 'Specification' },
  related: { id: 'related', heading: 'Related codes' },
  compare: { id: 'compare', heading: 'Compare with' },
} as const satisfies Record<string, SectionHead>;

/** A line in the facts box. */
export interface Fact {
  label: string;
  value: RichText;
}

/** A boxed notice under the summary: "Deprecated. …", "Not in the IANA registry; used by …". */
export interface Notice {
  lead: string;
  text: RichText;
}

/** A titled list inside a section ("Usual causes", "With another class"). */
export interface SubList {
  heading: string;
  id?: string;
  items: RichText[];
}

/** Steps for one actor: an ordered list, or one paragraph when there is a single statement. */
export interface FixGroupModel {
  heading?: string;
  steps: RichText[];
  /** One paragraph instead of a numbered list ("Nobody": a success needs no fix). */
  paragraph?: boolean;
}

export interface ReferencePageModel {
  kind: ReferencePageKind;
  /** "530", "5.7.1". */
  code: string;
  /** The page's path under the site's base: "/530/". */
  path: string;
  /** The h1: "SMTP 530 Authentication Required". */
  heading: string;
  /** The document title: "SMTP 530 Authentication Required | SMTP Codes". */
  documentTitle: string;
  /** Meta description: the summary as plain text. */
  description: string;
  /** The opening sentence, shown first (plain text). */
  summary: string;
  /** What "Copy for ticket" copies. */
  ticket: string;
  /** The published record of this page (/530.json). */
  record: CodeRecord;
  notices: Notice[];
  facts: Fact[];
  digits: SectionHead & { paragraphs: RichText[]; inClass?: { heading: string; paragraphs: RichText[] } };
  /** What providers mean by the same number, when it differs from the standard's reading. */
  otherReadings?: SectionHead & { intro: RichText; items: RichText[] };
  carriedBy?: SectionHead & { items: RichText[]; paragraphs: RichText[] };
  /** The content file's body comes after `answers`; `causes` follow it. */
  when: SectionHead & { answers?: { intro: string; stages: string[] }; causes: SubList };
  fix: SectionHead & { groups: FixGroupModel[] };
  retry: SectionHead & { answer: string; detail: RichText };
  example?: SectionHead & { transcript: string; legend: RichText };
  wild: SectionHead & {
    /** Said when there is nothing to list. */
    empty?: string;
    /** Each: who sends it, the reply as sent, the enhanced code it carries, what it tells the reader. */
    items: RichText[];
    otherClasses?: SubList;
    vendors?: SubList;
    /** Non-standard codes people take for this one (a basic page lists /571/ under 550). */
    confusedWith?: SubList;
  };
  enhanced?: SectionHead & { intro: string; items: RichText[] };
  spec: SectionHead & {
    paragraphs: RichText[];
    /** The reply texts a standard defines, with where. */
    definitions: RichText[];
    referencesHeading?: string;
    references: RichText[];
  };
  related: SectionHead & { items: RichText[]; after?: RichText };
  compare?: SectionHead & { items: RichText[] };
  /** "Checked against RFC … on <date>" and the "Report a mistake" issue, at the foot of the page. */
  review?: ReviewModel;
}

/** "SMTP 530 Authentication Required | SMTP Codes". */
export function documentTitle(heading: string): string {
  return `${heading} | SMTP Codes`;
}
