/**
 * Renders the small inline Markdown that content text fields allow: `code` spans and
 * [text](url) links. Everything else is escaped, so a content string can never inject markup.
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Only web links and site-relative paths may become hrefs. */
function isSafeHref(href: string): boolean {
  return /^(https?:\/\/|\/|#)/.test(href);
}

function renderLinks(escaped: string): string {
  return escaped.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (whole, text: string, href: string) =>
    isSafeHref(href) ? `<a href="${href}">${text}</a>` : whole,
  );
}

/** Converts inline Markdown to HTML. Code spans are rendered verbatim (no links inside them). */
export function renderInline(markdown: string): string {
  return markdown
    .split(/(`[^`]+`)/)
    .map((part) =>
      part.startsWith('`') && part.endsWith('`') && part.length > 1
        ? `<code>${escapeHtml(part.slice(1, -1))}</code>`
        : renderLinks(escapeHtml(part)),
    )
    .join('');
}

/** The same text as plain text, for tickets and meta tags: code spans lose their backticks. */
export function inlineToPlainText(markdown: string): string {
  return markdown
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
