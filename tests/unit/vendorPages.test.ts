/**
 * Provider pages, the pages for codes outside the registry and the non-standard code pages, from
 * their models without a build: every link a reader can follow leads to a page the site has, every
 * code inside a documented range reaches its range, and no page borrows another code's meaning.
 */
import { describe, expect, it } from 'vitest';
import { pageClasses, withClass } from '../../src/lib/enhanced/codes';
import { REGISTRY_ENTRIES } from '../../src/lib/enhanced/registry';
import { richToPlainText, richTokens, type RichText } from '../../src/lib/inlineMarkdown';
import { basicPageModel } from '../../src/lib/reference/basic';
import { enhancedPageModel } from '../../src/lib/reference/enhanced';
import type { ReferencePageModel } from '../../src/lib/reference/model';
import { nonstandardPageModel } from '../../src/lib/reference/nonstandard';
import { uncoveredVendorReuse } from '../../src/lib/reference/readings';
import { vendorCodePageModel } from '../../src/lib/reference/vendor';
import { rangeRedirects, vendorCodePages } from '../../src/lib/vendors/codes';
import { replyHeadline, vendorByName, vendorsInSource } from '../../src/lib/vendors/names';
import { providerIndexModel, providerPageModel, type ProviderPageModel } from '../../src/lib/vendors/page';
import { vendorRedirects } from '../../src/lib/vendors/redirects';
import { findProseGlitches } from '../helpers/proseGlitches';
import { join } from 'node:path';
import { readVendorFiles, registryLookup } from '../../src/integrations/vendorFiles';
import { CONTENT_DIR } from './helpers/contentFiles';
import { basics, contentSiteIndex, enhanced, nonstandard, vendors } from './helpers/siteContent';

const inRegistry = (neutral: string) => REGISTRY_ENTRIES.some((entry) => entry.code === neutral);
const site = contentSiteIndex();
const codePages = vendorCodePages(vendors, inRegistry);
const redirects = rangeRedirects(codePages, inRegistry);

/** Every path the build publishes as a page (not a redirect), as the routes build them. */
const pagePaths = new Set<string>([
  '/',
  '/providers/',
  ...basics.map((data) => `/${data.code}/`),
  ...enhanced.flatMap((data) => pageClasses(data).map((cls) => `/${withClass(data.code, cls)}/`)),
  ...codePages.map((page) => `/${page.id}/`),
  ...nonstandard.map((data) => `/${data.code}/`),
  ...vendors.map((vendor) => `/providers/${vendor.slug}/`),
]);

const vendorModels = codePages.map((page) => vendorCodePageModel(page, site, codePages));
const nonstandardModels = nonstandard.map((data) => nonstandardPageModel(data, site));
const providerModels = vendors.map((vendor) => providerPageModel(vendor, site));

function links(rich: readonly RichText[]): string[] {
  return rich.flatMap((item) =>
    richTokens(item).flatMap((token) => (token.kind === 'link' ? [token.href] : [])),
  );
}

function referenceRich(model: ReferencePageModel): RichText[] {
  return [
    ...model.notices.map((notice) => notice.text),
    ...model.facts.map((fact) => fact.value),
    ...model.digits.paragraphs,
    ...(model.otherReadings ? [model.otherReadings.intro, ...model.otherReadings.items] : []),
    ...model.when.causes.items,
    ...model.fix.groups.flatMap((group) => group.steps),
    model.retry.detail,
    ...model.wild.items,
    ...(model.wild.confusedWith?.items ?? []),
    ...model.spec.paragraphs,
    ...model.spec.references,
    ...model.related.items,
    ...(model.related.after ? [model.related.after] : []),
  ];
}

function providerRich(model: ProviderPageModel): RichText[] {
  return [
    ...model.facts.map((fact) => fact.value),
    ...model.recognise.markers.map((marker) => marker.means),
    ...model.groups.flatMap((group) => [
      group.codeLink,
      ...group.replies.flatMap((reply) => [
        reply.codes,
        reply.meaning,
        reply.firstStep,
        reply.sources,
        ...(reply.registryDiffers ? [reply.registryDiffers] : []),
      ]),
    ]),
    ...model.differs,
  ];
}

/** Site-relative links that lead nowhere: not a page, and not a range code that redirects to one. */
function brokenLinks(hrefs: readonly string[]): string[] {
  return hrefs.filter((href) => {
    if (!href.startsWith('/')) return false;
    const path = href.replace(/#.*$/, '');
    return !pagePaths.has(path);
  });
}

describe('provider pages', () => {
  it('has a page for every vendor file, grouped by kind on /providers/', () => {
    const listed = providerIndexModel(vendors).flatMap((group) => group.items.map((item) => item.href));
    expect(listed.toSorted()).toEqual(vendors.map((vendor) => `/providers/${vendor.slug}/`).toSorted());
    expect(providerIndexModel(vendors).map((group) => group.id)).toEqual([
      'mailbox-provider',
      'spam-filter',
      'mta',
      'blocklist',
    ]);
  });

  it.each(providerModels.map((model) => [model.slug, model] as const))(
    '%s: every reply is listed and every link leads to a page that exists',
    (slug, model) => {
      const vendor = vendors.find((candidate) => candidate.slug === slug);
      expect(model.groups.flatMap((group) => group.replies).length).toBe(vendor?.replies.length);
      expect(brokenLinks(links(providerRich(model)))).toEqual([]);
      for (const reply of model.groups.flatMap((group) => group.replies)) {
        expect(links([reply.sources]).length).toBeGreaterThan(0);
      }
    },
  );

  it('credits the SMTP Field Manual where its reply texts are used, and only there', () => {
    const gmail = providerModels.find((model) => model.slug === 'gmail');
    expect(gmail?.credit?.text).toBe('Reply texts from the SMTP Field Manual (MIT)');
    for (const vendor of vendors) {
      const model = providerModels.find((candidate) => candidate.slug === vendor.slug);
      expect(Boolean(model?.credit)).toBe(vendor.replies.some((reply) => reply.fieldManual));
    }
  });

  it('links Microsoft’s 5.7.606-649 reply to the range page and a Yahoo 4.7.0 reply to the registry page', () => {
    const microsoft = providerModels.find((model) => model.slug === 'microsoft');
    const hrefs = links(
      microsoft?.groups.flatMap((group) => group.replies.map((reply) => reply.codes)) ?? [],
    );
    expect(hrefs).toContain('/5.7.606-649/');
    const yahoo = providerModels.find((model) => model.slug === 'yahoo');
    const tss04 = yahoo?.groups.flatMap((group) => group.replies).find((reply) => reply.tag === '[TSS04]');
    expect(links([tss04?.codes ?? []])).toEqual(['/421/', '/4.7.0/']);
  });

  it('sends the SMTP Field Manual’s provider ids to our pages', () => {
    const map = vendorRedirects(vendors, inRegistry);
    expect(map['/providers/google']).toBe('/providers/gmail/');
    expect(map['/providers/outlook']).toBe('/providers/microsoft/');
    expect(map['/providers/exchangeonline']).toBe('/providers/microsoft/');
    expect(map['/providers/apple']).toBe('/providers/icloud/');
    for (const target of Object.values(map)) expect(pagePaths.has(target)).toBe(true);
  });
});

describe('pages for codes outside the registry', () => {
  it('answers every code the issue names, with a page or a redirect to its range page', () => {
    const reach = (code: string) => (pagePaths.has(`/${code}/`) ? code : redirects.get(code));
    expect(reach('5.7.606')).toBe('5.7.606-649');
    expect(reach('5.7.649')).toBe('5.7.606-649');
    expect(reach('5.7.708')).toBe('5.7.708');
    expect(reach('5.7.139')).toBe('5.7.139');
    expect(reach('5.7.509')).toBe('5.7.509');
    expect(reach('4.7.650')).toBe('4.7.650');
  });

  it('redirects every code inside a documented range to a page that exists, never over a page', () => {
    expect(redirects.size).toBeGreaterThan(0);
    for (const [code, target] of redirects) {
      expect(pagePaths.has(`/${target}/`), `${code} → ${target}`).toBe(true);
      expect(pagePaths.has(`/${code}/`), `${code} has a page and a redirect`).toBe(false);
    }
    const map = vendorRedirects(vendors, inRegistry);
    expect(map['/5.7.612']).toBe('/5.7.606-649/');
  });

  it('gives the build config the same redirects the pages are built for', () => {
    const lookup = registryLookup(join(CONTENT_DIR, 'reference/smtp-enhanced-codes.json'));
    const fromFiles = readVendorFiles(join(CONTENT_DIR, 'vendors'));
    expect(fromFiles.length).toBe(vendors.length);
    expect(vendorRedirects(fromFiles, lookup)).toEqual(vendorRedirects(vendors, inRegistry));
  });

  it('describes each code with its own reply, not another code’s meaning', () => {
    for (const model of vendorModels) {
      const page = codePages.find((candidate) => candidate.id === model.code);
      const first = page?.uses[0]?.reply;
      expect(model.heading.startsWith(`${model.code} `)).toBe(true);
      expect(model.record.name).toBe(replyHeadline(first?.text ?? ''));
      expect(richToPlainText(model.notices[0]?.text ?? [])).toMatch(/^used by /);
    }
    const byId = (id: string) => vendorModels.find((model) => model.code === id);
    expect(byId('5.7.708')?.summary).toMatch(/IP/);
    expect(byId('5.7.708')?.summary).not.toBe(byId('5.7.700-749')?.summary);
    expect(byId('5.7.606-649')?.heading).toBe('5.7.606-649 Access denied, banned sending IP');
    expect(richToPlainText(byId('5.7.606-649')?.notices[0]?.text ?? [])).toBe(
      'used by Microsoft 365 and Outlook.com, which gives every code from 5.7.606 to 5.7.649 this meaning.',
    );
  });

  it('links every vendor code page only to pages that exist, and writes no prose glitch', () => {
    for (const model of vendorModels) {
      expect(brokenLinks(links(referenceRich(model))), model.code).toEqual([]);
      // Code spans quote replies verbatim ("within $range range"): not our prose.
      const text = referenceRich(model)
        .map((rich) =>
          richTokens(rich)
            .map((token) => (token.kind === 'code' ? 'CODE' : token.text))
            .join(''),
        )
        .join('\n');
      expect(findProseGlitches(text), model.code).toEqual([]);
      expect(model.record.kind).toBe('vendor');
    }
  });
});

describe('non-standard code pages', () => {
  it('marks 571 non-standard and reads it as 550 or 554 with 5.7.1', () => {
    const model = nonstandardModels.find((candidate) => candidate.code === '571');
    expect(model?.kind).toBe('nonstandard');
    expect(model?.notices[0]?.lead).toBe('Non-standard.');
    expect(richToPlainText(model?.notices[0]?.text ?? [])).toBe(
      'No standard defines 571. Read it as 550 or 554 with 5.7.1.',
    );
    expect(links(model?.notices[0] ? [model.notices[0].text] : [])).toEqual(['/550/', '/554/', '/5.7.1/']);
    expect(richToPlainText(model?.digits.paragraphs[1] ?? [])).toMatch(
      /second digit, 7, is outside the 0 to 5/,
    );
  });

  it('links every non-standard page only to pages that exist', () => {
    for (const model of nonstandardModels) {
      expect(brokenLinks(links(referenceRich(model))), model.code).toEqual([]);
    }
  });

  it('lists the non-standard codes on the pages of the standard codes they are confused with', () => {
    const data550 = basics.find((data) => data.code === 550);
    if (!data550) throw new Error('no content for 550');
    const model = basicPageModel(data550, site);
    expect(model.wild.confusedWith?.heading).toBe('Non-standard codes confused with this one');
    expect(links(model.wild.confusedWith?.items ?? [])).toContain('/571/');
    for (const data of nonstandard) {
      for (const code of data.confusedWith) {
        const basic = basics.find((candidate) => candidate.code === code);
        if (!basic) continue;
        expect(links(basicPageModel(basic, site).wild.confusedWith?.items ?? [])).toContain(`/${data.code}/`);
      }
    }
  });
});

describe('registry pages with vendor readings', () => {
  const page = (code: string) => {
    const [cls = '5', subject, detail] = code.split('.');
    const data = enhanced.find((candidate) => candidate.code === `X.${subject}.${detail}`);
    if (!data) throw new Error(`no content for ${code}`);
    return enhancedPageModel(data, cls as '4' | '5', site);
  };

  it.each(['5.1.10', '5.4.1', '4.7.0', '5.7.9'])(
    '%s names the provider reading in its notice, facts box, section and ticket',
    (code) => {
      const model = page(code);
      expect(model.notices.some((notice) => notice.lead === 'Two readings.')).toBe(true);
      const fact = model.facts.find((item) => item.label === 'Other readings');
      expect(fact).toBeDefined();
      expect(links([fact?.value ?? []]).some((href) => href.startsWith('/providers/'))).toBe(true);
      expect(model.otherReadings?.items.length).toBeGreaterThan(0);
      expect(model.ticket).toMatch(/\nOther reading, .+ First step there: /);
    },
  );

  it('tells Microsoft’s 4.7.0 proxy failure by its tag and Microsoft’s 5.1.10 by its servers', () => {
    const readings = (page('4.7.0').otherReadings?.items ?? []).map(richToPlainText).join('\n');
    expect(readings).toMatch(
      /Tell it by PRX6 in the reply, from a server name ending in protection\.outlook\.com/,
    );
    const microsoft = page('5.1.10');
    expect(
      richToPlainText(microsoft.facts.find((item) => item.label === 'Other readings')?.value ?? []),
    ).toMatch(/Microsoft 365 and Outlook\.com \(.*protection\.outlook\.com/);
  });

  it('keeps only the vendorReuse items the vendor dataset does not cover', () => {
    const items = enhanced.flatMap((data) => data.vendorReuse);
    const uncovered = uncoveredVendorReuse(items, vendors);
    expect(uncovered.length).toBeLessThan(items.length);
    // The one home of a covered fact is the vendor file: Yahoo's 5.7.9 is not repeated from X.7.9.
    expect(uncovered.some((item) => /yahoo/i.test(item.vendor) && item.code.includes('5.7.9'))).toBe(false);
  });
});

describe('vendor names in "Seen in the wild"', () => {
  const slugs = (source: string) =>
    vendorsInSource(source, vendors).flatMap((part) => (part.vendor ? [part.vendor.slug] : []));

  it('matches names, aliases and shortened names to one vendor each', () => {
    expect(slugs('Gmail (smtp.gmail.com)')).toEqual(['gmail']);
    expect(slugs('Microsoft 365')).toEqual(['microsoft']);
    expect(slugs('Microsoft Exchange Server')).toEqual(['exchange-server']);
    expect(slugs('Microsoft Exchange')).toEqual(['exchange-server']);
    expect(slugs('Microsoft (Outlook.com)')).toEqual(['microsoft']);
    expect(slugs('Postfix 3.9 and later')).toEqual(['postfix']);
    expect(slugs('Postfix, Sendmail')).toEqual(['postfix', 'sendmail']);
    expect(slugs('Microsoft Exchange / Exchange Online')).toEqual(['exchange-server', 'microsoft']);
    expect(slugs('Spamhaus (seen through Postfix)')).toEqual(['spamhaus']);
  });

  it('leaves software without a provider page unlinked', () => {
    expect(slugs('Stalwart Mail Server')).toEqual([]);
    expect(slugs('postgrey (Postfix policy service)')).toEqual([]);
    expect(vendorByName('Exchange', vendors)).toBe('ambiguous');
  });

  it('links Gmail on a code page’s "Seen in the wild" to its provider page', () => {
    const withGmail = basics.find((data) => data.wild.some((entry) => entry.source === 'Gmail'));
    if (!withGmail) throw new Error('no basic code lists Gmail in the wild');
    expect(links(basicPageModel(withGmail, site).wild.items)).toContain('/providers/gmail/');
  });
});
