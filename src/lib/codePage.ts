/**
 * Turns a code's validated front matter into what its page shows, so the layout only lays it out.
 */
import type { Actor, CodeEntryData, Stage } from './codeSchema';
import { ACTORS } from './codeSchema';
import { ACTOR_LABELS, RETRY_LABELS, STAGE_LABELS } from './labels';
import { REPLY_CLASSES, categoryOf, replyClassOf } from './replyCodes';
import { rfcLabel, rfcUrl } from './rfc';
import { parseEnhanced } from './enhancedRegistry';

export interface FixGroup {
  actor: Actor | 'nobody';
  label: string;
  steps: string[];
}

/** "SMTP 530 Authentication Required": the h1 and the start of the document title. */
export function codeHeading(data: Pick<CodeEntryData, 'code' | 'title'>): string {
  return `SMTP ${data.code} ${data.title}`;
}

/** The fix steps in a fixed actor order: the sender first, then the admins. */
export function fixGroups(fix: CodeEntryData['fix']): FixGroup[] {
  if (fix.nobody !== undefined) {
    return [{ actor: 'nobody', label: ACTOR_LABELS.nobody, steps: [fix.nobody] }];
  }
  return ACTORS.flatMap((actor) => {
    const steps = fix[actor];
    return steps ? [{ actor, label: ACTOR_LABELS[actor], steps }] : [];
  });
}

/** Who acts, as a short phrase for the facts box: "The sending user, the sending system's admin". */
export function whoActs(fix: CodeEntryData['fix']): string {
  const labels = fixGroups(fix).map((group) => group.label);
  return labels.map((label, index) => (index === 0 ? label : label.toLowerCase())).join(', ');
}

export function stageLabels(stages: readonly Stage[]): string[] {
  return stages.map((stage) => STAGE_LABELS[stage]);
}

export function describeClass(code: number) {
  const replyClass = replyClassOf(code);
  const classInfo = REPLY_CLASSES[replyClass];
  const category = categoryOf(code);
  return {
    replyClass,
    classLabel: classInfo.label,
    classSentence: `The first digit, ${replyClass}, makes this a ${classInfo.name.toLowerCase()} reply: ${classInfo.meaning}`,
    categorySentence: `The second digit, ${Math.floor(code / 10) % 10}, puts it in the “${category.name.toLowerCase()}” category (RFC 5321 §4.2.1). ${category.explanation}`,
  };
}

export function retryLabel(policy: CodeEntryData['retry']['policy']): string {
  return RETRY_LABELS[policy];
}

export function referenceLinks(references: CodeEntryData['references']) {
  return references.map((ref) => ({ ...ref, label: rfcLabel(ref), url: rfcUrl(ref) }));
}

export interface EnhancedLink {
  code: string;
  /** The page for this code, if the registry has it and the site builds that class. */
  href?: string;
  title?: string;
}

/**
 * The enhanced codes a basic code carries, linked where the site has a page. Vendor codes outside
 * the registry (Microsoft's 5.7.57) stay as plain text.
 */
export function enhancedLinks(
  codes: readonly string[],
  classesOf: ReadonlyMap<string, readonly string[]>,
  titles: ReadonlyMap<string, string>,
): EnhancedLink[] {
  return codes.map((code) => {
    const parsed = parseEnhanced(code);
    if (!parsed || !classesOf.get(parsed.neutral)?.includes(parsed.replyClass)) return { code };
    const title = titles.get(parsed.neutral);
    return { code, href: `/${code}/`, ...(title ? { title } : {}) };
  });
}
