/**
 * Runs in the browser: it imports only small modules (no schemas, no registry data).
 *
 * Turns decoded replies into what the decoder shows for each: meaning, permanent or transient,
 * retry, who acts, the first step, links, and what is wrong with the reply itself.
 */
import type { CodeRecord } from '../reference/records';
import { enhancedIndexUrl } from '../urls';
import { whoActsLabel } from '../wording/actors';
import { CLASS_OUTCOME } from '../wording/classes';
import { retryPolicyForClass, retrySentence } from '../wording/retry';
import { subjectNote } from '../wording/subjects';
import type { DecodedReply, Provider } from './decode';
import { isRange, parseVendorEnhanced, rangeContains } from '../vendors/codes';

export interface CodeLink {
  code: string;
  /** The page for it, when the site has one. */
  url?: string;
  name?: string;
}

export interface ExplainedReply {
  /** "550 5.1.1" */
  heading: string;
  basic?: CodeLink;
  enhanced?: CodeLink & { note?: string };
  text: string;
  command?: string;
  host?: string;
  outcome: string;
  meaning: string;
  retry: string;
  whoActs: string;
  firstStep: string;
  warnings: string[];
}

export const PROVIDER_NOTES: Record<Provider, string> = {
  gmail:
    'Gmail (Google Workspace): Gmail ends its replies with "- gsmtp" and usually points to a Google support page that explains the code; read the whole multi-line text.',
  microsoft:
    'Microsoft 365 / Exchange: tags such as RESOLVER.ADR or STOREDRV name the Exchange component that failed. Microsoft numbers many of its own enhanced codes beyond the registry (5.7.606, 5.7.708…); the explanation below says so when it does.',
  yahoo:
    "Yahoo: the [TSSnn] tag in the text names the reason for the deferral or refusal; look the tag up on Yahoo's sender error-code page, which the reply usually links to. A 4xx with a tag is still temporary: the sending server retries.",
};

/** The outcome line for a class digit; an unknown digit has none. */
function outcomeOf(replyClass: number): string | undefined {
  return (CLASS_OUTCOME as Record<number, string | undefined>)[replyClass];
}

/**
 * The published record of a provider's own code, or of the documented range it falls in (5.7.612 →
 * 5.7.606-649): the vendor dataset, through /codes.json, is the one home of what these codes mean.
 */
export function vendorRecordFor(
  code: string,
  records: ReadonlyMap<string, CodeRecord>,
): CodeRecord | undefined {
  const exact = records.get(code);
  if (exact) return exact.kind === 'vendor' ? exact : undefined;
  for (const record of records.values()) {
    if (record.kind !== 'vendor') continue;
    const range = parseVendorEnhanced(record.code);
    if (range && isRange(range) && rangeContains(range, code)) return record;
  }
  return undefined;
}

export function explainReply(reply: DecodedReply, records: ReadonlyMap<string, CodeRecord>): ExplainedReply {
  const basicRecord = reply.basic !== undefined ? records.get(String(reply.basic)) : undefined;
  const enhancedRecord = reply.enhanced ? records.get(reply.enhanced) : undefined;
  const vendorRecord = reply.enhanced ? vendorRecordFor(reply.enhanced, records) : undefined;
  // With classes in conflict (550 4.4.7) the basic code decides the outcome, which senders act on, and
  // the enhanced code still says what happened: the meaning comes from it.
  const primary = enhancedRecord ?? vendorRecord ?? basicRecord;
  const replyClass = reply.basic !== undefined ? Math.floor(reply.basic / 100) : Number(reply.enhanced?.[0]);
  const warnings: string[] = [];

  if (reply.problems.includes('malformed-code')) {
    warnings.push(
      `${reply.basic} is not a valid SMTP reply code: RFC 5321 §4.2 allows only 2-5 as the first digit and 0-5 as the second. It is often an enhanced code with its dots removed; read it by its first digit.`,
    );
  }
  if (reply.problems.includes('nonstandard-code')) {
    warnings.push(
      `${reply.basic} is not a standard SMTP reply code. Clients read an unknown code by its first digit (RFC 5321 §4.2), so it counts as ${outcomeOf(replyClass)?.toLowerCase() ?? 'unknown'}.`,
    );
  }
  if (reply.problems.includes('class-mismatch')) {
    warnings.push(
      `The enhanced code's class (${reply.enhanced?.[0]}) disagrees with the basic code's first digit (${String(reply.basic)[0]}); RFC 3463 requires them to match. The outcome goes by the basic code, which senders act on; the enhanced code still says what happened.`,
    );
  }

  let enhanced: ExplainedReply['enhanced'];
  if (reply.enhanced) {
    const known = enhancedRecord ?? vendorRecord;
    enhanced = known
      ? {
          code: reply.enhanced,
          url: known.url,
          name: known.name,
          ...(vendorRecord
            ? { note: `Not in the IANA registry; a provider's own code (${vendorRecord.code}).` }
            : {}),
        }
      : {
          code: reply.enhanced,
          url: enhancedIndexUrl(reply.enhanced.split('.')[1]),
          note: `Not in the IANA registry. ${subjectNote(reply.enhanced)}`,
        };
  }

  return {
    heading: [reply.basic, reply.enhanced].filter((part) => part !== undefined).join(' '),
    ...(reply.basic !== undefined
      ? {
          basic: basicRecord
            ? { code: String(reply.basic), url: basicRecord.url, name: basicRecord.name }
            : { code: String(reply.basic) },
        }
      : {}),
    ...(enhanced ? { enhanced } : {}),
    text: reply.text,
    ...(reply.command ? { command: reply.command } : {}),
    ...(reply.host ? { host: reply.host } : {}),
    outcome: outcomeOf(replyClass) ?? 'Unknown class',
    meaning: primary?.meaning ?? 'This code has no page here; its first digit says how the sender treats it.',
    retry: retrySentence(basicRecord?.retry ?? retryPolicyForClass(replyClass)),
    // One party: the first the code's page names, who can usually fix it alone.
    whoActs: primary ? whoActsLabel(primary.whoActs.slice(0, 1)) : '',
    firstStep: primary?.firstStep ?? 'Read the text after the code: it names the reason.',
    warnings,
  };
}
