// Enhanced status codes (RFC 3463): the code forms, the validated IANA registry, the content schema, the index grouping.
export * from './codes';
export * from './registry';
export * from './schema';
export * from './subjectGroups';
