import { expect, test } from '@playwright/test';
import { PAGE_TYPES, watchPage } from './support';

for (const [type, path] of Object.entries(PAGE_TYPES)) {
  test(`${type} page (${path}): no console error, no CSP violation, nothing from another origin`, async ({
    page,
    baseURL,
  }) => {
    const watched = watchPage(page, new URL(baseURL ?? '').origin);
    await page.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = violations;
      document.addEventListener('securitypolicyviolation', (event) => {
        violations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    if (type === 'search') await page.locator('[data-search-results] > li').first().waitFor();
    if (type === 'decoder') {
      await page.getByLabel('Bounce text').fill('550 5.1.1 <bob@example.net>: Recipient address rejected');
      await page.locator('[data-decode-results] article').first().waitFor();
    }
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });
}

test.describe('at 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    test(`${type} page (${path}) needs no sideways scrolling`, async ({ page }) => {
      await page.goto(path, { waitUntil: 'networkidle' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('a code page is complete and readable', async ({ page }) => {
    await page.goto('/550/');
    await expect(page.locator('h1')).toHaveText(/^SMTP 550 /);
    await expect(page.locator('#summary')).toBeVisible();
    for (const id of ['class', 'when', 'fix', 'retry', 'example', 'wild', 'spec', 'related']) {
      await expect(page.locator(`#${id}`)).toBeVisible();
    }
  });

  test('the home page lists every code', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('#codes ~ .code-index td:first-child a')).toHaveCount(38);
  });

  test('the search page says search needs JavaScript and points to the code list', async ({ page }) => {
    await page.goto('/search/?q=530');
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
  });
});
