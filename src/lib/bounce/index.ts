// The bounce decoder: reading replies out of pasted text, provider-aware readings and situations, tickets and share text.
export * from './decode';
export * from './explain';
export * from './reading';
export * from './situations';
export * from './ticket';
