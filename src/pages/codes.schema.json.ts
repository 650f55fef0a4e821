/** /codes.schema.json: the JSON Schema of /codes.json and of every /<code>.json record. */
import type { APIRoute } from 'astro';
import { SCHEMA_FILE, codesJsonSchema } from '../lib/reference/recordSchema';
import { absoluteUrl } from '../lib/urls';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(codesJsonSchema(absoluteUrl(`/${SCHEMA_FILE}`, site)), null, 2), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
