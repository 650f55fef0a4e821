/**
 * Every RFC section the content cites must exist in that RFC. The RFC texts the site rests on are
 * kept in content/reference/rfc/; citations of other RFCs are listed so they stay deliberate.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rfcSectionNumbers } from '../helpers/rfcSections';
import { CONTENT_DIR, readContentFiles } from './helpers/contentFiles';

interface Citation {
  file: string;
  rfc: number;
  section: string;
}

/** Walks front matter for every { rfc, section } object. */
function citationsIn(file: string, value: unknown, found: Citation[] = []): Citation[] {
  if (Array.isArray(value)) value.forEach((item) => citationsIn(file, item, found));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record['rfc'] === 'number' && typeof record['section'] === 'string') {
      found.push({ file, rfc: record['rfc'], section: record['section'] });
    }
    Object.values(record).forEach((item) => citationsIn(file, item, found));
  }
  return found;
}

const citations = ['codes', 'enhanced'].flatMap((folder) =>
  readContentFiles(folder).flatMap((file) => citationsIn(`${folder}/${file.fileName}`, file.data)),
);

/** RFCs cited without a local text, each for a stated reason. */
const CITED_WITHOUT_TEXT: Record<number, string> = {
  2554: 'obsoleted by RFC 4954; cited only for where an AUTH code was first defined',
  6376: 'DKIM, which X.7.20-X.7.22 report on; RFC 7372 §3.1 is the local text that registers them',
  7208: 'SPF, which X.7.23/X.7.24 report on; RFC 7372 §3.2 is the local text that registers them',
  7489: 'DMARC alignment, cited by X.7.22 for what "author-matched" means in practice',
  8301: 'DKIM algorithm and key-size updates, cited by X.7.21 for "acceptable" signatures',
};

const sectionsByRfc = new Map<number, Set<string>>();
function sectionsOf(rfc: number): Set<string> | undefined {
  if (!sectionsByRfc.has(rfc)) {
    const path = join(CONTENT_DIR, `reference/rfc/rfc${rfc}.txt`);
    if (!existsSync(path)) return undefined;
    sectionsByRfc.set(rfc, rfcSectionNumbers(readFileSync(path, 'utf8')));
  }
  return sectionsByRfc.get(rfc);
}

describe('RFC citations', () => {
  it('finds the sections of an RFC text', () => {
    const sections = sectionsOf(5321);
    expect(sections).toBeDefined();
    for (const section of ['4.2.1', '4.2.3', '4.5.3.1.10', '4.5.4', 'Appendix D']) {
      expect(sections?.has(section), section).toBe(true);
    }
    expect(sections?.has('4.2.9')).toBe(false);
  });

  it('cite only sections that exist in the RFC', () => {
    const missing = citations
      .filter((citation) => sectionsOf(citation.rfc)?.has(citation.section) === false)
      .map((citation) => `${citation.file}: RFC ${citation.rfc} §${citation.section}`);
    expect(missing).toEqual([]);
  });

  it('cite only RFCs whose text is kept in content/reference/rfc (so the check above covers them)', () => {
    const unchecked = [
      ...new Set(
        citations
          .filter((c) => !sectionsOf(c.rfc) && !(c.rfc in CITED_WITHOUT_TEXT))
          .map((c) => `${c.file}: RFC ${c.rfc}`),
      ),
    ];
    expect(unchecked).toEqual([]);
  });
});

describe('rfcSectionNumbers', () => {
  it('reads plain-text and Markdown headings', () => {
    const sections = rfcSectionNumbers(
      [
        '3.8 Security or Policy Status',
        '4.2.3.  Reply Codes',
        '#### [4.2.1.](#section-4.2.1){.x} [Sending]',
        '   4.9 indented',
      ].join('\n'),
    );
    expect([...sections].sort()).toEqual(['3.8', '4.2.1', '4.2.3']);
  });
});
