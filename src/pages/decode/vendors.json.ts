/** /decode/vendors.json: how to recognise each provider and its documented replies, for the decoder. */
import type { APIRoute } from 'astro';
import { allVendors } from '../../collections';
import { decoderVendors } from '../../lib/bounce/reading';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(decoderVendors(await allVendors())), {
    headers: { 'Content-Type': 'application/json' },
  });
