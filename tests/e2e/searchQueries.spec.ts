/**
 * The search query table (tests/e2e/searchQueries.ts), typed into the real search box: every
 * page a row names must be among the first three results, and its first page first.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { SEARCH_QUERIES } from './searchQueries';
import { typeSearch } from './support';

const DIST = join(import.meta.dirname, '../../dist');
const built = (path: string) => existsSync(join(DIST, path, 'index.html'));

for (const row of SEARCH_QUERIES) {
  test(`search “${row.query}” → ${row.top3.join(', ')}`, async ({ page }) => {
    const missing = row.top3.filter((path) => !built(path));
    test.skip(missing.length > 0, `not built on this branch yet: ${missing.join(', ')}`);
    const results = await typeSearch(page, row.query);
    const top3 = results.slice(0, 3);
    for (const path of row.top3) expect(top3, `${row.why}: ${path} in the top three`).toContain(path);
    if (row.first) expect(results[0], row.why).toBe(row.first);
  });
}

test('the table covers at least 80 queries, each naming pages', () => {
  expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(80);
  for (const row of SEARCH_QUERIES) expect(row.top3.length).toBeGreaterThan(0);
});
