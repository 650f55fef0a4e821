/**
 * The generated parts of a comparison page (/compare/530-vs-535/), computed from the two codes'
 * structured facts: a two-column table of facts, the two example sessions, and a verdict that fits
 * the pair. Nothing here repeats a code page's prose blocks; the table holds short facts and links.
 *
 * The verdict only says what the facts support for this pair: codes of different classes are
 * "rarely confused" (the first digit settles it); for codes of one class it names the commands only
 * one of them answers, a different retry answer, and enhanced codes the IANA registry associates
 * with one code and not the other. A pair with none of those gets no verdict of its own and is not
 * indexed (see `indexed`).
 */
import { ACTORS, STAGES, type Actor, type CodeEntryData, type Stage } from '../codes/schema';
import { replyClassOf } from '../codes/replyCodes';
import { REGISTRY_ENTRIES } from '../enhanced/registry';
import { joinRich, type RichText, type Segment } from '../inlineMarkdown';
import { rfcLabel, rfcUrl } from '../rfc';
import { whoActs } from '../reference/shared';
import { codeUrl } from '../urls';
import { ACTOR_LABELS } from '../wording/actors';
import { CLASS_EFFECT, CLASS_NOUN, REPLY_CLASSES } from '../wording/classes';
import { listWith, sentenceCase, withArticle } from '../wording/prose';
import { RETRY, retryTreatment } from '../wording/retry';
import { STAGE_LABELS } from '../wording/stages';

const MAX_COMMANDS = 4;

/**
 * Stages at which a code appears only under one of its readings, with that condition. RFC 4954 §6
 * has 530 sent to any command *other than* AUTH (EHLO, HELO, NOOP, RSET and QUIT too) when
 * authentication is required; AUTH draws a 530 only from a server that requires TLS first and
 * refuses everything but NOOP, EHLO, STARTTLS and QUIT until then (RFC 3207 §4).
 */
const CONDITIONAL_STAGES: Partial<Record<number, Partial<Record<Stage, string>>>> = {
  530: { auth: 'only from a server that requires STARTTLS first' },
};

/** The stages a code answers without a condition attached. */
function plainStages(data: CodeEntryData): Stage[] {
  const conditional = CONDITIONAL_STAGES[data.code] ?? {};
  return data.stages.filter((stage) => conditional[stage] === undefined);
}

/** "in reply to MAIL FROM or RCPT TO", "as the greeting when a connection opens", … */
export function sentPhrase(stages: readonly Stage[], maxCommands = MAX_COMMANDS): string {
  const parts: string[] = [];
  if (stages.includes('connect')) parts.push('as the greeting when a connection opens');
  if (stages.includes('any')) {
    parts.push('in reply to any command');
  } else {
    const names = stages.flatMap((stage) =>
      // The greeting, the end of data and "any command" get phrases of their own below.
      stage === 'connect' || stage === 'end-of-data' || stage === 'any' ? [] : [STAGE_LABELS[stage]],
    );
    if (names.length > maxCommands) {
      parts.push(`in reply to ${names.slice(0, maxCommands).join(', ')} and other commands`);
    } else if (names.length > 0) {
      parts.push(`in reply to ${listWith(names, 'or')}`);
    }
    if (stages.includes('end-of-data')) parts.push('after the message data');
  }
  return listWith(parts, 'or');
}

/** When a code is sent, with the conditions some stages carry: "in reply to MAIL FROM…; to AUTH only…". */
export function sentPhraseOf(data: CodeEntryData, maxCommands = MAX_COMMANDS): string {
  const conditional = Object.entries(CONDITIONAL_STAGES[data.code] ?? {}).map(
    ([stage, condition]) => `to ${STAGE_LABELS[stage as Stage]} ${condition}`,
  );
  return [sentPhrase(plainStages(data), maxCommands), ...conditional].join('; ');
}

/** "the sending user and the sending system's admin have something to do" / "nobody needs to act" */
export function actorsClause(actors: readonly (Actor | 'nobody')[]): string {
  if (actors.includes('nobody')) return 'nobody needs to act';
  const labels = actors.map((actor) => ACTOR_LABELS[actor].toLowerCase());
  return `${listWith(labels, 'and')} ${labels.length > 1 ? 'have' : 'has'} something to do`;
}

/** Whether a code can answer a step that carries a message (so a sending server has mail queued). */
function carriesMessage(data: CodeEntryData): boolean {
  return data.stages.some((stage) =>
    (['mail', 'rcpt', 'data', 'bdat', 'end-of-data', 'any', 'connect'] as Stage[]).includes(stage),
  );
}

/** The retry cell: the site's retry answer, without the queue for codes that never carry a message (453). */
function retryCell(data: CodeEntryData): string {
  if (data.retry.policy === 'later' && !carriesMessage(data)) {
    return 'Yes, later: the same request may work then';
  }
  return RETRY[data.retry.policy].answer;
}

/** Registry codes ("X.7.8") by class-neutral id, for the associated basic codes. */
const REGISTRY_BY_ID = new Map(REGISTRY_ENTRIES.map((entry) => [entry.code, entry]));

function neutral(enhanced: string): string {
  return `X${enhanced.slice(1)}`;
}

/** Whether the IANA registry associates this enhanced code with this basic code. */
export function registryAssociates(enhanced: string, code: number): boolean {
  return REGISTRY_BY_ID.get(neutral(enhanced))?.associated_basic_codes.includes(String(code)) ?? false;
}

/** The table cell for typical enhanced codes: registry codes, then others named with who sends them. */
function enhancedCell(data: CodeEntryData): RichText {
  const listed = data.enhanced.slice(0, 4);
  if (listed.length === 0) return ['None usual'];
  const segments: Segment[] = [];
  listed.forEach((code, index) => {
    if (index > 0) segments.push(', ');
    segments.push({ code });
    if (!REGISTRY_BY_ID.has(neutral(code))) {
      const senders = [
        ...new Set(
          data.wild
            .filter((entry) => entry.enhanced === code)
            // "Microsoft 365 (smtp.office365.com)" → "Microsoft 365": the cell is in parentheses already.
            .map((entry) => entry.source.replace(/\s*\(.*\)$/, '')),
        ),
      ];
      segments.push(
        senders.length > 0
          ? ` (not in the IANA registry; ${listWith(senders, 'and')} only)`
          : ' (not in the IANA registry)',
      );
    }
  });
  return segments;
}

/** The table cell for where a code is defined: each cited section once, linked. */
function definedCell(data: CodeEntryData): RichText {
  const seen = new Set<string>();
  const segments: Segment[] = [];
  for (const meaning of data.meanings) {
    const label = rfcLabel(meaning.source);
    if (seen.has(label)) continue;
    if (seen.size > 0) segments.push(', ');
    seen.add(label);
    segments.push({ text: label, href: rfcUrl(meaning.source) });
  }
  const by = data.status === 'standard' ? 'SMTP' : listWith(data.extensions, 'and');
  return [`${by}: `, ...segments, ...(data.status === 'deprecated' ? [' (deprecated)'] : [])];
}

/** The title, then each reply text the RFCs define for the code, quoted as written. */
function meaningCell(data: CodeEntryData): RichText {
  const replies = data.meanings.map((meaning): Segment => ({ code: meaning.reply }));
  return [{ strong: data.title }, ': ', ...joinRich(replies, ', ', ' or ')];
}

function classCell(code: number): RichText {
  const replyClass = replyClassOf(code);
  return [
    { badge: `class-${replyClass}`, text: `${replyClass}xx ${REPLY_CLASSES[replyClass].label}` },
    ` ${CLASS_EFFECT[replyClass]}`,
  ];
}

/** One row of the side-by-side table. */
export interface FactRow {
  /** "Commands and stage", "First step: the sending user"… */
  label: string;
  a: RichText;
  b: RichText;
}

export interface CodeSide {
  code: number;
  title: string;
  /** "530 Authentication Required" */
  heading: string;
  url: string;
  /** The code's example session, in `S:`/`C:` lines. */
  transcript: string;
}

/** What kind of verdict a pair gets. */
export type VerdictKind = 'different-class' | 'different-commands' | 'decisive' | 'none';

export interface ComparisonModel {
  id: string;
  /** The h1: "SMTP 530 vs 535: Authentication Required vs Authentication Credentials Invalid". */
  heading: string;
  /** The meta description and opening line when no curated note exists. */
  description: string;
  sides: [CodeSide, CodeSide];
  rows: FactRow[];
  verdictKind: VerdictKind;
  /** How to tell the two apart (or that nobody needs to), as rich-text sentences. */
  verdict: RichText[];
  /**
   * Whether the generated page says something about this pair that the two code pages do not:
   * a decisive test for two codes of one class. Curated pages are indexed whatever this says.
   */
  pairSpecific: boolean;
}

/** "530 vs 535: Authentication Required vs Authentication Credentials Invalid", for lists and titles. */
export function pairTitle(a: { code: number; title: string }, b: { code: number; title: string }): string {
  return `${a.code} vs ${b.code}: ${a.title} vs ${b.title}`;
}

/** Whether a code can come at this stage; "any command" covers every command but not the greeting or the end of data. */
function answers(data: CodeEntryData, stage: Stage): boolean {
  if (data.stages.includes(stage)) return true;
  return data.stages.includes('any') && stage !== 'connect' && stage !== 'end-of-data';
}

/** The stages (named ones, not "any") at which x comes without a condition and y never does. */
function stagesOnlyIn(x: CodeEntryData, y: CodeEntryData): Stage[] {
  return plainStages(x).filter((stage) => stage !== 'any' && !answers(y, stage));
}

/** The stages at which either code can come. */
function sharedStages(a: CodeEntryData, b: CodeEntryData): Stage[] {
  const shared = STAGES.filter((stage) => stage !== 'any' && answers(a, stage) && answers(b, stage));
  // Two codes that both answer "any command" share every command; name that rather than a long list.
  return a.stages.includes('any') && b.stages.includes('any')
    ? (['connect', 'any'].filter((stage) => shared.includes(stage as Stage) || stage === 'any') as Stage[])
    : shared;
}

/** Enhanced codes a code lists that the registry associates with it and not with the other code. */
function enhancedClues(x: CodeEntryData, y: CodeEntryData): string[] {
  return x.enhanced.filter(
    (enhanced) =>
      !y.enhanced.includes(enhanced) &&
      registryAssociates(enhanced, x.code) &&
      !registryAssociates(enhanced, y.code),
  );
}

function differentClassVerdict(a: CodeEntryData, b: CodeEntryData): RichText[] {
  const classA = replyClassOf(a.code);
  const classB = replyClassOf(b.code);
  return [
    [
      `These are rarely confused: ${a.code} is ${withArticle(CLASS_NOUN[classA].one)} and ${b.code} ${withArticle(CLASS_NOUN[classB].one)}, so the first digit, ${classA} or ${classB}, already says which one you have.`,
    ],
    readBoth(a, b),
  ];
}

function sameClassVerdict(a: CodeEntryData, b: CodeEntryData): RichText[] {
  const verdict: RichText[] = [];
  const onlyA = stagesOnlyIn(a, b);
  const onlyB = stagesOnlyIn(b, a);
  if (onlyA.length > 0 || onlyB.length > 0) {
    const parts: string[] = [];
    if (onlyA.length > 0) parts.push(`only ${a.code} comes ${sentPhrase(onlyA)}`);
    if (onlyB.length > 0) parts.push(`only ${b.code} comes ${sentPhrase(onlyB)}`);
    const shared = sharedStages(a, b);
    const overlap = shared.length > 0 ? ` ${sentenceCase(sentPhrase(shared))}, either can come.` : '';
    verdict.push([`Look at the command the reply answered: ${listWith(parts, 'and')}.${overlap}`]);
  }
  if (a.retry.policy !== b.retry.policy) {
    verdict.push([
      `The retry answer differs: ${retryTreatment(a.retry.policy, a.code)}; ${retryTreatment(b.retry.policy, b.code)}.`,
    ]);
  }
  const cluesA = enhancedClues(a, b);
  const cluesB = enhancedClues(b, a);
  if (cluesA.length > 0 || cluesB.length > 0) {
    const parts: string[] = [];
    if (cluesA.length > 0) parts.push(`${listWith(cluesA.slice(0, 3), 'and')} with ${a.code}`);
    if (cluesB.length > 0) parts.push(`${listWith(cluesB.slice(0, 3), 'and')} with ${b.code}`);
    const only =
      cluesA.length === 0 || cluesB.length === 0 ? `, not with ${cluesA.length > 0 ? b.code : a.code}` : '';
    verdict.push([
      `The enhanced code can settle it: the IANA registry lists ${parts.join(', and ')}${only}.`,
    ]);
  }
  return verdict;
}

function readBoth(a: CodeEntryData, b: CodeEntryData): RichText {
  return [
    'For what each means and what to do, read ',
    { text: `${a.code} ${a.title}`, href: codeUrl(a.code) },
    ' and ',
    { text: `${b.code} ${b.title}`, href: codeUrl(b.code) },
    '.',
  ];
}

function differentCommandsVerdict(a: CodeEntryData, b: CodeEntryData): RichText[] {
  return [
    [
      `These are rarely confused: ${a.code} comes ${sentPhraseOf(a)}, ${b.code} ${sentPhraseOf(b)}, and no command draws both.`,
    ],
    readBoth(a, b),
  ];
}

function sameClassUndecided(a: CodeEntryData, b: CodeEntryData): RichText[] {
  return [
    [
      `The structured facts do not tell ${a.code} and ${b.code} apart: both are ${CLASS_NOUN[replyClassOf(a.code)].many} at the same points of a session, so the reply text after the code is what names the situation.`,
    ],
    [
      'Read ',
      { text: `${a.code} ${a.title}`, href: codeUrl(a.code) },
      ' and ',
      { text: `${b.code} ${b.title}`, href: codeUrl(b.code) },
      ' for the reply texts each is sent with.',
    ],
  ];
}

function firstStepRows(a: CodeEntryData, b: CodeEntryData): FactRow[] {
  const nothing: RichText = ['Nothing to do'];
  if (a.fix.nobody !== undefined && b.fix.nobody !== undefined) {
    return [{ label: 'What happens next', a: [{ md: a.fix.nobody }], b: [{ md: b.fix.nobody }] }];
  }
  const cell = (data: CodeEntryData, actor: Actor): RichText => {
    const step = data.fix[actor]?.[0];
    if (step !== undefined) return [{ md: step }];
    return data.fix.nobody !== undefined ? nothing : ['Nothing specific: see the other roles'];
  };
  return ACTORS.filter((actor) => a.fix[actor] || b.fix[actor]).map((actor) => ({
    label: `First step: ${ACTOR_LABELS[actor].toLowerCase()}`,
    a: cell(a, actor),
    b: cell(b, actor),
  }));
}

/** The comparison of two codes; order of the arguments does not matter. */
export function compareCodes(x: CodeEntryData, y: CodeEntryData): ComparisonModel {
  const [a, b] = x.code < y.code ? [x, y] : [y, x];
  const sameClass = replyClassOf(a.code) === replyClassOf(b.code);
  const decisive = sameClass ? sameClassVerdict(a, b) : [];
  const verdictKind: VerdictKind = !sameClass
    ? 'different-class'
    : sharedStages(a, b).length === 0
      ? 'different-commands'
      : decisive.length > 0
        ? 'decisive'
        : 'none';
  const verdict = {
    'different-class': () => differentClassVerdict(a, b),
    'different-commands': () => differentCommandsVerdict(a, b),
    decisive: () => decisive,
    none: () => sameClassUndecided(a, b),
  }[verdictKind]();
  const side = (data: CodeEntryData): CodeSide => ({
    code: data.code,
    title: data.title,
    heading: `${data.code} ${data.title}`,
    url: codeUrl(data.code),
    transcript: data.transcript.trim(),
  });
  const rows: FactRow[] = [
    { label: 'Meaning', a: meaningCell(a), b: meaningCell(b) },
    { label: 'Class', a: classCell(a.code), b: classCell(b.code) },
    {
      label: 'Commands and stage',
      // The table names every command; only sentences shorten the list.
      a: [sentenceCase(sentPhraseOf(a, Infinity))],
      b: [sentenceCase(sentPhraseOf(b, Infinity))],
    },
    { label: 'Retry', a: [retryCell(a)], b: [retryCell(b)] },
    {
      label: 'Who acts',
      a: [whoActs(a.fix)],
      b: [whoActs(b.fix)],
    },
    ...firstStepRows(a, b),
    { label: 'Typical enhanced codes', a: enhancedCell(a), b: enhancedCell(b) },
    { label: 'Defined in', a: definedCell(a), b: definedCell(b) },
  ];
  const description = sameClass
    ? `${a.code} ${a.title} and ${b.code} ${b.title} side by side: ${
        verdictKind === 'decisive'
          ? 'how to tell these two SMTP replies apart'
          : 'two SMTP replies the structured facts do not separate'
      }, with the commands, retry and first steps of each.`
    : `${a.code} ${a.title} and ${b.code} ${b.title} side by side: the commands, retry and first steps of each, and why the two SMTP replies are rarely confused.`;
  return {
    id: `${a.code}-vs-${b.code}`,
    heading: `SMTP ${pairTitle(a, b)}`,
    description,
    sides: [side(a), side(b)],
    rows,
    verdictKind,
    verdict,
    pairSpecific: verdictKind === 'decisive',
  };
}

/**
 * How alike two codes look in a bounce or a log, from their facts: the same class counts most, then
 * the share of commands both answer, then enhanced codes both carry. The /compare/ index orders the
 * curated pairs by it, most alike first, and says so; it is a measure of resemblance, not a count of
 * support questions, which the site does not have.
 */
export function lookAlikeScore(a: CodeEntryData, b: CodeEntryData): number {
  const sameClass = replyClassOf(a.code) === replyClassOf(b.code) ? 1 : 0;
  const union = STAGES.filter((stage) => stage !== 'any' && (answers(a, stage) || answers(b, stage)));
  const shared = sharedStages(a, b).filter((stage) => stage !== 'any');
  const stageShare = union.length === 0 ? 0 : shared.length / union.length;
  const sharedEnhanced = a.enhanced.filter((code) => b.enhanced.includes(code)).length;
  return sameClass * 4 + stageShare * 2 + Math.min(sharedEnhanced, 3) * 0.25;
}
