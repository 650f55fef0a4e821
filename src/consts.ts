/** Site-wide values. */
export const SITE_NAME = 'SMTP Codes';
export const SITE_TAGLINE =
  'What every SMTP reply code means, who must act, and how to fix it: checked against the RFCs.';
