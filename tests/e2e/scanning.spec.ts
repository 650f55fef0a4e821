/** Code pages made for scanning: the answer first, "On this page", anchored sections, review line. */
import { expect, test } from '@playwright/test';

test('a code page gives the answer first: summary, facts, what to do and retry before the rest', async ({
  page,
}) => {
  await page.goto('/550/');
  const headings = await page.locator('article h2[id]').evaluateAll((nodes) => nodes.map((node) => node.id));
  expect(headings.slice(0, 3)).toEqual(['fix', 'retry', 'on-this-page']);
  // "Answers" is in the facts box only.
  await expect(page.locator('article').getByText('This reply answers:')).toHaveCount(0);
  await expect(page.locator('.facts dt', { hasText: 'Answers' })).toHaveCount(1);
});

for (const path of ['/550/', '/5.7.1/', '/4.4.7/']) {
  test(`"On this page" on ${path} lists every section, in page order, and each link lands on it`, async ({
    page,
  }) => {
    await page.goto(path);
    const listed = await page
      .locator('.on-this-page a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    const sections = await page
      .locator('article h2[id]:not(#on-this-page)')
      .evaluateAll((nodes) => nodes.map((node) => `#${node.id}`));
    expect(listed).toEqual(sections);
  });
}

test('"On this page" stays beside the text on a wide screen and is a short list on a phone', async ({
  browser,
}) => {
  const wide = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await wide.goto('/550/');
  await wide.locator('#spec').scrollIntoViewIfNeeded();
  await expect(wide.locator('.on-this-page')).toBeInViewport();
  const toc = await wide.locator('.on-this-page').boundingBox();
  const text = await wide.locator('#spec').boundingBox();
  expect(toc && text && toc.x > text.x + text.width).toBe(true);
  await wide.close();

  const phone = await browser.newPage({ viewport: { width: 360, height: 800 } });
  await phone.goto('/550/');
  const box = await phone.locator('.on-this-page').boundingBox();
  expect(box?.height).toBeLessThan(300);
  await phone.close();
});

for (const width of [360, 1280]) {
  test(`a linked section (/550/#when) lands in view with its rule and is highlighted, at ${width} px`, async ({
    browser,
  }) => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await page.goto('/550/#when');
    const heading = page.locator('#when');
    const top = await heading.evaluate((node) => node.getBoundingClientRect().top);
    // Not flush with the top: the rule above the heading is on screen, and no header covers it.
    expect(top).toBeGreaterThanOrEqual(8);
    const covering = await heading.evaluate((node) => {
      const rect = node.getBoundingClientRect();
      const hit = document.elementFromPoint(rect.left + 4, rect.top + rect.height / 2);
      return hit === node || node.contains(hit);
    });
    expect(covering).toBe(true);
    const background = await heading.evaluate((node) => getComputedStyle(node).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });
}

test('every code page says when it was checked and offers "Report a mistake"', async ({ page }) => {
  await page.goto('/530/');
  await expect(page.locator('.page-review')).toContainText(
    /Checked against RFC \d+.* on \d{1,2} \w+ 20\d\d\./,
  );
  const report = page.getByRole('link', { name: 'Report a mistake' });
  const href = new URL((await report.getAttribute('href')) ?? '');
  expect(href.pathname).toMatch(/\/issues\/new$/);
  expect(href.searchParams.get('title')).toContain('SMTP 530');
  expect(href.searchParams.get('body')).toMatch(/Page: https?:\/\/.+\/530\//);
  await page.goto('/5.7.1/');
  await expect(page.locator('.page-review')).toContainText(/Checked against .*the IANA registry on /);
});

test.describe('at 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  test('search placeholders fit their boxes', async ({ page }) => {
    for (const path of ['/', '/530/']) {
      await page.goto(path);
      const cut = await page.locator('input[type="search"][placeholder]').evaluateAll((inputs) =>
        inputs.flatMap((node) => {
          const input = node as HTMLInputElement;
          const style = getComputedStyle(input);
          const context = document.createElement('canvas').getContext('2d');
          if (!context) return [input.placeholder];
          context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          return context.measureText(input.placeholder).width > room ? [input.placeholder] : [];
        }),
      );
      expect(cut, path).toEqual([]);
    }
  });

  test('the home page shows the code index before the explanation', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.code-index td:first-child a').first()).toBeInViewport();
    const index = await page.locator('.code-index').boundingBox();
    const reading = await page.locator('#reading').boundingBox();
    expect(index && reading && index.y < reading.y).toBe(true);
  });
});
