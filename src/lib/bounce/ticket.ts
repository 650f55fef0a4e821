/**
 * What the decoder puts on the clipboard: a reading as a ticket note, and the share link's text.
 * Pure: the page passes in the address it is served from, so a local, preview or production copy
 * all paste links that work where they were made.
 */
import type { DecodedReply } from './decode';
import type { ReplyReading } from './reading';

/** A mail address with its local part hidden: "bob.smith@example.net" → "•••@example.net". */
const ADDRESS = /[^\s@<>()[\]"',;:]{1,64}@([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+)/gi;

/** The text with every mail address's local part masked (a bounce holds customers' addresses). */
export function maskAddresses(text: string): string {
  return text.replace(ADDRESS, '•••@$1');
}

/** A reply as one line: "550 5.1.1 The email account that you tried to reach does not exist." */
export function replyLine(reply: Pick<DecodedReply, 'basic' | 'enhanced' | 'text'>): string {
  return [reply.basic, reply.enhanced, reply.text]
    .filter((part) => part !== undefined && part !== '')
    .join(' ');
}

/**
 * The ticket note for one reading: the customer's reply line, what it means, whether it is retried,
 * the first step, and the code page's full address (`origin` is location.origin; the page URLs
 * already carry the site's base path).
 */
export function readingTicket(reading: ReplyReading, origin: string): string {
  const page = reading.enhanced?.url ?? reading.basic?.url;
  const lines = [
    `Reply: ${replyLine({ ...(reading.basic ? { basic: Number(reading.basic.code) } : {}), ...(reading.enhanced ? { enhanced: reading.enhanced.code } : {}), text: reading.text }) || '(no reply code)'}`,
    ...(reading.provider ? [`From: ${reading.provider.name}`] : []),
    `What it means: ${reading.meaning}`,
    ...(reading.registryNote ? [`Registry: ${reading.registryNote}`] : []),
    `Retried? ${reading.retry}`,
    `Who acts: ${reading.whoActs}`,
    `First step: ${reading.firstStep}`,
    ...(page ? [`More: ${origin}${page}`] : []),
  ];
  return lines.join('\n');
}

/** What a share link carries: only the reply lines, addresses masked, never the rest of the bounce. */
export function shareText(replies: readonly DecodedReply[]): string {
  return replies.map((reply) => maskAddresses(replyLine(reply))).join('\n');
}
