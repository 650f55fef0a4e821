/**
 * Every internal address on the site, in one place. Each function returns a path under Astro's
 * `base` (import.meta.env.BASE_URL, "/" unless the site is deployed under a path such as a GitHub
 * project page at "/smtp-codes/"); pass `base` to build one for another base (tests, config files
 * read outside Vite, where import.meta.env does not exist).
 */

/** "/", or the configured base with one slash at each end. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '/').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

// import.meta.env is Vite's; astro.config.mjs and scripts load this file without it.
const SITE_BASE = normalizeBase((import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL);

/** The site-relative path ("/530/") under the base ("/smtp-codes/530/"). */
export function withBase(path: string, base: string = SITE_BASE): string {
  return `${normalizeBase(base)}${path.replace(/^\/+/, '')}`;
}

/** The path without the base, for comparing with the site's own routes; undefined when outside it. */
export function withoutBase(path: string, base: string = SITE_BASE): string | undefined {
  const prefix = normalizeBase(base);
  if (prefix === '/') return path;
  if (`${path}/` === prefix) return '/';
  return path.startsWith(prefix) ? `/${path.slice(prefix.length)}` : undefined;
}

/** An absolute URL for a path under the base: canonical addresses, tickets, OpenSearch. */
export function absoluteUrl(path: string, site: URL | string | undefined, base: string = SITE_BASE): string {
  return new URL(withBase(path, base), site ?? 'http://localhost/').href;
}

/** The home page, optionally at a section: homeUrl('codes') → "/#codes". */
export const homeUrl = (section?: string, base?: string) => withBase(section ? `/#${section}` : '/', base);

/** A code's page: basic ("530"), enhanced ("5.7.1"), and later vendor and non-standard codes. */
export const codeUrl = (code: string | number, base?: string) => withBase(`/${code}/`, base);

/** A code's published record, /530.json. */
export const codeJsonUrl = (code: string | number, base?: string) => withBase(`/${code}.json`, base);

/** Every published record, /codes.json. */
export const codesJsonUrl = (base?: string) => withBase('/codes.json', base);

/** "530-vs-535", lower code first, whatever order the codes come in. */
export function comparisonId(x: number, y: number): string {
  if (x === y) throw new RangeError(`cannot compare ${x} with itself`);
  return `${Math.min(x, y)}-vs-${Math.max(x, y)}`;
}

/** The canonical comparison page of two codes: "/compare/530-vs-535/". */
export const comparisonUrl = (x: number, y: number, base?: string) =>
  withBase(`/compare/${comparisonId(x, y)}/`, base);

/** A comparison page by its id, in either order ("535-vs-530" is a redirect page). */
export const comparisonIdUrl = (id: string, base?: string) => withBase(`/compare/${id}/`, base);

/** Every comparison with one code: "/compare/530/". */
export const compareCodeUrl = (code: number, base?: string) => withBase(`/compare/${code}/`, base);

/** The comparison index, "/compare/". */
export const compareIndexUrl = (base?: string) => withBase('/compare/', base);

/** The enhanced-code index, optionally at a subject's group: "/enhanced/#subject-7". */
export const enhancedIndexUrl = (subject?: number | string, base?: string) =>
  withBase(subject === undefined ? '/enhanced/' : `/enhanced/#subject-${subject}`, base);

/** The search page, optionally with a query: "/search/?q=530". */
export const searchUrl = (query?: string, base?: string) =>
  withBase(query === undefined ? '/search/' : `/search/?q=${encodeURIComponent(query)}`, base);

/** The bounce decoder, "/decode/". */
export const decodeUrl = (base?: string) => withBase('/decode/', base);

/** A file at the site's root: "favicon.svg", "sitemap-index.xml", "opensearch.xml", "pagefind/pagefind.js". */
export const fileUrl = (name: string, base?: string) => withBase(`/${name}`, base);

/** A provider's page (a mailbox provider, filter, MTA or blocklist): "/providers/gmail/". */
export const providerUrl = (slug: string, base?: string) => withBase(`/providers/${slug}/`, base);
