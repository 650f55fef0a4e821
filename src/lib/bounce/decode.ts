/**
 * Reads SMTP replies out of whatever a support agent pastes: one reply line, a multi-line reply,
 * a DSN (RFC 3464), an Exchange NDR, a Postfix log line, an Exim or Sendmail transcript.
 *
 * Pure and DOM-free: it returns data, never HTML, and it never throws. Every pattern is anchored
 * or bounded so that a megabyte of hostile text still decodes in linear time.
 */
import { isStandardCode, isWellFormedReplyCode } from '../codes/replyCodes';

export type SmtpCommand =
  | 'CONNECT'
  | 'EHLO'
  | 'HELO'
  | 'STARTTLS'
  | 'AUTH'
  | 'MAIL FROM'
  | 'RCPT TO'
  | 'DATA'
  | 'END OF DATA'
  | 'QUIT';

export type ReplyProblem = 'class-mismatch' | 'nonstandard-code' | 'malformed-code';
export type Provider = 'gmail' | 'microsoft' | 'yahoo';

export interface DecodedReply {
  /** The three-digit reply code, absent when the input gave only an enhanced code (a DSN Status). */
  basic?: number;
  /** The enhanced status code, e.g. "5.7.26". */
  enhanced?: string;
  /** The text after the codes, continuation lines joined. */
  text: string;
  /** The command this reply answered, when the input says. */
  command?: SmtpCommand;
  /** The server that sent the reply, when the input names it. */
  host?: string;
  problems: ReplyProblem[];
}

export interface DecodedBounce {
  replies: DecodedReply[];
  providers: Provider[];
}

/** Inputs longer than this are read up to this point: no real bounce is larger. */
export const MAX_INPUT_LENGTH = 2_000_000;
const MAX_LINE_LENGTH = 10_000;
const MAX_REPLIES = 200;
const MAX_TEXT = 2_000;

const ENHANCED = String.raw`([245])\.(\d{1,3})\.(\d{1,3})`;

/**
 * A reply at the start of a line, after the prefixes MTAs put there: "<<< ", "> ", "S: ",
 * "Diagnostic-Code: smtp; ", a quote. Group 1: code, 2: separator, 3-5: enhanced parts, 6: rest.
 */
const LINE_REPLY = new RegExp(
  String.raw`^[ \t]*(?:<<<[ \t]*|>[ \t]*|#[ \t]*|S:[ \t]*|Diagnostic-Code:[ \t]*(?:smtp|x-[a-z-]{1,20})[ \t]*;[ \t]*|smtp;[ \t]*|['"][ \t]*)?(\d{3})([ -]|$)[ \t]*(?:${ENHANCED}\b)?(.*)$`,
  'i',
);

/**
 * A reply in the middle of a line: after Postfix's "said:" or "refused to talk to me:", "smtp;",
 * Exchange's "Remote Server returned '", or the colon that ends Exim's "after RCPT TO:<x>:" and
 * "host x [ip]:".
 */
const INLINE_REPLY = new RegExp(
  String.raw`(?:said:|to me:|smtp;|returned[ \t]+'|\]:|>[^:<>]{0,80}:|\bdata:)[ \t]*(\d{3})([ -]|$)[ \t]*(?:${ENHANCED}\b)?(.*)$`,
  'i',
);

/** Exim: "SMTP error from remote mail server after RCPT TO:<x>: 550 5.1.1 ...", whatever the command. */
const EXIM_REPLY = new RegExp(
  String.raw`SMTP error from remote mail server after [^\n]{0,300}?:[ \t]+(\d{3})([ -]|$)[ \t]*(?:${ENHANCED}\b)?(.*)$`,
  'i',
);

const STATUS_FIELD = new RegExp(String.raw`^[ \t]*Status:[ \t]*${ENHANCED}\b`, 'i');
const FINAL_RECIPIENT = /^[ \t]*(?:Final|Original)-Recipient:/i;

const POSTFIX_COMMAND = /\(in reply to ([A-Za-z ]{3,30}?) command\)/i;
const EXIM_AFTER =
  /\bafter (?:pipelined )?(RCPT TO|MAIL FROM|end of data|DATA|EHLO|HELO|STARTTLS|AUTH|QUIT|initial connection)\b/i;
const TRANSCRIPT_COMMAND =
  /^[ \t]*(?:>>>|C:)[ \t]*(RCPT|MAIL|DATA|EHLO|HELO|STARTTLS|AUTH|QUIT|\.)(?=[ \t:]|$)/i;

const HOST_PATTERNS: RegExp[] = [
  /\bhost ([a-z0-9][a-z0-9.-]{0,252})[ \t]*\[[0-9a-f.:]{2,45}\]/i, // Postfix "host mx[1.2.3.4]", Exim "host mx [1.2.3.4]"
  /^[ \t]*Remote-MTA:[ \t]*dns;[ \t]*([a-z0-9][a-z0-9.-]{0,252})/i,
  /\bwhile talking to ([a-z0-9][a-z0-9.-]{0,252}?)\.?:/i, // Sendmail
  /\bH=([a-z0-9][a-z0-9.-]{0,252}) \[/i, // Exim main log
];
const GENERATING_SERVER = /^[ \t]*Generating server:[ \t]*([a-z0-9][a-z0-9.-]{0,252})/i;

const PROVIDER_FINGERPRINTS: [Provider, RegExp][] = [
  ['gmail', /- g(?:smtp|cdp)\b|\bmx\.google\.com\b|support\.google\.com\/mail|google\.com\/mail/i],
  [
    'microsoft',
    /protection\.outlook\.com|\boutlook\.com\b|\b(?:RESOLVER\.[A-Z]{2,6}|STOREDRV|SMTPSEND|ExchangeOnline)\b/,
  ],
  ['yahoo', /\[TSS\d{2}\]|\byahoo\.com\b|yahoodns\.net/i],
];

function commandFromWords(words: string): SmtpCommand | undefined {
  const w = words.trim().toUpperCase().replace(/\s+/g, ' ');
  if (w === 'RCPT TO' || w === 'RCPT') return 'RCPT TO';
  if (w === 'MAIL FROM' || w === 'MAIL') return 'MAIL FROM';
  if (w === 'END OF DATA' || w === '.') return 'END OF DATA';
  if (w === 'DATA') return 'DATA';
  if (w === 'INITIAL GREETING' || w === 'INITIAL CONNECTION') return 'CONNECT';
  if (w === 'EHLO' || w === 'HELO' || w === 'STARTTLS' || w === 'AUTH' || w === 'QUIT') return w;
  return undefined;
}

function problemsOf(basic: number | undefined, enhanced: string | undefined): ReplyProblem[] {
  const problems: ReplyProblem[] = [];
  if (basic !== undefined) {
    if (!isWellFormedReplyCode(basic)) problems.push('malformed-code');
    else if (!isStandardCode(basic)) problems.push('nonstandard-code');
    if (enhanced && isWellFormedReplyCode(basic) && enhanced[0] !== String(basic)[0])
      problems.push('class-mismatch');
  }
  return problems;
}

function normalizeEnhanced(cls?: string, subject?: string, detail?: string): string | undefined {
  return cls && subject && detail ? `${cls}.${Number(subject)}.${Number(detail)}` : undefined;
}

function cleanText(text: string): string {
  return text
    .replace(/\(in reply to [A-Za-z ]{3,30}? command\)\)?/i, '')
    .replace(/['"]\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_TEXT);
}

interface Pending extends DecodedReply {
  /** Still collecting continuation lines ("550-..."). */
  open: boolean;
  /** Replies within one recipient block of a DSN share a Status field. */
  block: number;
}

/**
 * Bounce bodies and DSN fields wrap long lines with indented continuations; reading them as one
 * line keeps a wrapped "(in reply to RCPT TO\n    command)" or Exim's reply under "after RCPT TO:".
 */
function joinWrappedLines(lines: string[]): string[] {
  const joined: string[] = [];
  for (const rawLine of lines) {
    // Quoted e-mail ("> " at the start) is read as the text it quotes; ">>>" is a transcript command.
    const line = rawLine.startsWith('>>>') ? rawLine : rawLine.replace(/^(?:>[ \t]?)+/, '');
    const previous = joined.length - 1;
    const startsReply =
      /^[ \t]*(?:<<<|>>>|#)?[ \t]*\d{3}[ -]/.test(line) && !/[:;'][ \t]*$/.test(joined[previous] ?? '');
    if (
      previous >= 0 &&
      /^[ \t]+\S/.test(line) &&
      !startsReply &&
      (joined[previous] ?? '').length < MAX_LINE_LENGTH
    ) {
      joined[previous] = `${joined[previous]} ${line.trim()}`;
    } else {
      joined.push(line);
    }
  }
  return joined;
}

const joinedPatterns = new Map<string, RegExp>();

/** Matches the repeated code inside a multi-line reply that a log joined into one line. */
function joinedPattern(basic: number, enhanced: string | undefined): RegExp {
  const key = `${basic} ${enhanced ?? ''}`;
  let pattern = joinedPatterns.get(key);
  if (!pattern) {
    const enhancedPart = enhanced ? String.raw`(?:${enhanced.replaceAll('.', '\\.')}\s)?` : '';
    pattern = new RegExp(String.raw`\s${basic}[ -]${enhancedPart}`, 'g');
    joinedPatterns.set(key, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/** Drops the bookkeeping fields a reply carried while it was being read. */
function publicReply(pending: Pending): DecodedReply {
  const reply: DecodedReply = { text: pending.text, problems: pending.problems };
  if (pending.basic !== undefined) reply.basic = pending.basic;
  if (pending.enhanced !== undefined) reply.enhanced = pending.enhanced;
  if (pending.command !== undefined) reply.command = pending.command;
  if (pending.host !== undefined) reply.host = pending.host;
  return reply;
}

/** Decodes pasted text. Never throws; returns no replies for text without any. */
export function decodeBounce(input: unknown): DecodedBounce {
  const text = typeof input === 'string' ? input.slice(0, MAX_INPUT_LENGTH) : '';
  const replies: Pending[] = [];
  /** The same reply quoted twice (a DSN's diagnostic and its copy in the body) is one reply. */
  const seen = new Map<string, Pending>();
  const statusOnly: { enhanced: string; block: number; host?: string }[] = [];
  let host: string | undefined;
  let generatingServer: string | undefined;
  let command: SmtpCommand | undefined;
  let block = 0;

  const lines = joinWrappedLines(text.split(/\r\n|\r|\n/));
  let previousLine: string | undefined;
  for (const rawLine of lines) {
    if (replies.length >= MAX_REPLIES) break;
    // A line repeated right after itself adds nothing (quoted twice, or padding).
    if (rawLine === previousLine) continue;
    previousLine = rawLine;
    const line = rawLine.length > MAX_LINE_LENGTH ? rawLine.slice(0, MAX_LINE_LENGTH) : rawLine;
    // Cheap substring checks first: the patterns below only run on lines that could match them.
    const lower = line.toLowerCase();
    if (lower.includes('recipient:') && FINAL_RECIPIENT.test(line)) block += 1;

    // A host named on its own line (Remote-MTA, "while talking to") holds for the replies after it; one
    // named on the reply's own line ("host x said: 550 ...") holds for that reply only.
    const hostBefore = host;
    let hostOnLine = false;
    if (
      lower.includes('host') ||
      lower.includes('remote-mta') ||
      lower.includes('talking') ||
      line.includes('H=')
    ) {
      for (const pattern of HOST_PATTERNS) {
        const found = pattern.exec(line)?.[1];
        if (found) {
          host = found.toLowerCase().replace(/\.$/, '');
          hostOnLine = true;
        }
      }
    }
    if (lower.includes('generating server')) {
      const generating = GENERATING_SERVER.exec(line)?.[1];
      if (generating) generatingServer = generating.toLowerCase();
    }

    const transcript =
      lower.includes('>>>') || lower.includes('c:') ? TRANSCRIPT_COMMAND.exec(line)?.[1] : undefined;
    if (transcript) {
      command = commandFromWords(transcript);
      continue;
    }
    const eximAfter = lower.includes('after ') ? EXIM_AFTER.exec(line)?.[1] : undefined;
    if (eximAfter) command = commandFromWords(eximAfter);
    const postfixCommand = lower.includes('in reply to') ? POSTFIX_COMMAND.exec(line)?.[1] : undefined;
    const lineCommand = postfixCommand
      ? commandFromWords(postfixCommand)
      : lower.includes('refused to talk to me')
        ? 'CONNECT'
        : undefined;

    const status = lower.includes('status:') ? STATUS_FIELD.exec(line) : null;
    if (status) {
      const enhanced = normalizeEnhanced(status[1], status[2], status[3]);
      if (enhanced) statusOnly.push({ enhanced, block, ...(host ? { host } : {}) });
      continue;
    }

    const match =
      LINE_REPLY.exec(line) ??
      (lower.includes('smtp error from remote') ? EXIM_REPLY.exec(line) : null) ??
      INLINE_REPLY.exec(line);
    if (!match) {
      // An indented line after an open or just-finished reply continues its text (Exim wraps this way).
      const last = replies.at(-1);
      if (last?.open && /^[ \t]+\S/.test(line)) last.text = cleanText(`${last.text} ${line}`);
      continue;
    }
    const basic = Number(match[1]);
    const separator = match[2];
    const enhanced = normalizeEnhanced(match[3], match[4], match[5]);
    let rest = match[6] ?? '';

    // Postfix joins a multi-line reply into one log line: "550-5.7.26 a 550-5.7.26 b 550 5.7.26 c".
    if (rest.includes(` ${basic}`)) rest = rest.replace(joinedPattern(basic, enhanced), ' ');

    const last = replies.at(-1);
    const continues =
      last?.open && last.basic === basic && last.block === block && (!enhanced || last.enhanced === enhanced);
    if (continues && last) {
      last.text = cleanText(`${last.text} ${rest}`);
      last.open = separator === '-';
      if (lineCommand) last.command = lineCommand;
      continue;
    }
    const reply: Pending = {
      basic,
      text: cleanText(rest),
      problems: problemsOf(basic, enhanced),
      open: separator === '-',
      block,
      ...(enhanced ? { enhanced } : {}),
    };
    const replyCommand = lineCommand ?? command;
    if (replyCommand) reply.command = replyCommand;
    if (host) reply.host = host;
    // Compared without spaces and punctuation: a DSN re-wraps the same reply its human part quoted.
    const key = `${reply.basic}|${reply.enhanced ?? ''}|${reply.text.toLowerCase().replace(/[^a-z0-9]/g, '')}`;
    const duplicate = seen.get(key);
    if (duplicate) {
      if (!duplicate.command && reply.command) duplicate.command = reply.command;
      if (!duplicate.host && reply.host) duplicate.host = reply.host;
      continue;
    }
    seen.set(key, reply);
    replies.push(reply);
    command = undefined;
    if (hostOnLine) host = hostBefore;
  }

  // A DSN Status field repeats the diagnostic's enhanced code; it stands alone only when nothing else says it.
  for (const status of statusOnly) {
    const covered = replies.some(
      (reply) => reply.enhanced === status.enhanced && (reply.block === status.block || reply.block === 0),
    );
    if (
      !covered &&
      !replies.some((reply) => reply.basic === undefined && reply.enhanced === status.enhanced)
    ) {
      replies.push({
        enhanced: status.enhanced,
        text: '',
        problems: [],
        open: false,
        block: status.block,
        ...(status.host ? { host: status.host } : {}),
      });
    }
  }

  if (generatingServer && replies.every((reply) => !reply.host)) {
    for (const reply of replies) reply.host = generatingServer;
  }

  const providers = PROVIDER_FINGERPRINTS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
  return {
    replies: replies.map(publicReply),
    providers,
  };
}
