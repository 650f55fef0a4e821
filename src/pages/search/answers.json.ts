/**
 * /search/answers.json: every page a search can answer with at once (codes, ranges, providers)
 * and the curated comparisons. Small on purpose: a query of codes paints from this file alone.
 */
import type { APIRoute } from 'astro';
import { searchAnswerTable } from '../../collections';

export const GET: APIRoute = async () => {
  const { pages, ranges, curated } = await searchAnswerTable();
  return new Response(JSON.stringify({ pages, ranges, curated, terms: [] }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
