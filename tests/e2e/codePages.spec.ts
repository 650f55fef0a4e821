import { expect, test } from '@playwright/test';
import { CODES } from './support';

/** The sections every code page shows, in this order: the answer first. */
const SECTIONS = [
  'What to do',
  'Retry?',
  'On this page',
  'What the digits say',
  'When you see it',
  'Example',
  'Seen in the wild',
  'Specification',
  'Related codes',
];

test('there is a content file, and so a page, for each of the 38 standard codes', () => {
  expect(CODES).toHaveLength(38);
});

for (const code of CODES) {
  test(`/${code}/ shows its heading, meaning and sections in order`, async ({ page }) => {
    const response = await page.goto(`/${code}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText(new RegExp(`^SMTP ${code} \\S`));
    await expect(page.locator('#summary')).toHaveText(new RegExp(`^${code} `));
    const headings = await page
      .locator('main h2')
      .evaluateAll((nodes) => nodes.map((node) => (node.firstChild?.textContent ?? '').trim()));
    expect(headings.filter((heading) => SECTIONS.includes(heading))).toEqual(SECTIONS);
    await expect(page.locator('#example pre, #example + pre').first()).toContainText(`S: ${code}`);
    await expect(page.locator('#spec ~ ul a[href^="https://www.rfc-editor.org/rfc/"]').first()).toBeVisible();
  });
}

test('a code without its trailing slash reaches the same page', async ({ page }) => {
  const response = await page.goto('/530');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText('SMTP 530 Authentication Required');
});

test('the 530 page covers both standard meanings and cites both RFCs', async ({ page }) => {
  await page.goto('/530/');
  const spec = page.locator('#spec ~ ul').first();
  await expect(spec).toContainText('530 5.7.0  Authentication required');
  await expect(spec).toContainText('530 Must issue a STARTTLS command first');
  await expect(spec.getByRole('link', { name: 'RFC 4954 §6' })).toHaveAttribute(
    'href',
    'https://www.rfc-editor.org/rfc/rfc4954.html#section-6',
  );
  await expect(spec.getByRole('link', { name: 'RFC 3207 §4' })).toBeVisible();
});

test('related codes link to pages that exist', async ({ page, request }) => {
  await page.goto('/550/');
  const hrefs = await page
    .locator('#related ~ ul a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) {
    expect((await request.get(href)).status(), href).toBe(200);
  }
});

test('section headings carry anchors that can be linked', async ({ page }) => {
  await page.goto('/530/#fix');
  await expect(page.locator('#fix')).toBeInViewport();
  await expect(page.locator('#fix a.section-anchor')).toHaveAttribute('href', '#fix');
});

test('the home page lists all 38 codes with their class, each linking to its page', async ({ page }) => {
  await page.goto('/');
  const links = page.locator('#codes ~ .code-index td:first-child a');
  await expect(links).toHaveCount(38);
  const hrefs = await links.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')));
  expect(hrefs.toSorted()).toEqual(CODES.map((code) => `/${code}/`).toSorted());
  await expect(page.locator('.code-index tr', { hasText: '550' }).first()).toContainText('5xx');
  for (const group of ['2xx Success', '3xx Intermediate', '4xx Temporary failure', '5xx Permanent failure']) {
    await expect(page.locator('.class-list dt', { hasText: group })).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'How to read a reply code' })).toBeVisible();
});
