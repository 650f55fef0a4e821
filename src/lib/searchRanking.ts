/**
 * Pagefind ranking, tuned against this site's own pages (see README, "How search is built").
 *
 * Each code page marks its code with `data-pagefind-meta="code:NNN"` and a heavy
 * `data-pagefind-weight` on the code in its h1, so a bare code puts its own page first even though
 * many other pages mention that code. `metaWeights.code` adds a boost when the query matches that
 * meta field exactly.
 */
export const SEARCH_RANKING = {
  termSimilarity: 9,
  pageLength: 0.1,
  termFrequency: 0.5,
  termSaturation: 1.2,
  metaWeights: { code: 10, title: 5 },
} as const;

/** How many results the search page shows. */
export const MAX_RESULTS = 12;
