/**
 * What the search page says about each result and about the search itself: one home for its
 * phrases, so the page, its tests and the benchmark agree on them.
 */

/** The line under a direct answer, by the kind of page it leads to. */
export const ANSWER_NOTES = {
  basic: 'Reply code page: meaning, what to do, whether to retry.',
  enhanced: 'Enhanced status code page.',
  nonstandard: 'Not a standard code: what it stands for and what to do.',
  'vendor-code': 'A provider’s own code, outside the IANA registry.',
  provider: 'Provider page: what its replies and tags mean, and whom to contact.',
  decoder: 'Paste the whole bounce: the decoder finds the codes and who must act.',
  comparison: 'The two codes side by side.',
  missing: '',
} as const;

/** The note for an enhanced code shown with its twin in the other class. */
export const twinNote = (twin: string) => `Also as ${twin}, in the other class: `;

/** A code inside a documented range. */
export const rangeNote = (asked: string) =>
  `${asked} is in this documented range; the page explains every code in it.`;

/** A code the site has no page for. */
export const missingLabel = (asked: string) => `No page for ${asked}: read it with the decoder`;
export const MISSING_NOTE =
  'This site has a page for every standard and registered code and for the provider codes it documents; this one is not among them. The decoder reads what its digits say.';

/** The search page's status line. */
export const SEARCH_STATUS = {
  empty: 'Type a code such as 550 or 5.7.1, words from a reply, or a provider’s name.',
  searching: 'Searching every page…',
  none: (query: string) => `No pages match “${query}”.`,
  found: (shown: number, total: number, query: string) =>
    shown === total
      ? `${total} result${total === 1 ? '' : 's'} for “${query}”.`
      : `Showing ${shown} of ${total} results for “${query}”.`,
  codesOnly: (count: number, query: string) => `${count} page${count === 1 ? '' : 's'} for “${query}”.`,
} as const;

/** The button that runs the full-text search for a query of codes. */
export const fullTextButton = (query: string) => `Search every page that mentions ${query}`;
/** The button that shows the next page of results. */
export const MORE_RESULTS = 'More results';
