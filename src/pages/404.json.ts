/**
 * /404.json: what a program gets for a missing /X.json where the server can answer with it
 * (scripts/serve.mjs does; README, "Data", says what static hosts can do).
 */
import type { APIRoute } from 'astro';
import { codesJsonUrl, dataUrl } from '../lib/urls';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      error: 'not-found',
      message: `No such file. Every code with a page is listed in ${codesJsonUrl()}; the fields are described at ${dataUrl()}.`,
    }),
    { headers: { 'Content-Type': 'application/json' } },
  );
