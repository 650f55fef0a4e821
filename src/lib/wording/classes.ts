/**
 * What the class digits say, in words: basic reply classes and categories (RFC 5321 §4.2.1) and the
 * classes of enhanced status codes (RFC 3463 §2). Every page, the decoder and the comparisons read
 * class wording from here. Type-only imports: browser scripts bundle this module.
 */
import type { EnhancedClass } from '../enhanced/codes';
import type { ReplyClass } from '../codes/replyCodes';

export interface ClassInfo {
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

export interface CategoryInfo {
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

/** What an enhanced code's class digit says (RFC 3463 §2). */
export const ENHANCED_CLASSES: Record<EnhancedClass, { label: string; meaning: string }> = {
  '2': {
    label: 'Success',
    meaning:
      'The class 2 means success: the action was carried out, and the rest of the code adds detail about how.',
  },
  '4': {
    label: 'Persistent transient failure',
    meaning:
      'The class 4 means a transient failure: the message was valid and nothing is wrong with it as such, but delivery did not happen this time. The sending system keeps the message and tries again.',
  },
  '5': {
    label: 'Permanent failure',
    meaning:
      'The class 5 means a permanent failure: sending the same message the same way will fail again. Something must change before it can succeed.',
  },
};

/** A class as a noun, for generated comparisons: "a permanent failure", "temporary failures". */
export const CLASS_NOUN: Record<ReplyClass, { one: string; many: string }> = {
  2: { one: 'success reply', many: 'success replies' },
  3: { one: 'intermediate reply', many: 'intermediate replies' },
  4: { one: 'temporary failure', many: 'temporary failures' },
  5: { one: 'permanent failure', many: 'permanent failures' },
};

/** The decoder's "Outcome" line for a reply of each class. */
export const CLASS_OUTCOME: Record<ReplyClass, string> = {
  2: 'Success',
  3: 'Intermediate: the server wants more',
  4: 'Transient failure: the sending system retries',
  5: 'Permanent failure: do not retry unchanged',
};

/** How a client counts an unknown code of each class (RFC 5321 §4.2): "counts as a success". */
export const CLASS_READING: Record<ReplyClass, string> = {
  2: 'a success',
  3: 'an intermediate reply (the server wants more)',
  4: 'a temporary failure, to be retried later',
  5: 'a permanent failure',
};

/** What a reply of each class means for the step it answers, for the comparison tables. */
export const CLASS_EFFECT: Record<ReplyClass, string> = {
  2: 'The step worked.',
  3: 'The server waits for more from the client.',
  4: 'Not done this time; the same request may work later.',
  5: 'Refused; the same request fails again unless something changes.',
};
