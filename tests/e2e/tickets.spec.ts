import { expect, test } from '@playwright/test';
import { typeSearch } from './support';

test('a pasted bounce line in search gives /550/ and /5.4.1/ in the top three, with the reading', async ({
  page,
}) => {
  const top = (await typeSearch(page, 'smtp;550 5.4.1 Recipient address rejected')).slice(0, 3);
  expect(top).toContain('/550/');
  expect(top).toContain('/5.4.1/');
  await expect(page.locator('[data-search-reading]')).toContainText('Read as a reply');
});

test('"Copy for ticket" copies the code, name, meaning, retry answer, first step and a link that opens here', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/530/');
  const button = page.getByRole('button', { name: 'Copy for ticket' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-copy-status]')).toHaveText('Copied: paste it into the ticket.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(
    /^SMTP 530 Authentication Required\n530 means .+\nWill it be retried\? No: fix the cause, then send again\.\nFirst step: .+\nhttps?:\/\/.+\/530\/$/,
  );
  // The link is on the server under test, not the build's SITE_URL, and opens the same page.
  const link = copied.split('\n').at(-1) ?? '';
  expect(link).toBe(`${baseURL}/530/`);
  await page.goto(link);
  await expect(page.locator('h1')).toHaveText(/^SMTP 530 /);
});

test('enhanced and comparison pages have the button too', async ({ page }) => {
  for (const path of ['/5.7.1/', '/compare/530-vs-535/']) {
    await page.goto(path);
    await expect(page.getByRole('button', { name: 'Copy for ticket' })).toBeVisible();
  }
});

test('without JavaScript the button is absent and anchors still work', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/530/#retry');
  await expect(page.getByRole('button', { name: 'Copy for ticket' })).toBeHidden();
  await expect(page.locator('#retry')).toBeInViewport();
  await context.close();
});

test('browsers can add the site search through OpenSearch', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.locator('link[rel="search"]')).toHaveAttribute('href', '/opensearch.xml');
  const xml = await (await request.get('/opensearch.xml')).text();
  expect(xml).toContain('template="');
  expect(xml).toMatch(/\/search\/\?q=\{searchTerms\}"/);
});

test('/codes.json and /<code>.json publish every code with the promised fields', async ({ request }) => {
  const all = (await (await request.get('/codes.json')).json()) as { codes: Record<string, unknown>[] };
  expect(all.codes.length).toBeGreaterThan(200);
  for (const field of ['code', 'kind', 'class', 'name', 'meaning', 'retry', 'whoActs', 'firstStep', 'url']) {
    expect(
      all.codes.every((record) => field in record),
      field,
    ).toBe(true);
  }
  const one = (await (await request.get('/5.7.1.json')).json()) as Record<string, unknown>;
  expect(one).toMatchObject({
    code: '5.7.1',
    kind: 'enhanced',
    class: 5,
    retry: 'after-fix',
    url: '/5.7.1/',
  });
  const basic = (await (await request.get('/452.json')).json()) as Record<string, unknown>;
  expect(basic).toMatchObject({ code: '452', kind: 'basic', class: 4, retry: 'later' });
});
