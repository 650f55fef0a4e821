/** The decoder as a reader uses it: real bounces pasted through the page, tickets, share links, no JavaScript. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

interface Case {
  name: string;
  input: string;
}
const real = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/bounce-corpus-real.json'), 'utf8'),
) as Case[];
const realCase = (start: string) => {
  const found = real.find((testCase) => testCase.name.startsWith(start));
  if (!found) throw new Error(`no corpus case "${start}"`);
  return found.input;
};

const NDR_TEXT = realCase('microsoft 365 NDR copied from Outlook (new layout)');
const NDR_HTML = realCase('exchange server NDR HTML source with &quot; entities');
const DOTNET = realCase('.NET SmtpException text');

const GMAIL = `550-5.7.26 This mail has been blocked because the sender is
550-5.7.26 unauthenticated. Gmail requires all senders to authenticate with
550 5.7.26 either SPF or DKIM. - gsmtp`;

async function paste(page: Page, text: string) {
  await page.goto('/decode/');
  await page.getByLabel('Bounce text').fill(text);
  await page.getByRole('button', { name: 'Decode', exact: true }).click();
}

const results = (page: Page) => page.locator('[data-decode-results]');

test('a multi-line Gmail reply is one reply, linked to both code pages, read as Gmail’s', async ({
  page,
}) => {
  await paste(page, GMAIL);
  await expect(results(page).locator('article')).toHaveCount(1);
  await expect(results(page).getByRole('link', { name: '550', exact: true })).toHaveAttribute(
    'href',
    '/550/',
  );
  await expect(results(page).getByRole('link', { name: '5.7.26', exact: true })).toHaveAttribute(
    'href',
    '/5.7.26/',
  );
  await expect(results(page)).toContainText('Permanent failure');
  await expect(results(page).getByRole('link', { name: 'Gmail' })).toHaveAttribute(
    'href',
    '/providers/gmail/',
  );
});

test('only the readings of the provider a bounce names are downloaded, and Gmail’s own meaning is shown', async ({
  page,
}) => {
  const providerFiles: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/decode/vendors/')) providerFiles.push(path);
  });
  await paste(page, GMAIL);
  // Gmail's documented meaning, which only /decode/vendors/gmail.json carries.
  await expect(results(page).locator('article')).toContainText('Neither SPF nor DKIM passed');
  expect(providerFiles).toEqual(['/decode/vendors/gmail.json']);
});

test('a Microsoft 365 NDR copied from Outlook is read with Microsoft’s meaning, not the registry’s', async ({
  page,
}) => {
  await paste(page, NDR_TEXT);
  const reading = results(page).locator('article').first();
  await expect(reading).toContainText('5.1.10');
  await expect(reading.getByRole('link', { name: 'Microsoft 365 and Outlook.com' })).toBeVisible();
  await expect(reading).toContainText(/recipient/i);
  const row = (term: string) =>
    reading
      .locator('dt')
      .filter({ hasText: new RegExp(`^${term}$`) })
      .locator('xpath=following-sibling::dd[1]');
  await expect(row('Meaning')).not.toContainText('null MX');
  await expect(row('Registry meaning')).toContainText('null MX');
});

test('the HTML source of an Exchange NDR is read through its tags and entities', async ({ page }) => {
  await paste(page, NDR_HTML);
  await expect(results(page).locator('article')).toHaveCount(2);
  await expect(results(page).locator('article').first()).toContainText('550 4.4.7');
  await expect(results(page)).toContainText('441 4.4.1');
  await expect(results(page)).not.toContainText('&quot;');
});

test('a .NET SmtpException is read: both codes, with Microsoft’s reading of 5.7.139', async ({ page }) => {
  await paste(page, DOTNET);
  await expect(results(page).locator('article')).toHaveCount(2);
  await expect(results(page).locator('article').first()).toContainText('535 5.7.139');
  await expect(results(page).locator('article').first()).toContainText(/SMTP AUTH/);
});

test('copy for ticket gives the reply line, meaning, retry, first step and a working link', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await paste(page, '550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown');
  await results(page).getByRole('button', { name: 'Copy for ticket' }).click();
  await expect(page.locator('[data-decode-status]')).toHaveText('Copied: paste it into the ticket.');
  const ticket = await page.evaluate(() => navigator.clipboard.readText());
  expect(ticket).toContain('Reply: 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown');
  expect(ticket).toMatch(/^What it means: .+/m);
  expect(ticket).toMatch(/^Retried\? No: .+/m);
  expect(ticket).toMatch(/^First step: .+/m);
  const link = /^More: (\S+)$/m.exec(ticket)?.[1];
  expect(link).toBe(`${baseURL}/5.1.1/`);
  const response = await page.request.get(link ?? '');
  expect(response.status()).toBe(200);
});

test('the share link carries only the reply lines, addresses masked, in the fragment', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const bounce = `From: Alice Customer <alice.customer@example.org>
Subject: invoice 4711 for bob.secret

<bob.secret@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1
    <bob.secret@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO command)`;
  await paste(page, bounce);
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const shared = await page.evaluate(() => navigator.clipboard.readText());
  const url = new URL(shared);
  expect(url.search).toBe('');
  const carried = decodeURIComponent(url.hash.slice(1));
  expect(carried).toContain('550 5.1.1');
  expect(carried).toContain('•••@example.net');
  expect(carried).not.toContain('bob.secret');
  expect(carried).not.toContain('alice');
  expect(carried).not.toContain('invoice');

  const opened = await context.newPage();
  await opened.goto(shared);
  await expect(opened.locator('[data-decode-results] article')).toHaveCount(1);
});

test('an unregistered Microsoft code is read as Microsoft documents it', async ({ page }) => {
  await paste(page, '550 5.7.606 Access denied, banned sending IP [192.0.2.1]');
  await expect(results(page)).toContainText('Microsoft 365 and Outlook.com');
  await expect(results(page)).toContainText(/delist|sender\.office\.com/i);
});

test('problems in the reply itself are flagged', async ({ page }) => {
  await paste(page, '554 4.0.0 odd\n571 Delivery not authorized, message refused');
  await expect(results(page).locator('article')).toHaveCount(2);
  await expect(results(page)).toContainText('disagrees with the basic code');
  await expect(results(page)).toContainText('571 is not a valid SMTP reply code');
});

test('pasted text never leaves the browser and is never stored', async ({ page, baseURL }) => {
  const secret = 'bob.secret.user@example.net';
  const leaks: string[] = [];
  page.on('request', (request) => {
    const payload = `${request.url()} ${request.postData() ?? ''}`;
    if (payload.includes('secret') || !request.url().startsWith(baseURL ?? '')) leaks.push(request.url());
  });
  await paste(page, `550 5.1.1 <${secret}>: Recipient address rejected: User unknown`);
  await expect(results(page).locator('article')).toHaveCount(1);
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
  await page.getByRole('button', { name: 'Decode', exact: true }).click();
  await expect(results(page).locator('article')).toHaveCount(1);
  await expect(results(page).locator('.reply-text')).toContainText('<img src=x onerror=');
  expect(await results(page).locator('img, script').count()).toBe(0);
  expect(dialogs).toBe(0);
  expect(requests.filter((url) => !url.startsWith(baseURL ?? ''))).toEqual([]);
});

test('text without any code says what it looked for and links the provider pages', async ({ page }) => {
  await paste(page, 'The message could not be delivered. Please try again.');
  await expect(page.locator('[data-decode-status]')).toHaveText('No SMTP reply code found in this text.');
  await expect(results(page)).toContainText('enhanced status code');
  await expect(results(page)).toContainText('DSN Status field');
  await expect(results(page).getByRole('link', { name: 'the provider pages' })).toHaveAttribute(
    'href',
    '/providers/',
  );
});

test('a text with no code but a known situation is read: Exim’s "Mailbox quota exceeded"', async ({
  page,
}) => {
  await paste(page, realCase('cPanel/Exim style bounce whose only reason'));
  await expect(results(page)).toContainText('Mailbox full');
  await expect(results(page)).toContainText(/recipient/i);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page has no way to send the text, says the decoder needs JavaScript and links the index', async ({
    page,
  }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto('/decode/');
    expect(await page.locator('main form').count()).toBe(0);
    await expect(page.getByLabel('Bounce text')).toBeHidden();
    await expect(page.getByText('needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'the code index' })).toHaveAttribute('href', '/');
    expect(requests.filter((url) => url.includes('?'))).toEqual([]);
  });
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  test('a long decoded NDR wraps its host names and reply lines instead of scrolling sideways', async ({
    page,
  }) => {
    const longHost = `${'a'.repeat(40)}.${'b'.repeat(40)}.eurprd04.prod.protection.outlook.com`;
    await paste(
      page,
      `${NDR_TEXT}\nRemote-MTA: dns; ${longHost}\nDiagnostic-Code: smtp; 550 5.7.606 Access_denied_banned_sending_IP_${'x'.repeat(120)} [${longHost}]`,
    );
    await expect(results(page).locator('article').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
