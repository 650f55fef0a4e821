// The bounce decoder: reading replies out of pasted text, explaining each, and vendors' own enhanced codes.
export * from './decode';
export * from './explain';
export * from './vendorCodes';
