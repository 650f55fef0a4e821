/**
 * The decoder's reading of a reply pasted into the search box. A module of its own, loaded only
 * for a query that looks like a reply line, so a typed code or word never downloads the decoder.
 */
import { decodeBounce } from '../lib/bounce/decode';
import { explainReply } from '../lib/bounce/explain';
import { loadCodeRecords } from './loadRecords';
import { renderExplained } from './renderDecoded';

/** How many replies of a pasted text the search page reads out. */
const MAX_READ = 3;

/** The heading and the explained replies, or nothing when the text holds no reply. */
export async function readingOf(query: string): Promise<HTMLElement[]> {
  const decoded = decodeBounce(query);
  if (decoded.replies.length === 0) return [];
  const records = await loadCodeRecords();
  const heading = document.createElement('h2');
  heading.textContent = 'Read as a reply';
  return [
    heading,
    ...decoded.replies.slice(0, MAX_READ).map((reply) => renderExplained(explainReply(reply, records), 'h3')),
  ];
}
