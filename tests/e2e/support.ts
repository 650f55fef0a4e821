/** Shared helpers for the end-to-end tests. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** The codes that have content files, as the site builds them. */
export const CODES = readdirSync(join(import.meta.dirname, '../../content/codes'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.replace(/\.md$/, ''))
  .sort();

/** The pairs with a hand-written note ("530-vs-535"). */
export const CURATED_COMPARISONS = readdirSync(join(import.meta.dirname, '../../content/comparisons'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.replace(/\.md$/, ''));

/** Every enhanced-code page the build wrote (folders named like 5.7.1 in dist/). */
export const ENHANCED_PAGES = readdirSync(join(import.meta.dirname, '../../dist'))
  .filter((name) => /^[245]\.\d+\.\d+$/.test(name))
  .map((name) => `/${name}/`);

/** One URL of each page type the site has. */
export const PAGE_TYPES = {
  home: '/',
  code: '/530/',
  enhanced: '/5.7.1/',
  enhancedIndex: '/enhanced/',
  comparison: '/compare/214-vs-530/',
  curatedComparison: '/compare/530-vs-535/',
  compareIndex: '/compare/',
  compareCode: '/compare/530/',
  decoder: '/decode/',
  search: '/search/?q=530',
  notFound: '/999/',
  data: '/data/',
  about: '/about/',
  providerIndex: '/providers/',
  // A small provider page (13 replies, hosts and markers); vendors.spec.ts checks the
  // largest ones (Gmail, Microsoft) with a longer time limit, since axe takes long on them.
  provider: '/providers/icloud/',
  vendorCode: '/5.7.606-649/',
  nonstandardCode: '/571/',
} as const;

/**
 * Records console errors and requests that leave the site's origin while a page is used.
 * The 404 page's own "404" response is expected and not counted.
 */
export function watchPage(page: Page, origin: string) {
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 404/.test(message.text())) {
      consoleErrors.push(message.text());
    }
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) foreignRequests.push(request.url());
  });
  return { consoleErrors, foreignRequests };
}

/** Runs a search through the search page's own box, as a reader would type it. */
export async function typeSearch(page: Page, query: string): Promise<string[]> {
  await page.goto('/search/');
  await page.getByRole('searchbox', { name: 'Search by code, text or bounce line' }).fill(query);
  const results = page.locator('[data-search-results] > li > a');
  await results.first().waitFor();
  await page.waitForFunction(
    (q) => document.querySelector('[data-search-status]')?.textContent?.includes(q) ?? false,
    query,
  );
  return results.evaluateAll((links) =>
    links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  );
}
