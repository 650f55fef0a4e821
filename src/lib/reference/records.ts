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
import { rfcUrl } from '../rfc';
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
  /** Basic codes: the stages and commands it answers ("rcpt", "data"…); enhanced codes: []. */
  stages: string[];
  /** Basic codes: the enhanced codes seen with it ("5.1.1"); enhanced codes: []. */
  enhancedCodes: string[];
  /** Enhanced codes: the basic codes of its class seen carrying it (550, 554); basic codes: []. */
  basicCodes: number[];
  /** The documents and sections the facts rest on, each with its address. */
  references: RecordReference[];
}

/** A source a record rests on: an RFC section, or an Internet-Draft. */
export interface RecordReference {
  /** "RFC 5321", "draft-levine-mailbomb-header-00", or the host of a provider's page ("learn.microsoft.com"). */
  document: string;
  /** "4.2.3", "Appendix D"; null for a draft or a web page cited as a whole. */
  section: string | null;
  /** Where to read it. */
  url: string;
}

/** Web pages (a provider's documentation) as record references, each once: the document is the host. */
export function pageReferences(urls: readonly string[]): RecordReference[] {
  return [...new Set(urls)].map((url) => ({ document: new URL(url).hostname, section: null, url }));
}

/** The record's references, RFC sections and drafts, without repeats. */
function recordReferences(
  citations: readonly ({ rfc: number; section: string } | { draft: string })[],
): RecordReference[] {
  const seen = new Set<string>();
  return citations.flatMap((citation) => {
    const reference =
      'rfc' in citation
        ? { document: `RFC ${citation.rfc}`, section: citation.section, url: rfcUrl(citation) }
        : {
            document: citation.draft,
            section: null,
            url: `https://datatracker.ietf.org/doc/${citation.draft}/`,
          };
    const key = `${reference.document} ${reference.section ?? ''}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [reference];
  });
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
    stages: [...data.stages],
    enhancedCodes: [...data.enhanced],
    basicCodes: [],
    references: recordReferences([...data.meanings.map((meaning) => meaning.source), ...data.references]),
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
    stages: [],
    enhancedCodes: [],
    basicCodes: data.basicCodes
      .map((pair) => pair.code)
      .filter((basic) => Math.floor(basic / 100) === Number(cls)),
    references: recordReferences(data.references),
  };
}

/**
 * The plain-text summary "Copy for ticket" copies: code, name, meaning, whether it will be retried,
 * the first step, and the address, always the last line (the button moves it to the origin the
 * reader is on: src/lib/ticketAddress.ts).
 */
export function ticketSummary(
  record: Pick<CodeRecord, 'code' | 'name' | 'meaning' | 'retryText' | 'firstStep'>,
  url: string,
): string {
  return [
    `SMTP ${record.code} ${record.name}`,
    record.meaning,
    `Will it be retried? ${record.retryText}`,
    `First step: ${record.firstStep}`,
    url,
  ].join('\n');
}
