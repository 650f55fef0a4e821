/** The SMTP stage and command names a page shows for the `stages` values in content. */
import type { Stage } from '../codes/schema';

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

export function stageLabels(stages: readonly Stage[]): string[] {
  return stages.map((stage) => STAGE_LABELS[stage]);
}
