import { expect, test } from '@playwright/test';
import { typeSearch } from './support';

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
