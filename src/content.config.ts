/**
 * Wires the content folders to their schemas. The schemas themselves live in src/lib so the
 * unit tests can parse the same files without Astro.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { codeSchema } from './lib/codes/schema';
import { enhancedSchema } from './lib/enhanced/schema';
import { comparisonSchema, pairId } from './lib/compare/schema';
import { idFromFileName } from './lib/contentIds';
import { vendorSchema } from './lib/vendors/schema';
import { nonstandardSchema } from './lib/codes/nonstandardSchema';

const codes = defineCollection({
  loader: glob({
    pattern: '*.md',
    base: './content/codes',
    generateId: ({ entry, data }) => idFromFileName(entry, data, 'code'),
  }),
  schema: codeSchema,
});

const enhanced = defineCollection({
  loader: glob({
    pattern: '*.md',
    base: './content/enhanced',
    generateId: ({ entry, data }) => idFromFileName(entry, data, 'code'),
  }),
  schema: enhancedSchema,
});

const comparisons = defineCollection({
  loader: glob({
    pattern: '*.md',
    base: './content/comparisons',
    generateId: ({ entry, data }) => {
      const id = entry.replace(/\.md$/, '');
      const pair = Array.isArray(data['pair']) ? (data['pair'] as unknown[]) : [];
      const expected = pairId(Number(pair[0]), Number(pair[1]));
      if (id !== expected) {
        throw new Error(
          `content file "${entry}": field "pair" is ${JSON.stringify(data['pair'])} but the file is named "${id}"; name it "${expected}.md"`,
        );
      }
      return id;
    },
  }),
  schema: comparisonSchema,
});

/** Providers, spam filters, MTAs and blocklists: content/vendors/<slug>.md (README.txt there is not content). */
const vendors = defineCollection({
  loader: glob({
    pattern: '*.md',
    base: './content/vendors',
    generateId: ({ entry, data }) => idFromFileName(entry, data, 'slug'),
  }),
  schema: vendorSchema,
});

/** Basic codes no standard defines but people meet (571, 471…): content/nonstandard/<code>.md. */
const nonstandard = defineCollection({
  loader: glob({
    pattern: '*.md',
    base: './content/nonstandard',
    generateId: ({ entry, data }) => idFromFileName(entry, data, 'code'),
  }),
  schema: nonstandardSchema,
});

export const collections = { codes, enhanced, comparisons, vendors, nonstandard };
