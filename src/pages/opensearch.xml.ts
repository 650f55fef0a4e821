/** /opensearch.xml: lets browsers add the site's search (OpenSearch 1.1). */
import type { APIRoute } from 'astro';
import { SITE_NAME } from '../consts';
import { escapeHtml } from '../lib/inlineMarkdown';

export const GET: APIRoute = ({ site }) => {
  const origin = (site ?? new URL('http://localhost/')).origin;
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${escapeHtml(SITE_NAME)}</ShortName>
  <Description>Search SMTP reply codes and enhanced status codes</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image height="32" width="32" type="image/svg+xml">${origin}/favicon.svg</Image>
  <Url type="text/html" method="get" template="${origin}/search/?q={searchTerms}"/>
</OpenSearchDescription>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/opensearchdescription+xml' } });
};
