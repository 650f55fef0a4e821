/**
 * The addresses that lead to a vendor page without being one: every code inside a documented range
 * (/5.7.612/ → /5.7.606-649/) and the SMTP Field Manual's provider ids (/providers/google/ →
 * /providers/gmail/). The build writes each as a meta-refresh page and a 301 line in _redirects,
 * as it does for the reverse comparison URLs.
 */
import { codeUrl, providerUrl, withBase } from '../urls';
import { rangeRedirects, vendorCodePages } from './codes';
import { PROVIDER_ID_REDIRECTS } from './names';
import type { VendorData } from './schema';

/** From a site-relative path without the base ("/5.7.612") to its target under `base`. */
export function vendorRedirects(
  vendors: readonly VendorData[],
  inRegistry: (neutral: string) => boolean,
  base?: string,
): Record<string, string> {
  const redirects: Record<string, string> = {};
  const pages = vendorCodePages(vendors, inRegistry);
  for (const [code, target] of rangeRedirects(pages, inRegistry)) {
    redirects[`/${code}`] = codeUrl(target, base);
  }
  for (const [id, slug] of Object.entries(PROVIDER_ID_REDIRECTS)) {
    redirects[`/providers/${id}`] = providerUrl(slug, base);
  }
  return redirects;
}

/** Netlify / Cloudflare Pages `_redirects` lines for them, with and without the trailing slash. */
export function vendorRedirectLines(redirects: Readonly<Record<string, string>>, base?: string): string[] {
  return Object.entries(redirects).flatMap(([from, to]) => {
    const path = withBase(from, base);
    return [`${path}/ ${to} 301`, `${path} ${to} 301`];
  });
}
