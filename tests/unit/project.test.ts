import { describe, expect, it } from 'vitest';
import {
  PLACEHOLDER_REPO_URL,
  PLACEHOLDER_SITE_URL,
  ProjectSettingsError,
  newIssueUrl,
  projectSettings,
} from '../../src/lib/project';
import { ticketOnOrigin } from '../../src/lib/reference/ticketAddress';

const REPO = 'https://github.com/owner/smtp-codes';

describe('site and repository addresses', () => {
  it('a local build and CI use the placeholders', () => {
    expect(projectSettings({})).toEqual({
      siteUrl: PLACEHOLDER_SITE_URL,
      repoUrl: PLACEHOLDER_REPO_URL,
      deployHost: undefined,
    });
    expect(projectSettings({ CI: 'true' }).siteUrl).toBe(PLACEHOLDER_SITE_URL);
  });

  it('a deploy build without SITE_URL fails naming what to set', () => {
    for (const env of [{ DEPLOY: '1' }, { NETLIFY: 'true' }, { CF_PAGES: '1' }]) {
      expect(() => projectSettings({ ...env, REPO_URL: REPO })).toThrow(ProjectSettingsError);
      expect(() => projectSettings({ ...env, REPO_URL: REPO })).toThrow(
        /SITE_URL must be the site's public address/,
      );
    }
  });

  it('a deploy build refuses placeholder and local addresses', () => {
    for (const site of [
      PLACEHOLDER_SITE_URL,
      'http://localhost:4321',
      'https://example.com',
      'https://smtp.example.org',
      'not a url',
    ]) {
      expect(() => projectSettings({ DEPLOY: 'true', SITE_URL: site, REPO_URL: REPO })).toThrow(/SITE_URL/);
    }
  });

  it('a deploy build without REPO_URL fails naming it', () => {
    expect(() => projectSettings({ DEPLOY: '1', SITE_URL: 'https://smtp.example.org.uk' })).toThrow(
      /REPO_URL must be the repository's web address/,
    );
  });

  it("takes the hosts' own variables", () => {
    expect(
      projectSettings({
        NETLIFY: 'true',
        URL: 'https://smtp-codes.netlify.app',
        REPOSITORY_URL: `${REPO}.git`,
      }),
    ).toEqual({ siteUrl: 'https://smtp-codes.netlify.app', repoUrl: REPO, deployHost: 'netlify' });
    expect(
      projectSettings({ CF_PAGES: '1', CF_PAGES_URL: 'https://smtp-codes.pages.dev', REPO_URL: REPO })
        .siteUrl,
    ).toBe('https://smtp-codes.pages.dev');
    // SITE_URL wins over the host's deploy address (a custom domain).
    expect(
      projectSettings({
        NETLIFY: 'true',
        URL: 'https://x.netlify.app',
        SITE_URL: 'https://smtp.org',
        REPO_URL: REPO,
      }).siteUrl,
    ).toBe('https://smtp.org');
  });

  it('DEPLOY=0 is not a deploy', () => {
    expect(projectSettings({ DEPLOY: '0' }).deployHost).toBeUndefined();
  });

  it('"Report a mistake" opens a pre-filled issue', () => {
    const url = new URL(newIssueUrl(REPO, 'Mistake on /550/', 'What is wrong:\n'));
    expect(url.origin + url.pathname).toBe(`${REPO}/issues/new`);
    expect(url.searchParams.get('title')).toBe('Mistake on /550/');
    expect(url.searchParams.get('body')).toBe('What is wrong:\n');
  });
});

describe('the ticket link follows the address the reader is on', () => {
  const ticket = 'SMTP 550 Mailbox Unavailable\n550 means …\nhttps://smtp-codes.example/smtp-codes/550/';

  it('moves the last line to the reader’s origin, keeping the path under the base', () => {
    expect(ticketOnOrigin(ticket, 'http://127.0.0.1:4405').split('\n').at(-1)).toBe(
      'http://127.0.0.1:4405/smtp-codes/550/',
    );
    expect(ticketOnOrigin(ticket, 'http://127.0.0.1:4405').split('\n')[0]).toBe(
      'SMTP 550 Mailbox Unavailable',
    );
  });

  it('leaves a text without an address alone', () => {
    expect(ticketOnOrigin('no address here', 'http://a.example')).toBe('no address here');
  });
});
