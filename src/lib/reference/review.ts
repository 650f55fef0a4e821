/**
 * The trust line at the foot of every code page: which sources the page was checked against and
 * when ("Checked against RFC 5321 and RFC 3463 on 30 November 2026"), from the content file's
 * `reviewed` date, and what "Report a mistake" pre-fills in the new issue.
 */
import { listWith } from '../wording/prose';
import { readableDate } from '../wording/dates';

/** What a page shows about its review, and the issue "Report a mistake" opens. */
export interface ReviewModel {
  /** "Checked against RFC 5321 and RFC 3463 on 30 November 2026.", or that it is not yet reviewed. */
  checked: string;
  /** The `reviewed` date as written in content (YYYY-MM-DD), for a `<time datetime>`. */
  reviewed?: string;
  /** The pre-filled issue: its title and body. */
  report: { title: string; body: string };
}

/** "RFC 5321", "RFC 3463", in first-seen order, without repeats. */
export function rfcSources(rfcs: readonly number[]): string[] {
  return [...new Set(rfcs)].map((rfc) => `RFC ${rfc}`);
}

/**
 * The review line and the mistake report for a page. `sources` are the documents the facts rest
 * on ("RFC 5321", "draft-…"); `providers` the providers whose documentation a vendor page cites.
 */
export function reviewModel(input: {
  heading: string;
  address: string;
  sources: readonly string[];
  providers?: readonly string[];
  reviewed?: string | undefined;
}): ReviewModel {
  const providers = input.providers ?? [];
  const against = listWith(
    [...input.sources, ...(providers.length > 0 ? [`${listWith(providers, 'and')} documentation`] : [])],
    'and',
  );
  return {
    checked: input.reviewed
      ? `Checked against ${against} on ${readableDate(input.reviewed)}.`
      : `Written from ${against}; not yet checked by a second reviewer.`,
    ...(input.reviewed ? { reviewed: input.reviewed } : {}),
    report: {
      title: `Mistake on ${input.heading}`,
      body: [
        `Page: ${input.address}`,
        '',
        'What is wrong:',
        '',
        'What it should say, and the source (RFC section, provider documentation or a real reply):',
        '',
      ].join('\n'),
    },
  };
}
