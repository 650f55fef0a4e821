// Providers and the codes they send outside the standards: the content schema (pages come with the next step).
export * from './schema';
