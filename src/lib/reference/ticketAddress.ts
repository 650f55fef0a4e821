/**
 * The address in a "Copy for ticket" text, moved to the origin the reader is on. The build writes
 * the canonical address (SITE_URL), which a local copy, a preview deploy or a mirror does not
 * serve; the page the reader has open always exists, so the pasted link is built from it. Runs in
 * the browser: no imports.
 */

/**
 * Replaces the ticket's last line, an absolute URL, with the same path and fragment on `origin`
 * ("http://127.0.0.1:4321"). A text whose last line is not a URL comes back unchanged.
 */
export function ticketOnOrigin(ticket: string, origin: string): string {
  const lines = ticket.split('\n');
  const last = lines.at(-1) ?? '';
  let address: URL;
  try {
    address = new URL(last);
  } catch {
    return ticket;
  }
  if (!/^https?:$/.test(address.protocol)) return ticket;
  lines[lines.length - 1] = new URL(`${address.pathname}${address.hash}`, origin).href;
  return lines.join('\n');
}
