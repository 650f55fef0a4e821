/**
 * The published data about every code: /codes.json and /<code>.json, and what the bounce decoder
 * and the ticket summaries use. Built from the same content as the pages.
 *
 * Stability promise (see README): fields are added, never renamed or removed.
 */
import type { CodeEntryData, RetryPolicy } from './codeSchema';
import type { EnhancedEntryData } from './enhancedSchema';
import { fixGroups } from './codePage';
import { forClass } from './enhancedPage';
import { withClass, type EnhancedClass } from './enhancedRegistry';
import { inlineToPlainText } from './inlineMarkdown';

export interface CodeRecord {
  /** "530" or "5.7.1". */
  code: string;
  kind: 'basic' | 'enhanced';
  /** First digit: 2, 3, 4 or 5. */
  class: number;
  /** Short name: "Authentication Required". */
  name: string;
  /** One sentence stating the meaning. */
  meaning: string;
  /** none, later (the sender's system retries), after-fix, never. */
  retry: RetryPolicy;
  /** Who must act: "sending-user", "sending-admin", "receiving-admin", or "nobody". */
  whoActs: string[];
  /** The first thing to do, as plain text. */
  firstStep: string;
  /** Site-relative URL of the page: "/530/". */
  url: string;
}

export function basicRecord(data: CodeEntryData): CodeRecord {
  const groups = fixGroups(data.fix);
  return {
    code: String(data.code),
    kind: 'basic',
    class: Math.floor(data.code / 100),
    name: data.title,
    meaning: data.summary,
    retry: data.retry.policy,
    whoActs: groups.map((group) => group.actor),
    firstStep: inlineToPlainText(groups[0]?.steps[0] ?? ''),
    url: `/${data.code}/`,
  };
}

const ENHANCED_RETRY: Record<EnhancedClass, RetryPolicy> = { '2': 'none', '4': 'later', '5': 'after-fix' };

export function enhancedRecord(data: EnhancedEntryData, cls: EnhancedClass): CodeRecord {
  const groups = fixGroups(data.fix);
  const code = withClass(data.code, cls);
  return {
    code,
    kind: 'enhanced',
    class: Number(cls),
    name: data.title,
    meaning: forClass(data.summary, data.code, cls),
    retry: ENHANCED_RETRY[cls],
    whoActs: cls === '2' ? ['nobody'] : groups.map((group) => group.actor),
    firstStep:
      cls === '2'
        ? 'Nothing: this reports a success.'
        : inlineToPlainText(forClass(groups[0]?.steps[0] ?? '', data.code, cls)),
    url: `/${code}/`,
  };
}

/**
 * The plain-text summary the "Copy for ticket" button copies: code, name, meaning, first step,
 * and the canonical address.
 */
export function ticketSummary(
  record: Pick<CodeRecord, 'code' | 'name' | 'meaning' | 'firstStep'>,
  url: string,
): string {
  return [`SMTP ${record.code} ${record.name}`, record.meaning, `First step: ${record.firstStep}`, url].join(
    '\n',
  );
}
