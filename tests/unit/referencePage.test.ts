/**
 * The reference-page model: every sentence a code page shows, tested without a build. Pages of
 * both kinds come out of the same model, with the sections in the same order.
 */
import { describe, expect, it } from 'vitest';
import type { CodeEntryData } from '../../src/lib/codes/schema';
import { pageClasses } from '../../src/lib/enhanced/codes';
import type { EnhancedEntryData } from '../../src/lib/enhanced/schema';
import { richToPlainText, richTokens, type RichText } from '../../src/lib/inlineMarkdown';
import { basicPageModel } from '../../src/lib/reference/basic';
import { enhancedPageModel } from '../../src/lib/reference/enhanced';
import type { ReferencePageModel } from '../../src/lib/reference/model';
import { RETRY } from '../../src/lib/wording/retry';
import { findProseGlitches } from '../helpers/proseGlitches';
import { basics, contentSiteIndex, enhanced } from './helpers/siteContent';

// Without the vendor dataset: these tests hold the standard readings (vendorPages.test.ts adds the rest).
const site = contentSiteIndex({ withVendors: false });
const basic = (code: number): CodeEntryData => {
  const found = basics.find((data) => data.code === code);
  if (!found) throw new Error(`no content for ${code}`);
  return found;
};
const entry = (code: string): EnhancedEntryData => {
  const found = enhanced.find((data) => data.code === code);
  if (!found) throw new Error(`no content for ${code}`);
  return found;
};
const text = (rich: RichText) => richToPlainText(rich);
const fact = (model: ReferencePageModel, label: string) =>
  text(model.facts.find((item) => item.label === label)?.value ?? []);

/** Every visible sentence of a model, as plain text. */
function visibleText(model: ReferencePageModel): string {
  const parts: string[] = [model.heading, model.summary];
  const rich: RichText[] = [
    ...model.notices.map((notice) => [notice.lead, ' ', ...notice.text]),
    ...model.facts.map((item) => [item.label, ': ', ...item.value]),
    ...model.digits.paragraphs,
    ...(model.digits.inClass?.paragraphs ?? []),
    ...(model.carriedBy ? [...model.carriedBy.items, ...model.carriedBy.paragraphs] : []),
    ...model.when.causes.items,
    ...model.fix.groups.flatMap((group) => group.steps),
    [model.retry.answer, '. ', ...model.retry.detail],
    ...model.wild.items,
    ...(model.enhanced?.items ?? []),
    ...model.spec.paragraphs,
    ...model.spec.definitions,
    ...model.spec.references,
    ...model.related.items,
  ];
  // Code spans quote replies and commands verbatim ("a line holding only ."): not prose.
  const prose = (item: RichText) =>
    richTokens(item)
      .map((token) => (token.kind === 'code' ? '⟨code⟩' : token.text))
      .join('');
  return [...parts, ...rich.map(prose)].join('\n');
}

describe('basic code pages', () => {
  it('say the retry answer from the one retry table, in the facts and in the section', () => {
    const model = basicPageModel(basic(550), site);
    expect(fact(model, 'Retry?')).toBe('No: fix the cause, then send again');
    expect(model.retry.answer).toBe(RETRY['after-fix'].answer);
    expect(model.record.retryText).toBe('No: fix the cause, then send again.');
    expect(model.ticket).toContain('Will it be retried? No: fix the cause, then send again.');
  });

  it('cite the RFC without stray spaces inside the parentheses', () => {
    const definitions = basicPageModel(basic(550), site).spec.definitions.map(text);
    expect(definitions[0]).toMatch(/ \(RFC 5321 §4\.2\.\d\)$/);
  });

  it('link the enhanced codes they carry, with a colon right after the code', () => {
    const items = basicPageModel(basic(550), site).enhanced?.items.map(text) ?? [];
    expect(items).toContain('550 5.1.1: Bad destination mailbox address');
    expect(items.some((item) => / :/.test(item))).toBe(false);
  });

  it('have no prose glitches on any page', () => {
    for (const data of basics) {
      expect(findProseGlitches(visibleText(basicPageModel(data, site))), String(data.code)).toEqual([]);
    }
  });
});

describe('enhanced code pages', () => {
  it('come out of the same model, with the class in the code', () => {
    const model = enhancedPageModel(entry('X.7.1'), '5', site);
    expect(model.kind).toBe('enhanced');
    expect(model.heading).toBe('5.7.1 Delivery not authorized, message refused');
    expect(model.summary.startsWith('5.7.1 ')).toBe(true);
    expect(model.path).toBe('/5.7.1/');
  });

  it('answer "Retry?" per class, with the same sentences as basic pages', () => {
    expect(fact(enhancedPageModel(entry('X.7.1'), '4', site), 'Retry?')).toBe(RETRY.later.answer);
    expect(fact(enhancedPageModel(entry('X.7.1'), '5', site), 'Retry?')).toBe(RETRY['after-fix'].answer);
  });

  it('have no prose glitches on any class page', () => {
    for (const data of enhanced) {
      for (const cls of pageClasses(data)) {
        const model = enhancedPageModel(data, cls, site);
        expect(findProseGlitches(visibleText(model)), model.code).toEqual([]);
      }
    }
  });
});
