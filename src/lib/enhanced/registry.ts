/**
 * The IANA "SMTP Enhanced Status Codes" registry (RFC 5248), as kept in
 * content/reference/smtp-enhanced-codes.json. Registry facts (sample text, associated basic codes,
 * the classes the registry says an entry applies to) are read from here, never retyped in content.
 * The file is validated when it loads, like the content files: a wrong field stops the build naming it.
 */
import { z } from 'astro/zod';
import registryJson from '../../../content/reference/smtp-enhanced-codes.json';
import { isStandardCode } from '../codes/replyCodes';

/** One enumerated entry; only the fields the site reads are checked (and kept). */
export const registryEntrySchema = z.object({
  /** Class-neutral code: "X.7.1". */
  code: z.string().regex(/^X\.\d{1,3}\.\d{1,3}$/),
  subject: z.number().int().min(0).max(7),
  detail: z.number().int().min(0),
  /** The registry's sample text: "Delivery not authorized, message refused". */
  sample_text: z.string(),
  /** The associated basic codes as the registry writes them: "550, 554" or "Any". */
  associated_basic_codes_raw: z.string(),
  /** Three-digit codes as strings, or class wildcards such as "5XX". */
  associated_basic_codes: z.array(z.string()),
  description: z.string(),
  /** "RFC 3463", "RFC 7372"… */
  reference_docs: z.array(z.string()),
  defined_in: z.array(z.string()),
  /** The classes the registry expects the entry in, or null when it does not say. */
  applicable_classes: z.array(z.enum(['2', '4', '5'])).nullable(),
  deprecated: z.boolean(),
});
export type RegistryEntry = z.infer<typeof registryEntrySchema>;

export const registrySchema = z.object({
  meta: z.object({
    /** "2024-12-06" */
    registry_last_updated: z.string().regex(/^\d{4}-\d\d-\d\d$/),
  }),
  enumerated_status_codes: z.array(registryEntrySchema).min(1),
});

/** Parses the registry file; a wrong field throws naming its path ("enumerated_status_codes.3.code"). */
export function parseRegistry(json: unknown): z.infer<typeof registrySchema> {
  const result = registrySchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(
      `content/reference/smtp-enhanced-codes.json does not match the registry schema:\n${problems.join('\n')}`,
    );
  }
  return result.data;
}

const registry = parseRegistry(registryJson);

export const REGISTRY_ENTRIES: readonly RegistryEntry[] = registry.enumerated_status_codes;
export const REGISTRY_UPDATED: string = registry.meta.registry_last_updated;

export function registryEntry(code: string): RegistryEntry {
  const entry = REGISTRY_ENTRIES.find((candidate) => candidate.code === code);
  if (!entry) throw new Error(`${code} is not in the IANA enhanced status code registry`);
  return entry;
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
