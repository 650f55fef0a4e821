/**
 * Whether to retry, in words: the one answer each retry policy gets on the pages (facts box and
 * "Retry?" section), in the JSON records, in the decoder and in "Copy for ticket", plus the clauses
 * the generated comparisons use. Type-only imports: browser scripts bundle this module.
 */
import type { RetryPolicy } from '../codes/schema';

export interface RetryWording {
  /** The answer to "Retry?", short enough for the facts box; no full stop. */
  answer: string;
  /** One or two sentences on what happens next, for pages whose content has no advice of its own. */
  detail: string;
}

export const RETRY: Record<RetryPolicy, RetryWording> = {
  none: {
    answer: 'Nothing to retry: nothing failed',
    detail: 'The code reports a success, or a step that went as it should.',
  },
  later: {
    answer: 'Yes: the sending server keeps the message and retries by itself',
    detail:
      'It retries on its own schedule (RFC 5321 §4.5.4), until delivery succeeds or the message expires, typically after a few days.',
  },
  'after-fix': {
    answer: 'No: fix the cause, then send again',
    detail:
      'The same request gets the same answer until something changes. Once the cause the reply names is fixed, it can be sent again.',
  },
  never: {
    answer: 'No: this destination accepts no mail, whatever the sender changes',
    detail: 'Only another address, at a domain that accepts mail, can reach the recipient.',
  },
};

/** The retry answer as a sentence: "No: fix the cause, then send again." */
export function retrySentence(policy: RetryPolicy): string {
  return `${RETRY[policy].answer}.`;
}

/** The policy a reply of this class gets when nothing more is known (an enhanced code, an unknown code). */
export function retryPolicyForClass(replyClass: number): RetryPolicy {
  return replyClass === 4 ? 'later' : replyClass === 5 ? 'after-fix' : 'none';
}

/** What happens next, as a clause about the code: "after 421 the same request may succeed…". */
export function retryClause(policy: RetryPolicy, code: number): string {
  switch (policy) {
    case 'none':
      return Math.floor(code / 100) === 3
        ? `after ${code} the client goes on to send what the server asked for`
        : `nothing needs doing after ${code}`;
    case 'later':
      return `after ${code} the same request may succeed if it is tried again later`;
    case 'after-fix':
      return `after ${code} the same request fails again until its cause is fixed`;
    case 'never':
      return `after ${code} no retry helps, because the destination does not accept mail`;
  }
}

/** How the sending side treats the code, for a comparison's "Retrying" difference. */
export function retryTreatment(policy: RetryPolicy, code: number): string {
  switch (policy) {
    case 'none':
      return Math.floor(code / 100) === 3
        ? `${code} is not an error: the client continues with the next step`
        : `${code} reports a success: there is nothing to retry`;
    case 'later':
      return `${code} is temporary: trying again later may work, and a sending server retries queued mail on its own (RFC 5321 §4.5.4)`;
    case 'after-fix':
      return `${code} is not retried as it stands: something must change first`;
    case 'never':
      return `${code} is not retried at all, because the destination accepts no mail`;
  }
}
