/**
 * The standard three-digit SMTP reply codes and what their digits mean.
 *
 * The list is RFC 5321 §4.2.2/§4.2.3 as updated by RFC 7504 (521, 556), plus the codes that
 * standards-track service extensions introduce (AUTH, STARTTLS, ETRN, ATRN). It mirrors
 * `codes` in `content/reference/smtp-basic-codes.json`; a unit test keeps the two in step.
 */

export const STANDARD_CODES = [
  211, 214, 220, 221, 235, 250, 251, 252, 253, 334, 354, 421, 432, 450, 451, 452, 453, 454, 455, 458, 459,
  500, 501, 502, 503, 504, 521, 530, 534, 535, 538, 550, 551, 552, 553, 554, 555, 556,
] as const;

export type StandardCode = (typeof STANDARD_CODES)[number];

/** The reply classes RFC 5321 §4.2.1 defines by the first digit. */
export type ReplyClass = 2 | 3 | 4 | 5;

export function isStandardCode(code: number): code is StandardCode {
  return (STANDARD_CODES as readonly number[]).includes(code);
}

/** True for any three-digit number whose digits RFC 5321 §4.2.1 allows (2-5, 0-5, 0-9). */
export function isWellFormedReplyCode(code: number): boolean {
  if (!Number.isInteger(code) || code < 200 || code > 599) return false;
  return Math.floor(code / 10) % 10 <= 5;
}

export function replyClassOf(code: number): ReplyClass {
  const first = Math.floor(code / 100);
  if (first < 2 || first > 5) throw new RangeError(`${code} is not an SMTP reply code`);
  return first as ReplyClass;
}

interface ClassInfo {
  /** RFC 5321 §4.2.1's name for the class. */
  name: string;
  /** One plain sentence on what a reply of this class tells the client. */
  meaning: string;
  /** Short label for badges and lists. */
  label: string;
}

/** RFC 5321 §4.2.1, first digit. */
export const REPLY_CLASSES: Record<ReplyClass, ClassInfo> = {
  2: {
    name: 'Positive Completion',
    label: 'Success',
    meaning: 'the server has carried out the requested action, and the client may send its next command.',
  },
  3: {
    name: 'Positive Intermediate',
    label: 'Intermediate',
    meaning:
      'the server has accepted the command so far but needs more from the client (message text or an authentication response) before the action is complete.',
  },
  4: {
    name: 'Transient Negative Completion',
    label: 'Temporary failure',
    meaning:
      'the action was not taken, but the condition is expected to be temporary, so the client should try the same request again later.',
  },
  5: {
    name: 'Permanent Negative Completion',
    label: 'Permanent failure',
    meaning:
      'the action was not taken and repeating the same request unchanged will fail again; something must change before it can succeed.',
  },
};

interface CategoryInfo {
  /** RFC 5321's name for the second digit. */
  name: string;
  /** A sentence on what replies with this second digit are about, for the code pages. */
  explanation: string;
}

/** RFC 5321 §4.2.1, second digit. */
export const REPLY_CATEGORIES: Record<number, CategoryInfo> = {
  0: {
    name: 'Syntax',
    explanation: 'That category is for commands that are malformed, not recognised or not implemented.',
  },
  1: {
    name: 'Information',
    explanation: 'That category is for answers to requests for information, such as status or help.',
  },
  2: {
    name: 'Connections',
    explanation: 'That category is for the transmission channel itself: opening and closing the connection.',
  },
  3: {
    name: 'Unspecified',
    explanation:
      'RFC 5321 leaves that category open, and the extensions that use it give it their own meaning; most AUTH replies sit here.',
  },
  4: {
    name: 'Unspecified',
    explanation: 'RFC 5321 leaves that category open for extensions.',
  },
  5: {
    name: 'Mail system',
    explanation:
      'That category is for the state of the receiving mail system: mailboxes, storage, and whether it will take the requested action.',
  },
};

export function categoryOf(code: number): CategoryInfo {
  const second = Math.floor(code / 10) % 10;
  const info = REPLY_CATEGORIES[second];
  if (!info) throw new RangeError(`${code} has no RFC 5321 category (second digit ${second})`);
  return info;
}
