import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { CURATED_COMPARISONS, typeSearch } from './support';

const SECTIONS = ['Side by side', 'The two in a session', 'Learn more'];
const DIST = join(import.meta.dirname, '../../dist');

/** The addresses the built search index holds (each Pagefind fragment is gzipped JSON after a signature). */
function searchIndexUrls(): Set<string> {
  const dir = join(DIST, 'pagefind/fragment');
  return new Set(
    readdirSync(dir).map((name) => {
      const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
      return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
    }),
  );
}

function sitemapUrls(): Set<string> {
  const xml = readdirSync(DIST)
    .filter((name) => /^sitemap-\d+\.xml$/.test(name))
    .map((name) => readFileSync(join(DIST, name), 'utf8'))
    .join('');
  return new Set([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname));
}

function isNoindex(id: string): boolean {
  return /<meta name="robots" content="noindex"/.test(
    readFileSync(join(DIST, 'compare', id, 'index.html'), 'utf8'),
  );
}

for (const id of [
  '211-vs-214',
  '214-vs-530',
  '250-vs-550',
  '334-vs-354',
  '421-vs-554',
  '452-vs-552',
  '538-vs-556',
]) {
  test(`/compare/${id}/ has its heading, opening and sections in order`, async ({ page }) => {
    const response = await page.goto(`/compare/${id}/`);
    expect(response?.status()).toBe(200);
    const [a, b] = id.split('-vs-');
    await expect(page.locator('h1')).toHaveText(new RegExp(`^SMTP ${a} vs ${b}: .+ vs .+$`));
    await expect(page.locator('#summary')).not.toBeEmpty();
    const headings = await page
      .locator('main h2')
      .evaluateAll((nodes) => nodes.map((node) => (node.firstChild?.textContent ?? '').trim()));
    expect(headings.filter((heading) => SECTIONS.includes(heading))).toEqual(SECTIONS);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      new RegExp(`/compare/${id}/$`),
    );
  });
}

test('the reverse order leads to the canonical page', async ({ page }) => {
  await page.goto('/compare/530-vs-214/');
  await expect(page).toHaveURL(/\/compare\/214-vs-530\/$/);
  await expect(page.locator('h1')).toHaveText('SMTP 214 vs 530: Help Message vs Authentication Required');
});

test('a curated pair shows its note, the table and both sessions, and no generated verdict', async ({
  page,
}) => {
  await page.goto('/compare/452-vs-552/');
  const note = page.locator('[data-curated-note]');
  await expect(note).toBeVisible();
  await expect(note).toContainText('4.5.3.1.10');
  await expect(page.locator('[data-verdict]')).toHaveCount(0);
  const order = await page
    .locator('main h2')
    .evaluateAll((nodes) => nodes.map((node) => (node.firstChild?.textContent ?? '').trim()));
  expect(order.indexOf('How to tell them apart')).toBeLessThan(order.indexOf('Side by side'));
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
});

test('the table lays the two codes side by side, row by row', async ({ page }) => {
  await page.goto('/compare/421-vs-450/');
  const table = page.locator('.compare-table');
  await expect(table.locator('thead th')).toHaveText([
    '421 Service Not Available, Closing Transmission Channel',
    '450 Requested Mail Action Not Taken: Mailbox Unavailable',
  ]);
  const retry = table.locator('tr', { has: page.locator('th', { hasText: /^Retry$/ }) });
  await expect(retry.locator('td')).toHaveCount(2);
  await expect(page.locator('.compare-examples pre')).toHaveCount(2);
  await expect(page.locator('.compare-examples pre').first()).toContainText('S: 421');
});

test('the two sessions sit side by side on a wide screen and stack on a phone', async ({ page }) => {
  const tops = () =>
    page
      .locator('.compare-examples figure')
      .evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().top));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/compare/421-vs-450/');
  const [wideA, wideB] = await tops();
  expect(wideA).toBe(wideB);
  await page.setViewportSize({ width: 360, height: 800 });
  const [narrowA = 0, narrowB = 0] = await tops();
  expect(narrowB).toBeGreaterThan(narrowA);
});

test('a pair of different classes says plainly it is rarely confused, links both pages, and is not indexed', async ({
  page,
}) => {
  await page.goto('/compare/214-vs-530/');
  await expect(page.locator('[data-verdict="different-class"] p').first()).toHaveText(
    /These are rarely confused: 214 is a success reply and 530 a permanent failure/,
  );
  await expect(page.locator('[data-verdict] a')).toHaveText([
    '214 Help Message',
    '530 Authentication Required',
  ]);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});

test('pages marked noindex are out of the sitemap and the search index; the others are in both', () => {
  const sitemap = sitemapUrls();
  const searchable = searchIndexUrls();
  // Canonical pages only: the reverse orders (530-vs-214) are redirects.
  const pages = readdirSync(join(DIST, 'compare')).filter((name) => {
    const [lower, higher] = name.split('-vs-').map(Number);
    return lower !== undefined && higher !== undefined && lower < higher;
  });
  const noindex = pages.filter(isNoindex);
  const indexed = pages.filter((id) => !isNoindex(id));
  expect(noindex.length).toBeGreaterThan(400);
  for (const id of CURATED_COMPARISONS) expect(indexed, id).toContain(id);
  expect(noindex.filter((id) => sitemap.has(`/compare/${id}/`) || searchable.has(`/compare/${id}/`))).toEqual(
    [],
  );
  expect(
    indexed.filter((id) => !sitemap.has(`/compare/${id}/`) || !searchable.has(`/compare/${id}/`)),
  ).toEqual([]);
});

test('the picker goes to the canonical page with JavaScript', async ({ page }) => {
  await page.goto('/compare/');
  await page.getByLabel('First code').selectOption('535');
  await page.getByLabel('Second code').selectOption('530');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\/compare\/530-vs-535\/$/);
});

test('the index opens with the picker, set to a pair with a note, then lists every curated pair', async ({
  page,
}) => {
  await page.goto('/compare/');
  const picker = page.locator('[data-compare-picker]');
  await expect(picker).toBeVisible();
  const box = await picker.boundingBox();
  expect(box?.y ?? Infinity).toBeLessThan(600);
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\/compare\/530-vs-535\/$/);
  await expect(page.locator('[data-curated-note]')).toBeVisible();
  await page.goto('/compare/');
  await expect(page.locator('#curated ~ ul > li')).toHaveCount(CURATED_COMPARISONS.length);
  await expect(page.locator('#curated ~ ul > li > a').first()).toHaveText(/^\d{3} vs \d{3}: .+ vs .+$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the index still leads to any pair through plain links', async ({ page }) => {
    await page.goto('/compare/');
    await expect(page.getByLabel('First code')).toBeHidden();
    // Nothing on the page refers to the hidden picker.
    await expect(page.locator('main')).not.toContainText(/\bOr choose\b|above|below/);
    await page.locator('[data-compare-code-links]').getByRole('link', { name: '421', exact: true }).click();
    await expect(page).toHaveURL(/\/compare\/421\/$/);
    await page.getByRole('link', { name: /^421 vs 554 / }).click();
    await expect(page).toHaveURL(/\/compare\/421-vs-554\/$/);
  });
});

test('a code page lists its curated comparisons, then all of them', async ({ page }) => {
  await page.goto('/530/');
  const list = page.locator('#compare ~ ul').first();
  await expect(list.getByRole('link', { name: /^530 vs 535 / })).toHaveAttribute(
    'href',
    '/compare/530-vs-535/',
  );
  await expect(list.getByRole('link', { name: 'Every comparison with 530' })).toHaveAttribute(
    'href',
    '/compare/530/',
  );
  await page.goto('/compare/530/');
  await expect(page.locator('main li a[href^="/compare/"]')).toHaveCount(37);
});

test('searching "530 vs 535" puts that comparison first', async ({ page }) => {
  expect((await typeSearch(page, '530 vs 535'))[0]).toBe('/compare/530-vs-535/');
});
