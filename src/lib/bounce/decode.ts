/**
 * Reads SMTP replies out of whatever a support agent pastes: one reply line, a multi-line reply,
 * a DSN (RFC 3464), an Exchange NDR, a Postfix log line, an Exim or Sendmail transcript.
 *
 * Pure and DOM-free: it returns data, never HTML, and it never throws. Every pattern is anchored
 * or bounded so that a megabyte of hostile text still decodes in linear time.
 */
import { isStandardCode, isWellFormedReplyCode } from '../codes/replyCodes';
import { ENHANCED_PARTS } from '../enhanced/codes';

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
  /**
   * What the text says about delivery as a whole, when it says: a DSN's Action field, Postfix's
   * status=bounced/deferred. `failed` means nothing is being retried any more, whatever the codes' class.
   */
  action?: DeliveryAction;
}

/** Inputs longer than this are read up to this point: no real bounce is larger. */
export const MAX_INPUT_LENGTH = 2_000_000;
const MAX_LINE_LENGTH = 10_000;
const MAX_REPLIES = 200;
const MAX_TEXT = 2_000;

const ENHANCED = ENHANCED_PARTS;

/**
 * A reply at the start of a line, after the prefixes MTAs put there: "<<< ", "> ", "S: ",
 * "Diagnostic-Code: smtp; ", a quote. Group 1: code, 2: separator, 3-5: enhanced parts, 6: rest.
 */
const LINE_REPLY = new RegExp(
  String.raw`^[ \t]*(?:<<<[ \t]*|<[-~][ \t]*|<~?\*\*?[ \t]*|>[ \t]*|#[ \t]*|S:[ \t]*|Diagnostic-Code:[ \t]*(?:smtp|x-[a-z-]{1,20})[ \t]*;[ \t]*|smtp;[ \t]*|['"][ \t]*)?(\d{3})([ -]|:(?=[ \t])|$)[ \t]*(?:#?${ENHANCED}(?!\.\d|\d))?(.*)$`,
  'i',
);

/**
 * A reply in the middle of a line: after Postfix's "said:" or "refused to talk to me:", "smtp;",
 * Exchange's "Remote Server returned '", or the colon that ends Exim's "after RCPT TO:<x>:" and
 * "host x [ip]:".
 */
const INLINE_REPLY = new RegExp(
  String.raw`(?:said:|to me:|smtp;|returned[ \t]+'|\]:|>[^:<>]{0,80}:|\bdata:|response was:|exception:|error:|reason:|login:|response=|\bS:|<<<|":[ \t]*"|message failed:)[ \t]*(\d{3})([ -]|:(?=[ \t])|$)[ \t]*(?:#?${ENHANCED}(?!\.\d|\d))?(.*)$`,
  'i',
);

/** Exim: "SMTP error from remote mail server after RCPT TO:<x>: 550 5.1.1 ...", whatever the command. */
const EXIM_REPLY = new RegExp(
  String.raw`SMTP error from remote mail server after [^\n]{0,300}?:[ \t]+(\d{3})([ -]|$)[ \t]*(?:#?${ENHANCED}(?!\.\d|\d))?(.*)$`,
  'i',
);

const STATUS_FIELD = new RegExp(String.raw`^[ \t]*Status:[ \t]*${ENHANCED}\b`, 'i');
const FINAL_RECIPIENT = /^[ \t]*(?:Final|Original)-Recipient:/i;

const POSTFIX_COMMAND = /\(in reply to ([A-Za-z ]{3,30}?) command\)/i;
const EXIM_AFTER =
  /\bafter (?:pipelined )?(RCPT TO|MAIL FROM|end of data|DATA|EHLO|HELO|STARTTLS|AUTH|QUIT|initial connection)\b/i;
const TRANSCRIPT_COMMAND =
  /^[ \t]*(?:>>>|C:|->)[ \t]*(RCPT|MAIL|DATA|EHLO|HELO|STARTTLS|AUTH|QUIT|\.)(?=[ \t:]|$)/i;

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
  /** The line that last added to it: smtplib's continuation lines must follow it directly. */
  lastLine: string;
  /** For a second copy of a reply already read: that reply, which takes this copy's text if it ends up longer. */
  copyOf?: Pending;
}

/** Adds a continuation to a reply; a copy's longer text goes to the reply it copies. */
function extendText(reply: Pending, more: string): void {
  reply.text = cleanText(`${reply.text} ${more}`);
  const original = reply.copyOf;
  if (original && reply.text.length > original.text.length) original.text = reply.text;
}

/** An address on a line of its own starts a new recipient's paragraph (Exim, qmail): never a continuation. */
const ADDRESS_LINE = /^[ \t]*<?[^\s<>@]{1,200}@[^\s<>@]{1,255}>?:?[ \t]*$/;
/** A reply code left alone at the end of a wrapped line ("said: 421" / "4.7.0 [TSS04] ..."). */
const CODE_AT_LINE_END = /(?:said:|smtp;)[ \t]*\d{3}[ \t]*$/i;

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
    const previousLine = joined[previous] ?? '';
    const startsReply =
      /^[ \t]*(?:<<<|>>>|#)?[ \t]*\d{3}[ -]/.test(line) && !/[:;'][ \t]*$/.test(previousLine);
    const codeLeftAlone =
      previous >= 0 && CODE_AT_LINE_END.test(previousLine) && /^[ \t]*#?[245]\./.test(line);
    // swaks indents what the client sent (" -> RCPT TO:…"): a command, never a continuation.
    const swaksLine = /^[ \t]*(?:->|<-|<\*\*|\*\*\*|===)[ \t]/.test(line);
    if (
      previous >= 0 &&
      previousLine.length < MAX_LINE_LENGTH &&
      (codeLeftAlone || (/^[ \t]+\S/.test(line) && !startsReply && !swaksLine && !ADDRESS_LINE.test(line)))
    ) {
      joined[previous] = `${previousLine} ${line.trim()}`;
    } else {
      joined.push(line);
    }
  }
  return joined;
}

const HTML_TAG =
  /<\/?(?:html|head|body|meta|title|style|p|br|div|span|font|b|i|u|em|strong|a|ul|ol|li|table|thead|tbody|tr|td|th|hr|h[1-6]|pre|blockquote|center|img)\b[^<>]{0,2000}>/gi;
const HTML_BREAK = /<(?:br|\/p|\/div|\/li|\/tr|\/h[1-6]|\/pre|hr)\b[^<>]{0,200}>/gi;
const ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|quot|amp|lt|gt|apos|nbsp);/gi;
const NAMED_ENTITIES: Record<string, string> = {
  quot: '"',
  amp: '&',
  lt: '<',
  gt: '>',
  apos: "'",
  nbsp: ' ',
};

function decodeEntity(_match: string, name: string): string {
  const lower = name.toLowerCase();
  if (lower.startsWith('#')) {
    const point = lower.startsWith('#x') ? Number.parseInt(lower.slice(2), 16) : Number(lower.slice(1));
    // Only printable code points: a hostile &#0; or a lone surrogate is dropped, not turned into a character.
    return point >= 0x20 && point <= 0x10ffff && !(point >= 0xd800 && point <= 0xdfff)
      ? String.fromCodePoint(point)
      : ' ';
  }
  return NAMED_ENTITIES[lower] ?? ' ';
}

/**
 * Undoes how replies reach people besides plain text: an NDR's HTML source (tags, `&#39;`), the
 * escaped line breaks of a JSON or Python string, smtplib's `(535, b'5.7.8 …')` tuples, Zoho's
 * `ERROR_CODE :550`. What comes out is still only text; nothing here is ever rendered as HTML.
 */
export function normalizeInput(text: string): string {
  let normalized = text;
  if (/<(?:html|body|p|br|div|font|table)\b/i.test(normalized)) {
    normalized = normalized.replace(HTML_BREAK, '\n').replace(HTML_TAG, '');
  }
  if (normalized.includes('&')) normalized = normalized.replace(ENTITY, decodeEntity);
  if (normalized.includes('\\')) normalized = normalized.replace(/\\r\\n|\\n|\\r/g, '\n');
  // smtplib: "(535, b'5.7.8 …')" and "retcode (550); Msg: b'5.7.1 …" are the code, then the text.
  normalized = normalized
    .replace(/\((\d{3}), b?['"]/g, "\n'$1 ")
    .replace(/retcode \((\d{3})\); Msg: b?['"]/g, "\n'$1 ")
    .replace(/\bb'(?=\d{3}[ -])/g, "'")
    .replace(/ERROR_CODE :(\d{3}), ERROR_CODE :([245]\.\d{1,3}\.\d{1,3})/g, '\n$1 $2');
  return normalized;
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

/** An enhanced code on its own, with no basic code (a .NET or MailKit message, a qmail line, a bare paste). */
const BARE_ENHANCED = new RegExp(
  String.raw`(?:^[ \t]*['"]?|(?:response was|[a-z]):[ \t]+['"]?)#?([45])\.(\d{1,3})\.(\d{1,3})(?!\.\d|\d)(?:[ \t]+(?=[A-Za-z[(<])(.*))?[ \t'"]*$`,
  'i',
);
/** .NET's SmtpException: "The server response was: 5.7.57 Client not authenticated …", up to any "Error: 535 …". */
const RESPONSE_WAS =
  /response was:[ \t]+#?([45])\.(\d{1,3})\.(\d{1,3})(?!\.\d|\d)[ \t]+(.{0,2000}?)(?=[ \t]+error:[ \t]*\d{3}[ -]|$)/i;
/** qmail and IronPort put the enhanced code in brackets after the text: "(#5.1.1)", "(#5.1.1 - chkusr)". */
const QMAIL_STATUS = /\(#([245])\.(\d{1,3})\.(\d{1,3})(?!\.\d|\d)/;
/** Postfix's log: "dsn=5.4.4, status=bounced (…)". */
const POSTFIX_DSN =
  /\bdsn=([245])\.(\d{1,3})\.(\d{1,3})(?!\.\d|\d)(?:,[ \t]*status=(bounced|deferred|sent|expired))?/i;
/** A DSN's "Action:" field (RFC 3464 §2.3.3). */
const ACTION_FIELD = /^[ \t]*Action:[ \t]*(failed|delayed|delivered|relayed|expanded)\b/i;
/**
 * A second reply quoted inside a reply's text: Microsoft's "… -> 550 : User unknown", Amazon SES's
 * "… minutes.<421 4.4.2 Connection timed out>". Exchange's "[Message=451 4.4.0 …]" is a detail of
 * the same event and stays in the text.
 */
const NESTED_REPLY = new RegExp(
  String.raw`(?:->|<)[ \t]*(\d{3})(?: |:[ \t]|[ \t]:)[ \t]*:?[ \t]*(?:${ENHANCED}(?!\.\d|\d))?([^<>']*)`,
);

/** What the text says about delivery as a whole: given up (failed), still being retried (delayed). */
export type DeliveryAction = 'failed' | 'delayed' | 'delivered';

/**
 * Whether an enhanced code says no more than its class ("5.0.0", "4.5.0"): a DSN Status like that
 * adds nothing to the reply it comes with, while "4.4.7" (the queue gave up) does.
 */
function isGenericStatus(enhanced: string): boolean {
  return enhanced.endsWith('.0');
}

/**
 * The bounce templates MTAs write say whether they gave up or are still trying, when no DSN field does:
 * Postfix's "could not be delivered … It's attached below" vs "THIS IS A WARNING ONLY", Exim's "This is a
 * permanent error" and "retry timeout exceeded", Sendmail's "permanent fatal errors" vs "WARNING MESSAGE
 * ONLY", qmail's "I've given up", Exchange's "has stopped trying", Gmail's "permanent failure", and
 * Exim's main log ("**" delivered nothing and gave up, "==" deferred).
 */
const GAVE_UP_WORDING =
  /This is a permanent error|permanent fatal errors?|permanent failure|I've given up|has stopped trying|retry timeout exceeded|I'm sorry to have to inform you that your message could not|in the queue too long|^\S+ \S+ \S+ \*\* /im;
const STILL_TRYING_WORDING =
  /WARNING (?:MESSAGE )?ONLY|has not yet been delivered|still being retried|Will keep trying|will continue to be retried|^\S+ \S+ \S+ == /im;

function actionFromWording(text: string): DeliveryAction | undefined {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  if (STILL_TRYING_WORDING.test(sample)) return 'delayed';
  if (GAVE_UP_WORDING.test(sample)) return 'failed';
  return undefined;
}

/** Decodes pasted text. Never throws; returns no replies for text without any. */
export function decodeBounce(input: unknown): DecodedBounce {
  const text = typeof input === 'string' ? normalizeInput(input.slice(0, MAX_INPUT_LENGTH)) : '';
  const replies: Pending[] = [];
  /** The same reply quoted or logged twice (a DSN's diagnostic and its copy in the body) is one reply. */
  const seen = new Map<string, Pending>();
  const statusOnly: { enhanced: string; block: number; host?: string }[] = [];
  let host: string | undefined;
  let generatingServer: string | undefined;
  let command: SmtpCommand | undefined;
  let action: DeliveryAction | undefined;
  let block = 0;
  /** The last line read was a server line of a Sendmail or OpenSMTPD transcript ("<<< 550 …"). */
  let afterTranscriptReply = false;

  /** The reply the last line added to: continuation lines extend it, even when it is a copy. */
  let current: Pending | undefined;
  const addReply = (reply: Pending): boolean => {
    // Compared by codes: an app that logs a reply twice, or a bounce that quotes it in its human part and
    // again in the DSN, wraps and trims it differently each time, but it is one reply.
    const key = `${reply.basic ?? ''}|${reply.enhanced ?? ''}|${reply.block === 0 ? 0 : reply.block}`;
    const duplicate = seen.get(key) ?? seen.get(`${reply.basic ?? ''}|${reply.enhanced ?? ''}|0`);
    if (duplicate) {
      if (!duplicate.command && reply.command) duplicate.command = reply.command;
      if (!duplicate.host && reply.host) duplicate.host = reply.host;
      if (reply.text.length > duplicate.text.length && !duplicate.open) duplicate.text = reply.text;
      // smtplib logs a reply once on one line, then again with its continuation lines: the copy
      // collects them, and the fuller text wins.
      current = { ...reply, copyOf: duplicate };
      return false;
    }
    seen.set(key, reply);
    replies.push(reply);
    current = reply;
    return true;
  };

  const lines = joinWrappedLines(text.split(/\r\n|\r|\n/));
  let previousLine: string | undefined;
  for (const rawLine of lines) {
    if (replies.length >= MAX_REPLIES) break;
    // A line repeated right after itself adds nothing (quoted twice, or padding).
    if (rawLine === previousLine) continue;
    const priorLine = previousLine;
    previousLine = rawLine;
    const line = rawLine.length > MAX_LINE_LENGTH ? rawLine.slice(0, MAX_LINE_LENGTH) : rawLine;
    if (line.trim() === '') continue;
    // Cheap substring checks first: the patterns below only run on lines that could match them.
    const lower = line.toLowerCase();
    if (lower.includes('recipient:') && FINAL_RECIPIENT.test(line)) block += 1;
    const transcriptReply = /^[ \t]*<<</.test(line) || /:[ \t]*<<<[ \t]*\d/.test(line);
    const sendmailOwn: boolean = afterTranscriptReply && !transcriptReply && /^\d{3}[ -]/.test(line);
    afterTranscriptReply = transcriptReply || (afterTranscriptReply && sendmailOwn);
    // Sendmail restates a remote reply in its own words right under it ("550 5.1.1 <x>... User unknown",
    // "554 5.0.0 Service unavailable"): that is the bounce's summary, not a second reply from the server.
    if (sendmailOwn) continue;

    if (lower.includes('action:')) {
      const found = ACTION_FIELD.exec(line)?.[1]?.toLowerCase();
      if (found === 'failed' || found === 'delayed' || found === 'delivered') action = found;
    }

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

    // Sendmail ">>>", MailKit "C:", swaks " -> ": a command the client sent.
    const transcript =
      lower.includes('>>>') || lower.includes('c:') || lower.includes('>')
        ? TRANSCRIPT_COMMAND.exec(line)?.[1]
        : undefined;
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
    if (lower.includes('dsn=')) {
      const dsn = POSTFIX_DSN.exec(line);
      const enhanced = dsn ? normalizeEnhanced(dsn[1], dsn[2], dsn[3]) : undefined;
      if (enhanced) statusOnly.push({ enhanced, block, ...(host ? { host } : {}) });
      const outcome = dsn?.[4]?.toLowerCase();
      if (outcome === 'bounced' || outcome === 'expired') action = 'failed';
      else if (outcome === 'deferred' && action !== 'failed') action = 'delayed';
      else if (outcome === 'sent') action ??= 'delivered';
    }

    // .NET: "The server response was: 5.7.57 Client not authenticated … Error: 535 5.7.139 …" holds two.
    if (lower.includes('response was:')) {
      const bare = RESPONSE_WAS.exec(line);
      const bareEnhanced = bare ? normalizeEnhanced(bare[1], bare[2], bare[3]) : undefined;
      if (bareEnhanced) {
        addReply({
          enhanced: bareEnhanced,
          text: cleanText(bare?.[4] ?? ''),
          problems: [],
          open: false,
          block,
          lastLine: rawLine,
        });
      }
    }
    const match =
      LINE_REPLY.exec(line) ??
      (lower.includes('smtp error from remote') ? EXIM_REPLY.exec(line) : null) ??
      INLINE_REPLY.exec(line);
    if (!match) {
      const last = current ?? replies.at(-1);
      const bare = /[45]\.\d/.test(line) ? BARE_ENHANCED.exec(line) : null;
      const bareEnhanced = bare ? normalizeEnhanced(bare[1], bare[2], bare[3]) : undefined;
      // smtplib prints a multi-line reply as "5.7.8 line one\n5.7.8 line two": a continuation.
      if (bareEnhanced && last && last.enhanced === bareEnhanced && last.lastLine === priorLine) {
        extendText(last, bare?.[4] ?? '');
        last.lastLine = rawLine;
        continue;
      }
      if (bareEnhanced) {
        const reply: Pending = {
          enhanced: bareEnhanced,
          text: cleanText(bare?.[4] ?? ''),
          problems: [],
          open: false,
          block,
          lastLine: rawLine,
        };
        if (host) reply.host = host;
        addReply(reply);
        continue;
      }
      const qmail = lower.includes('(#') ? QMAIL_STATUS.exec(line) : null;
      const qmailEnhanced = qmail ? normalizeEnhanced(qmail[1], qmail[2], qmail[3]) : undefined;
      if (qmailEnhanced) statusOnly.push({ enhanced: qmailEnhanced, block, ...(host ? { host } : {}) });
      // An indented line after an open or just-finished reply continues its text (Exim wraps this way).
      if (last?.open && /^[ \t]+\S/.test(line)) last.text = cleanText(`${last.text} ${line}`);
      continue;
    }
    const basic = Number(match[1]);
    const separator = match[2];
    let enhanced = normalizeEnhanced(match[3], match[4], match[5]);
    let rest = match[6] ?? '';

    const nested = rest.includes('>') || rest.includes('<') ? NESTED_REPLY.exec(rest) : null;
    if (nested) rest = rest.slice(0, nested.index);
    // Postfix joins a multi-line reply into one log line: "550-5.7.26 a 550-5.7.26 b 550 5.7.26 c".
    if (rest.includes(` ${basic}`)) rest = rest.replace(joinedPattern(basic, enhanced), ' ');

    const last = replies.at(-1);
    const continues =
      last?.open && last.basic === basic && last.block === block && (!enhanced || last.enhanced === enhanced);
    if (continues && last) {
      last.text = cleanText(`${last.text} ${rest}`);
      last.open = separator === '-';
      last.lastLine = rawLine;
      if (lineCommand) last.command = lineCommand;
      continue;
    }
    // qmail and IronPort: "550 sorry, no mailbox here by that name (#5.1.1 - chkusr)".
    if (!enhanced && rest.includes('(#')) {
      const qmail = QMAIL_STATUS.exec(rest);
      const qmailEnhanced = qmail ? normalizeEnhanced(qmail[1], qmail[2], qmail[3]) : undefined;
      if (qmailEnhanced?.[0] === String(basic)[0]) enhanced = qmailEnhanced;
    }
    const reply: Pending = {
      basic,
      text: cleanText(rest),
      problems: problemsOf(basic, enhanced),
      open: separator === '-',
      block,
      lastLine: rawLine,
      ...(enhanced ? { enhanced } : {}),
    };
    const replyCommand = lineCommand ?? command;
    if (replyCommand) reply.command = replyCommand;
    if (host) reply.host = host;
    const added = addReply(reply);
    if (nested) {
      const nestedBasic = Number(nested[1]);
      const nestedEnhanced = normalizeEnhanced(nested[2], nested[3], nested[4]);
      const inner: Pending = {
        basic: nestedBasic,
        text: cleanText(nested[5] ?? ''),
        problems: problemsOf(nestedBasic, nestedEnhanced),
        open: false,
        block,
        lastLine: rawLine,
        ...(nestedEnhanced ? { enhanced: nestedEnhanced } : {}),
      };
      if (host) inner.host = host;
      addReply(inner);
    }
    if (!added) continue;
    command = undefined;
    if (hostOnLine) host = hostBefore;
  }

  // A bare enhanced code that some full reply also carries is that reply, quoted without its basic code.
  const withBasic = new Set(
    replies.filter((reply) => reply.basic !== undefined).map((reply) => reply.enhanced),
  );
  const kept = replies.filter((reply) => reply.basic !== undefined || !withBasic.has(reply.enhanced));

  // A DSN Status field (or Postfix's dsn=, qmail's "(#5.1.1)") repeats the reply's enhanced code; it stands
  // alone only when nothing else in its recipient block says it, and says more than its class.
  for (const status of statusOnly) {
    const inBlock = kept.filter((reply) => reply.block === status.block || reply.block === 0);
    const covered = inBlock.some((reply) => reply.enhanced === status.enhanced);
    const repeated = kept.some((reply) => reply.basic === undefined && reply.enhanced === status.enhanced);
    if (covered || repeated || (inBlock.length > 0 && isGenericStatus(status.enhanced))) continue;
    // A status that only restates the class of a reply without enhanced code ("554 …" + "Status: 5.0.0").
    if (inBlock.some((reply) => reply.enhanced === undefined && isGenericStatus(status.enhanced))) continue;
    kept.push({
      enhanced: status.enhanced,
      text: '',
      problems: [],
      open: false,
      block: status.block,
      lastLine: '',
      ...(status.host ? { host: status.host } : {}),
    });
  }

  if (generatingServer && kept.every((reply) => !reply.host)) {
    for (const reply of kept) reply.host = generatingServer;
  }

  action ??= actionFromWording(text);
  const providers = PROVIDER_FINGERPRINTS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
  return {
    replies: kept.map(publicReply),
    providers,
    ...(action ? { action } : {}),
  };
}
