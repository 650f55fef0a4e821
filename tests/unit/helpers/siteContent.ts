/**
 * The site's content parsed as the build parses it, and the SiteIndex the page models read, for
 * tests that build page models without Astro.
 */
import { codeSchema } from '../../../src/lib/codes/schema';
import { nonstandardSchema } from '../../../src/lib/codes/nonstandardSchema';
import { pageClasses } from '../../../src/lib/enhanced/codes';
import { enhancedSchema } from '../../../src/lib/enhanced/schema';
import type { SiteIndex } from '../../../src/lib/reference/basic';
import { vendorSchema } from '../../../src/lib/vendors/schema';
import { readContentFiles } from './contentFiles';

export const basics = readContentFiles('codes').map((file) => codeSchema.parse(file.data));
export const enhanced = readContentFiles('enhanced').map((file) => enhancedSchema.parse(file.data));
export const vendors = readContentFiles('vendors').map((file) => vendorSchema.parse(file.data));
export const nonstandard = readContentFiles('nonstandard').map((file) => nonstandardSchema.parse(file.data));

/** A SiteIndex over all content; `withVendors: false` leaves the vendor dataset out. */
export function contentSiteIndex({ withVendors = true } = {}): SiteIndex {
  return {
    site: new URL('https://smtp.example/'),
    basicTitles: new Map(basics.map((data) => [data.code, data.title])),
    enhancedTitles: new Map(enhanced.map((data) => [data.code, data.title])),
    enhancedClasses: new Map(enhanced.map((data) => [data.code, pageClasses(data)])),
    curatedWith: () => [],
    ...(withVendors ? { vendors, nonstandard } : {}),
  };
}
