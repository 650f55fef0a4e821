/** Links and labels for RFC citations. */

export interface RfcCitation {
  rfc: number;
  section: string;
}

/** The RFC Editor's HTML rendering has an anchor per section ("#section-4.2.3", "#appendix-D"). */
export function rfcUrl({ rfc, section }: RfcCitation): string {
  const anchor = section.startsWith('Appendix ')
    ? `appendix-${section.slice('Appendix '.length)}`
    : `section-${section}`;
  return `https://www.rfc-editor.org/rfc/rfc${rfc}.html#${anchor}`;
}

/** "RFC 5321 §4.2.3" or "RFC 5321 Appendix D". */
export function rfcLabel({ rfc, section }: RfcCitation): string {
  return section.startsWith('Appendix ') ? `RFC ${rfc} ${section}` : `RFC ${rfc} §${section}`;
}
