import { expect, test } from '@playwright/test';
import { CURATED_COMPARISONS, typeSearch } from './support';

const SECTIONS = ['The two codes', 'Key differences', 'Which one applies?', 'Learn more'];

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
    await expect(page.locator('h1')).toHaveText(new RegExp(`^SMTP ${a} .+ vs ${b} .+$`));
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
  await expect(page.locator('h1')).toHaveText('SMTP 214 Help Message vs 530 Authentication Required');
});

test('a curated pair shows its hand-written note above the generated parts', async ({ page }) => {
  await page.goto('/compare/452-vs-552/');
  const note = page.locator('[data-curated-note]');
  await expect(note).toBeVisible();
  await expect(note).toContainText('4.5.3.1.10');
  const order = await page
    .locator('main h2')
    .evaluateAll((nodes) => nodes.map((node) => (node.firstChild?.textContent ?? '').trim()));
  expect(order.indexOf('How to tell them apart')).toBeLessThan(order.indexOf('The two codes'));
});

test('a generated pair says the shared class once, as a similarity', async ({ page }) => {
  await page.goto('/compare/550-vs-553/');
  await expect(page.locator('#differences ~ p').first()).toHaveText(/^Both are permanent failures/);
  await expect(page.locator('.differences dt')).not.toContainText(['Class']);
});

test('the picker goes to the canonical page with JavaScript', async ({ page }) => {
  await page.goto('/compare/');
  await page.getByLabel('First code').selectOption('535');
  await page.getByLabel('Second code').selectOption('530');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\/compare\/530-vs-535\/$/);
});

test('curated comparisons come first on the index', async ({ page }) => {
  await page.goto('/compare/');
  await expect(page.locator('#curated + ul > li')).toHaveCount(CURATED_COMPARISONS.length);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the index still leads to any pair through plain links', async ({ page }) => {
    await page.goto('/compare/');
    await expect(page.getByLabel('First code')).toBeHidden();
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
