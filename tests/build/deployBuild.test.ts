/**
 * A deploy build must not publish placeholder addresses: without a real SITE_URL (or the host's
 * own variable) it stops before building, saying what to set. Local builds need neither (every
 * other build test and `npm test` build without them).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv } from './buildEnv';

const ROOT = join(import.meta.dirname, '../..');
const outDir = mkdtempSync(join(tmpdir(), 'smtp-codes-deploy-'));

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function build(env: Record<string, string>) {
  const base = buildEnv(env);
  // The test's own environment must not make the build pass: no inherited addresses or hosts.
  for (const key of [
    'SITE_URL',
    'REPO_URL',
    'URL',
    'CF_PAGES_URL',
    'REPOSITORY_URL',
    'NETLIFY',
    'CF_PAGES',
    'DEPLOY',
  ]) {
    if (!(key in env)) delete base[key];
  }
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    { cwd: ROOT, encoding: 'utf8', env: base, timeout: 120_000 },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('a deploy build without a real site URL', { timeout: 150_000 }, () => {
  it('fails with a message naming SITE_URL (the GitHub Pages workflow sets DEPLOY)', () => {
    const { status, output } = build({ DEPLOY: '1', REPO_URL: 'https://github.com/owner/smtp-codes' });
    expect(status).not.toBe(0);
    expect(output).toContain('This is a deploy build (DEPLOY is set)');
    expect(output).toContain("SITE_URL must be the site's public address");
  });

  it('fails on Netlify when neither SITE_URL nor URL is set, naming REPO_URL too', () => {
    const { status, output } = build({ NETLIFY: 'true' });
    expect(status).not.toBe(0);
    expect(output).toContain('This is a deploy build (Netlify)');
    expect(output).toContain('SITE_URL must be');
    expect(output).toContain('REPO_URL must be');
  });
});
