import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontMatter, type MarkdownFile } from '../../helpers/frontMatter';

export const CONTENT_DIR = join(import.meta.dirname, '../../../content');

export interface ContentFile extends MarkdownFile {
  /** File name without its extension, e.g. "530". */
  stem: string;
  fileName: string;
}

/** Reads every Markdown file of a content folder, as the build would. */
export function readContentFiles(folder: string): ContentFile[] {
  const dir = join(CONTENT_DIR, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((fileName) => ({
      fileName,
      stem: fileName.replace(/\.md$/, ''),
      ...splitFrontMatter(readFileSync(join(dir, fileName), 'utf8'), fileName),
    }));
}

/** A content file's front matter, as a fresh object a test may change. */
export function frontMatterOf(relativePath: string): Record<string, unknown> {
  const source = readFileSync(join(CONTENT_DIR, relativePath), 'utf8');
  return structuredClone(splitFrontMatter(source, relativePath).data) as Record<string, unknown>;
}

/** Validation problems as "field.path: message" lines, [] when the data is valid. */
export function schemaProblems(
  schema: {
    safeParse(
      data: unknown,
    ): { success: true } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  data: unknown,
): string[] {
  const result = schema.safeParse(data);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`);
}
