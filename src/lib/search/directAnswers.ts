/**
 * Direct answers: the pages a query leads to at once, from the answer table alone, before any
 * full-text search. Codes the query names come first (exactly those codes), then pages whose
 * names, reply texts, tags, provider names or synonyms the query matches, best match first.
 * An enhanced code comes with its twin in the other class, as one grouped answer. Pure and small,
 * so it runs in the browser on first paint.
 */
import {
  answerUrl,
  type AnswerKind,
  type AnswerPage,
  type AnswerTable,
  type TermSource,
} from './answerTable';
import { namesOnlyCodes, queryTargets, type QueryTarget, type SiteCodes } from './queryCodes';

export interface DirectAnswer {
  url: string;
  /** "530", "5.1.1", "530 vs 535", "Gmail and Google Workspace". */
  label: string;
  /** The page's name, when the label is a code: "Authentication Required". */
  title?: string;
  kind: AnswerKind | 'comparison' | 'missing';
  /** Why it is shown, as the list says it. */
  reason: 'named' | 'range' | 'missing' | 'matched';
  /** For a range or missing code: the code as the query wrote it. */
  asked?: string;
  /** The same enhanced code in the other class, shown with it. */
  twin?: { label: string; url: string };
}

/** How many word matches the answers list at most. */
export const MAX_WORD_ANSWERS = 6;

/**
 * How many provider pages the answers list when the query does not name a provider: an everyday
 * phrase ("User unknown") is in many providers' replies, and the code pages come first.
 */
export const MAX_PROVIDERS_BY_PHRASE = 2;
/** From this score a provider page was named (its name, an alias, a tag), not just quoted. */
const NAMED_SCORE = 90;

/** Below this score a word match is noise, left to the full-text search. */
const MIN_SCORE = 30;

/** How much an exact hit on each kind of term counts. */
const SOURCE_WEIGHT: Record<TermSource, number> = {
  synonym: 1,
  tag: 1,
  provider: 0.95,
  name: 0.9,
  reply: 0.8,
  domain: 0.8,
  phrase: 0.7,
};

const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'is',
  'in',
  'for',
  'on',
  'at',
  'by',
  'with',
  'from',
  'and',
  'or',
  'my',
  'your',
  'this',
  'that',
  'it',
  'be',
  'was',
  'are',
  'what',
  'does',
  'mean',
  'means',
  'smtp',
  'error',
  'code',
  'email',
  'mail',
]);

/**
 * A text as search words: lower case, punctuation out (dots inside a word stay, so tags such as
 * "RESOLVER.ADR.RecipientNotFound" and codes stay whole), a plural "s" dropped from long words.
 */
export function searchWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, ' ')
    .split(' ')
    .map((word) => word.replace(/^\.+|\.+$/g, ''))
    .filter((word) => word !== '')
    .map((word) =>
      /^[a-z]{5,}$/.test(word) && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word,
    );
}

interface PreparedTerm {
  words: string[];
  phrase: string;
  content: string[];
  weight: number;
  pages: number[];
}

const prepared = new WeakMap<AnswerTable, PreparedTerm[]>();
function preparedTerms(table: AnswerTable): PreparedTerm[] {
  let terms = prepared.get(table);
  if (!terms) {
    terms = table.terms.map(([text, source, pages]) => {
      const words = searchWords(text);
      return {
        words,
        phrase: ` ${words.join(' ')} `,
        content: words.filter((word) => !STOP_WORDS.has(word)),
        weight: SOURCE_WEIGHT[source],
        pages,
      };
    });
    prepared.set(table, terms);
  }
  return terms;
}

/**
 * How well a term matches the query, 0 to 100: the same words (100); the whole term inside a
 * longer query, such as a tag in a pasted line (50 and up, more for longer terms); the query
 * inside a longer term (40 and up, more the more of the term it covers); every query word in
 * the term, in any order (30 and up).
 */
export function termScore(term: PreparedTerm, query: { words: string[]; phrase: string; content: string[] }) {
  if (term.words.length === 0 || query.words.length === 0) return 0;
  if (term.phrase === query.phrase) return 100;
  if (term.content.length > 0 && query.phrase.includes(term.phrase)) {
    return 50 + 10 * Math.min(term.words.length, 4);
  }
  if (query.content.length === 0) return 0;
  if (term.phrase.includes(query.phrase)) return 40 + (30 * query.words.length) / term.words.length;
  const termWords = new Set(term.words);
  if (query.content.every((word) => termWords.has(word))) {
    return 30 + (20 * query.content.length) / term.words.length;
  }
  return 0;
}

/** The answer table's code pages, as `queryTargets` asks about them. */
const siteCodes = new WeakMap<AnswerTable, { site: SiteCodes; byCode: Map<string, number> }>();
function codesOf(table: AnswerTable) {
  let entry = siteCodes.get(table);
  if (!entry) {
    const byCode = new Map<string, number>();
    table.pages.forEach((page, index) => {
      if (page.code !== undefined) byCode.set(page.code, index);
    });
    entry = {
      byCode,
      site: { hasPage: (code) => byCode.has(code), ranges: table.ranges, curated: table.curated },
    };
    siteCodes.set(table, entry);
  }
  return entry;
}

function pageAnswer(table: AnswerTable, page: AnswerPage, reason: DirectAnswer['reason']): DirectAnswer {
  const twin = page.twin === undefined ? undefined : table.pages[page.twin];
  return {
    url: answerUrl(page),
    label: page.code ?? page.title,
    ...(page.code === undefined ? {} : { title: page.title }),
    kind: page.kind,
    reason,
    ...(twin?.code === undefined ? {} : { twin: { label: twin.code, url: answerUrl(twin) } }),
  };
}

function targetAnswer(table: AnswerTable, target: QueryTarget, byCode: Map<string, number>): DirectAnswer {
  const page = target.code === undefined ? undefined : table.pages[byCode.get(target.code) ?? -1];
  if (page) {
    const answer = pageAnswer(table, page, target.kind === 'range' ? 'range' : 'named');
    return target.asked === undefined ? answer : { ...answer, asked: target.asked };
  }
  return {
    url: target.url,
    label: target.label,
    kind: target.kind === 'missing' ? 'missing' : 'comparison',
    reason: target.kind === 'missing' ? 'missing' : 'named',
    ...(target.asked === undefined ? {} : { asked: target.asked }),
  };
}

/** The pages a query leads to directly, best first, each page once (twins grouped). */
export function directAnswers(query: string, table: AnswerTable): DirectAnswer[] {
  const text = query.slice(0, 10_000).trim();
  if (text === '') return [];
  const { site, byCode } = codesOf(table);
  const answers = queryTargets(text, site).map((target) => targetAnswer(table, target, byCode));
  // A query of codes is answered by exactly those codes: no page that merely mentions them.
  if (namesOnlyCodes(text)) return answers;

  const words = searchWords(text.slice(0, 2_000));
  const asked = { words, phrase: ` ${words.join(' ')} `, content: words.filter((w) => !STOP_WORDS.has(w)) };
  const scores = new Map<number, number>();
  for (const term of preparedTerms(table)) {
    const score = termScore(term, asked) * term.weight;
    if (score < MIN_SCORE) continue;
    // Pages later in a term's list are the second and third choice for it.
    term.pages.forEach((page, rank) => {
      const ranked = score - 2 * rank;
      if (ranked > (scores.get(page) ?? 0)) scores.set(page, ranked);
    });
  }
  const matched = [...scores]
    .toSorted((a, b) => b[1] - a[1] || a[0] - b[0])
    .flatMap(([index, score]) => {
      const page = table.pages[index];
      return page ? [{ page, score }] : [];
    });

  const shown = new Set(answers.flatMap((answer) => [answer.url, answer.twin?.url ?? '']));
  let added = 0;
  let quotedProviders = 0;
  for (const { page, score } of matched) {
    if (added >= MAX_WORD_ANSWERS) break;
    if (shown.has(answerUrl(page))) continue;
    if (page.kind === 'provider' && score < NAMED_SCORE) {
      quotedProviders += 1;
      if (quotedProviders > MAX_PROVIDERS_BY_PHRASE) continue;
    }
    const answer = pageAnswer(table, page, 'matched');
    answers.push(answer);
    shown.add(answer.url);
    if (answer.twin) shown.add(answer.twin.url);
    added += 1;
  }
  return answers;
}
