/**
 * Pagefind ranking and filtering, tuned against this site's own pages with the queries the
 * end-to-end tests hold it to (tests/e2e/searchQueries.ts).
 *
 * - Each code page marks its code with `data-pagefind-meta="code:…"`; `metaWeights.code` boosts
 *   the page whose code matches the query, so /530/ beats every page that merely mentions 530.
 * - The index keeps dots inside words (`includeCharacters: '.'` in the integration), so 5.5.0 is
 *   not the same word as 550. Pagefind still prefix-matches the last word (5.7.1 finds 5.7.13);
 *   a high `termSimilarity` makes the exact-length match win.
 * - Every indexed page carries a `list` filter (set by the integration): `comparison` for the 703
 *   comparison pages, `reference` for the rest. Comparisons mention two codes and every word of
 *   both, so they would bury the codes' own pages; they are searched only when the query asks
 *   for a comparison.
 */
import { COMPARE_WORDS, namesOnlyCodes } from './queryCodes';

export const SEARCH_RANKING = {
  termSimilarity: 20,
  metaWeights: { code: 10 },
} as const;

/** The Pagefind filter that sorts comparison pages from the rest. */
export const LIST_FILTER = 'list';
export const LIST_VALUES = { comparison: 'comparison', reference: 'reference' } as const;

/** The filter for a query: every page when it asks for a comparison, else no comparison pages. */
export function searchFilters(query: string): Record<string, string> {
  const codes = query.match(/(?<![\d.])\d{3}(?![\d.])/g) ?? [];
  const asksToCompare = COMPARE_WORDS.test(query) || (namesOnlyCodes(query) && codes.length >= 2);
  return asksToCompare ? {} : { [LIST_FILTER]: LIST_VALUES.reference };
}

/** How many full-text results the search page adds at a time. */
export const FULL_TEXT_PAGE_SIZE = 10;
