/**
 * Which enhanced-code pages the site builds, and that links between basic and enhanced pages
 * resolve both ways. Reads the content files directly, as the build does.
 */
import { describe, expect, it } from 'vitest';
import type { CodeEntryData } from '../../src/lib/codes/schema';
import { codeSchema } from '../../src/lib/codes/schema';
import { pageClasses } from '../../src/lib/enhanced/codes';
import { parseEnhanced, withClass } from '../../src/lib/enhanced/codes';
import { REGISTRY_ENTRIES } from '../../src/lib/enhanced/registry';
import type { EnhancedEntryData } from '../../src/lib/enhanced/schema';
import { enhancedSchema } from '../../src/lib/enhanced/schema';
import { isStandardCode } from '../../src/lib/codes/replyCodes';
import { readContentFiles } from './helpers/contentFiles';

const enhanced = readContentFiles('enhanced').map(
  (file) => enhancedSchema.parse(file.data) as EnhancedEntryData,
);
const basic = readContentFiles('codes').map((file) => codeSchema.parse(file.data) as CodeEntryData);
const pages = new Set(
  enhanced.flatMap((entry) => pageClasses(entry).map((cls) => withClass(entry.code, cls))),
);

describe('enhanced pages built', () => {
  it('include a class 4 and a class 5 page for every registry entry', () => {
    for (const entry of REGISTRY_ENTRIES) {
      expect(pages.has(withClass(entry.code, '4')), entry.code).toBe(true);
      expect(pages.has(withClass(entry.code, '5')), entry.code).toBe(true);
    }
  });

  it('include the success codes servers send every day', () => {
    for (const code of ['2.0.0', '2.1.0', '2.1.5', '2.6.0', '2.7.0'])
      expect(pages.has(code), code).toBe(true);
  });

  it('include a class 2 page wherever the registry says class 2 applies', () => {
    const classTwo = REGISTRY_ENTRIES.filter((entry) => entry.applicable_classes?.includes('2'));
    expect(classTwo.length).toBeGreaterThan(0);
    for (const entry of classTwo) expect(pages.has(withClass(entry.code, '2')), entry.code).toBe(true);
  });

  it('never build a class 3 page (3xx replies carry no enhanced code)', () => {
    expect([...pages].filter((code) => code.startsWith('3.'))).toEqual([]);
  });
});

describe('links between basic and enhanced pages', () => {
  it('resolve from a basic page to every registered enhanced code it lists', () => {
    const registered = new Set(REGISTRY_ENTRIES.map((entry) => entry.code));
    const broken = basic.flatMap((entry) =>
      entry.enhanced
        .filter((code) => registered.has(parseEnhanced(code)?.neutral ?? '') && !pages.has(code))
        .map((code) => `${entry.code} lists ${code}, which has no page`),
    );
    expect(broken).toEqual([]);
  });

  it('resolve from an enhanced page to every basic code it names', () => {
    const broken = enhanced.flatMap((entry) =>
      entry.basicCodes
        .filter((pair) => !isStandardCode(pair.code))
        .map((pair) => `${entry.code} → ${pair.code}`),
    );
    expect(broken).toEqual([]);
  });

  it('resolve from an enhanced page to every related registry code', () => {
    const codes = new Set(enhanced.map((entry) => entry.code));
    const broken = enhanced.flatMap((entry) =>
      entry.related
        .filter((item) => typeof item.code === 'string' && !codes.has(item.code))
        .map((item) => `${entry.code} → ${String(item.code)}`),
    );
    expect(broken).toEqual([]);
  });

  it('go both ways for the common pairs: 550 lists 5.1.1 and 5.1.1 names 550', () => {
    expect(basic.find((entry) => entry.code === 550)?.enhanced).toContain('5.1.1');
    expect(enhanced.find((entry) => entry.code === 'X.1.1')?.basicCodes.map((pair) => pair.code)).toContain(
      550,
    );
  });
});
