/**
 * The site deployed under a path (a GitHub project page at /smtp-codes/): a real build with
 * BASE_PATH set, whose every internal link, script, form and redirect must resolve under the base.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv } from './buildEnv';

const ROOT = join(import.meta.dirname, '../..');
const BASE = '/smtp-codes/';
const outDir = mkdtempSync(join(tmpdir(), 'smtp-codes-base-'));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_astro' || name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The file a site path is served from, or undefined if the build has none. */
function servedFile(sitePath: string): string | undefined {
  const path = decodeURIComponent(sitePath.replace(/[?#].*$/, ''));
  const candidates = path.endsWith('/')
    ? [join(outDir, path, 'index.html')]
    : [join(outDir, path), join(outDir, path, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

let build: { status: number | null; output: string };

beforeAll(() => {
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: buildEnv({ BASE_PATH: BASE }),
      timeout: 240_000,
    },
  );
  build = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}, 250_000);

// Removing a full build (over 3,000 folders) can take longer than the default hook time on a busy machine.
afterAll(() => rmSync(outDir, { recursive: true, force: true }), 120_000);

describe(`a build with the base ${BASE}`, () => {
  it('succeeds', () => {
    expect(build.status, build.output.slice(-2000)).toBe(0);
  });

  it('links, loads and submits only to addresses under the base that exist in the build', () => {
    const problems: string[] = [];
    for (const file of htmlFiles(outDir)) {
      const html = readFileSync(file, 'utf8');
      const page = `/${relative(outDir, file)}`;
      const targets = [
        ...html.matchAll(/\s(?:href|src|action)="([^"]*)"/g),
        ...html.matchAll(/http-equiv="refresh" content="\d+;url=([^"]*)"/g),
      ].map((match) => match[1] ?? '');
      for (const target of targets) {
        if (!target.startsWith('/') || target.startsWith('//')) continue;
        if (!target.startsWith(BASE)) {
          problems.push(`${page}: ${target} is outside the base`);
          continue;
        }
        if (!servedFile(`/${target.slice(BASE.length)}`)) problems.push(`${page}: ${target} does not exist`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('publishes records whose page addresses carry the base', () => {
    const data = JSON.parse(readFileSync(join(outDir, 'codes.json'), 'utf8')) as { codes: { url: string }[] };
    expect(data.codes.length).toBeGreaterThan(100);
    for (const record of data.codes) {
      expect(record.url.startsWith(BASE), record.url).toBe(true);
      expect(servedFile(`/${record.url.slice(BASE.length)}`), record.url).toBeDefined();
    }
  });

  it('writes host redirects and OpenSearch under the base', () => {
    const redirects = readFileSync(join(outDir, '_redirects'), 'utf8');
    expect(redirects).toContain(`${BASE}compare/535-vs-530/ ${BASE}compare/530-vs-535/ 301`);
    const opensearch = readFileSync(join(outDir, 'opensearch.xml'), 'utf8');
    expect(opensearch).toContain(`${BASE}search/?q={searchTerms}`);
  });

  it('has the browser scripts fetch the code list and the search index under the base', () => {
    const scripts = readdirSync(join(outDir, '_astro')).filter((name) => name.endsWith('.js'));
    const code = scripts.map((name) => readFileSync(join(outDir, '_astro', name), 'utf8')).join('\n');
    expect(code).toContain(BASE);
    // The addresses go through src/lib/urls.ts, never straight to the site root.
    expect(code).not.toMatch(/fetch\(["'`]\/codes\.json/);
    expect(code).not.toMatch(/import\(["'`]\/pagefind\//);
  });
});
