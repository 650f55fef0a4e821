/**
 * /search/phrases.json: the words that lead to each page of /search/answers.json (names, reply
 * texts, tags, provider names, synonyms). Loaded for a query of words, or while the reader types.
 */
import type { APIRoute } from 'astro';
import { searchAnswerTable } from '../../collections';
import { publishPhrases } from '../../lib/search/answerTable';

export const GET: APIRoute = async () => {
  const { terms } = await searchAnswerTable();
  return new Response(JSON.stringify(publishPhrases(terms)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
