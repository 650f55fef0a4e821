/**
 * Pagefind returns excerpts as HTML with <mark> around matches. The search page must never
 * insert HTML it did not write, so the excerpt is split into plain-text segments, each flagged
 * as highlighted or not, and rendered as text nodes.
 */

export interface ExcerptSegment {
  text: string;
  highlighted: boolean;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
  '&nbsp;': '\u00a0',
};

function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|nbsp|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

export function excerptSegments(excerptHtml: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let highlighted = false;
  for (const part of excerptHtml.split(/(<\/?mark>)/)) {
    if (part === '<mark>') highlighted = true;
    else if (part === '</mark>') highlighted = false;
    else if (part !== '') {
      // Any other tag is dropped rather than rendered.
      const text = decodeEntities(part.replace(/<[^>]*>/g, ''));
      if (text !== '') segments.push({ text, highlighted });
    }
  }
  return segments;
}
