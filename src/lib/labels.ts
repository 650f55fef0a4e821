/** Human labels for the structured values in content front matter. */
/** Type-only imports: this module is bundled into browser scripts and must stay small. */
import type { Actor, RetryPolicy, Stage } from './codeSchema';

export const STAGE_LABELS: Record<Stage, string> = {
  connect: 'Connection greeting',
  ehlo: 'EHLO',
  helo: 'HELO',
  starttls: 'STARTTLS',
  auth: 'AUTH',
  mail: 'MAIL FROM',
  rcpt: 'RCPT TO',
  data: 'DATA',
  bdat: 'BDAT',
  'end-of-data': 'End of data (after the final dot)',
  rset: 'RSET',
  noop: 'NOOP',
  vrfy: 'VRFY',
  expn: 'EXPN',
  help: 'HELP',
  quit: 'QUIT',
  etrn: 'ETRN',
  atrn: 'ATRN',
  any: 'Any command',
};

export const ACTOR_LABELS: Record<Actor | 'nobody', string> = {
  'sending-user': 'The sending user',
  'sending-admin': "The sending system's admin",
  'receiving-admin': "The receiving system's admin",
  nobody: 'Nobody',
};

export const RETRY_LABELS: Record<RetryPolicy, string> = {
  none: 'Nothing to retry',
  later: 'Yes: the sending system retries later',
  'after-fix': 'Not unchanged: fix the cause, then send again',
  never: 'No: this will not succeed however often it is sent',
};

/** "The sending user, the sending system's admin" from the record's actor keys. */
export function whoActsLabel(whoActs: readonly string[]): string {
  return whoActs
    .map((actor) => ACTOR_LABELS[actor as keyof typeof ACTOR_LABELS] ?? actor)
    .map((label, index) => (index === 0 ? label : label.toLowerCase()))
    .join(', ');
}
