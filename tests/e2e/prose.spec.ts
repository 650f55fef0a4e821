import { expect, test } from '@playwright/test';
import { findProseGlitches } from '../../src/lib/proseGlitches';
import { CODES } from './support';

const PAGES = ['/', ...CODES.map((code) => `/${code}/`)];

test('no page has prose glitches in its visible text (transcripts and quoted replies excepted)', async ({
  page,
}) => {
  const problems: string[] = [];
  for (const path of PAGES) {
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
