/** /decode/vendors.json: how to recognise each provider and its documented replies (no readings), for the decoder. */
import type { APIRoute } from 'astro';
import { allVendors } from '../../collections';
import { decoderVendorIndex, decoderVendors } from '../../lib/bounce/reading';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(decoderVendorIndex(decoderVendors(await allVendors()))), {
    headers: { 'Content-Type': 'application/json' },
  });
