/**
 * Wires the content folders to their schemas. The schemas themselves live in src/lib so the
 * unit tests can parse the same files without Astro.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { codeSchema } from './lib/codeSchema';
import { enhancedSchema } from './lib/enhancedSchema';
import { idFromFileName } from './lib/contentIds';

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

export const collections = { codes, enhanced };
