import { describe, expect, it } from 'vitest';
import {
  answerUrl,
  isIdentifier,
  publishPhrases,
  readPhrases,
  replyWords,
  type PublishedPhrases,
} from '../../src/lib/search/answerTable';
import { directAnswers } from '../../src/lib/search/directAnswers';
import { SYNONYMS } from '../../src/lib/search/synonyms';
import { rangeRedirects, vendorCodePages } from '../../src/lib/vendors/codes';
import { codeUrl, providerUrl } from '../../src/lib/urls';
import { contentAnswerTable } from './helpers/answerTable';

const { table, vendors, registry } = contentAnswerTable();
const urls = (query: string) => directAnswers(query, table).map((answer) => answer.url);
const inRegistry = (neutral: string) => registry.has(neutral);

describe('the answer table', () => {
  it('leads every synonym to pages that exist', () => {
    const codes = new Set(table.pages.flatMap((page) => (page.code ? [page.code] : [])));
    for (const entry of SYNONYMS) {
      for (const page of entry.pages) {
        if (page !== 'decode') expect(codes, `${entry.terms[0]} → ${page}`).toContain(page);
      }
    }
  });

  it('has a page for every vendor code page, at the URL the vendor pages are built at', () => {
    for (const page of vendorCodePages(vendors, inRegistry)) {
      const entry = table.pages.find((candidate) => candidate.code === page.id);
      expect(entry && answerUrl(entry), page.id).toBe(codeUrl(page.id));
    }
  });

  it('sends every code inside a vendor range where rangeRedirects sends it', () => {
    const pages = vendorCodePages(vendors, inRegistry);
    for (const [code, target] of rangeRedirects(pages, inRegistry)) {
      expect(urls(code), code).toEqual([codeUrl(target)]);
    }
  });

  it('has a provider page for every vendor file', () => {
    for (const vendor of vendors) {
      expect(
        table.pages.some((page) => page.slug === vendor.slug && answerUrl(page) === providerUrl(vendor.slug)),
      ).toBe(true);
    }
  });

  it('tells identifiers from everyday phrases, and strips codes from reply texts', () => {
    expect(
      ['[TSS04]', 'RESOLVER.ADR.RecipientNotFound', 'AS(201806281)', 'DM000001'].every(isIdentifier),
    ).toBe(true);
    expect(['User unknown', 'No such user', 'Server busy'].some(isIdentifier)).toBe(false);
    expect(replyWords('550 5.1.1 <bob@example.org>: User unknown')).toBe(': User unknown');
  });
});

describe('directAnswers', () => {
  it('answers a code with exactly that code', () => {
    expect(urls('530')).toEqual(['/530/']);
    expect(urls('5.7.1')).toEqual(['/5.7.1/']);
  });

  it('never maps a code without a page to a shorter one', () => {
    expect(urls('5.7.606')).toEqual([codeUrl('5.7.606-649')]);
    expect(urls('5.7.708')).toEqual([codeUrl('5.7.708')]);
    expect(urls('571')).toEqual([codeUrl(571)]);
    expect(urls('5.7.606')).not.toContain('/5.7.6/');
    expect(directAnswers('5.9.9', table)).toEqual([
      { url: '/decode/', label: '5.9.9', kind: 'missing', reason: 'missing', asked: '5.9.9' },
    ]);
  });

  it('groups an enhanced code with its twin, the class people meet first in front', () => {
    const [first] = directAnswers('user unknown', table);
    expect(first).toMatchObject({ url: '/5.1.1/', twin: { label: '4.1.1', url: '/4.1.1/' } });
    expect(urls('user unknown')).not.toContain('/4.1.1/');
  });

  it('leads provider names, aliases and tags to the provider page, a tag also to its code', () => {
    expect(urls('gmail')[0]).toBe(providerUrl('gmail'));
    expect(urls('office 365')[0]).toBe(providerUrl('microsoft'));
    expect(urls('aol')[0]).toBe(providerUrl('yahoo'));
    expect(urls('icloud')[0]).toBe(providerUrl('icloud'));
    expect(urls('TSS04').slice(0, 2)).toEqual([providerUrl('yahoo'), '/4.7.0/']);
    expect(urls('RESOLVER.ADR.RecipientNotFound')[0]).toBe(providerUrl('microsoft'));
  });

  it('puts the codes a pasted line names before anything its words match', () => {
    const pasted = '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org';
    expect(urls(pasted).slice(0, 2)).toEqual(['/554/', '/5.7.1/']);
  });

  it('shows comparisons only when asked', () => {
    expect(urls('530 vs 535')[0]).toBe('/compare/530-vs-535/');
    expect(urls('authentication required').some((url) => url.startsWith('/compare/'))).toBe(false);
  });

  it('finds nothing in an empty or hostile query, and never throws', () => {
    expect(directAnswers('   ', table)).toEqual([]);
    expect(() => directAnswers('<img src=x onerror=alert(1)>'.repeat(2_000), table)).not.toThrow();
  });
});

describe('providers that merely quote a phrase', () => {
  it('are listed two at most, after the code pages', () => {
    const answers = directAnswers('user unknown', table);
    expect(answers.filter((answer) => answer.kind === 'provider').length).toBeLessThanOrEqual(2);
    expect(answers.slice(0, 2).map((answer) => answer.url)).toEqual(['/5.1.1/', '/550/']);
  });
});

describe('the published phrases', () => {
  it('read back as the same terms', () => {
    const read = readPhrases(JSON.parse(JSON.stringify(publishPhrases(table.terms))) as PublishedPhrases);
    expect(read.toSorted()).toEqual(table.terms.toSorted());
  });
});
