/**
 * The order a code page shows its sections in, and the "On this page" list built from it. The
 * answer comes first: after the summary and the facts box, what to do and whether to retry; the
 * explanation and the references follow. src/layouts/ReferencePage.astro lays the sections out in
 * this order (an end-to-end test checks the list against the page's headings).
 */
import type { ReferencePageModel, SectionHead } from './model';

/** The model's sections in page order. */
export const SECTION_ORDER = [
  'fix',
  'retry',
  'digits',
  'otherReadings',
  'carriedBy',
  'when',
  'example',
  'wild',
  'enhanced',
  'spec',
  'related',
  'compare',
] as const satisfies readonly (keyof ReferencePageModel)[];

/** The sections that open the page, before "On this page": the answer. */
export const ANSWER_SECTIONS = 2;

/** "On this page": every section the page has, in page order, as anchor and heading. */
export function onThisPage(model: ReferencePageModel): SectionHead[] {
  return SECTION_ORDER.flatMap((key) => {
    const section = model[key];
    return section ? [{ id: section.id, heading: section.heading }] : [];
  });
}
