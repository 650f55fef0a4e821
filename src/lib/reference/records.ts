/**
 * The published data about every code: /codes.json and /<code>.json, and what the bounce decoder
 * and "Copy for ticket" use. Built from content and the wording tables, as the pages are.
 *
 * Stability promise (see README): fields are added, never renamed or removed.
 */
import type { CodeEntryData, RetryPolicy } from '../codes/schema';
import { forClass, withClass, type EnhancedClass } from '../enhanced/codes';
import type { EnhancedEntryData } from '../enhanced/schema';
import { inlineToPlainText } from '../inlineMarkdown';
import { codeUrl } from '../urls';
import { retryPolicyForClass, retrySentence } from '../wording/retry';
import { fixGroups } from './shared';

export interface CodeRecord {
  /** "530" or "5.7.1". */
  code: string;
  /** basic, enhanced, vendor (a provider's own code or range), nonstandard (a basic code no standard defines). */
  kind: 'basic' | 'enhanced' | 'vendor' | 'nonstandard';
  /** First digit: 2, 3, 4 or 5. */
  class: number;
  /** Short name: "Authentication Required". */
  name: string;
  /** One sentence stating the meaning. */
  meaning: string;
  /** none, later (the sender's system retries), after-fix, never. */
  retry: RetryPolicy;
  /** The answer to "Retry?" in words, as every page and the decoder give it. */
  retryText: string;
  /** Who must act: "sending-user", "sending-admin", "receiving-admin", or "nobody". */
  whoActs: string[];
  /** The first thing to do, as plain text. */
  firstStep: string;
  /** Site-relative URL of the page: "/530/" (under the base when the site has one). */
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
    retryText: retrySentence(data.retry.policy),
    whoActs: groups.map((group) => group.actor),
    firstStep: inlineToPlainText(groups[0]?.steps[0] ?? ''),
    url: codeUrl(data.code),
  };
}

export function enhancedRecord(data: EnhancedEntryData, cls: EnhancedClass): CodeRecord {
  const groups = fixGroups(data.fix);
  const code = withClass(data.code, cls);
  const retry = (cls === '2' ? undefined : data.retry?.[cls]?.policy) ?? retryPolicyForClass(Number(cls));
  return {
    code,
    kind: 'enhanced',
    class: Number(cls),
    name: data.title,
    meaning: forClass(data.summary, data.code, cls),
    retry,
    retryText: retrySentence(retry),
    whoActs: cls === '2' ? ['nobody'] : groups.map((group) => group.actor),
    firstStep:
      cls === '2'
        ? 'Nothing: this reports a success.'
        : inlineToPlainText(forClass(groups[0]?.steps[0] ?? '', data.code, cls)),
    url: codeUrl(code),
  };
}

/**
 * The plain-text summary "Copy for ticket" copies: code, name, meaning, whether to retry, the first
 * step, and the canonical address.
 */
export function ticketSummary(
  record: Pick<CodeRecord, 'code' | 'name' | 'meaning' | 'retryText' | 'firstStep'>,
  url: string,
): string {
  return [
    `SMTP ${record.code} ${record.name}`,
    record.meaning,
    `Retry? ${record.retryText}`,
    `First step: ${record.firstStep}`,
    url,
  ].join('\n');
}
