/**
 * The decoder's own answers, beside the code pages' (retry.ts, actors.ts): who acts when that is the
 * recipient, retry answers that depend on what happened to this one message, and what to say when a
 * text holds no reply. Type-only imports: browser scripts bundle this module.
 */
import { ACTOR_LABELS } from './actors';

/** The one party who can fix what a reading reports: the code pages' roles plus the recipient. */
export type ReadingActor = 'sending-user' | 'sending-admin' | 'receiving-admin' | 'recipient' | 'nobody';

export const READING_ACTOR_LABELS: Record<ReadingActor, string> = {
  ...ACTOR_LABELS,
  recipient: 'The recipient (the person the mail was for)',
};

/** Retry answers about one message, where the pages' class-wide answer would not be true. */
export const READING_RETRY = {
  /** A provider or situation says this address will not take this message. */
  notThisAddress: 'No: this message will not get through to this address, however often it is sent again.',
  /** The sending server's queue ran out (DSN "Action: failed" on a 4.x.x, Exim's retry timeout). */
  gaveUp: 'No: the sending server has stopped retrying this message. Fix the cause, then send it again.',
  /** A DSN with "Action: delayed": the message is still queued. */
  stillQueued:
    'Yes: the message is still queued and the sending server keeps retrying; it reports again only if it gives up.',
};

/** The reading of a text in which the decoder found no reply and no known situation. */
export const NO_REPLY_READING = {
  meaning:
    'No SMTP reply found: no three-digit reply code (550), no enhanced status code (5.7.1), no DSN Status field or Postfix dsn= value, and none of the known no-code texts (greylisting, quota, unroutable address…).',
  firstStep:
    'Paste the whole bounce, including its "Diagnostic information for administrators" or delivery-status part, or the mail server log line for this message; the reply code is usually there.',
};
