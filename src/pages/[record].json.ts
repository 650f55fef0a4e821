/** /530.json, /5.7.1.json: one code's record. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCodeRecords } from '../collections';

export const getStaticPaths = (async () => {
  const records = await allCodeRecords();
  return records.map((record) => ({ params: { record: record.code }, props: { record } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props['record']), { headers: { 'Content-Type': 'application/json' } });
