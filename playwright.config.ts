import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-browser.mjs';

/** A port of its own, so a developer's `npm start` on 4321 does not get in the way. */
const PORT = Number(process.env['E2E_PORT'] ?? 4329);
const chromium = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 2,
  // The JSON report feeds the pass/fail total that scripts/run-tests.mjs prints.
  reporter: [['list'], ['json', { outputFile: 'test-reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { ...(chromium.path ? { executablePath: chromium.path } : {}), args: CHROMIUM_ARGS },
      },
    },
  ],
  // The built site (run `npm run build` first), never the dev server, served with the same
  // _headers and _redirects a static host applies.
  webServer: {
    command: `node scripts/serve.mjs --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
