/** The IANA registry file is validated when it loads, like the content files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGISTRY_ENTRIES, REGISTRY_UPDATED, parseRegistry } from '../../src/lib/enhanced/registry';
import { CONTENT_DIR } from './helpers/contentFiles';

const raw = JSON.parse(readFileSync(join(CONTENT_DIR, 'reference/smtp-enhanced-codes.json'), 'utf8')) as {
  enumerated_status_codes: Record<string, unknown>[];
};

describe('the IANA registry', () => {
  it('loads every entry', () => {
    expect(REGISTRY_ENTRIES.length).toBe(raw.enumerated_status_codes.length);
    expect(REGISTRY_UPDATED).toMatch(/^\d{4}-\d\d-\d\d$/);
  });

  it('refuses a file with a wrong field, naming where', () => {
    const broken = structuredClone(raw);
    const first = broken.enumerated_status_codes[0];
    if (first) first['applicable_classes'] = ['7'];
    expect(() => parseRegistry(broken)).toThrow(/enumerated_status_codes\.0\.applicable_classes\.0/);
  });
});
