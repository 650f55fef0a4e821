/**
 * Builds the Pagefind search index from the finished HTML, through Pagefind's Node API, once
 * Astro has written the site (pattern from Starlight's own integration), and checks that every
 * page the search page's direct answers link to was built.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';
import { close, createIndex } from 'pagefind';
import { answerUrl, type AnswerTable } from '../lib/search/answerTable';
import { LIST_FILTER, LIST_VALUES } from '../lib/search/ranking';
import { withoutBase } from '../lib/urls';

function failOn(step: string, errors: string[] | undefined): void {
  if (errors && errors.length > 0) {
    throw new Error(`Pagefind failed to ${step}:\n${errors.join('\n')}`);
  }
}

/** Every HTML file under dir, except Astro's assets and an earlier index. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !/[/\\](?:_astro|pagefind)[/\\]/.test(path));
}

/** "/compare/530-vs-535/" for dist/compare/530-vs-535/index.html. */
function pageUrl(outDir: string, path: string): string {
  const rel = relative(outDir, path).split(sep).join('/');
  return `/${rel.replace(/(?:^|\/)index\.html$/, (match) => (match.startsWith('/') ? '/' : ''))}`;
}

const BODY_MARK = /data-pagefind-body(?:="")?/;
/** Files indexed at once: the service takes them in parallel, without holding the whole site. */
const BATCH = 64;

/**
 * Comparison pages name two codes and every word of both, so they would bury the codes' own
 * pages: each indexed page gets a `list` filter, which the search page uses to leave them out
 * unless the query asks for a comparison (src/lib/search/ranking.ts).
 */
function withListFilter(html: string, url: string): string {
  const list = /^\/compare\/\d+-vs-\d+\/$/.test(url) ? LIST_VALUES.comparison : LIST_VALUES.reference;
  return html.replace(BODY_MARK, (mark) => `${mark} data-pagefind-filter="${LIST_FILTER}:${list}"`);
}

/**
 * Every URL the direct answers lead to must exist in the build. Pages of a kind that another
 * part of the site has not built at all yet (providers, vendor codes) are reported, not fatal;
 * a kind with some pages built and some missing is a broken link, and fails the build.
 */
async function checkAnswerLinks(outDir: string, base: string, logger: AstroIntegrationLogger) {
  const file = join(outDir, 'search', 'answers.json');
  if (!existsSync(file)) return;
  const table = JSON.parse(await readFile(file, 'utf8')) as AnswerTable;
  const byKind = new Map<string, { built: number; missing: string[] }>();
  for (const page of table.pages) {
    const url = answerUrl(page);
    const path = withoutBase(url, base) ?? url;
    const built = existsSync(join(outDir, path, 'index.html'));
    const kind = byKind.get(page.kind) ?? { built: 0, missing: [] };
    if (built) kind.built += 1;
    else kind.missing.push(url);
    byKind.set(page.kind, kind);
  }
  for (const [kind, { built, missing }] of byKind) {
    if (missing.length === 0) continue;
    const list = missing.slice(0, 5).join(', ') + (missing.length > 5 ? ', …' : '');
    if (built === 0) logger.warn(`Search answers link to ${missing.length} ${kind} pages not built: ${list}`);
    else throw new Error(`Search answers link to ${kind} pages that do not exist: ${list}`);
  }
}

export default function pagefind(): AstroIntegration {
  let base = '/';
  return {
    name: 'smtp-codes:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        await checkAnswerLinks(outDir, base, logger);
        try {
          const { index, errors } = await createIndex({
            forceLanguage: 'en',
            // Keep 5.5.0 and 550 apart: see src/lib/search/ranking.ts.
            includeCharacters: '.',
          });
          failOn('create an index', errors);
          if (!index) throw new Error('Pagefind returned no index');
          const files = await htmlFiles(outDir);
          let indexed = 0;
          for (let start = 0; start < files.length; start += BATCH) {
            await Promise.all(
              files.slice(start, start + BATCH).map(async (path) => {
                const html = await readFile(path, 'utf8');
                // Pages without an indexed body (indexes, search, redirects) stay out, as with addDirectory.
                if (!BODY_MARK.test(html)) return;
                const url = pageUrl(outDir, path);
                const added = await index.addHTMLFile({ url, content: withListFilter(html, url) });
                failOn(`index ${url}`, added.errors);
                indexed += 1;
              }),
            );
          }
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          failOn('write the index', written.errors);
          logger.info(`Indexed ${indexed} pages for search.`);
        } finally {
          await close();
        }
      },
    },
  };
}
