/**
 * Builds the Pagefind search index from the finished HTML, through Pagefind's Node API, once
 * Astro has written the site. Pattern from Starlight's own integration.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

function failOn(step: string, errors: string[] | undefined): void {
  if (errors && errors.length > 0) {
    throw new Error(`Pagefind failed to ${step}:\n${errors.join('\n')}`);
  }
}

export default function pagefind(): AstroIntegration {
  return {
    name: 'smtp-codes:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({
            forceLanguage: 'en',
            // Keep 5.5.0 and 550 apart: see src/lib/searchRanking.ts.
            includeCharacters: '.',
          });
          failOn('create an index', errors);
          if (!index) throw new Error('Pagefind returned no index');
          const added = await index.addDirectory({ path: outDir });
          failOn('index the built site', added.errors);
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          failOn('write the index', written.errors);
          logger.info(`Indexed ${added.page_count} pages for search.`);
        } finally {
          await close();
        }
      },
    },
  };
}
