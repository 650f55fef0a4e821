/**
 * Lists every URL the built site publishes (pages, redirects, data files), one per line.
 *   node scripts/published-urls.mjs > tests/fixtures/published-urls.txt
 * The list is the promise that URLs never break: tests/e2e/urls.spec.ts fails if one disappears.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const DIST = 'dist';
const SKIP = [/^_astro\//, /^pagefind\//];

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield relative(DIST, path).split(sep).join('/');
  }
}

export function publishedUrls(dist = DIST) {
  const urls = [];
  for (const file of walk(dist)) {
    if (SKIP.some((pattern) => pattern.test(file))) continue;
    if (file === 'index.html') urls.push('/');
    else if (file.endsWith('/index.html')) urls.push(`/${file.slice(0, -'index.html'.length)}`);
    else if (/\.(json|xml|txt|svg)$/.test(file) || file === '_redirects' || file === '404.html')
      urls.push(`/${file}`);
  }
  return urls.toSorted();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${publishedUrls().join('\n')}\n`);
}
