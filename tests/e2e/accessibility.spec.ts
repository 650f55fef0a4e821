/** axe (WCAG 2.2 AA rules) on every page type, in light and dark mode, with their dynamic parts shown. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './support';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    for (const [type, path] of Object.entries(PAGE_TYPES)) {
      test(`${type} page (${path}) has no accessibility violations`, async ({ page }) => {
        await page.goto(path, { waitUntil: 'networkidle' });
        if (type === 'search') await page.locator('[data-search-results] > li').first().waitFor();
        if (type === 'decoder') {
          await page
            .getByLabel('Bounce text')
            .fill('554 4.0.0 odd\n550 5.7.606 Access denied, banned sending IP');
          await page.locator('[data-decode-results] article').nth(1).waitFor();
        }
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        const violations = results.violations.map(
          (violation) =>
            `${violation.id}: ${violation.nodes
              .map((node) => node.target.join(' '))
              .slice(0, 3)
              .join(' | ')}`,
        );
        expect(violations).toEqual([]);
      });
    }
  });
}
