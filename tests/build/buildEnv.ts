/**
 * The environment for a real `astro build` started from a test. Vitest puts its own Vite variables
 * into process.env (NODE_ENV=test, BASE_URL=/, DEV=1, MODE=test…); a child build that inherits them
 * builds in the wrong mode and ignores the base, so they are left out.
 */
const VITEST_ONLY = /^(VITEST.*|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR)$/;

export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_ONLY.test(key)));
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...extra };
}
