/**
 * Finds a Chromium for the end-to-end tests: Playwright's own download if one is installed,
 * else the system's (Debian's `chromium` package installs /usr/bin/chromium). Nothing is downloaded.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** @returns {{ path: string | undefined, source: string }} undefined path = Playwright's default. */
export function findChromium() {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return { path: fromEnv, source: 'CHROMIUM_PATH' };
  }
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled))
      return { path: undefined, source: `Playwright's Chromium (${bundled})` };
  } catch {
    // Playwright throws when it has no browser of its own; fall through to the system's.
  }
  const system = SYSTEM_CHROMIUMS.find((candidate) => existsSync(candidate));
  if (system) return { path: system, source: system };
  throw new Error(
    [
      'No Chromium found for the end-to-end tests. Install one of:',
      '  - Debian/Ubuntu: sudo apt-get install chromium   (provides /usr/bin/chromium)',
      "  - Playwright's own build: npx playwright install chromium",
      'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    ].join('\n'),
  );
}

/** Flags for a headless Chromium that must not reach the network on its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(findChromium().source);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
