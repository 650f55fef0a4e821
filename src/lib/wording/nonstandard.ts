/** Non-standard basic codes' phrase table: what each category of such code is, for the notice and facts box. */
import type { NONSTANDARD_CATEGORIES } from '../codes/nonstandardSchema';

export const NONSTANDARD_CATEGORY_LABELS: Record<(typeof NONSTANDARD_CATEGORIES)[number], string> = {
  vendor: 'A vendor’s own code, sent by its software',
  'enhanced-derived': 'An enhanced status code written as a reply code',
  'registry-only': 'Named only in the IANA registry’s list of associated basic codes',
  'client-pseudo-code': 'A client library’s or log’s own number, never sent by a server',
  historic: 'From early mail software, outside the standards',
};
