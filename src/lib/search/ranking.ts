/**
 * Pagefind ranking, tuned against this site's own pages with the queries the end-to-end tests
 * hold it to (530, 550, 421, 5.7.1, 4.7.0, "550 5.1.1", "too many recipients").
 *
 * - Each code page marks its code with `data-pagefind-meta="code:…"`; `metaWeights.code` boosts
 *   the page whose code matches the query, so /530/ beats every page that merely mentions 530.
 * - The index keeps dots inside words (`includeCharacters: '.'` in the integration), so 5.5.0 is
 *   not the same word as 550. Pagefind still prefix-matches the last word (5.7.1 finds 5.7.13);
 *   a high `termSimilarity` makes the exact-length match win.
 */
export const SEARCH_RANKING = {
  termSimilarity: 20,
  metaWeights: { code: 10 },
} as const;

/** How many results the search page shows. */
export const MAX_RESULTS = 12;
