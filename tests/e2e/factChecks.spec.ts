/**
 * Errors found in review whose wording comes from code (the page model and the wording tables) rather
 * than from one content file: each is checked in the built page's visible text. Entries with
 * `pageMust` / `pageMustNot` in tests/fixtures/fact-checks.json run here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

interface PageCheck {
  why: string;
  page?: string;
  pageMust?: string[];
  pageMustNot?: string[];
}

const ROOT = join(import.meta.dirname, '../..');
const checks = (
  JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/fact-checks.json'), 'utf8')) as PageCheck[]
).filter((check) => check.page && (check.pageMust || check.pageMustNot));

/** The page's visible text as a reader sees it: tags dropped, entities decoded, spaces collapsed. */
function visibleText(path: string): string {
  const html = readFileSync(join(ROOT, 'dist', path, 'index.html'), 'utf8');
  return (
    html
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
      // Inline elements run on with the text around them ("<a>550 5.1.1</a>: Bad" reads "550 5.1.1:
      // Bad"); every other tag breaks the text, as a block does on screen.
      .replace(/<\/?(a|code|strong|em|b|i|span|mark|abbr|kbd)\b[^>]*>/gi, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#39;|&#x27;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')
  );
}

test('the fact checks on built pages are not empty', () => {
  expect(checks.length).toBeGreaterThanOrEqual(5);
});

for (const check of checks) {
  test(`${check.page}: ${check.why.slice(0, 80)}`, () => {
    const text = visibleText(check.page ?? '/');
    for (const phrase of check.pageMust ?? []) expect(text, check.why).toContain(phrase);
    for (const phrase of check.pageMustNot ?? []) expect(text, check.why).not.toContain(phrase);
  });
}
