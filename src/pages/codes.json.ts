/** /codes.json: every basic and enhanced code the site has a page for. */
import type { APIRoute } from 'astro';
import { allCodeRecords } from '../collections';

export const GET: APIRoute = async ({ site }) => {
  const records = await allCodeRecords();
  return new Response(
    JSON.stringify({
      about: 'SMTP reply codes and enhanced status codes. Fields are added, never renamed or removed.',
      site: site?.href ?? null,
      codes: records,
    }),
    { headers: { 'Content-Type': 'application/json' } },
  );
};
