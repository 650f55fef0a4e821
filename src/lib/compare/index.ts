// Comparisons of two basic codes: which pairs exist and redirect, the generated comparison, the curated-note schema.
export * from './pairs';
export * from './model';
export * from './schema';
