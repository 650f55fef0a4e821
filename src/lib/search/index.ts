// Search: direct answers (codes named, the answer table, synonyms), Pagefind's ranking, safe excerpts.
export * from './queryCodes';
export * from './answerTable';
export * from './directAnswers';
export * from './synonyms';
export * from './ranking';
export * from './excerpt';
