import { expect, test } from '@playwright/test';
import { typeSearch } from './support';

/** The sections every enhanced-code page shows, in this order: the answer first. */
const SECTIONS = [
  'What to do',
  'Retry?',
  'On this page',
  'What the digits say',
  'Basic codes that carry it',
  'When you see it',
  'Seen in the wild',
  'Specification',
  'Related codes',
];

/** One page per subject, across the three classes. */
const SAMPLE = [
  '2.0.0',
  '5.1.1',
  '4.1.1',
  '4.2.2',
  '5.3.4',
  '4.4.7',
  '5.5.3',
  '2.6.0',
  '5.6.7',
  '5.7.1',
  '4.7.1',
  '2.7.0',
];

for (const code of SAMPLE) {
  test(`/${code}/ shows its heading, class, subject and sections in order`, async ({ page }) => {
    const response = await page.goto(`/${code}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText(new RegExp(`^${code.replaceAll('.', '\\.')} \\S`));
    await expect(page.locator('#summary')).toHaveText(new RegExp(`^${code.replaceAll('.', '\\.')} `));
    const headings = await page
      .locator('main h2')
      .evaluateAll((nodes) => nodes.map((node) => (node.firstChild?.textContent ?? '').trim()));
    // Pages whose number a provider uses with its own meaning add "Other readings" after the digits.
    const readings = headings.includes('Other readings') ? ['Other readings'] : [];
    const digits = SECTIONS.indexOf('What the digits say') + 1;
    expect(headings).toEqual([...SECTIONS.slice(0, digits), ...readings, ...SECTIONS.slice(digits)]);
    await expect(page.locator('.facts dd').first()).toHaveText(new RegExp(`^${code[0]} `));
  });
}

test('4.7.1 and 5.7.1 share the facts but each says what its class means', async ({ page }) => {
  await page.goto('/5.7.1/');
  await expect(page.locator('h1')).toHaveText('5.7.1 Delivery not authorized, message refused');
  await expect(page.locator('#class ~ p').first()).toContainText('permanent failure');
  await page.goto('/4.7.1/');
  await expect(page.locator('h1')).toHaveText('4.7.1 Delivery not authorized, message refused');
  await expect(page.locator('#class ~ p').first()).toContainText('transient failure');
  // RFC 3463 calls X.7.1 permanent, but the registry lists 451 and 454 among its basic codes.
  await expect(
    page.getByText(/its associated basic codes include 451 and 454, so 4\.7\.1 is in use/),
  ).toBeVisible();
});

test('an enhanced code without its trailing slash reaches its page', async ({ page }) => {
  const response = await page.goto('/5.7.1');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText(/^5\.7\.1 /);
});

test('basic and enhanced pages link each other', async ({ page }) => {
  await page.goto('/550/');
  await page.locator('#enhanced ~ ul').first().getByRole('link', { name: '550 5.1.1', exact: true }).click();
  await expect(page).toHaveURL(/\/5\.1\.1\/$/);
  await page.locator('#basic ~ ul').first().getByRole('link', { name: '550 5.1.1', exact: true }).click();
  await expect(page).toHaveURL(/\/550\/$/);
});

test('a vendor reuse of a registered number is explained (Microsoft 5.1.10)', async ({ page }) => {
  await page.goto('/5.1.10/');
  await expect(page.locator('h1')).toHaveText(/^5\.1\.10 Recipient address has null MX$/);
  await expect(page.locator('main')).toContainText('Microsoft');
});

test('the /enhanced/ index lists every registry entry by subject, and home links to it', async ({ page }) => {
  await page.goto('/');
  await page.locator('main').getByRole('link', { name: 'all enhanced status codes' }).click();
  await expect(page).toHaveURL(/\/enhanced\/$/);
  await expect(page.locator('main h2')).toHaveCount(9);
  await expect(page.locator('.code-list > li')).toHaveCount(81);
  await expect(page.getByRole('heading', { name: 'X.7 Security or Policy Status' })).toBeVisible();
  await expect(page.getByRole('link', { name: '5.7.1', exact: true })).toHaveAttribute('href', '/5.7.1/');
});

test('typing 5.7.1 puts /5.7.1/ first, not 5.7.13', async ({ page }) => {
  expect((await typeSearch(page, '5.7.1'))[0]).toBe('/5.7.1/');
});

test('typing 4.7.0 puts /4.7.0/ first', async ({ page }) => {
  expect((await typeSearch(page, '4.7.0'))[0]).toBe('/4.7.0/');
});

test('550 5.1.1 gives both /550/ and /5.1.1/ in the top three', async ({ page }) => {
  const top = (await typeSearch(page, '550 5.1.1')).slice(0, 3);
  expect(top).toContain('/550/');
  expect(top).toContain('/5.1.1/');
});
