import { describe, expect, it } from 'vitest';
import type { CodeEntryData, Stage } from '../../src/lib/codes/schema';
import { codeSchema } from '../../src/lib/codes/schema';
import {
  actorsClause,
  compareCodes,
  registryAssociates,
  sentPhrase,
  type ComparisonModel,
} from '../../src/lib/compare/model';
import { allPairs, makePair, redirectLines, relatedComparisons } from '../../src/lib/compare/pairs';
import { inlineToPlainText, richToPlainText, type RichText } from '../../src/lib/inlineMarkdown';
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

/**
 * A table cell as a reader sees it, each quoted code or reply text standing as one neutral word
 * (a distinct one each, since the Meaning row lays reply texts one under another).
 */
function visible(rich: RichText): string {
  return rich
    .map((segment, index) =>
      typeof segment === 'string'
        ? segment
        : 'md' in segment
          ? prose(segment.md)
          : 'code' in segment
            ? `QUOTED${String.fromCharCode(65 + (index % 26))}`
            : 'strong' in segment
              ? segment.strong
              : segment.text,
    )
    .join('');
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

describe('generated comparison pages', () => {
  const models = pairs.map((pair) => compareCodes(get(pair.lower), get(pair.higher)));
  const byId = new Map(models.map((model) => [model.id, model]));
  const model = (id: string) => {
    const found = byId.get(id);
    if (!found) throw new Error(`no comparison ${id}`);
    return found;
  };
  const verdictOf = (id: string) => model(id).verdict.map(richToPlainText).join(' ');
  const cell = (id: string, label: string, side: 'a' | 'b') => {
    const row = model(id).rows.find((candidate) => candidate.label === label);
    if (!row) throw new Error(`${id} has no row "${label}"`);
    return richToPlainText(row[side]);
  };
  /** Generated sentences a reader sees on a page without a note: the verdict and the description. */
  const sentencesOf = (comparison: ComparisonModel) =>
    [comparison.description, ...comparison.verdict.map(richToPlainText)].flatMap((text) =>
      text.split(/(?<=[.!?])\s+(?=[A-Z])/),
    );

  it('titles a page "SMTP 530 vs 535: Authentication Required vs Authentication Credentials Invalid"', () => {
    expect(model('530-vs-535').heading).toBe(
      'SMTP 530 vs 535: Authentication Required vs Authentication Credentials Invalid',
    );
  });

  it('lays the two codes side by side in one table, fact by fact', () => {
    const labels = model('421-vs-450').rows.map((row) => row.label);
    expect(labels).toEqual([
      'Meaning',
      'Class',
      'Commands and stage',
      'Retry',
      'Who acts',
      'First step: the sending user',
      "First step: the sending system's admin",
      "First step: the receiving system's admin",
      'Typical enhanced codes',
      'Defined in',
    ]);
    expect(cell('421-vs-450', 'Meaning', 'a')).toContain('421 <domain> Service not available');
    expect(cell('421-vs-450', 'Class', 'b')).toMatch(/^4xx Temporary failure /);
    expect(model('421-vs-450').sides.map((side) => side.transcript)).toEqual([
      get(421).transcript.trim(),
      get(450).transcript.trim(),
    ]);
  });

  it('copies no prose block from the code pages: no summary and no cause', () => {
    for (const comparison of models) {
      const text = [
        comparison.description,
        ...comparison.verdict.map(richToPlainText),
        ...comparison.rows.flatMap((row) => [richToPlainText(row.a), richToPlainText(row.b)]),
      ].join('\n');
      for (const side of comparison.sides) {
        const data = get(side.code);
        expect(text, comparison.id).not.toContain(inlineToPlainText(data.summary));
        for (const cause of data.causes) expect(text, comparison.id).not.toContain(inlineToPlainText(cause));
      }
    }
  });

  it('says plainly that codes of different classes are rarely confused, and links both pages', () => {
    const comparison = model('214-vs-530');
    expect(comparison.verdictKind).toBe('different-class');
    expect(verdictOf('214-vs-530')).toMatch(
      /^These are rarely confused: 214 is a success reply and 530 a permanent failure/,
    );
    expect(
      comparison.verdict.flat().filter((segment) => typeof segment === 'object' && 'href' in segment),
    ).toEqual([
      { text: '214 Help Message', href: '/214/' },
      { text: '530 Authentication Required', href: '/530/' },
    ]);
    expect(comparison.pairSpecific).toBe(false);
  });

  it('gives two codes of one class the decisive test their facts support', () => {
    expect(model('421-vs-450').verdictKind).toBe('decisive');
    expect(verdictOf('421-vs-450')).toContain(
      'Look at the command the reply answered: only 421 comes as the greeting when a connection opens or in reply to EHLO, HELO or DATA.',
    );
    expect(verdictOf('521-vs-556')).toContain('the IANA registry lists 5.3.2 with 521, and 5.1.10 with 556.');
    expect(model('421-vs-450').pairSpecific).toBe(true);
  });

  it('fixes the wrong claims the old pages made', () => {
    // 530 answers commands other than AUTH (RFC 4954 §6); AUTH only where STARTTLS is required first.
    expect(cell('530-vs-535', 'Commands and stage', 'a')).toMatch(/^In reply to MAIL FROM, RCPT TO/);
    expect(cell('530-vs-535', 'Commands and stage', 'a')).toContain(
      'to AUTH only from a server that requires STARTTLS first',
    );
    expect(verdictOf('530-vs-535')).not.toMatch(/only 535 comes in reply to AUTH/);
    // 5.5.1 is Postfix postscreen's, not an enhanced code the registry gives 521.
    for (const id of ['220-vs-521', '521-vs-556']) expect(verdictOf(id)).not.toContain('5.5.1');
    // 453 means there is no mail: nothing waits in a queue.
    expect(cell('451-vs-453', 'Retry', 'b')).toBe('Yes, later: the same request may work then');
    expect(verdictOf('451-vs-453')).not.toMatch(/queue/);
    // 5.7.57 is Microsoft's own code, shown as such.
    expect(cell('530-vs-535', 'Typical enhanced codes', 'a')).toContain(
      '5.7.57 (not in the IANA registry; Microsoft 365 only)',
    );
    for (const comparison of models) {
      expect(sentencesOf(comparison).join(' '), comparison.id).not.toContain('listed above');
    }
  });

  it('uses no generated sentence on more than 40 pages', () => {
    const pagesOf = new Map<string, number>();
    for (const comparison of models) {
      for (const sentence of new Set(sentencesOf(comparison)))
        pagesOf.set(sentence, (pagesOf.get(sentence) ?? 0) + 1);
    }
    expect([...pagesOf].filter(([, count]) => count > 40)).toEqual([]);
  });

  it('says "look at the command" only where the two codes answer different commands', () => {
    for (const comparison of models) {
      const [a, b] = comparison.sides.map((side) => get(side.code));
      if (!a || !b) throw new Error('two sides');
      if (/look at the command/i.test(verdictOf(comparison.id))) {
        expect(a.stages.toSorted(), comparison.id).not.toEqual(b.stages.toSorted());
      }
    }
  });

  it('names an enhanced code as pointing to a code only when the IANA registry associates them', () => {
    for (const comparison of models) {
      const match = /the IANA registry associates (.+?)(?:, and not with \d{3})?\.$/.exec(
        verdictOf(comparison.id),
      );
      if (!match) continue;
      for (const part of (match[1] ?? '').split(/ and (?=\d\.\d+\.\d+(?:, \d\.\d+\.\d+)* with)/)) {
        const [, list = '', code = ''] = /^(.+) with (\d{3})$/.exec(part) ?? [];
        const other = comparison.sides.map((side) => side.code).find((side) => side !== Number(code));
        for (const enhanced of list.split(/, | and /)) {
          expect(registryAssociates(enhanced, Number(code)), `${comparison.id}: ${enhanced} → ${code}`).toBe(
            true,
          );
          expect(
            registryAssociates(enhanced, other ?? 0),
            `${comparison.id}: ${enhanced} also → ${other}`,
          ).toBe(false);
        }
      }
    }
  });

  it('has no glitch on any of the 703 pages: doubled words, dangling phrases, repeats, leaks', () => {
    const problems: string[] = [];
    for (const comparison of models) {
      const paragraphs = [
        comparison.heading,
        comparison.description,
        ...comparison.verdict.map(richToPlainText),
        ...comparison.rows.flatMap((row) => [
          `${row.label}: ${visible(row.a)}`,
          `${row.label}: ${visible(row.b)}`,
        ]),
      ];
      problems.push(
        ...findProseGlitches(paragraphs.join('\n')).map((glitch) => `${comparison.id}: ${glitch}`),
      );
    }
    expect(problems).toEqual([]);
  });
});

describe('curated notes own their page', () => {
  const notes = readContentFiles('comparisons');
  const COMMANDS: Record<string, Stage> = {
    EHLO: 'ehlo',
    HELO: 'helo',
    STARTTLS: 'starttls',
    AUTH: 'auth',
    'MAIL FROM': 'mail',
    'RCPT TO': 'rcpt',
    DATA: 'data',
    BDAT: 'bdat',
    VRFY: 'vrfy',
    EXPN: 'expn',
    HELP: 'help',
    QUIT: 'quit',
    ETRN: 'etrn',
    ATRN: 'atrn',
  };
  // "535 is the answer to `AUTH`", "a 454 to `STARTTLS`": the last code before the verb is the subject.
  const COMMAND_CLAIM = new RegExp(
    String.raw`\b(\d{3})\b(?:(?!\b\d{3}\b)[^.;])*?\b(?:answers?|answer to|in reply to|reply to|to)\s+` +
      '`(' +
      Object.keys(COMMANDS).join('|') +
      ')',
    'g',
  );

  it.each(notes.map((note) => [note.stem, note] as const))(
    '%s: the table agrees with the note on commands and retrying',
    (id, note) => {
      const comparison = compareCodes(
        ...(id.split('-vs-').map((code) => get(Number(code))) as [CodeEntryData, CodeEntryData]),
      );
      const commands = comparison.rows.find((row) => row.label === 'Commands and stage');
      const text = note.body.replace(/\s+/g, ' ');
      for (const [, code = '', command = ''] of text.matchAll(COMMAND_CLAIM)) {
        const side = comparison.sides.findIndex((candidate) => candidate.code === Number(code));
        if (side === -1) continue;
        // The note says this code answers this command: the table must list it for that code.
        const stage = COMMANDS[command];
        const data = get(Number(code));
        expect(
          stage && (data.stages.includes(stage) || data.stages.includes('any')),
          `${id}: ${code} to ${command}`,
        ).toBe(true);
        const shown = richToPlainText((side === 0 ? commands?.a : commands?.b) ?? []);
        if (!data.stages.includes('any')) expect(shown, `${id}: ${code} to ${command}`).toContain(command);
      }
      for (const [, code = ''] of text.matchAll(/\b(\d{3}) is retried\b/g)) {
        expect(get(Number(code)).retry.policy, `${id}: ${code} is retried`).toBe('later');
      }
      for (const [, code = ''] of text.matchAll(
        /\bAfter a (\d{3})\b[^.]*\b(?:nobody should retry|do not retry)/g,
      )) {
        expect(get(Number(code)).retry.policy, `${id}: no retry after ${code}`).not.toBe('later');
      }
    },
  );

  it('the command row never has 530 answer AUTH without its condition (the 530 vs 535 note)', () => {
    const comparison = compareCodes(get(530), get(535));
    const row = comparison.rows.find((candidate) => candidate.label === 'Commands and stage');
    expect(richToPlainText(row?.a ?? [])).not.toMatch(/^In reply to AUTH/);
  });
});
