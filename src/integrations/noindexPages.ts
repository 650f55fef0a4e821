/**
 * Pages that ask not to be indexed (`<meta name="robots" content="noindex">`, the generated
 * comparisons with nothing pair-specific to say) stay out of the sitemap. The page itself is the one
 * place that decides: the sitemap's filter reads the built HTML, found through the build's outDir
 * (which `astro build --outDir` may change), so the two can never disagree.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const NOINDEX = /<meta name="robots" content="noindex"/;

export interface NoindexPages {
  /** Add before the sitemap: it learns where the build writes its pages. */
  integration: AstroIntegration;
  /** For the sitemap's `filter`: whether the built page at this absolute URL asks not to be indexed. */
  isNoindex: (pageUrl: string) => boolean;
}

export function noindexPages(base: string): NoindexPages {
  let outDir: URL | undefined;
  return {
    integration: {
      name: 'smtp-codes:noindex-pages',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = config.outDir;
        },
      },
    },
    isNoindex: (pageUrl) => {
      if (!outDir) return false;
      const path = new URL(pageUrl).pathname;
      if (!path.startsWith(base) || !path.endsWith('/')) return false;
      try {
        const html = readFileSync(
          fileURLToPath(new URL(`${path.slice(base.length)}index.html`, outDir)),
          'utf8',
        );
        return NOINDEX.test(html);
      } catch {
        // Not a page of our own (a custom page such as /500/ is written by another step): keep it.
        return false;
      }
    },
  };
}
