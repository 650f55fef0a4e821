import { expect, test } from '@playwright/test';
import { findProseGlitches } from '../helpers/proseGlitches';
import { CODES, CURATED_COMPARISONS, ENHANCED_PAGES } from './support';

/** Every code and enhanced page, the indexes, and every curated comparison (generated ones are checked in the unit tests). */
const PAGES = [
  '/',
  '/enhanced/',
  '/compare/',
  ...CODES.map((code) => `/${code}/`),
  ...ENHANCED_PAGES,
  ...CURATED_COMPARISONS.map((id) => `/compare/${id}/`),
];
const CHUNK = 40;

for (let start = 0; start < PAGES.length; start += CHUNK) {
  const chunk = PAGES.slice(start, start + CHUNK);
  test(`pages ${start + 1}-${start + chunk.length} of ${PAGES.length} have no prose glitches`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const problems: string[] = [];
    for (const path of chunk) {
      await page.goto(path);
      // Transcripts and verbatim server replies are quoted as sent: transcripts are left out, and each
      // code span stands as one neutral word so the prose around it is still checked.
      const text = await page.locator('main').evaluate((main) => {
        const copy = main.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('pre').forEach((node) => node.remove());
        copy.querySelectorAll('code').forEach((node) => node.replaceWith('QUOTED'));
        return copy.innerText;
      });
      problems.push(...findProseGlitches(text).map((glitch) => `${path}: ${glitch}`));
    }
    expect(problems).toEqual([]);
  });
}
