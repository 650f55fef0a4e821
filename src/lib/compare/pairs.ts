/** Which comparison pages exist, their canonical addresses, and the redirects to them. */
import { comparisonId, comparisonIdUrl } from '../urls';

export interface Pair {
  lower: number;
  higher: number;
  /** "214-vs-530" */
  id: string;
  /** "530-vs-214": the reverse order, which redirects to the canonical page. */
  reverseId: string;
}

export function makePair(x: number, y: number): Pair {
  const id = comparisonId(x, y);
  const lower = Math.min(x, y);
  const higher = Math.max(x, y);
  return { lower, higher, id, reverseId: `${higher}-vs-${lower}` };
}

/** Every unordered pair of the given codes, lower code first, in code order. */
export function allPairs(codes: readonly number[]): Pair[] {
  const sorted = [...new Set(codes)].toSorted((a, b) => a - b);
  return sorted.flatMap((lower, index) => sorted.slice(index + 1).map((higher) => makePair(lower, higher)));
}

/**
 * Comparisons to suggest on a pair's page: curated pairs involving either code first, then each
 * code with the codes its page lists as related. Never the pair itself; at most `limit`.
 */
export function relatedComparisons(
  pair: Pair,
  relatedOf: ReadonlyMap<number, readonly number[]>,
  curatedIds: ReadonlySet<string>,
  limit = 6,
): Pair[] {
  const candidates: Pair[] = [];
  const add = (x: number, y: number) => {
    if (x === y) return;
    const candidate = makePair(x, y);
    if (candidate.id !== pair.id && !candidates.some((c) => c.id === candidate.id))
      candidates.push(candidate);
  };
  for (const id of [...curatedIds].toSorted()) {
    const [x, y] = id.split('-vs-').map(Number);
    if (
      x !== undefined &&
      y !== undefined &&
      (x === pair.lower || x === pair.higher || y === pair.lower || y === pair.higher)
    ) {
      add(x, y);
    }
  }
  for (const code of [pair.lower, pair.higher]) {
    for (const related of relatedOf.get(code) ?? []) add(code, related);
  }
  return candidates.slice(0, limit);
}

/** Netlify / Cloudflare Pages `_redirects` lines: each reverse order to its canonical page, under `base`. */
export function redirectLines(pairs: readonly Pair[], base?: string): string[] {
  return pairs.flatMap((pair) => {
    const from = comparisonIdUrl(pair.reverseId, base);
    const to = comparisonIdUrl(pair.id, base);
    return [`${from} ${to} 301`, `${from.slice(0, -1)} ${to} 301`];
  });
}
