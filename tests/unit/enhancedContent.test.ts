import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enhancedSchema } from '../../src/lib/enhanced/schema';
import { CONTENT_DIR, readContentFiles } from './helpers/contentFiles';

const files = readContentFiles('enhanced');
const registry = JSON.parse(
  readFileSync(join(CONTENT_DIR, 'reference/smtp-enhanced-codes.json'), 'utf8'),
) as {
  enumerated_status_codes: { code: string }[];
};

describe.each(files)('content/enhanced/$fileName', (file) => {
  it('matches the enhanced-code schema', () => {
    const result = enhancedSchema.safeParse(file.data);
    const problems = result.success
      ? []
      : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(problems).toEqual([]);
  });

  it('is named after its code, which is in the IANA registry', () => {
    const code = String((file.data as { code?: unknown }).code);
    expect(code).toBe(file.stem);
    expect(registry.enumerated_status_codes.map((entry) => entry.code)).toContain(code);
  });

  it('has a "When you see it" explanation in its body', () => {
    expect(file.body.length).toBeGreaterThan(200);
  });
});

describe('content/enhanced as a whole', () => {
  it('has exactly one file per registry entry and none for codes outside the registry', () => {
    expect(files.map((file) => file.stem).toSorted()).toEqual(
      registry.enumerated_status_codes.map((entry) => entry.code).toSorted(),
    );
    expect(files).toHaveLength(81);
  });
});
