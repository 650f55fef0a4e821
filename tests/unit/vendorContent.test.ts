import { describe, expect, it } from 'vitest';
import { vendorSchema } from '../../src/lib/vendors/schema';
import { nonstandardSchema } from '../../src/lib/codes/nonstandardSchema';
import { frontMatterOf, readContentFiles, schemaProblems } from './helpers/contentFiles';

describe('content/vendors', () => {
  const files = readContentFiles('vendors');
  it.each(files.map((file) => [file.fileName, file] as const))('%s matches the vendor schema', (_, file) => {
    expect(schemaProblems(vendorSchema, file.data)).toEqual([]);
    expect((file.data as { slug?: unknown }).slug).toBe(file.stem);
  });
});

describe('content/nonstandard', () => {
  const files = readContentFiles('nonstandard');
  it.each(files.map((file) => [file.fileName, file] as const))(
    '%s matches the non-standard schema',
    (_, file) => {
      expect(schemaProblems(nonstandardSchema, file.data)).toEqual([]);
      expect(String((file.data as { code?: unknown }).code)).toBe(file.stem);
    },
  );
});

describe('review dates', () => {
  it.each(['vendors/gmail.md', 'nonstandard/571.md'])('%s cannot drop its reviewed date', (path) => {
    const data = frontMatterOf(path);
    delete data['reviewed'];
    const schema = path.startsWith('vendors/') ? vendorSchema : nonstandardSchema;
    expect(schemaProblems(schema, data)).toEqual([expect.stringMatching(/^reviewed: /)]);
  });
});
