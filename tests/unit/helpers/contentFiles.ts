import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontMatter, type MarkdownFile } from '../../../src/lib/frontMatter';

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
