/**
 * What providers send, end to end: the non-standard /571/, Microsoft's 5.7.606 reaching its range
 * page, the Field Manual's provider ids, registry pages with a provider's reading, and the records.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('/571/ is a page that marks the code non-standard and reads it as 550 or 554', async ({ page }) => {
  const response = await page.goto('/571/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText(/^SMTP 571 /);
  const notice = page.locator('.notice').first();
  await expect(notice).toContainText(
    'Non-standard. No standard defines 571. Read it as 550 or 554 with 5.7.1.',
  );
  await expect(notice.getByRole('link', { name: '550' })).toHaveAttribute('href', '/550/');
  await expect(page.locator('main')).not.toContainText('nothing can have 7 there');
});

test('/550/ links the non-standard 571 it is confused with', async ({ page }) => {
  await page.goto('/550/');
  const list = page.locator('#nonstandard + ul');
  await expect(page.locator('#nonstandard')).toHaveText('Non-standard codes confused with this one');
  await list.getByRole('link', { name: /^571 / }).click();
  await expect(page).toHaveURL(/\/571\/$/);
});

test('/5.7.606/ answers with a 301 to the range page, which describes Microsoft’s ban', async ({
  page,
  request,
}) => {
  for (const path of ['/5.7.606/', '/5.7.606', '/5.7.649/']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(301);
    expect(response.headers()['location'], path).toBe('/5.7.606-649/');
  }
  await page.goto('/5.7.606/');
  await expect(page).toHaveURL(/\/5\.7\.606-649\/$/);
  await expect(page.locator('h1')).toHaveText('5.7.606-649 Access denied, banned sending IP');
  await expect(page.locator('.notice').first()).toContainText(
    'Not in the IANA registry; used by Microsoft 365 and Outlook.com',
  );
  await expect(page.locator('main')).not.toContainText('5.7.6 Security features not supported');
});

test('the codes the issue names answer 200 or lead to their range page', async ({ request }) => {
  for (const code of ['5.7.708', '5.7.139', '5.7.509', '4.7.650', '5.7.606-649']) {
    const response = await request.get(`/${code}/`);
    expect(response.status(), code).toBe(200);
    expect(await response.text(), code).toContain(`<h1 data-pagefind-meta="code:${code}">${code} `);
  }
});

test('the SMTP Field Manual’s provider ids lead to our provider pages', async ({ request }) => {
  const expected = {
    '/providers/google/': '/providers/gmail/',
    '/providers/outlook/': '/providers/microsoft/',
    '/providers/exchangeonline/': '/providers/microsoft/',
    '/providers/apple/': '/providers/icloud/',
  };
  for (const [from, to] of Object.entries(expected)) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(301);
    expect(response.headers()['location'], from).toBe(to);
  }
});

test('/5.1.10/ gives Microsoft’s reading next to the registry’s, with how to tell them apart', async ({
  page,
}) => {
  await page.goto('/5.1.10/');
  await expect(page.locator('.notice', { hasText: 'Two readings.' })).toContainText(
    'Microsoft 365 and Outlook.com',
  );
  const fact = page.locator('.facts dt', { hasText: 'Other readings' }).locator('+ dd');
  await expect(fact).toContainText('protection.outlook.com');
  await fact.getByRole('link', { name: 'Microsoft 365 and Outlook.com' }).click();
  await expect(page).toHaveURL(/\/providers\/microsoft\/$/);
});

test('the provider index lists every kind and the Gmail page lists its replies by code', async ({ page }) => {
  await page.goto('/providers/');
  for (const heading of [
    'Mailbox providers',
    'Spam filters and secure email gateways',
    'Mail servers (MTAs)',
    'Blocklists',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Gmail and Google Workspace' }).click();
  await expect(page.locator('h1')).toHaveText('Gmail and Google Workspace: SMTP replies and codes');
  await expect(page.locator('.reply-card')).toHaveCount(127);
  await expect(
    page.getByRole('link', { name: 'Reply texts from the SMTP Field Manual (MIT)' }),
  ).toBeVisible();
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('a provider page is complete and readable', async ({ page }) => {
    await page.goto('/providers/microsoft/');
    for (const id of ['recognise', 'about', 'replies', 'registry', 'resources']) {
      await expect(page.locator(`#${id}`)).toBeVisible();
    }
    await expect(page.locator('.reply-card').first()).toBeVisible();
  });
});

test('/codes.json and /<code>.json carry the vendor and non-standard records', async ({ request }) => {
  const all = (await (await request.get('/codes.json')).json()) as {
    codes: { code: string; kind: string }[];
  };
  expect(all.codes.find((record) => record.code === '5.7.606-649')?.kind).toBe('vendor');
  expect(all.codes.find((record) => record.code === '571')?.kind).toBe('nonstandard');
  const one = (await (await request.get('/5.7.139.json')).json()) as { kind: string; url: string };
  expect(one).toMatchObject({ kind: 'vendor', url: '/5.7.139/' });
});

test.describe('the largest provider pages', () => {
  for (const path of ['/providers/gmail/', '/providers/microsoft/']) {
    test(`${path} needs no sideways scrolling at 360 px`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`/providers/microsoft/ has no accessibility violations in ${colorScheme} mode`, async ({ page }) => {
      // axe needs well over the default 30 s on a page with 113 reply cards.
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme });
      await page.goto('/providers/microsoft/');
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
    });
  }
});
