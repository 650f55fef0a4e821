/**
 * The small inline Markdown that content text fields allow (`code` spans and [text](url) links),
 * and rich text: what a page model holds for every sentence that mixes words, links and code.
 * Both become tokens that the one <Inline> component lays out as elements, so no content string
 * is ever inserted as HTML.
 */
import { withBase } from './urls';

/** One run of a sentence, ready to lay out. */
export type InlineToken =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string; reply?: boolean }
  | { kind: 'strong'; text: string }
  | { kind: 'badge'; text: string; variant: string }
  | { kind: 'link'; text: string; href: string };

/**
 * A part of a sentence in a page model: plain text, a content field's inline Markdown, a code
 * span (`reply` marks a quoted reply text), bold words, a class badge ("5xx Permanent failure",
 * `badge` names its colour: "class-5"), or a link.
 */
export type Segment =
  | string
  | { md: string }
  | { code: string; reply?: boolean }
  | { strong: string }
  | { badge: string; text: string }
  | { text: string; href: string };

/** A sentence or phrase made of segments. */
export type RichText = readonly Segment[];

/** Rich text from a content field's inline Markdown. */
export const md = (markdown: string): RichText => [{ md: markdown }];

/** Only web links, site-relative paths and anchors may become hrefs. */
function isSafeHref(href: string): boolean {
  return /^(https?:\/\/|\/|#)/.test(href);
}

const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Splits inline Markdown into tokens. Code spans are verbatim (no links inside them). */
export function parseInline(markdown: string, base?: string): InlineToken[] {
  const tokens: InlineToken[] = [];
  const text = (value: string) => {
    if (value === '') return;
    const last = tokens.at(-1);
    if (last?.kind === 'text') last.text += value;
    else tokens.push({ kind: 'text', text: value });
  };
  for (const part of markdown.split(/(`[^`]+`)/)) {
    if (part.startsWith('`') && part.endsWith('`') && part.length > 1) {
      tokens.push({ kind: 'code', text: part.slice(1, -1) });
      continue;
    }
    let at = 0;
    for (const match of part.matchAll(LINK)) {
      const [whole, label = '', href = ''] = match;
      text(part.slice(at, match.index));
      if (isSafeHref(href)) {
        // Site-relative links in content are written without the base; the page adds it.
        tokens.push({ kind: 'link', text: label, href: href.startsWith('/') ? withBase(href, base) : href });
      } else {
        text(whole);
      }
      at = match.index + whole.length;
    }
    text(part.slice(at));
  }
  return tokens;
}

/** The tokens of a rich text, adjacent plain runs joined. */
export function richTokens(rich: RichText, base?: string): InlineToken[] {
  const tokens: InlineToken[] = [];
  for (const segment of rich) {
    const next: InlineToken[] =
      typeof segment === 'string'
        ? [{ kind: 'text', text: segment }]
        : 'md' in segment
          ? parseInline(segment.md, base)
          : 'code' in segment
            ? [{ kind: 'code', text: segment.code, ...(segment.reply ? { reply: true } : {}) }]
            : 'strong' in segment
              ? [{ kind: 'strong', text: segment.strong }]
              : 'badge' in segment
                ? [{ kind: 'badge', text: segment.text, variant: segment.badge }]
                : [{ kind: 'link', text: segment.text, href: segment.href }];
    for (const token of next) {
      const last = tokens.at(-1);
      if (token.kind === 'text' && last?.kind === 'text') last.text += token.text;
      else if (token.kind !== 'text' || token.text !== '') tokens.push({ ...token });
    }
  }
  return tokens;
}

/** The visible text of a rich text, as one string (tests, meta tags). */
export function richToPlainText(rich: RichText): string {
  return richTokens(rich)
    .map((token) => token.text)
    .join('');
}

/** Inline Markdown as plain text, for tickets and meta tags: code spans lose their backticks. */
export function inlineToPlainText(markdown: string): string {
  return markdown
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "a, b and c" as rich text: links (or any segments) joined by separators. */
export function joinRich(items: readonly Segment[], separator = ', ', lastSeparator = separator): Segment[] {
  return items.flatMap((item, index) =>
    index === 0 ? [item] : [index === items.length - 1 ? lastSeparator : separator, item],
  );
}
