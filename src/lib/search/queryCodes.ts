/**
 * The codes a search query names, so the search page can link straight to their pages: a typed
 * "550 5.1.1", a pasted bounce line, "530 vs 535".
 */
import { decodeBounce } from '../bounce/decode';
import { isStandardCode } from '../codes/replyCodes';
import { codeUrl, comparisonUrl } from '../urls';

export interface QueryTarget {
  /** "550", "5.1.1" or "530 vs 535". */
  label: string;
  /** The page: "/550/", "/5.1.1/", "/compare/530-vs-535/". */
  url: string;
  /** The code to look up in /codes.json for a name, if any. */
  code?: string;
}

const BASIC_TOKEN = /(?<![\d.])([2-5][0-5]\d)(?![\d.])/g;
const ENHANCED_TOKEN = /(?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.])/g;
const VERSUS = /^\s*(\d{3})\s*(?:vs\.?|versus|or|and|\/)\s*(\d{3})\s*$/i;

function normalizeEnhanced(code: string): string {
  return code
    .split('.')
    .map((part) => String(Number(part)))
    .join('.');
}

/** Targets in the order the query names them; `hasPage` says which enhanced codes have pages. */
export function queryTargets(query: string, hasPage: (code: string) => boolean): QueryTarget[] {
  const text = query.slice(0, 10_000);
  const targets: QueryTarget[] = [];
  const add = (target: QueryTarget) => {
    if (!targets.some((existing) => existing.url === target.url)) targets.push(target);
  };

  const versus = VERSUS.exec(text);
  if (versus?.[1] && versus[2]) {
    const a = Number(versus[1]);
    const b = Number(versus[2]);
    if (a !== b && isStandardCode(a) && isStandardCode(b)) {
      add({ label: `${Math.min(a, b)} vs ${Math.max(a, b)}`, url: comparisonUrl(a, b) });
    }
  }

  // A pasted reply: take the codes the decoder reads out of it, in its order.
  for (const reply of decodeBounce(text).replies) {
    if (reply.basic !== undefined && isStandardCode(reply.basic)) {
      add({ label: String(reply.basic), url: codeUrl(reply.basic), code: String(reply.basic) });
    }
    if (reply.enhanced && hasPage(reply.enhanced)) {
      add({ label: reply.enhanced, url: codeUrl(reply.enhanced), code: reply.enhanced });
    }
  }
  // Then any other code written anywhere in the query.
  const tokens = [
    ...[...text.matchAll(BASIC_TOKEN)].map((m) => ({ index: m.index, code: m[1] ?? '' })),
    ...[...text.matchAll(ENHANCED_TOKEN)].map((m) => ({
      index: m.index,
      code: normalizeEnhanced(m[1] ?? ''),
    })),
  ].toSorted((x, y) => x.index - y.index);
  for (const { code } of tokens) {
    if (code.includes('.') ? hasPage(code) : isStandardCode(Number(code)))
      add({ label: code, url: codeUrl(code), code });
  }
  return targets;
}
