/**
 * Splits a Markdown file into its YAML front matter and body.
 *
 * Astro's loader does this during the build; tests need the same split outside Astro
 * (`getCollection()` returns nothing under Vitest), so they use this.
 */
import { parse } from 'yaml';

export interface MarkdownFile {
  data: unknown;
  body: string;
}

export function splitFrontMatter(source: string, fileName: string): MarkdownFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${fileName}: no front matter (the file must start with ---)`);
  return { data: parse(match[1] ?? ''), body: (match[2] ?? '').trim() };
}
