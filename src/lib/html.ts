/**
 * Small HTML builders for inline runs (a list of links joined by commas, "link: note"). Writing
 * these as template markup puts the template's line breaks into the text (" ," before a comma), so
 * they are built as strings here, with every value escaped.
 */
import { escapeHtml, renderInline } from './inlineMarkdown';

export interface Link {
  href: string;
  text: string;
}

export function linkHtml({ href, text }: Link): string {
  return `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
}

/** "a, b and c" as links; `lastSeparator` defaults to the separator itself. */
export function linkListHtml(links: readonly Link[], separator = ', ', lastSeparator = separator): string {
  return links
    .map((link, index) => {
      const before = index === 0 ? '' : index === links.length - 1 ? lastSeparator : separator;
      return `${escapeHtml(before)}${linkHtml(link)}`;
    })
    .join('');
}

/** "<a>550 Mailbox Unavailable</a>: why it is related", the note in inline Markdown. */
export function linkWithNoteHtml(link: Link, note: string): string {
  return `${linkHtml(link)}: ${renderInline(note)}`;
}
