/**
 * Content ids are file names without extension, so `5.7.1.md` keeps its dots (Astro's default
 * id would slugify it to `571`). The id must equal the file's own code field: a file whose name and
 * code disagree stops the build with a message that names both.
 */
export function idFromFileName(entry: string, data: Record<string, unknown>, field: string): string {
  const id = entry.replace(/\.(md|mdx)$/, '');
  const value = data[field];
  if (String(value) !== id) {
    throw new Error(
      `content file "${entry}": field "${field}" is ${JSON.stringify(value)} but the file is named "${id}"; ` +
        `the ${field} must match the file name`,
    );
  }
  return id;
}
