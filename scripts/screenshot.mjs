/**
 * Takes screenshots of built pages for a human to look at:
 *   node scripts/screenshot.mjs http://127.0.0.1:4321 /530/ /search/?q=530
 * Writes screenshots/<page>-<width>-<scheme>.png at 360 px and 1280 px, light and dark.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './find-browser.mjs';

const [origin, ...paths] = process.argv.slice(2);
if (!origin || paths.length === 0) {
  console.error('usage: node scripts/screenshot.mjs <origin> <path> [<path> ...]');
  process.exit(2);
}
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium().path, args: CHROMIUM_ARGS });
try {
  for (const path of paths) {
    for (const width of [360, 1280]) {
      for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
        await page.goto(origin + path, { waitUntil: 'networkidle' });
        const name =
          path
            .replace(/#.*$/, '')
            .replace(/[^a-z0-9.]+/gi, '_')
            .replace(/^_|_$/g, '')
            .slice(0, 60) || 'home';
        const file = `screenshots/${name}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: file, fullPage: process.env['FULL'] === '1' });
        console.log(file);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
}
