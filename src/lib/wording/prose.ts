/**
 * Small sentence helpers for generated prose. Generated sentences are assembled from these and
 * from noun phrases written for the purpose, never by pasting one content field into the middle of
 * another's sentence.
 */

/** "a" or "an" for the word that follows, by its sound (codes and words used on this site). */
export function indefiniteArticle(phrase: string): 'a' | 'an' {
  const word = phrase.trim().toLowerCase();
  if (/^(8|11\b|18\b)/.test(word)) return 'an'; // "an 8xx", "an 11", "an 18"
  if (/^(one|uni|use|usu|eu|u[bcfgklmnrst][aeiou])/.test(word)) return 'a'; // "a user", "a usual"
  if (/^(hour|honest)/.test(word)) return 'an';
  if (/^(ehlo|smtp|rfc|mx|rset|smtputf8|x\.)/.test(word)) return 'an'; // read letter by letter: "an SMTP"
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

export function withArticle(phrase: string): string {
  return `${indefiniteArticle(phrase)} ${phrase}`;
}

/** "A", "A or B", "A, B or C" (no serial comma, as the rest of the site writes). */
export function listWith(items: readonly string[], conjunction: 'and' | 'or'): string {
  if (items.length === 0) return '';
  if (items.length === 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** Upper-cases the first letter, leaving the rest (codes and command names) as they are. */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Ends a sentence with one full stop, whatever the phrase ended with. */
export function asSentence(text: string): string {
  const trimmed = sentenceCase(text.trim());
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
