/**
 * The codes a search query names, so the search page can link straight to their pages: a typed
 * "550 5.1.1", a pasted bounce line, "530 vs 535", a vendor's "5.7.606" or a non-standard "571".
 * Exact codes only: a code the site has no page for never falls back to a shorter one (5.7.606 is
 * not 5.7.6); it leads to the range page that documents it, or is reported as missing.
 */
import { isStandardCode } from '../codes/replyCodes';
import { ENHANCED_PARTS } from '../enhanced/codes';
import { isRange, parseVendorEnhanced, rangeContains, type EnhancedRange } from '../vendors/codes';
import { compareCodeUrl, comparisonId, comparisonUrl, codeUrl, decodeUrl } from '../urls';

export interface QueryTarget {
  /** "550", "5.1.1", "530 vs 535", "5.7.606-649". */
  label: string;
  /** The page: "/550/", "/5.1.1/", "/compare/530-vs-535/"; the decoder for a missing code. */
  url: string;
  /** The code whose page this is, as the answer table keys it ("5.7.606-649" for a range). */
  code?: string;
  /**
   * `code`: the page of a code the query names. `range`: the page of the vendor range that
   * documents it. `comparison`: a comparison page. `missing`: a code the site has no page for.
   */
  kind: 'code' | 'range' | 'comparison' | 'missing';
  /** For a range or missing target, the code as the query wrote it. */
  asked?: string;
}

/** What the site publishes, as the query needs it. */
export interface SiteCodes {
  /** Whether /<code>/ exists: "530", "571", "5.1.1", "5.7.139", "5.7.606-649". */
  hasPage(code: string): boolean;
  /** The vendor range pages ("5.7.606-649"). */
  ranges: readonly string[];
  /** Hand-written comparisons ("530-vs-535"). */
  curated: readonly string[];
}

const BASIC_TOKEN = /(?<![\d.-])(\d{3})(?![\d.])/g;
const ENHANCED_TOKEN = new RegExp(String.raw`(?<![\d.])(${ENHANCED_PARTS})(?![\d.])`, 'g');
/** Words that ask for a comparison. */
export const COMPARE_WORDS = /\b(?:vs|versus|difference|differences|differ|compare|compared|comparison)\b/i;
/** Two codes joined by a connector and nothing else: "530 or 535", "530/535". */
const CODE_PAIR = /^\s*\d{3}\s*(?:or|and|\/|,|&)?\s*\d{3}\s*$/i;
/** How many curated comparisons of one code "530 vs" lists before the code's comparison index. */
const CURATED_FOR_ONE = 3;

/** "05.7.01" → "5.7.1". */
export function normalizeEnhanced(code: string): string {
  return code
    .split('.')
    .map((part) => String(Number(part)))
    .join('.');
}

/** The narrowest range page containing a code, if any: "5.7.612" → "5.7.606-649". */
export function rangePageFor(code: string, ranges: readonly string[]): string | undefined {
  let best: { id: string; range: EnhancedRange } | undefined;
  for (const id of ranges) {
    const range = parseVendorEnhanced(id);
    if (!range || !isRange(range) || !rangeContains(range, code)) continue;
    if (!best || range.to - range.from < best.range.to - best.range.from) best = { id, range };
  }
  return best?.id;
}

/** Whether the query, codes taken out, is only connectors and punctuation ("530", "530 vs 535"). */
export function namesOnlyCodes(text: string): boolean {
  const rest = text
    .replace(ENHANCED_TOKEN, ' ')
    .replace(BASIC_TOKEN, ' ')
    .replace(COMPARE_WORDS, ' ')
    .replace(/\b(?:or|and|code|smtp|error|reply)\b/gi, ' ');
  return !/[a-z0-9]/i.test(rest);
}

/** Targets in the order the query names them, a comparison first when one is asked for. */
export function queryTargets(query: string, site: SiteCodes): QueryTarget[] {
  const text = query.slice(0, 10_000);
  const targets: QueryTarget[] = [];
  const add = (target: QueryTarget) => {
    if (!targets.some((existing) => existing.url === target.url)) targets.push(target);
  };
  const codeOnly = namesOnlyCodes(text);

  const tokens = [
    ...[...text.matchAll(BASIC_TOKEN)].map((m) => ({ index: m.index, code: m[1] ?? '' })),
    ...[...text.matchAll(ENHANCED_TOKEN)].map((m) => ({
      index: m.index,
      code: normalizeEnhanced(m[1] ?? ''),
    })),
  ].toSorted((x, y) => x.index - y.index);

  const standard = [
    ...new Set(tokens.map((token) => token.code).filter((code) => isStandardCode(Number(code)))),
  ].map(Number);
  const asksToCompare = COMPARE_WORDS.test(text) || CODE_PAIR.test(text);
  const [first, second] = standard;
  const pair = first !== undefined && second !== undefined && (asksToCompare || codeOnly);
  const comparison = pair ? comparisonTarget(first, second) : undefined;
  if (comparison && asksToCompare) add(comparison);

  for (const { code } of tokens) {
    const enhanced = code.includes('.');
    if (site.hasPage(code)) {
      add({ label: code, url: codeUrl(code), code, kind: 'code' });
      continue;
    }
    const range = enhanced ? rangePageFor(code, site.ranges) : undefined;
    if (range) {
      add({ label: range, url: codeUrl(range), code: range, kind: 'range', asked: code });
    } else if (codeOnly) {
      // Only for a query that is nothing but codes: in a pasted line a number may be a port.
      add({ label: code, url: decodeUrl(), kind: 'missing', asked: code });
    }
  }
  if (comparison) add(comparison);

  // "530 vs", "difference 421": the hand-written comparisons of that code, then all of them.
  const only = standard[0];
  if (!pair && only !== undefined && COMPARE_WORDS.test(text)) {
    const curated = site.curated.filter((id) => id.split('-vs-').includes(String(only)));
    for (const id of curated.slice(0, CURATED_FOR_ONE)) {
      const [x = 0, y = 0] = id.split('-vs-').map(Number);
      add(comparisonTarget(x, y));
    }
    add({ label: `${only} compared`, url: compareCodeUrl(only), kind: 'comparison' });
  }
  return targets;
}

function comparisonTarget(x: number, y: number): QueryTarget {
  return {
    label: comparisonId(x, y).replace('-vs-', ' vs '),
    url: comparisonUrl(x, y),
    kind: 'comparison',
  };
}
