import { describe, expect, it } from 'vitest';
import type { CodeEntryData } from '../../src/lib/codes/schema';
import { codeSchema } from '../../src/lib/codes/schema';
import { actorsClause, compareCodes, sentPhrase } from '../../src/lib/compare/model';
import { allPairs, makePair, redirectLines, relatedComparisons } from '../../src/lib/compare/pairs';
import { inlineToPlainText } from '../../src/lib/inlineMarkdown';
import { findProseGlitches } from '../helpers/proseGlitches';
import { STANDARD_CODES } from '../../src/lib/codes/replyCodes';
import { comparisonUrl } from '../../src/lib/urls';
import { readContentFiles } from './helpers/contentFiles';

const codes = new Map(
  readContentFiles('codes').map((file) => {
    const data = codeSchema.parse(file.data) as CodeEntryData;
    return [data.code, data] as const;
  }),
);
const pairs = allPairs([...codes.keys()]);

/** Content text as a reader sees it, with each quoted code span standing as one neutral word. */
function prose(markdown: string): string {
  return inlineToPlainText(markdown.replace(/`[^`]+`/g, 'QUOTED'));
}

function get(code: number): CodeEntryData {
  const data = codes.get(code);
  if (!data) throw new Error(`no content for ${code}`);
  return data;
}

describe('pair generation', () => {
  it('makes every pair of the 38 codes once, lower code first: 703 pages', () => {
    expect(pairs).toHaveLength((38 * 37) / 2);
    expect(pairs).toHaveLength(703);
    expect(new Set(pairs.map((pair) => pair.id)).size).toBe(703);
    for (const pair of pairs) expect(pair.lower).toBeLessThan(pair.higher);
    expect(pairs[0]?.id).toBe(`${STANDARD_CODES[0]}-vs-${STANDARD_CODES[1]}`);
  });

  it('gives one canonical address whatever the order', () => {
    expect(comparisonUrl(530, 214)).toBe('/compare/214-vs-530/');
    expect(comparisonUrl(214, 530)).toBe('/compare/214-vs-530/');
    expect(makePair(535, 530)).toMatchObject({ id: '530-vs-535', reverseId: '535-vs-530' });
    expect(() => makePair(530, 530)).toThrow();
  });

  it('redirects both forms of the reverse order', () => {
    expect(redirectLines([makePair(530, 535)])).toEqual([
      '/compare/535-vs-530/ /compare/530-vs-535/ 301',
      '/compare/535-vs-530 /compare/530-vs-535/ 301',
    ]);
  });

  it('suggests curated comparisons first and never the page itself', () => {
    const related = relatedComparisons(
      makePair(530, 535),
      new Map([
        [530, [535, 554]],
        [535, [534]],
      ]),
      new Set(['534-vs-535', '454-vs-530', '421-vs-450']),
    );
    expect(related.map((pair) => pair.id)).toEqual(['454-vs-530', '534-vs-535', '530-vs-554']);
  });
});

describe('sentence helpers for comparisons', () => {
  it('say when a code is sent', () => {
    expect(sentPhrase(['help'])).toBe('in reply to HELP');
    expect(sentPhrase(['mail', 'rcpt'])).toBe('in reply to MAIL FROM or RCPT TO');
    expect(sentPhrase(['connect'])).toBe('as the greeting when a connection opens');
    expect(sentPhrase(['connect', 'any'])).toBe(
      'as the greeting when a connection opens or in reply to any command',
    );
    expect(sentPhrase(['rcpt', 'end-of-data'])).toBe('in reply to RCPT TO or after the message data');
    expect(sentPhrase(['ehlo', 'helo', 'mail', 'rcpt', 'vrfy'])).toBe(
      'in reply to EHLO, HELO, MAIL FROM, RCPT TO and other commands',
    );
  });

  it('say who acts', () => {
    expect(actorsClause(['nobody'])).toBe('nobody needs to act');
    expect(actorsClause(['sending-user'])).toBe('the sending user has something to do');
    expect(actorsClause(['sending-user', 'receiving-admin'])).toBe(
      "the sending user and the receiving system's admin have something to do",
    );
  });
});

describe('generated comparison prose', () => {
  it('opens 214 vs 530 with the real difference, written as a person would', () => {
    const model = compareCodes(get(530), get(214));
    expect(model.heading).toBe('SMTP 214 Help Message vs 530 Authentication Required');
    expect(model.opening.join(' ')).toBe(
      '214 (“Help Message”) is a success reply sent in reply to HELP, while 530 (“Authentication Required”) is a permanent failure sent in reply to AUTH, MAIL FROM, RCPT TO, DATA and other commands. Nothing needs doing after 214, while after 530 the same request fails again until its cause is fixed.',
    );
  });

  it('does not call an intermediate reply the end of the matter', () => {
    const model = compareCodes(get(354), get(552));
    expect(model.opening.join(' ')).toContain(
      'After 354 the client goes on to send what the server asked for',
    );
    expect(model.differences.find((difference) => difference.label === 'Retrying')?.text).toMatch(
      /^354 is not an error: the client continues with the next step;/,
    );
  });

  it('says a shared attribute once, as a similarity, not as a difference', () => {
    const model = compareCodes(get(550), get(553));
    expect(model.similarities).toMatch(/^Both are permanent failures \(first digit 5\)/);
    expect(model.differences.map((difference) => difference.label)).not.toContain('Class');
  });

  it('has no glitch on any of the 703 pages: doubled words, dangling phrases, repeats, leaks', () => {
    const problems: string[] = [];
    for (const pair of pairs) {
      const model = compareCodes(get(pair.lower), get(pair.higher));
      const paragraphs = [
        model.heading,
        ...model.opening,
        model.similarities,
        ...model.differences.map((difference) => `${difference.label}: ${difference.text}`),
        ...model.whichApplies,
        ...model.sides.flatMap((side) => [
          side.summary,
          side.sent === '' ? '' : `Sent ${side.sent}.`,
          prose(side.firstCause),
          prose(side.firstFix.step),
        ]),
      ].filter((text) => text !== '');
      const text = paragraphs.join('\n');
      problems.push(...findProseGlitches(text).map((glitch) => `${pair.id}: ${glitch}`));
      if (/\bindicates that\s*[.,;:]?\s*$/m.test(text) || /\bindicates that (a|an|the) [^.]*$/m.test(text)) {
        problems.push(`${pair.id}: dangling "indicates that"`);
      }
      const seen = new Set<string>();
      for (const paragraph of paragraphs) {
        if (seen.has(paragraph)) problems.push(`${pair.id}: repeated paragraph "${paragraph.slice(0, 40)}"`);
        seen.add(paragraph);
      }
      if (/\b\w+-\s|\w…/.test(model.opening.join(' '))) problems.push(`${pair.id}: truncated word`);
    }
    expect(problems).toEqual([]);
  });
});
