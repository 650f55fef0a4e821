// Basic three-digit reply codes: the standard list, the content schema, grouping by class, and explaining a code that has no page.
export * from './replyCodes';
export * from './schema';
export * from './classGroups';
export * from './notFound';
export * from './nonstandardSchema';
