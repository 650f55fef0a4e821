/**
 * The generated parts of a comparison page (/compare/214-vs-530/), computed from the two codes'
 * structured facts. Sentences are built from noun phrases written for this purpose and the helpers
 * in ../wording/prose; content prose (summaries, causes, fix steps) is only ever quoted whole, with a label.
 */
import type { Actor, CodeEntryData, Stage } from '../codes/schema';
import { replyClassOf } from '../codes/replyCodes';
import type { RichText } from '../inlineMarkdown';
import { definitionItem } from '../reference/shared';
import { ACTOR_LABELS } from '../wording/actors';
import { CLASS_NOUN } from '../wording/classes';
import { listWith, sentenceCase, withArticle } from '../wording/prose';
import { retryClause, retryTreatment } from '../wording/retry';
import { STAGE_LABELS } from '../wording/stages';

const MAX_COMMANDS = 4;

/** "in reply to MAIL FROM or RCPT TO", "as the greeting when a connection opens", … */
export function sentPhrase(stages: readonly Stage[]): string {
  const parts: string[] = [];
  if (stages.includes('connect')) parts.push('as the greeting when a connection opens');
  if (stages.includes('any')) {
    parts.push('in reply to any command');
  } else {
    const names = stages.flatMap((stage) =>
      // The greeting, the end of data and "any command" get phrases of their own below.
      stage === 'connect' || stage === 'end-of-data' || stage === 'any' ? [] : [STAGE_LABELS[stage]],
    );
    if (names.length > MAX_COMMANDS) {
      parts.push(`in reply to ${names.slice(0, MAX_COMMANDS).join(', ')} and other commands`);
    } else if (names.length > 0) {
      parts.push(`in reply to ${listWith(names, 'or')}`);
    }
    if (stages.includes('end-of-data')) parts.push('after the message data');
  }
  return listWith(parts, 'or');
}

function actorsOf(data: CodeEntryData): (Actor | 'nobody')[] {
  return data.fix.nobody !== undefined
    ? ['nobody']
    : (['sending-user', 'sending-admin', 'receiving-admin'] as const).filter((actor) => data.fix[actor]);
}

/** "the sending user and the sending system's admin have something to do" / "nobody needs to act" */
export function actorsClause(actors: readonly (Actor | 'nobody')[]): string {
  if (actors.includes('nobody')) return 'nobody needs to act';
  const labels = actors.map((actor) => ACTOR_LABELS[actor].toLowerCase());
  return `${listWith(labels, 'and')} ${labels.length > 1 ? 'have' : 'has'} something to do`;
}

/**
 * "by SMTP itself (RFC 5321)" or "by the AUTH extension (RFC 4954)". `extensions` on a code lists
 * every extension that gives it a meaning (250 has ETRN's, for one), so only codes whose status is
 * "extension" are said to be defined by one; their RFCs come from their meanings.
 */
function definedByPhrase(data: CodeEntryData): string {
  const rfcs = [...new Set(data.meanings.map((meaning) => meaning.source.rfc))];
  if (data.status === 'standard') {
    return rfcs.includes(7504) && !rfcs.includes(5321)
      ? 'by RFC 7504, an update to SMTP'
      : 'by SMTP itself (RFC 5321)';
  }
  const plural = data.extensions.length > 1 ? 's' : '';
  const cited = listWith(
    rfcs.map((rfc) => `RFC ${rfc}`),
    'and',
  );
  return `by the ${listWith(data.extensions, 'and')} extension${plural} (${cited})`;
}

function sameSet<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

export interface Difference {
  /** Short label: "Class and retrying", "When it is sent"… */
  label: string;
  text: string;
}

export interface CodeSide {
  code: number;
  title: string;
  heading: string;
  summary: string;
  /** When it is sent; empty when both codes are sent at the same points (said once, as a similarity). */
  sent: string;
  firstCause: string;
  firstFix: { actor: string; step: string };
  /** "Sent in reply to HELP. Someone typed HELP…": when it is sent (unless both share it) and the first cause. */
  when: RichText;
}

export interface ComparisonModel {
  id: string;
  heading: string;
  opening: string[];
  sides: [CodeSide, CodeSide];
  differences: Difference[];
  similarities: string;
  /** How a reader tells the two apart, as short sentences (plain text). */
  whichApplies: string[];
  /** Per code, the RFC definitions: reply text, when it applies, and where. */
  definitions: RichText[];
}

function side(data: CodeEntryData): CodeSide {
  const fixActor = actorsOf(data)[0] ?? 'nobody';
  const step = fixActor === 'nobody' ? (data.fix.nobody ?? '') : (data.fix[fixActor]?.[0] ?? '');
  return {
    code: data.code,
    title: data.title,
    heading: `${data.code} ${data.title}`,
    summary: data.summary,
    sent: sentPhrase(data.stages),
    firstCause: data.causes[0] ?? '',
    when: [`Sent ${sentPhrase(data.stages)}. `, { md: data.causes[0] ?? '' }],
    firstFix: { actor: ACTOR_LABELS[fixActor], step },
  };
}

/** The comparison of two codes; order of the arguments does not matter. */
export function compareCodes(x: CodeEntryData, y: CodeEntryData): ComparisonModel {
  const [a, b] = x.code < y.code ? [x, y] : [y, x];
  const classA = replyClassOf(a.code);
  const classB = replyClassOf(b.code);
  const sentA = sentPhrase(a.stages);
  const sentB = sentPhrase(b.stages);
  const sameClass = classA === classB;
  // Compared as readers see them: two stage lists that read the same are the same.
  const sameStages = sentA === sentB;

  const opening: string[] = [];
  if (sameClass) {
    opening.push(
      `${a.code} (“${a.title}”) and ${b.code} (“${b.title}”) are both ${CLASS_NOUN[classA].many}.`,
    );
    opening.push(
      sameStages
        ? `Both are sent ${sentA}, so the reply text and the enhanced code are what tell them apart.`
        : `${a.code} is sent ${sentA}; ${b.code} is sent ${sentB}.`,
    );
  } else {
    opening.push(
      `${a.code} (“${a.title}”) is ${withArticle(CLASS_NOUN[classA].one)} sent ${sentA}, while ${b.code} (“${b.title}”) is ${withArticle(CLASS_NOUN[classB].one)} sent ${sentB}.`,
    );
  }
  if (a.retry.policy !== b.retry.policy) {
    opening.push(
      `${sentenceCase(retryClause(a.retry.policy, a.code))}, while ${retryClause(b.retry.policy, b.code)}.`,
    );
  }

  const differences: Difference[] = [];
  const similarities: string[] = [];

  if (sameClass) {
    similarities.push(`are ${CLASS_NOUN[classA].many} (first digit ${classA})`);
  } else {
    differences.push({
      label: 'Class',
      text: `${a.code} is ${withArticle(CLASS_NOUN[classA].one)} (first digit ${classA}); ${b.code} is ${withArticle(CLASS_NOUN[classB].one)} (first digit ${classB}).`,
    });
  }
  if (a.retry.policy === b.retry.policy) {
    if (a.retry.policy === 'later') similarities.push('leave the message queued for another attempt');
    if (a.retry.policy === 'after-fix')
      similarities.push('fail again if the same request is repeated unchanged');
  } else {
    differences.push({
      label: 'Retrying',
      text: `${retryTreatment(a.retry.policy, a.code)}; ${retryTreatment(b.retry.policy, b.code)}.`,
    });
  }
  if (sameStages) {
    similarities.push(`are sent ${sentA}`);
  } else {
    differences.push({
      label: 'When it is sent',
      text: `${a.code} is sent ${sentA}; ${b.code} is sent ${sentB}.`,
    });
  }
  const actorsA = actorsOf(a);
  const actorsB = actorsOf(b);
  if (sameSet(actorsA, actorsB)) {
    similarities.push(
      actorsA.includes('nobody')
        ? 'need nobody to act'
        : `call on the same people to act (${listWith(
            actorsA.map((actor) => ACTOR_LABELS[actor].toLowerCase()),
            'and',
          )})`,
    );
  } else {
    differences.push({
      label: 'Who acts',
      text: `After ${a.code}, ${actorsClause(actorsA)}; after ${b.code}, ${actorsClause(actorsB)}.`,
    });
  }
  const definedA = definedByPhrase(a);
  const definedB = definedByPhrase(b);
  if (definedA === definedB) {
    similarities.push(`are defined ${definedA}`);
  } else {
    differences.push({ label: 'Defined', text: `${a.code} is defined ${definedA}; ${b.code} ${definedB}.` });
  }
  if (a.status === 'deprecated' || b.status === 'deprecated') {
    const [old, current] = a.status === 'deprecated' ? [a, b] : [b, a];
    if (current.status !== 'deprecated') {
      differences.push({
        label: 'Status',
        text: `${old.code} is deprecated and kept for history only; ${current.code} is in current use.`,
      });
    }
  }
  const enhancedA = a.enhanced.slice(0, 2);
  const enhancedB = b.enhanced.slice(0, 2);
  const shared = enhancedA.filter((code) => enhancedB.includes(code));
  if (shared.length > 0) similarities.push(`often carry ${listWith(shared, 'or')}`);
  // Only codes one side carries and the other does not can tell the two apart.
  const onlyA = enhancedA.filter((code) => !shared.includes(code));
  const onlyB = enhancedB.filter((code) => !shared.includes(code));
  const enhancedTellsApart = onlyA.length > 0 && onlyB.length > 0;
  if (enhancedTellsApart) {
    differences.push({
      label: 'Enhanced codes',
      text: `${a.code} usually carries ${listWith(onlyA, 'or')}; ${b.code} usually carries ${listWith(onlyB, 'or')}.`,
    });
  }

  const whichApplies: string[] = [];
  if (!sameStages) {
    whichApplies.push(
      `Look at the command the reply answered: ${a.code} comes ${sentA}, ${b.code} ${sentB}.`,
    );
  }
  if (!sameClass) {
    whichApplies.push(
      `The first digit of the code in the bounce or log settles it: ${classA} for ${a.code}, ${classB} for ${b.code}.`,
    );
  }
  if (enhancedTellsApart) {
    whichApplies.push(
      `The enhanced code after it helps too: ${listWith(onlyA, 'or')} points to ${a.code}, ${listWith(onlyB, 'or')} to ${b.code}.`,
    );
  }
  whichApplies.push(
    'When the codes themselves are in doubt, the text after them names the reason; the usual causes of each are listed above.',
  );

  const definitions = [a, b].flatMap((data) => data.meanings.map(definitionItem));

  return {
    id: `${a.code}-vs-${b.code}`,
    heading: `SMTP ${a.code} ${a.title} vs ${b.code} ${b.title}`,
    opening,
    sides: sameStages
      ? [
          { ...side(a), sent: '', when: [{ md: a.causes[0] ?? '' }] },
          { ...side(b), sent: '', when: [{ md: b.causes[0] ?? '' }] },
        ]
      : [side(a), side(b)],
    differences,
    similarities: similarities.length > 0 ? `Both ${listWith(similarities, 'and')}.` : '',
    whichApplies,
    definitions,
  };
}
