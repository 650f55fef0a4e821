/** The published data as a developer meets it: found from the site, documented, valid, fetchable. */
import { expect, test } from '@playwright/test';
import { z } from 'astro/zod';

test('the footer links to /data/, which documents every field of a record', async ({ page, request }) => {
  await page.goto('/530/');
  await page.locator('footer').getByRole('link', { name: /Data/ }).click();
  await expect(page).toHaveURL(/\/data\/$/);
  const record = (await (await request.get('/550.json')).json()) as Record<string, unknown>;
  for (const field of Object.keys(record)) {
    await expect(page.locator(`#field-${field}`), field).toBeVisible();
  }
  await expect(page.getByRole('link', { name: '/codes.schema.json' })).toBeVisible();
});

test('every published record validates against the published JSON Schema', async ({ request }) => {
  const schema = (await (await request.get('/codes.schema.json')).json()) as Record<string, unknown>;
  expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
  const codesJson = z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0]);
  const all = (await (await request.get('/codes.json')).json()) as { codes: { code: string }[] };
  const whole = codesJson.safeParse(all);
  expect(whole.success, JSON.stringify(whole.error?.issues.slice(0, 3))).toBe(true);

  const recordSchema = z.fromJSONSchema({
    ...(schema['$defs'] as { codeRecord: object }).codeRecord,
  } as Parameters<typeof z.fromJSONSchema>[0]);
  for (const { code } of all.codes) {
    const one = (await (await request.get(`/${code}.json`)).json()) as unknown;
    const result = recordSchema.safeParse(one);
    expect(result.success, `${code}: ${JSON.stringify(result.error?.issues.slice(0, 3))}`).toBe(true);
  }
  // The schema is not a formality: a record with a wrong retry value fails it.
  expect(codesJson.safeParse({ ...all, codes: [{ ...all.codes[0], retry: 'maybe' }] }).success).toBe(false);
});

test('a page on another origin can fetch the JSON (Access-Control-Allow-Origin)', async ({
  page,
  context,
  baseURL,
}) => {
  const other = (baseURL ?? '').replace('127.0.0.1', 'localhost');
  expect(other).not.toBe(baseURL);
  // Chromium asks before a page reaches a loopback address; a deployed site is not on one.
  await context.grantPermissions(['local-network-access']);
  // A blank page on another origin, with no Content-Security-Policy of its own.
  await page.route(`${other}/cors-probe`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>probe</title>' }),
  );
  await page.goto(`${other}/cors-probe`);
  const fetchFrom = (url: string) =>
    page.evaluate(async (address) => {
      try {
        const response = await fetch(address);
        return response.status;
      } catch {
        return 'blocked';
      }
    }, url);
  expect(await fetchFrom(`${baseURL}/550.json`)).toBe(200);
  expect(await fetchFrom(`${baseURL}/codes.json`)).toBe(200);
  // The control: an HTML page carries no such header, so the browser refuses to hand it over.
  expect(await fetchFrom(`${baseURL}/550/`)).toBe('blocked');
});

test('a missing /X.json answers 404 with JSON', async ({ request }) => {
  const response = await request.get('/999.json');
  expect(response.status()).toBe(404);
  expect(((await response.json()) as { error: string }).error).toBe('not-found');
});

test('robots.txt names the sitemap', async ({ request, baseURL }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  expect(
    (
      await request.get(
        new URL(robots.match(/Sitemap: \S+\/(sitemap-index\.xml)/)?.[1] ?? '', `${baseURL}/`).href,
      )
    ).ok(),
  ).toBe(true);
});

test('/about/ names the sources, the checks, the licence and how to report a mistake', async ({ page }) => {
  await page.goto('/');
  await page.locator('footer').getByRole('link', { name: /About/ }).click();
  for (const id of ['covers', 'sources', 'checks', 'licence', 'mistake']) {
    await expect(page.locator(`#${id}`)).toBeVisible();
  }
  await expect(page.locator('main')).toContainText('RFC 5321');
  await expect(page.locator('main')).toContainText('SMTP Field Manual');
  await expect(page.locator('main')).toContainText('MIT licence');
  await expect(page.getByRole('link', { name: 'open an issue here' })).toHaveAttribute(
    'href',
    /\/issues\/new\?/,
  );
});
