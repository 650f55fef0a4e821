/**
 * Reads content/vendors/*.md outside Astro's content layer, for astro.config.mjs: the redirects
 * into the vendor pages must be known before the build starts. A file that does not parse is left
 * out here; the content collection then fails the build naming the file and field. A project copy
 * without the folder (the bad-content build tests) simply has no vendor redirects.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { vendorSchema, type VendorData } from '../lib/vendors/schema';

export function readVendorFiles(dir = 'content/vendors'): VendorData[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .flatMap((name) => {
      const source = readFileSync(join(dir, name), 'utf8');
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
      const result = vendorSchema.safeParse(front === undefined ? undefined : parse(front));
      return result.success ? [result.data] : [];
    });
}

/**
 * Whether the IANA registry has a class-neutral code ("X.7.1"), read from the same file the site's
 * registry module validates (content/reference/smtp-enhanced-codes.json), without importing it:
 * the config must load even where that file is absent.
 */
export function registryLookup(
  file = 'content/reference/smtp-enhanced-codes.json',
): (neutral: string) => boolean {
  if (!existsSync(file)) return () => false;
  const data = JSON.parse(readFileSync(file, 'utf8')) as { enumerated_status_codes?: { code?: unknown }[] };
  const codes = new Set((data.enumerated_status_codes ?? []).map((entry) => String(entry.code)));
  return (neutral) => codes.has(neutral);
}
