/** /opensearch.xml: lets browsers add the site's search (OpenSearch 1.1). */
import type { APIRoute } from 'astro';
import { SITE_NAME } from '../consts';
import { fileUrl, searchUrl } from '../lib/urls';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeXml = (text: string) => text.replace(/[&<>"]/g, (char) => XML_ESCAPES[char] ?? char);

export const GET: APIRoute = ({ site }) => {
  const origin = site ?? new URL('http://localhost/');
  // The template keeps {searchTerms} literal: it is OpenSearch's placeholder, not a query.
  const template = `${new URL(searchUrl(), origin).href}?q={searchTerms}`;
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${escapeXml(SITE_NAME)}</ShortName>
  <Description>Search SMTP reply codes and enhanced status codes</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image height="32" width="32" type="image/svg+xml">${escapeXml(new URL(fileUrl('favicon.svg'), origin).href)}</Image>
  <Url type="text/html" method="get" template="${escapeXml(template)}"/>
</OpenSearchDescription>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/opensearchdescription+xml' } });
};
