/**
 * Renders decoded replies with DOM calls only: every piece of pasted text goes in through
 * textContent, so nothing the reader pastes can become markup.
 */
import type { ExplainedReply } from '../lib/bounce/explain';
import type { ReplyReading } from '../lib/bounce/reading';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function codeLink(code: string, url: string | undefined): HTMLElement {
  if (!url) return element('span', code);
  const link = element('a', code);
  link.href = url;
  return link;
}

function row(list: HTMLDListElement, term: string, value: string | Node) {
  if (value === '') return;
  list.append(element('dt', term));
  const dd = element('dd');
  dd.append(value);
  list.append(dd);
}

/** A reply as the decoder explains it; a full reading adds the provider, the situation and the registry's meaning. */
export function renderExplained(
  reply: ExplainedReply & Partial<Pick<ReplyReading, 'provider' | 'registryNote' | 'situation'>>,
  headingLevel: 'h2' | 'h3' = 'h2',
): HTMLElement {
  const article = element('article', undefined, 'decoded');
  const heading = element(headingLevel);
  if (reply.basic) heading.append(codeLink(reply.basic.code, reply.basic.url));
  if (reply.basic && reply.enhanced) heading.append(' ');
  if (reply.enhanced) heading.append(codeLink(reply.enhanced.code, reply.enhanced.url));
  // An enhanced code outside the registry has no name; the basic code's would say something else.
  const name = reply.situation ?? (reply.enhanced ? reply.enhanced.name : reply.basic?.name);
  if (name) heading.append(reply.heading ? ` ${name}` : name);
  article.append(heading);
  if (reply.text) article.append(element('p', reply.text, 'reply-text'));
  for (const warning of reply.warnings) article.append(element('p', warning, 'notice'));
  const facts = element('dl', undefined, 'facts');
  if (reply.provider) {
    const link = element('a', reply.provider.name);
    link.href = reply.provider.url;
    row(facts, 'Sent by', link);
  }
  if (reply.outcome) row(facts, 'Outcome', reply.outcome);
  row(facts, 'Meaning', reply.meaning);
  if (reply.registryNote) row(facts, 'Registry meaning', reply.registryNote);
  if (reply.enhanced?.note && !reply.provider) row(facts, 'Enhanced code', reply.enhanced.note);
  row(facts, 'Retry?', reply.retry);
  row(facts, 'Who acts', reply.whoActs);
  row(facts, 'First step', reply.firstStep);
  if (reply.command) row(facts, 'Answered', reply.command);
  if (reply.host) row(facts, 'Reported by', reply.host);
  article.append(facts);
  return article;
}
