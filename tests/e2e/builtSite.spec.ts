/**
 * Gates over the whole built site (dist/): every internal link and #anchor resolves, every page is
 * valid HTML with unique ids and one h1, and every page has its SEO basics; the sitemap lists every
 * canonical page and no redirect. These read files, so they need `npm run build` first, as npm test does.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';

const DIST = join(import.meta.dirname, '../../dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const files = htmlFiles(DIST);
const html = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
const isRedirect = (source: string) => source.includes('http-equiv="refresh"');
const pages = files.filter((file) => !isRedirect(html.get(file) ?? '') && !file.endsWith(`${sep}404.html`));
const urlOf = (file: string) => `/${relative(DIST, file).split(sep).join('/')}`.replace(/index\.html$/, '');

function idsIn(source: string): string[] {
  return [...source.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? '');
}

/** The file a site-relative URL is served from, as static hosts resolve it. */
function fileFor(pathname: string): string | undefined {
  const clean = decodeURIComponent(pathname);
  for (const candidate of [join(DIST, clean), join(DIST, clean, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not there; try the next form
    }
  }
  return undefined;
}

test('every internal link and anchor on every built page resolves', () => {
  test.setTimeout(120_000);
  const broken: string[] = [];
  const idCache = new Map<string, Set<string>>();
  for (const [file, source] of html) {
    for (const match of source.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const target = (match[1] ?? '').replaceAll('&amp;', '&');
      if (/^(https?:|mailto:|data:)/.test(target)) continue;
      const url = new URL(target, `http://site${urlOf(file)}`);
      const targetFile = url.pathname === urlOf(file) ? file : fileFor(url.pathname);
      if (!targetFile) {
        broken.push(`${urlOf(file)} → ${target}`);
        continue;
      }
      if (url.hash.length > 1) {
        if (!idCache.has(targetFile))
          idCache.set(targetFile, new Set(idsIn(html.get(targetFile) ?? readFileSync(targetFile, 'utf8'))));
        if (!idCache.get(targetFile)?.has(decodeURIComponent(url.hash.slice(1))))
          broken.push(`${urlOf(file)} → ${target}`);
      }
    }
  }
  expect(files.length).toBeGreaterThan(1600);
  expect(broken.slice(0, 20)).toEqual([]);
});

test('every built page is valid HTML with unique ids and exactly one h1', async () => {
  test.setTimeout(600_000);
  const config = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../.htmlvalidate.json'), 'utf8'),
  ) as object;
  const validator = new HtmlValidate(config);
  const problems: string[] = [];
  for (const [file, source] of html) {
    const report = await validator.validateString(source, file);
    for (const result of report.results) {
      for (const message of result.messages)
        problems.push(`${urlOf(file)}: ${message.ruleId} ${message.message}`);
    }
    if (!isRedirect(source)) {
      const h1s = source.match(/<h1[\s>]/g)?.length ?? 0;
      if (h1s !== 1) problems.push(`${urlOf(file)}: ${h1s} h1 elements`);
    }
  }
  expect(problems.slice(0, 20)).toEqual([]);
});

test('every page has a unique title and description, a canonical URL, lang and Open Graph tags', () => {
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  const problems: string[] = [];
  for (const file of pages) {
    const source = html.get(file) ?? '';
    const url = urlOf(file);
    const title = /<title>([^<]+)<\/title>/.exec(source)?.[1];
    const description = /<meta name="description" content="([^"]+)"/.exec(source)?.[1];
    if (!title) problems.push(`${url}: no title`);
    else if (titles.has(title)) problems.push(`${url}: same title as ${titles.get(title)}`);
    else titles.set(title, url);
    if (!description) problems.push(`${url}: no description`);
    else if (descriptions.has(description))
      problems.push(`${url}: same description as ${descriptions.get(description)}`);
    else descriptions.set(description, url);
    if (!/<html lang="en">/.test(source)) problems.push(`${url}: no lang`);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(source)?.[1];
    if (!canonical || !canonical.endsWith(url)) problems.push(`${url}: canonical ${canonical ?? 'missing'}`);
    if (!/<meta property="og:title" content="[^"]+"/.test(source)) problems.push(`${url}: no og:title`);
    if (!/<meta property="og:description" content="[^"]+"/.test(source))
      problems.push(`${url}: no og:description`);
  }
  expect(problems.slice(0, 20)).toEqual([]);
});

test('the sitemap lists every canonical page and no redirect', () => {
  const sitemap = readdirSync(DIST)
    .filter((name) => /^sitemap-\d+\.xml$/.test(name))
    .map((name) => readFileSync(join(DIST, name), 'utf8'))
    .join('');
  const listed = new Set(
    [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname),
  );
  // Pages that ask search engines not to index them (generated comparisons with nothing of their
  // own to say) are left out on purpose; tests/e2e/comparisons.spec.ts checks those.
  const canonical = pages
    .filter((file) => !/<meta name="robots" content="noindex"/.test(html.get(file) ?? ''))
    .map(urlOf);
  expect(canonical.filter((url) => !listed.has(url))).toEqual([]);
  const redirects = files.filter((file) => isRedirect(html.get(file) ?? '')).map(urlOf);
  // One meta-refresh page for each pair of lines (with and without the slash) in _redirects:
  // 703 reverse comparisons, the codes inside vendor ranges, the Field Manual's provider ids.
  const hostLines = readFileSync(join(DIST, '_redirects'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
  expect(redirects.length).toBe(hostLines.length / 2);
  expect(redirects.length).toBeGreaterThan(703);
  expect(redirects).toContain('/5.7.612/');
  expect(redirects.filter((url) => listed.has(url))).toEqual([]);
});
