import { expect, test, type Page } from '@playwright/test';
import { CODES, typeSearch } from './support';

for (const code of ['530', '550', '421', '452', '250', '554']) {
  test(`typing ${code} on the search page puts /${code}/ first`, async ({ page }) => {
    const results = await typeSearch(page, code);
    expect(results[0]).toBe(`/${code}/`);
  });
}

test('a pasted link /search/?q=530 runs the search and shows /530/ first', async ({ page }) => {
  await page.goto('/search/?q=530');
  await expect(page.getByRole('searchbox', { name: 'Search by code, text or bounce line' })).toHaveValue(
    '530',
  );
  const first = page.locator('[data-search-results] > li > a').first();
  await expect(first).toHaveAttribute('href', /^\/530\/$/);
  await expect(first).toHaveText(/530 Authentication Required$/);
});

test('words from a reply find the code that sends them', async ({ page }) => {
  const results = await typeSearch(page, 'too many recipients');
  expect(results.slice(0, 3)).toContain('/452/');
});

test('the header search box submits to the search page', async ({ page }) => {
  await page.goto('/250/');
  const box = page.getByRole('searchbox', { name: 'Search SMTP codes' });
  await box.fill('421');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=421$/);
  await expect(page.locator('[data-search-results] > li > a').first()).toHaveAttribute('href', '/421/');
});

test('a query with markup is shown as text and runs nothing', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  await page.goto(`/search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await expect(page.locator('[data-search-status]')).toContainText('<img src=x onerror=alert(1)>');
  expect(await page.locator('main img').count()).toBe(0);
  expect(dialogs).toBe(0);
});

const resultLinks = (page: Page) => page.locator('[data-search-results] > li > a');

test('a code paints from the answer table: Pagefind loads only when asked for every page', async ({
  page,
}) => {
  const pagefindRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) pagefindRequests.push(request.url());
  });
  await page.goto('/search/?q=530');
  await expect(resultLinks(page).first()).toHaveAttribute('href', '/530/');
  await expect(page.locator('[data-search-status]')).toContainText('“530”');
  expect(pagefindRequests).toEqual([]);
  expect(await resultLinks(page).count()).toBe(1);
  await page.getByRole('button', { name: 'Search every page that mentions 530' }).click();
  await expect.poll(() => resultLinks(page).count()).toBeGreaterThan(1);
  expect(pagefindRequests.length).toBeGreaterThan(0);
  await expect(resultLinks(page).first()).toHaveAttribute('href', '/530/');
});

test('words list the code pages, never a comparison unless asked', async ({ page }) => {
  const results = await typeSearch(page, 'service not available');
  expect(results[0]).toBe('/421/');
  expect(results.filter((url) => url.startsWith('/compare/'))).toEqual([]);
});

test('"530 vs 535" is a comparison, not a reply reading', async ({ page }) => {
  const results = await typeSearch(page, '530 vs 535');
  expect(results[0]).toBe('/compare/530-vs-535/');
  await expect(resultLinks(page).first()).toHaveText(
    '530 Authentication Required vs 535 Authentication Credentials Invalid',
  );
  await expect(page.getByRole('heading', { name: 'Read as a reply' })).toHaveCount(0);
});

test('an enhanced code comes with its twin as one result: 5.1.1 first, 4.1.1 beside it', async ({ page }) => {
  const results = await typeSearch(page, 'user unknown');
  expect(results[0]).toBe('/5.1.1/');
  expect(results).not.toContain('/4.1.1/');
  const first = page.locator('[data-search-results] > li').first();
  await expect(first.getByRole('link', { name: '4.1.1' })).toHaveAttribute('href', '/4.1.1/');
});

test('a code the site has no page for says so and offers the decoder', async ({ page }) => {
  await page.goto('/search/?q=5.9.9');
  const first = resultLinks(page).first();
  await expect(first).toHaveText('No page for 5.9.9: read it with the decoder');
  await expect(first).toHaveAttribute('href', '/decode/');
});

test('More results adds the next page, and the status says how many were found', async ({ page }) => {
  await typeSearch(page, 'mailbox');
  const status = page.locator('[data-search-status]');
  await expect(status).toHaveText(/^Showing \d+ of \d+ results for “mailbox”\.$/);
  const before = await resultLinks(page).count();
  await page.getByRole('button', { name: 'More results' }).click();
  await expect.poll(() => resultLinks(page).count()).toBeGreaterThan(before);
  const urls = await resultLinks(page).evaluateAll((links) =>
    links.map((link) => (link as HTMLAnchorElement).pathname),
  );
  expect(new Set(urls).size).toBe(urls.length);
});

test('a pasted reply line is read by the decoder below the results', async ({ page }) => {
  await typeSearch(page, '550 5.1.1 The email account that you tried to reach does not exist.');
  await expect(page.getByRole('heading', { name: 'Read as a reply' })).toBeVisible();
});

test('one search box per page: the home and search pages have no second box in the header', async ({
  page,
}) => {
  for (const path of ['/', '/search/?q=530', '/530/']) {
    await page.goto(path);
    await expect(page.getByRole('searchbox')).toHaveCount(1);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says search needs it and lists every code as a link', async ({ page }) => {
    await page.goto('/search/?q=530');
    await expect(
      page.getByRole('heading', { name: 'Search needs JavaScript: the standard reply codes' }),
    ).toBeVisible();
    for (const code of CODES) {
      await expect(page.locator(`[data-needs-js-message] a[href="/${code}/"]`)).toHaveCount(1);
    }
  });
});
