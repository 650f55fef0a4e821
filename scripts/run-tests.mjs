/**
 * `npm test`: builds the site, runs the unit tests and the build tests (Vitest, two projects) and
 * the end-to-end tests (Playwright, against the built site), then prints one line totalled over
 * all three: "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './find-browser.mjs';

// Not Playwright's own test-results/, which it empties when it starts.
const RESULTS = 'test-reports';
const UNIT_REPORT = `${RESULTS}/unit.json`;
const BUILD_REPORT = `${RESULTS}/build.json`;
const E2E_REPORT = `${RESULTS}/e2e.json`;

/** Runs a package's CLI on this same Node (the project's pinned one under npm scripts). */
function run(label, cli, args, env = {}) {
  console.log(`\n── ${label} ──`);
  const result = spawnSync(process.execPath, [cli, ...args], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  return result.status ?? 1;
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

// Fail early, with what to install, if there is no browser for the end-to-end tests.
let browser;
try {
  browser = findChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
console.log(`End-to-end tests will use ${browser.source}.`);

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const buildStatus = run('build', 'node_modules/astro/bin/astro.mjs', ['build']);
if (buildStatus !== 0) {
  console.error('The build failed, so no tests ran.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

/** Runs one Vitest project with a JSON report of its own. */
const vitest = (label, project, report) =>
  run(label, 'node_modules/vitest/vitest.mjs', [
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);

const unitStatus = vitest('unit tests (Vitest)', 'unit', UNIT_REPORT);
const buildTestStatus = vitest(
  'build tests (Vitest: real builds, with a base path and with bad content)',
  'build',
  BUILD_REPORT,
);
const e2eStatus = run('end-to-end tests (Playwright)', 'node_modules/@playwright/test/cli.js', ['test']);

const e2e = readJson(E2E_REPORT);
let passed = 0;
let failed = 0;
for (const [name, path] of [
  ['unit', UNIT_REPORT],
  ['build', BUILD_REPORT],
]) {
  const report = readJson(path);
  if (report) {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  } else {
    console.error(`No ${name}-test report at ${path}.`);
    failed += 1;
  }
}
if (e2e) {
  passed += e2e.stats.expected;
  failed += e2e.stats.unexpected + e2e.stats.flaky;
} else {
  console.error(`No end-to-end report at ${E2E_REPORT}.`);
  failed += 1;
}
// A runner that failed without reporting a failed test (a crash, a config error) still fails the run.
if ((unitStatus !== 0 || buildTestStatus !== 0 || e2eStatus !== 0) && failed === 0) failed = 1;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
