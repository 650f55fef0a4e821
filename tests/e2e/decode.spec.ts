import { expect, test } from '@playwright/test';

const NDR = `Delivery has failed to these recipients or groups:

bob@example.net
The email address you entered couldn't be found.

Diagnostic information for administrators:

Generating server: BN8PR12MB1234.namprd12.prod.outlook.com

Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'`;

const GMAIL = `550-5.7.26 This mail has been blocked because the sender is
550-5.7.26 unauthenticated. Gmail requires all senders to authenticate with
550 5.7.26 either SPF or DKIM. - gsmtp`;

async function paste(page: import('@playwright/test').Page, text: string) {
  await page.goto('/decode/');
  await page.getByLabel('Bounce text').fill(text);
  await page.getByRole('button', { name: 'Decode' }).click();
}

test('a multi-line Gmail reply is one reply, linked to both code pages, with Gmail recognised', async ({
  page,
}) => {
  await paste(page, GMAIL);
  const results = page.locator('[data-decode-results]');
  await expect(results.locator('article')).toHaveCount(1);
  await expect(results.getByRole('link', { name: '550', exact: true })).toHaveAttribute('href', '/550/');
  await expect(results.getByRole('link', { name: '5.7.26', exact: true })).toHaveAttribute(
    'href',
    '/5.7.26/',
  );
  await expect(results).toContainText('Permanent failure');
  await expect(results.locator('.provider-note')).toContainText('Gmail');
});

test('an Exchange NDR is read, and Microsoft’s 5.1.10 explained as its own meaning', async ({ page }) => {
  await paste(page, NDR);
  const results = page.locator('[data-decode-results]');
  await expect(results.locator('article')).toHaveCount(1);
  await expect(results).toContainText('Microsoft: recipient not found');
  await expect(results).toContainText('bn8pr12mb1234.namprd12.prod.outlook.com');
});

test('an unregistered enhanced code is shown as such, with its subject', async ({ page }) => {
  await paste(page, '550 5.7.606 Access denied, banned sending IP [192.0.2.1]');
  const results = page.locator('[data-decode-results]');
  await expect(results).toContainText('Not in the IANA registry');
  await expect(results).toContainText('Security or Policy Status');
  await expect(results.getByRole('link', { name: '5.7.606' })).toHaveAttribute(
    'href',
    '/enhanced/#subject-7',
  );
});

test('problems in the reply itself are flagged', async ({ page }) => {
  await paste(page, '554 4.0.0 odd\n571 Delivery not authorized, message refused');
  const results = page.locator('[data-decode-results]');
  await expect(results.locator('article')).toHaveCount(2);
  await expect(results).toContainText('disagrees with the basic code');
  await expect(results).toContainText('571 is not a valid SMTP reply code');
});

test('a share link decodes the same text, which travels only in the fragment', async ({ page }) => {
  await page.goto(
    `/decode/#${encodeURIComponent('451 4.7.1 Greylisting in action, please come back later')}`,
  );
  await expect(page.getByLabel('Bounce text')).toHaveValue(
    '451 4.7.1 Greylisting in action, please come back later',
  );
  await expect(page.locator('[data-decode-results] article')).toHaveCount(1);
  await expect(page.locator('[data-decode-results]')).toContainText('Transient failure');
});

test('pasted text never leaves the browser and is never stored', async ({ page, baseURL }) => {
  const secret = 'bob.secret.user@example.net';
  const leaks: string[] = [];
  page.on('request', (request) => {
    const payload = `${request.url()} ${request.postData() ?? ''}`;
    if (payload.includes('secret') || !request.url().startsWith(baseURL ?? '')) leaks.push(request.url());
  });
  await paste(page, `550 5.1.1 <${secret}>: Recipient address rejected: User unknown`);
  await expect(page.locator('[data-decode-results] article')).toHaveCount(1);
  expect(leaks).toEqual([]);
  const stored = await page.evaluate(
    () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie,
  );
  expect(stored).not.toContain('secret');
});

test('a hostile paste is shown as text: it runs nothing and requests nothing', async ({ page, baseURL }) => {
  let dialogs = 0;
  const requests: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  await page.goto('/decode/');
  page.on('request', (request) => requests.push(request.url()));
  const payload =
    '550 5.7.1 <img src=x onerror="alert(1);fetch(\'https://evil.example/\')"><script>alert(2)</script>';
  await page.getByLabel('Bounce text').fill(payload);
  await page.getByRole('button', { name: 'Decode' }).click();
  const results = page.locator('[data-decode-results]');
  await expect(results.locator('article')).toHaveCount(1);
  await expect(results.locator('.reply-text')).toContainText('<img src=x onerror=');
  expect(await results.locator('img, script').count()).toBe(0);
  await page.waitForTimeout(300);
  expect(dialogs).toBe(0);
  expect(requests.filter((url) => !url.startsWith(baseURL ?? ''))).toEqual([]);
});

test('text without any code says so', async ({ page }) => {
  await paste(page, 'The message could not be delivered. Please try again.');
  await expect(page.locator('[data-decode-status]')).toHaveText('No SMTP reply code found in this text.');
});
