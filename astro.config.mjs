// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import codePage500 from './src/integrations/codePage500.ts';
import hostRedirects from './src/integrations/hostRedirects.ts';
import { noindexPages } from './src/integrations/noindexPages.ts';
import { allPairs } from './src/lib/compare/pairs.ts';
import { STANDARD_CODES } from './src/lib/codes/replyCodes.ts';
import { comparisonIdUrl, normalizeBase, withBase } from './src/lib/urls.ts';
import { projectSettings } from './src/lib/project.ts';
import { readVendorFiles, registryLookup } from './src/integrations/vendorFiles.ts';
import { vendorRedirectLines, vendorRedirects } from './src/lib/vendors/redirects.ts';

/**
 * The public origin, used for canonical URLs, the sitemap, OpenSearch and robots.txt. A deploy
 * build (Netlify, Cloudflare Pages, or DEPLOY=1 as in the GitHub Pages workflow) without a real
 * SITE_URL (or the host's own variable) and REPO_URL stops here with a message saying what to set;
 * a local build or CI uses placeholders. See src/lib/project.ts.
 */
const site = projectSettings(process.env).siteUrl;

/**
 * The path the site is served under: "/" for its own domain, "/smtp-codes/" for a GitHub project
 * page. Set BASE_PATH when deploying under a path; every internal link goes through src/lib/urls.ts,
 * which reads it back as import.meta.env.BASE_URL.
 */
const base = normalizeBase(process.env['BASE_PATH']);

/**
 * Reverse-order comparison URLs (/compare/535-vs-530/) lead to the canonical page. Astro reads the
 * sources under the base but writes the destinations as given, so they carry the base.
 */
const comparisonRedirects = Object.fromEntries(
  allPairs(STANDARD_CODES).map((pair) => [`/compare/${pair.reverseId}`, comparisonIdUrl(pair.id, base)]),
);

/** Pages marked noindex (generated comparisons with nothing pair-specific) stay out of the sitemap. */
const noindex = noindexPages(base);
/**
 * Codes inside a vendor's documented range (/5.7.612/) lead to the range's page, and the SMTP Field
 * Manual's provider ids (/providers/google/) to ours, the same way.
 */
const vendors = readVendorFiles();
const inRegistry = registryLookup();
const vendorRedirectMap = vendorRedirects(vendors, inRegistry, base);
const redirectSources = new Set([...Object.keys(comparisonRedirects), ...Object.keys(vendorRedirectMap)]);

export default defineConfig({
  site,
  base,
  // Every page is a folder with an index.html, so /530/ is canonical and /530 reaches it too.
  trailingSlash: 'ignore',
  // Sentences that mix text, links and code are laid out by <Inline> from the page model in one
  // expression, so no template line break sits inside a sentence; compressing keeps the visible
  // text word for word (checked page by page against an uncompressed build).
  compressHTML: true,
  build: { format: 'directory' },
  // Order matters: the 500 page must be in place before the sitemap and the search index see dist/.
  redirects: { ...comparisonRedirects, ...vendorRedirectMap },
  integrations: [
    codePage500(),
    noindex.integration,
    sitemap({
      customPages: [new URL(withBase('/500/', base), site).href],
      // Redirect pages are not pages of their own.
      filter: (page) =>
        !redirectSources.has(new URL(page).pathname.replace(/\/$/, '').slice(base.length - 1)) &&
        !noindex.isNoindex(page),
    }),
    hostRedirects((siteBase) =>
      vendorRedirectLines(vendorRedirects(vendors, inRegistry, siteBase), siteBase),
    ),
    pagefind(),
  ],
  vite: {
    // Keep every script an external file: the Content-Security-Policy allows no inline script.
    build: { assetsInlineLimit: 0 },
  },
});
