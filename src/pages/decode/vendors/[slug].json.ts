/** /decode/vendors/<slug>.json: one provider's reply readings, fetched when a pasted bounce names it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allVendors } from '../../../collections';
import { decoderVendorReadings, decoderVendors } from '../../../lib/bounce/reading';

export const getStaticPaths = (async () =>
  decoderVendors(await allVendors()).map((vendor) => ({
    params: { slug: vendor.slug },
    props: { readings: decoderVendorReadings(vendor) },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props['readings']), { headers: { 'Content-Type': 'application/json' } });
