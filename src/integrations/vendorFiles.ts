/**
 * Reads content/vendors/*.md outside Astro's content layer, for astro.config.mjs: the redirects
 * into the vendor pages must be known before the build starts. A file that does not parse is left
 * out here; the content collection then fails the build naming the file and field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REGISTRY_ENTRIES } from '../lib/enhanced/registry';
import { vendorSchema, type VendorData } from '../lib/vendors/schema';

export function readVendorFiles(dir = 'content/vendors'): VendorData[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .flatMap((name) => {
      const source = readFileSync(join(dir, name), 'utf8');
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
      const result = vendorSchema.safeParse(front === undefined ? undefined : parse(front));
      return result.success ? [result.data] : [];
    });
}

/** Whether the IANA registry has a class-neutral code ("X.7.1"). */
export const inRegistry = (neutral: string) => REGISTRY_ENTRIES.some((entry) => entry.code === neutral);
