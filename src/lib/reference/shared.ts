/** Pieces every kind of code page and record is built from: fix groups, who acts, citations. */
import { ACTORS, type Actor, type CodeEntryData, type RfcReference } from '../codes/schema';
import type { RichText, Segment } from '../inlineMarkdown';
import { providerUrl } from '../urls';
import { vendorsInSource, type NamedVendor } from '../vendors/names';
import { rfcLabel, rfcUrl } from '../rfc';
import { ACTOR_LABELS, whoActsLabel } from '../wording/actors';

export interface FixGroup {
  actor: Actor | 'nobody';
  label: string;
  steps: string[];
}

/** Content's `fix`: steps by actor, or one `nobody` sentence. */
export type FixSteps = { [actor in Actor]?: string[] | undefined } & { nobody?: string | undefined };

/** The fix steps in a fixed actor order: the sender first, then the admins. */
export function fixGroups(fix: FixSteps): FixGroup[] {
  if (fix.nobody !== undefined) {
    return [{ actor: 'nobody', label: ACTOR_LABELS.nobody, steps: [fix.nobody] }];
  }
  return ACTORS.flatMap((actor) => {
    const steps = fix[actor];
    return steps ? [{ actor, label: ACTOR_LABELS[actor], steps }] : [];
  });
}

/** Who acts, as a short phrase for the facts box: "The sending user, the sending system's admin". */
export function whoActs(fix: FixSteps): string {
  return whoActsLabel(fixGroups(fix).map((group) => group.actor));
}

/** A reference to an RFC section or an Internet-Draft, as content writes it. */
export type Citation = RfcReference | { draft: string; about: string };

/** "RFC 5321 §4.2.3: what it says", linked; a draft links to the IETF datatracker. */
export function citationItem(ref: Citation): RichText {
  const link =
    'rfc' in ref
      ? { text: rfcLabel(ref), href: rfcUrl(ref) }
      : { text: `${ref.draft} (Internet-Draft)`, href: `https://datatracker.ietf.org/doc/${ref.draft}/` };
  return [link, ': ', { md: ref.about }];
}

/** "<reply text> When it applies (RFC 5321 §4.2.3)": a reply text a standard defines, with where. */
export function definitionItem(meaning: CodeEntryData['meanings'][number]): RichText {
  return [
    { code: meaning.reply, reply: true },
    ' ',
    { md: meaning.context },
    ' (',
    { text: rfcLabel(meaning.source), href: rfcUrl(meaning.source) },
    ')',
  ];
}

/**
 * Who sends a reply, with each vendor that has a provider page linked to it ("Gmail" →
 * /providers/gmail/); names without a page stay bold text.
 */
export function sourceNames(source: string, vendors: readonly NamedVendor[] = []): Segment[] {
  if (vendors.length === 0) return [{ strong: source }];
  return vendorsInSource(source, vendors).map((part): Segment => {
    if (part.vendor) return { text: part.text, href: providerUrl(part.vendor.slug) };
    return /^(,\s*|\s+\/\s+)$/.test(part.text) ? part.text : { strong: part.text };
  });
}

/** A reply a real server sends: who sends it, the reply as sent, and what it tells the reader. */
export function wildItem(
  entry: {
    source: string;
    reply: string;
    enhanced?: string | undefined;
    note: string;
  },
  vendors?: readonly NamedVendor[],
): RichText {
  return [
    ...sourceNames(entry.source, vendors),
    ...(entry.enhanced ? [' (enhanced code ', { code: entry.enhanced }, ')'] : []),
    ' ',
    { code: entry.reply, reply: true },
    ' ',
    { md: entry.note },
  ];
}
