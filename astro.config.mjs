// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';

/** The public origin, used for canonical URLs and the sitemap. Set SITE_URL when deploying. */
const site = process.env['SITE_URL'] ?? 'https://smtp-codes.example';

export default defineConfig({
  site,
  // Every page is a folder with an index.html, so /530/ is canonical and /530 reaches it too.
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap(), pagefind()],
  vite: {
    // Keep every script an external file: the Content-Security-Policy allows no inline script.
    build: { assetsInlineLimit: 0 },
  },
});
