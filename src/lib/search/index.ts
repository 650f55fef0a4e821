// Search: the codes a query names, Pagefind's ranking settings, and safe excerpts.
export * from './queryCodes';
export * from './ranking';
export * from './excerpt';
