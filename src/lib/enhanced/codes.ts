/**
 * Enhanced status codes as strings (RFC 3463 §2, class.subject.detail): the class-neutral registry
 * form "X.7.1", the class forms "5.7.1", and how to tell them apart. Small and data-free, so browser
 * scripts can use it.
 */

export type EnhancedClass = '2' | '4' | '5';

/** The classes a registry entry can have pages for, in page order. */
export const ENHANCED_CLASS_ORDER: readonly EnhancedClass[] = ['2', '4', '5'];

/**
 * The one spelling of an enhanced code with a class, as a pattern source to build regular
 * expressions from: groups class, subject, detail ("5.7.1"; at most three digits a part).
 */
export const ENHANCED_PARTS = String.raw`([245])\.(\d{1,3})\.(\d{1,3})`;

/** A well-formed enhanced code with a class, alone: "5.7.1". */
export const ENHANCED_CODE = new RegExp(`^${ENHANCED_PARTS}$`);

/** Every enhanced code in a text ("550 5.7.1 … 4.7.0" → "5.7.1", "4.7.0"). */
export function enhancedCodesIn(text: string): string[] {
  return [...text.matchAll(new RegExp(ENHANCED_PARTS, 'g'))].map((match) => match[0]);
}

/** "X.7.1" in class 5 is "5.7.1". */
export function withClass(code: string, replyClass: EnhancedClass): string {
  return code.replace(/^X/, replyClass);
}

/** "5.7.1" → { replyClass: '5', neutral: 'X.7.1' }, or undefined if it is not an enhanced code. */
export function parseEnhanced(code: string): { replyClass: EnhancedClass; neutral: string } | undefined {
  const match = ENHANCED_CODE.exec(code);
  if (!match) return undefined;
  return { replyClass: match[1] as EnhancedClass, neutral: `X.${Number(match[2])}.${Number(match[3])}` };
}

/** The entry's class-neutral text with a class in place of X ("X.7.1 means" → "5.7.1 means"). */
export function forClass(text: string, code: string, cls: EnhancedClass): string {
  return text.replaceAll(code, withClass(code, cls));
}

/** Sorts registry codes in registry order: by subject, then detail. */
export function compareRegistryCodes(a: string, b: string): number {
  const [, aSubject = 0, aDetail = 0] = a.split('.').map(Number);
  const [, bSubject = 0, bDetail = 0] = b.split('.').map(Number);
  return aSubject - bSubject || aDetail - bDetail;
}

/** The classes an entry has pages for, in order: 2 (if given), 4, 5. */
export function pageClasses(data: { classes: Partial<Record<EnhancedClass, unknown>> }): EnhancedClass[] {
  return ENHANCED_CLASS_ORDER.filter((cls) => data.classes[cls] !== undefined);
}
