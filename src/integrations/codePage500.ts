/**
 * Astro treats any page at /500 as the site's custom "500 Internal Server Error" page and writes
 * it to `dist/500.html` instead of `dist/500/index.html`. Here /500 is the page for SMTP reply
 * code 500, so once the build is done this moves it to the folder every other code page uses,
 * where static hosts serve it at /500/ and /500. It must run before the search index is built.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export default function codePage500(): AstroIntegration {
  return {
    name: 'smtp-codes:code-page-500',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const errorPage = join(outDir, '500.html');
        if (!existsSync(errorPage)) return;
        if (!readFileSync(errorPage, 'utf8').includes('data-pagefind-meta="code:500"')) {
          throw new Error('dist/500.html is not the SMTP 500 code page; refusing to move it');
        }
        mkdirSync(join(outDir, '500'), { recursive: true });
        renameSync(errorPage, join(outDir, '500', 'index.html'));
        logger.info('Moved the SMTP 500 page from 500.html to 500/index.html.');
      },
    },
  };
}
