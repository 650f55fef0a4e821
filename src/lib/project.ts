/**
 * Where the site is published and where its source lives: the public origin (canonical links, the
 * sitemap, OpenSearch, robots.txt, /codes.json) and the repository ("Report a mistake" opens an
 * issue there). Both come from the environment, read once here, by astro.config.mjs and the pages.
 *
 * A local build or CI run works without them (placeholders on reserved `.example` hosts). A deploy
 * build must not publish placeholders, so it fails with a message saying what to set. A build is
 * a deploy build on Netlify (`NETLIFY`), on Cloudflare Pages (`CF_PAGES`) and wherever `DEPLOY` is
 * set (the GitHub Pages workflow); `CI` alone is not a deploy (`.ci/run` sets it).
 */

/** The public origin a local build uses: reserved for examples, so it never reaches a real host. */
export const PLACEHOLDER_SITE_URL = 'https://smtp-codes.example';

/** The repository a local build links to: a placeholder that names the setting to use instead. */
export const PLACEHOLDER_REPO_URL = 'https://github.example/set-REPO_URL/smtp-codes';

/** Where a deploy build runs, as told by the host's own variables. */
export type DeployHost = 'netlify' | 'cloudflare-pages' | 'deploy';

export interface ProjectSettings {
  /** The public origin ("https://smtp.example.org"), or the placeholder on a local build. */
  siteUrl: string;
  /** The repository's web address ("https://github.com/owner/smtp-codes"), no trailing slash. */
  repoUrl: string;
  /** The host of a deploy build; undefined for a local build or CI. */
  deployHost: DeployHost | undefined;
}

type Env = Readonly<Record<string, string | undefined>>;

/** Thrown when a deploy build lacks a real site or repository address. */
export class ProjectSettingsError extends Error {
  override name = 'ProjectSettingsError';
}

const HOST_NAMES: Record<DeployHost, string> = {
  netlify: 'Netlify',
  'cloudflare-pages': 'Cloudflare Pages',
  deploy: 'DEPLOY is set',
};

const set = (value: string | undefined) => (value && value.trim() !== '' ? value.trim() : undefined);

/** The deploy host the environment names, if any. */
export function deployHostOf(env: Env): DeployHost | undefined {
  if (set(env['NETLIFY']) === 'true') return 'netlify';
  if (set(env['CF_PAGES']) === '1') return 'cloudflare-pages';
  const deploy = set(env['DEPLOY']);
  if (deploy && deploy !== '0' && deploy !== 'false') return 'deploy';
  return undefined;
}

/** An http(s) URL on a host that can exist: not a reserved example, test or local name. */
function isRealUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  const host = url.hostname;
  return !(
    /(^|\.)(example|invalid|test|localhost)$/.test(host) ||
    /(^|\.)example\.(com|net|org)$/.test(host) ||
    host === '127.0.0.1' ||
    host === '[::1]'
  );
}

/**
 * The site and repository addresses for this build. On a deploy build, SITE_URL falls back to the
 * host's own variable (Netlify's `URL`, Cloudflare's `CF_PAGES_URL`) and REPO_URL to Netlify's
 * `REPOSITORY_URL`; a missing or placeholder address throws a ProjectSettingsError that says what
 * to set.
 */
export function projectSettings(env: Env): ProjectSettings {
  const deployHost = deployHostOf(env);
  const hostSite =
    deployHost === 'netlify'
      ? set(env['URL'])
      : deployHost === 'cloudflare-pages'
        ? set(env['CF_PAGES_URL'])
        : undefined;
  const hostRepo = deployHost === 'netlify' ? set(env['REPOSITORY_URL']) : undefined;
  const siteUrl = set(env['SITE_URL']) ?? hostSite;
  const repoUrl = set(env['REPO_URL']) ?? (hostRepo && /^https:\/\//.test(hostRepo) ? hostRepo : undefined);

  if (deployHost) {
    const where = HOST_NAMES[deployHost];
    const problems: string[] = [];
    if (!siteUrl || !isRealUrl(siteUrl)) {
      problems.push(
        `SITE_URL must be the site's public address, e.g. SITE_URL=https://smtp-codes.your-domain.org (got ${siteUrl ? `"${siteUrl}"` : 'nothing'}); canonical links, the sitemap, OpenSearch and /codes.json are built from it.`,
      );
    }
    if (!repoUrl || !isRealUrl(repoUrl)) {
      problems.push(
        `REPO_URL must be the repository's web address, e.g. REPO_URL=https://github.com/your-name/smtp-codes (got ${repoUrl ? `"${repoUrl}"` : 'nothing'}); "Report a mistake" opens an issue there.`,
      );
    }
    if (problems.length > 0) {
      throw new ProjectSettingsError(
        `This is a deploy build (${where}) and it would publish placeholder addresses:\n  - ${problems.join('\n  - ')}\nSet them in the host's environment (see README, "Deploying"). Local builds and CI need neither.`,
      );
    }
  }
  return {
    siteUrl: siteUrl ?? PLACEHOLDER_SITE_URL,
    repoUrl: (repoUrl ?? PLACEHOLDER_REPO_URL).replace(/\.git$/, '').replace(/\/+$/, ''),
    deployHost,
  };
}

/**
 * A link that opens a new issue in the repository, title and body filled in (GitHub's
 * `issues/new?title=…&body=…`).
 */
export function newIssueUrl(repoUrl: string, title: string, body: string): string {
  const url = new URL(`${repoUrl}/issues/new`);
  url.searchParams.set('title', title);
  url.searchParams.set('body', body);
  return url.href;
}

/** This build's repository address, from the same environment astro.config.mjs checked. */
export function buildRepoUrl(): string {
  return projectSettings(process.env).repoUrl;
}
