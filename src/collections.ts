/**
 * The one place outside the routes that reads the content collections: it hands validated content
 * to the builders in src/lib (which never import astro:content, so tests can run them directly).
 */
import { getCollection } from 'astro:content';
import type { VendorData } from './lib/vendors/schema';
import type { NonstandardData } from './lib/codes/nonstandardSchema';
import { pageClasses } from './lib/enhanced/codes';
import { basicRecord, enhancedRecord, type CodeRecord } from './lib/reference/records';
import type { SiteIndex } from './lib/reference/basic';
import { REGISTRY_ENTRIES } from './lib/enhanced/registry';
import { nonstandardRecord } from './lib/reference/nonstandard';
import { vendorCodeRecord } from './lib/reference/vendor';
import { vendorCodePages, type VendorCodePage } from './lib/vendors/codes';
import { buildAnswerTable, type AnswerTable } from './lib/search/answerTable';

/** What every code page needs to know about the rest of the site, for its links. */
export async function siteIndex(site: URL | undefined): Promise<SiteIndex> {
  const codes = await getCollection('codes');
  const enhanced = await getCollection('enhanced');
  const notes = await getCollection('comparisons');
  const vendors = await allVendors();
  const nonstandard = await allNonstandardCodes();
  return {
    site,
    basicTitles: new Map(codes.map((entry) => [entry.data.code, entry.data.title])),
    enhancedTitles: new Map(enhanced.map((entry) => [entry.data.code, entry.data.title])),
    enhancedClasses: new Map(enhanced.map((entry) => [entry.data.code, pageClasses(entry.data)])),
    curatedWith: (code) =>
      notes.flatMap((note) => {
        const [x, y] = note.data.pair;
        return x === code ? [y] : y === code ? [x] : [];
      }),
    vendors,
    nonstandard,
  };
}

/** Whether the IANA registry has a class-neutral code ("X.7.1"). */
export function inRegistry(neutral: string): boolean {
  return REGISTRY_ENTRIES.some((entry) => entry.code === neutral);
}

/** The pages for codes and ranges vendors send that the registry lacks (/5.7.139/, /5.7.606-649/). */
export async function allVendorCodePages(): Promise<VendorCodePage[]> {
  return vendorCodePages(await allVendors(), inRegistry);
}

/**
 * Every code record, basic codes in code order, then the enhanced codes, then the vendors' own
 * codes and the non-standard basic codes: /codes.json.
 */
export async function allCodeRecords(): Promise<CodeRecord[]> {
  const codes = await getCollection('codes');
  const enhanced = await getCollection('enhanced');
  return [
    ...codes.map((entry) => basicRecord(entry.data)).toSorted((a, b) => Number(a.code) - Number(b.code)),
    ...enhanced.flatMap((entry) => pageClasses(entry.data).map((cls) => enhancedRecord(entry.data, cls))),
    ...(await allVendorCodePages()).map(vendorCodeRecord),
    ...(await allNonstandardCodes()).map(nonstandardRecord),
  ];
}

/** Every vendor file's data, by slug order: providers, filters, MTAs and blocklists. */
export async function allVendors(): Promise<VendorData[]> {
  const vendors = await getCollection('vendors');
  return vendors.map((entry) => entry.data).toSorted((a, b) => a.slug.localeCompare(b.slug));
}

/** Every non-standard basic code's data, in code order. */
export async function allNonstandardCodes(): Promise<NonstandardData[]> {
  const codes = await getCollection('nonstandard');
  return codes.map((entry) => entry.data).toSorted((a, b) => a.code - b.code);
}

let answerTable: Promise<AnswerTable> | undefined;
/** The search page's direct-answer table (/search/answers.json and /search/phrases.json), built once. */
export function searchAnswerTable(): Promise<AnswerTable> {
  answerTable ??= (async () => {
    const codes = await getCollection('codes');
    const enhanced = await getCollection('enhanced');
    const comparisons = await getCollection('comparisons');
    const vendors = await allVendors();
    const registry = new Set(enhanced.map((entry) => entry.data.code));
    return buildAnswerTable({
      basic: codes.map((entry) => entry.data).toSorted((a, b) => a.code - b.code),
      enhanced: enhanced.map((entry) => ({
        code: entry.data.code,
        title: entry.data.title,
        classes: pageClasses(entry.data),
      })),
      nonstandard: await allNonstandardCodes(),
      vendors,
      vendorPages: vendorCodePages(vendors, (neutral) => registry.has(neutral)),
      curated: comparisons.map((entry) => entry.id).toSorted(),
    });
  })();
  return answerTable;
}
