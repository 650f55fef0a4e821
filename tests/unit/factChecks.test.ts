/**
 * Errors found in review, each pinned so it cannot come back: a content file must (or must not)
 * say something. tests/fixtures/fact-checks.json holds the list, each entry with the source that
 * proves it; tests/e2e/factChecks.spec.ts runs the `page` entries against the built pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

export interface FactCheck {
  why: string;
  file?: string;
  page?: string;
  must?: string[];
  mustNot?: string[];
}

const ROOT = join(import.meta.dirname, '../..');
const checks = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/fact-checks.json'), 'utf8')) as FactCheck[];

describe('fact checks on content files', () => {
  it.each(checks.filter((check) => check.file).map((check) => [check.file, check] as const))(
    '%s',
    (file, check) => {
      const text = readFileSync(join(ROOT, file ?? ''), 'utf8');
      for (const phrase of check.must ?? []) expect(text, check.why).toContain(phrase);
      for (const phrase of check.mustNot ?? []) expect(text, check.why).not.toContain(phrase);
    },
  );
});
