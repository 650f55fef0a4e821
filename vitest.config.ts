import { defineConfig } from 'vitest/config';

/**
 * Two groups by speed: `unit` (pure tests, seconds; `npm run test:unit`) and `build` (tests that
 * run real `astro build`s, a minute or more; `npm run test:build`). `npm test` runs both.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 250_000 } },
    ],
  },
});
