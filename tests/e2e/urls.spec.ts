/**
 * URLs are permanent: every URL in tests/fixtures/published-urls.txt must still be served. New pages
 * may be added to the list (node scripts/published-urls.mjs); none may be removed without a redirect.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { publishedUrls } from '../../scripts/published-urls.mjs';

const promised = readFileSync(join(import.meta.dirname, '../fixtures/published-urls.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '');

test('the build still publishes every URL it ever promised', () => {
  const published = new Set(publishedUrls(join(import.meta.dirname, '../../dist')));
  expect(promised.length).toBeGreaterThan(1600);
  expect(promised.filter((url) => !published.has(url))).toEqual([]);
});

test('a sample of promised URLs answers 200 from the server', async ({ request }) => {
  const sample = promised.filter((_, index) => index % 97 === 0);
  for (const url of sample) {
    expect((await request.get(url)).status(), url).toBe(200);
  }
});
