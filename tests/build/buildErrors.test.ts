/**
 * A content file with a wrong field must stop the real build with a message that names the file
 * and the field. These run `astro build` on a scratch copy of the project holding one bad file.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv } from './buildEnv';

const ROOT = join(import.meta.dirname, '../..');
const scratchDirs: string[] = [];

function buildWithCodeFile(fileName: string, contents: string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'smtp-codes-build-'));
  scratchDirs.push(dir);
  for (const item of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  }
  mkdirSync(join(dir, 'content/codes'), { recursive: true });
  writeFileSync(join(dir, 'content/codes', fileName), contents, { flag: 'w' });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: buildEnv(),
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const valid530 = readFileSync(join(ROOT, 'content/codes/530.md'), 'utf8');

afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

describe('the build refuses bad content', { timeout: 150_000 }, () => {
  it('names the file and the field when the class does not match the code', () => {
    const { status, output } = buildWithCodeFile('530.md', valid530.replace(/^class: 5$/m, 'class: 4'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/codes/530.md');
    expect(output).toMatch(/class.*must be 5, the first digit of 530/);
  });

  it('names the file and the field when the code does not match the file name', () => {
    const { status, output } = buildWithCodeFile('535.md', valid530);
    expect(status).not.toBe(0);
    expect(output).toContain('content file "535.md": field "code" is 530 but the file is named "535"');
  });
});
