export function publishedUrls(dist?: string): string[];
