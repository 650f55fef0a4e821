/**
 * The IANA "SMTP Enhanced Status Codes" registry (RFC 5248), as kept in
 * content/reference/smtp-enhanced-codes.json. Registry facts (sample text, associated basic codes,
 * the classes the registry says an entry applies to) are read from here, never retyped in content.
 */
import registryJson from '../../content/reference/smtp-enhanced-codes.json';
import { isStandardCode } from './replyCodes';

export interface RegistryEntry {
  code: string;
  subject: number;
  detail: number;
  sample_text: string;
  associated_basic_codes_raw: string;
  /** Three-digit codes as strings, or class wildcards such as "5XX". */
  associated_basic_codes: string[];
  description: string;
  reference_docs: string[];
  defined_in: string[];
  applicable_classes: string[] | null;
  deprecated: boolean;
}

export const REGISTRY_ENTRIES: readonly RegistryEntry[] = (
  registryJson as unknown as { enumerated_status_codes: RegistryEntry[] }
).enumerated_status_codes;

export const REGISTRY_UPDATED: string = (
  registryJson as unknown as { meta: { registry_last_updated: string } }
).meta.registry_last_updated;

export function registryEntry(code: string): RegistryEntry {
  const entry = REGISTRY_ENTRIES.find((candidate) => candidate.code === code);
  if (!entry) throw new Error(`${code} is not in the IANA enhanced status code registry`);
  return entry;
}

export type EnhancedClass = '2' | '4' | '5';

/** "X.7.1" in class 5 is "5.7.1". */
export function withClass(code: string, replyClass: EnhancedClass): string {
  return code.replace(/^X/, replyClass);
}

/** "5.7.1" → { replyClass: '5', neutral: 'X.7.1' }, or undefined if it is not an enhanced code. */
export function parseEnhanced(code: string): { replyClass: EnhancedClass; neutral: string } | undefined {
  const match = /^([245])\.(\d{1,3})\.(\d{1,3})$/.exec(code);
  if (!match) return undefined;
  return { replyClass: match[1] as EnhancedClass, neutral: `X.${Number(match[2])}.${Number(match[3])}` };
}

/** The registry's associated basic codes, split into those with a page here and those without. */
export function associatedBasicCodes(entry: RegistryEntry): { standard: number[]; other: string[] } {
  const standard: number[] = [];
  const other: string[] = [];
  for (const code of entry.associated_basic_codes) {
    if (/^\d{3}$/.test(code) && isStandardCode(Number(code))) standard.push(Number(code));
    else other.push(code);
  }
  return { standard, other };
}
