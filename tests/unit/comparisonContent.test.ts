import { describe, expect, it } from 'vitest';
import { comparisonSchema } from '../../src/lib/compare/schema';
import { readContentFiles } from './helpers/contentFiles';

const files = readContentFiles('comparisons');

/** The pairs people confuse, each of which must have a hand-written note. */
const REQUIRED = [
  '421-vs-450',
  '421-vs-451',
  '450-vs-550',
  '451-vs-452',
  '452-vs-552',
  '530-vs-535',
  '534-vs-535',
  '530-vs-554',
  '550-vs-553',
  '550-vs-554',
  '521-vs-556',
  '251-vs-551',
  '500-vs-502',
  '502-vs-504',
  '501-vs-504',
  '454-vs-530',
];

describe.each(files)('content/comparisons/$fileName', (file) => {
  it('matches the comparison schema and is named after its pair', () => {
    const result = comparisonSchema.safeParse(file.data);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(
      [],
    );
    const pair = (file.data as { pair: number[] }).pair;
    expect(file.stem).toBe(`${pair[0]}-vs-${pair[1]}`);
  });

  it('has a hand-written note in its body', () => {
    expect(file.body.length).toBeGreaterThan(300);
  });
});

describe('curated comparisons', () => {
  it('cover every pair people confuse', () => {
    expect(REQUIRED.filter((id) => !files.some((file) => file.stem === id))).toEqual([]);
  });
});
