/**
 * Renders decoded replies with DOM calls only: every piece of pasted text goes in through
 * textContent, so nothing the reader pastes can become markup.
 */
import type { ExplainedReply } from '../lib/bounce/explain';

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

export function renderExplained(reply: ExplainedReply, headingLevel: 'h2' | 'h3' = 'h2'): HTMLElement {
  const article = element('article', undefined, 'decoded');
  const heading = element(headingLevel);
  if (reply.basic) heading.append(codeLink(reply.basic.code, reply.basic.url));
  if (reply.basic && reply.enhanced) heading.append(' ');
  if (reply.enhanced) heading.append(codeLink(reply.enhanced.code, reply.enhanced.url));
  const name = reply.enhanced?.name ?? reply.basic?.name;
  if (name) heading.append(` ${name}`);
  article.append(heading);
  if (reply.text) article.append(element('p', reply.text, 'reply-text'));
  for (const warning of reply.warnings) article.append(element('p', warning, 'notice'));
  const facts = element('dl', undefined, 'facts');
  row(facts, 'Outcome', reply.outcome);
  row(facts, 'Meaning', reply.meaning);
  if (reply.enhanced?.note) row(facts, 'Enhanced code', reply.enhanced.note);
  row(facts, 'Retry?', reply.retry);
  row(facts, 'Who acts', reply.whoActs);
  row(facts, 'First step', reply.firstStep);
  if (reply.command) row(facts, 'Answered', reply.command);
  if (reply.host) row(facts, 'Reported by', reply.host);
  article.append(facts);
  return article;
}
