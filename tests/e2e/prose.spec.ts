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
      // code span stands as one neutral word so the prose around it is still checked. This edits the
      // live page (it is left right after): innerText of a laid-out page breaks lines between blocks
      // as a reader sees them, where a detached copy would run the end of one list item into the next.
      const text = await page.locator('main').evaluate((main) => {
        const root = main as HTMLElement;
        root.querySelectorAll('pre').forEach((node) => node.remove());
        root.querySelectorAll('code').forEach((node) => {
          const word = document.createElement(getComputedStyle(node).display === 'block' ? 'div' : 'span');
          word.textContent = 'QUOTED';
          node.replaceWith(word);
        });
        return root.innerText;
      });
      problems.push(...findProseGlitches(text).map((glitch) => `${path}: ${glitch}`));
    }
    expect(problems).toEqual([]);
  });
}
