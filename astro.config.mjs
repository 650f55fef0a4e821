// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import codePage500 from './src/integrations/codePage500.ts';
import hostRedirects from './src/integrations/hostRedirects.ts';
import { allPairs } from './src/lib/compare/pairs.ts';
import { STANDARD_CODES } from './src/lib/codes/replyCodes.ts';

/** Reverse-order comparison URLs (/compare/535-vs-530/) lead to the canonical page. */
const comparisonRedirects = Object.fromEntries(
  allPairs(STANDARD_CODES).map((pair) => [`/compare/${pair.reverseId}`, `/compare/${pair.id}/`]),
);

/** The public origin, used for canonical URLs and the sitemap. Set SITE_URL when deploying. */
const site = process.env['SITE_URL'] ?? 'https://smtp-codes.example';

export default defineConfig({
  site,
  // Every page is a folder with an index.html, so /530/ is canonical and /530 reaches it too.
  trailingSlash: 'ignore',
  // Astro 7's compression drops the space between text and an inline element that starts a new
  // source line ("listed on the<a>"). Correct text matters more than the bytes it saves.
  compressHTML: false,
  build: { format: 'directory' },
  // Order matters: the 500 page must be in place before the sitemap and the search index see dist/.
  redirects: comparisonRedirects,
  integrations: [
    mdx(),
    codePage500(),
    sitemap({
      customPages: [new URL('/500/', site).href],
      // Redirect pages are not pages of their own.
      filter: (page) => !Object.keys(comparisonRedirects).some((from) => page.endsWith(`${from}/`)),
    }),
    hostRedirects(),
    pagefind(),
  ],
  vite: {
    // Keep every script an external file: the Content-Security-Policy allows no inline script.
    build: { assetsInlineLimit: 0 },
  },
});
