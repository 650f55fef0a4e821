/**
 * Explains a missing address. A path that looks like a reply code gets told why it has no page:
 * RFC 5321 §4.2.1 allows only 2-5 as the first digit and 0-5 as the second. A code that no standard
 * defines but that has a page of its own (/571/, reached as /571.html, say) is pointed there instead.
 */
import { codeUrl } from '../urls';
import { CLASS_READING } from '../wording/classes';
import { isStandardCode, type ReplyClass } from './replyCodes';

export interface NotFoundExplanation {
  /** The code-like part of the path, if any. */
  code?: string;
  /** One or two sentences for the reader. */
  message: string;
  /** The page that explains this code after all: a non-standard code's page ("/571/"). */
  page?: string;
}

/** `nonstandard`: the non-standard basic codes that have pages (content/nonstandard). */
export function explainMissingPath(
  pathname: string,
  nonstandard: readonly number[] = [],
): NotFoundExplanation {
  const match = /^\/?(\d{3})(?:\/|\.html|\/index\.html)?$/.exec(pathname.trim());
  if (!match?.[1]) {
    return { message: 'This address is not a page on this site.' };
  }
  const code = match[1];
  if (nonstandard.includes(Number(code))) {
    return {
      code,
      message: `${code} is not a standard SMTP reply code, but servers do send it; its page says what it stands for.`,
      page: codeUrl(code),
    };
  }
  const first = Number(code[0]);
  const second = Number(code[1]);
  if (first < 2 || first > 5) {
    return {
      code,
      message: `${code} is not an SMTP reply code: the first digit of a reply code is always 2, 3, 4 or 5 (RFC 5321 §4.2), so nothing can start with ${first}.`,
    };
  }
  if (second > 5) {
    return {
      code,
      message: `${code} is not an SMTP reply code: the second digit of a reply code runs from 0 to 5 (RFC 5321 §4.2), so no standard code has ${second} there.`,
    };
  }
  if (isStandardCode(Number(code))) {
    // Should not happen: every standard code has a page. Say so rather than mislead.
    return { code, message: `${code} is a standard reply code, but its page could not be found.` };
  }
  return {
    code,
    message: `${code} is not one of the standard SMTP reply codes. Some servers send made-up codes like it; RFC 5321 §4.2 tells clients to read an unknown code by its first digit, so ${code} counts as ${CLASS_READING[first as ReplyClass]}.`,
  };
}
