import { expect, test } from '@playwright/test';

test('/999/ answers 404 and explains why 999 is not a reply code', async ({ page }) => {
  const response = await page.goto('/999/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('[data-not-found-reason]')).toContainText('999 is not an SMTP reply code');
  await expect(page.locator('[data-not-found-reason]')).toContainText('2, 3, 4 or 5');
  await expect(page.getByRole('searchbox', { name: 'Search SMTP codes' }).last()).toHaveValue('999');
});

test('an unknown address says it is not a page here and offers search', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('[data-not-found-reason]')).toHaveText(
    'This address is not a page on this site.',
  );
  await expect(page.locator('main form[role="search"]')).toBeVisible();
});
