/**
 * /search/phrases.json: the words that lead to each page of /search/answers.json (names, reply
 * texts, tags, provider names, synonyms). Loaded for a query of words, or while the reader types.
 */
import type { APIRoute } from 'astro';
import { searchAnswerTable } from '../../collections';

export const GET: APIRoute = async () => {
  const { terms } = await searchAnswerTable();
  return new Response(JSON.stringify({ terms }), { headers: { 'Content-Type': 'application/json' } });
};
