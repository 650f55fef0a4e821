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
