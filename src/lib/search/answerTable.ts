/**
 * The direct-answer table: every page a search can answer with at once (code pages, pages for
 * vendor and non-standard codes, provider pages) and the words that lead to each, from the
 * content (code names, the RFCs' reply texts, vendor tags, provider names) and the synonym table.
 * Built once at build time and published as /search/answers.json; the search page reads it to
 * paint answers before Pagefind loads. Pure: no Astro, no DOM.
 */
import { isRange, parseVendorEnhanced, rangeId, type VendorCodePage } from '../vendors/codes';
import type { VendorData } from '../vendors/schema';
import { codeUrl, decodeUrl, providerUrl } from '../urls';
import { SYNONYMS } from './synonyms';

/** What kind of page an answer is; the search page words its note from this. */
export type AnswerKind = 'basic' | 'enhanced' | 'nonstandard' | 'vendor-code' | 'provider' | 'decoder';

/** Where a term comes from: decides how much an exact hit on it counts. */
export type TermSource = 'synonym' | 'name' | 'reply' | 'tag' | 'provider' | 'domain' | 'phrase';

export interface AnswerPage {
  /** The code it is about ("530", "5.1.1", "5.7.606-649", "571"); none for providers and the decoder. */
  code?: string;
  /** A provider's slug. */
  slug?: string;
  /** The heading: "Authentication Required", "Gmail and Google Workspace". */
  title: string;
  kind: AnswerKind;
  /** For an enhanced code, the index of the same code in its other class (4.1.1 for 5.1.1). */
  twin?: number;
}

/**
 * A page's address, under the base: the table leaves it out (it follows from the code or slug),
 * which keeps the file the search page paints from small.
 */
export function answerUrl(page: Pick<AnswerPage, 'code' | 'slug' | 'kind'>): string {
  if (page.code !== undefined) return codeUrl(page.code);
  if (page.slug !== undefined) return providerUrl(page.slug);
  return decodeUrl();
}

/** A word or phrase, the pages it leads to (indexes into `pages`, best first), and its source. */
export type AnswerTerm = [text: string, source: TermSource, pages: number[]];

export interface AnswerTable {
  pages: AnswerPage[];
  terms: AnswerTerm[];
  /** Ids of the pages for documented vendor ranges ("5.7.606-649"): a code inside leads there. */
  ranges: string[];
  /** Hand-written comparisons, "530-vs-535", shown first among comparisons. */
  curated: string[];
}

/** The terms as /search/phrases.json publishes them: grouped by source, which saves repeating it. */
export type PublishedPhrases = Partial<Record<TermSource, [text: string, pages: number[]][]>>;

export function publishPhrases(terms: readonly AnswerTerm[]): PublishedPhrases {
  const grouped: PublishedPhrases = {};
  for (const [text, source, pages] of terms) (grouped[source] ??= []).push([text, pages]);
  return grouped;
}

export function readPhrases(published: PublishedPhrases): AnswerTerm[] {
  return Object.entries(published).flatMap(([source, terms]) =>
    (terms ?? []).map(([text, pages]): AnswerTerm => [text, source as TermSource, pages]),
  );
}

/** What the table is built from: content, already validated. */
export interface AnswerTableInput {
  basic: readonly {
    code: number;
    title: string;
    meanings: readonly { reply: string }[];
  }[];
  /** Enhanced entries, class-neutral ("X.1.1"), with the classes they have pages for. */
  enhanced: readonly { code: string; title: string; classes: readonly ('2' | '4' | '5')[] }[];
  nonstandard: readonly { code: number; title: string }[];
  vendors: readonly VendorData[];
  /** The vendor-code pages, as `vendorCodePages` lists them. */
  vendorPages: readonly VendorCodePage[];
  /** Curated comparison ids. */
  curated: readonly string[];
}

/** The class people meet first for an enhanced code: 5 (a bounce), then 4, then 2. */
const FIRST_CLASS: readonly ('2' | '4' | '5')[] = ['5', '4', '2'];

/** Reply text without its codes and placeholders: "550 5.1.1 <x>: User unknown" → "User unknown". */
export function replyWords(reply: string): string {
  return reply
    .replace(/^\s*\d{3}[ -]?(?:#?[245]\.\d{1,3}\.\d{1,3}\s*)?/, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A vendor-code page's heading: its first documented reply, without codes, cut at a word. */
function vendorPageTitle(page: VendorCodePage): string {
  const text = replyWords(page.uses[0]?.reply.text ?? '') || page.id;
  const vendors = [...new Set(page.uses.map((use) => use.vendor.name))].join(', ');
  const short = text.length > 70 ? `${text.slice(0, 70).replace(/\s+\S*$/, '')}…` : text;
  return `${short} (${vendors})`;
}

export function buildAnswerTable(input: AnswerTableInput): AnswerTable {
  const pages: AnswerPage[] = [];
  const byKey = new Map<string, number>();
  const addPage = (key: string, page: AnswerPage): number => {
    const existing = byKey.get(key);
    if (existing !== undefined) return existing;
    pages.push(page);
    byKey.set(key, pages.length - 1);
    return pages.length - 1;
  };
  const terms = new Map<string, AnswerTerm>();
  const addTerm = (text: string, source: TermSource, page: number) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean.length < 2) return;
    const key = `${source}\u0000${clean.toLowerCase()}`;
    const term = terms.get(key) ?? [clean, source, []];
    if (!term[2].includes(page)) term[2].push(page);
    terms.set(key, term);
  };

  for (const entry of input.basic) {
    const index = addPage(String(entry.code), {
      code: String(entry.code),
      title: entry.title,
      kind: 'basic',
    });
    addTerm(entry.title, 'name', index);
    // The RFCs' reply texts; servers' own wordings arrive with the code, which answers first.
    for (const meaning of entry.meanings) addTerm(replyWords(meaning.reply), 'reply', index);
  }

  for (const entry of input.enhanced) {
    const ordered = FIRST_CLASS.filter((cls) => entry.classes.includes(cls));
    const indexes = ordered.map((cls) => {
      const code = entry.code.replace(/^X/, cls);
      return addPage(code, { code, title: entry.title, kind: 'enhanced' });
    });
    // Class 5 and class 4 are twins: one grouped result. Class 2 stands alone.
    const five = indexes[ordered.indexOf('5')];
    const four = indexes[ordered.indexOf('4')];
    if (five !== undefined && four !== undefined) {
      const fivePage = pages[five];
      const fourPage = pages[four];
      if (fivePage) fivePage.twin = four;
      if (fourPage) fourPage.twin = five;
    }
    // A name leads to the class people meet first; its twin comes with it.
    if (indexes[0] !== undefined) addTerm(entry.title, 'name', indexes[0]);
  }

  for (const entry of input.nonstandard) {
    const index = addPage(String(entry.code), {
      code: String(entry.code),
      title: entry.title,
      kind: 'nonstandard',
    });
    addTerm(entry.title.replace(/\s*\([^)]*\)\s*$/, ''), 'name', index);
  }

  for (const page of input.vendorPages) {
    const index = addPage(page.id, {
      code: page.id,
      title: vendorPageTitle(page),
      kind: 'vendor-code',
    });
    for (const use of page.uses) {
      addTerm(replyWords(use.reply.text), 'reply', index);
      if (use.reply.tag) addTerm(use.reply.tag, 'tag', index);
    }
  }

  const decoder = addPage('decode', { title: 'Decode a bounce', kind: 'decoder' });

  for (const vendor of input.vendors) {
    const index = addPage(`provider:${vendor.slug}`, {
      slug: vendor.slug,
      title: vendor.name,
      kind: 'provider',
    });
    addTerm(vendor.name, 'provider', index);
    for (const alias of vendor.aliases) addTerm(alias, 'provider', index);
    for (const domain of vendor.domains) addTerm(domain, 'domain', index);
    for (const reply of vendor.replies) {
      if (!reply.tag) continue;
      // An identifier ("[TSS04]", "RESOLVER.ADR.RecipientNotFound") leads to the provider's page,
      // which explains it, then to the code page. An everyday phrase ("User unknown") leads to the
      // code page first and counts for less, so names and synonyms stay ahead of every provider
      // that happens to say it.
      const codePage = reply.enhanced ? codePageFor(reply.enhanced, byKey) : byKey.get(String(reply.basic));
      if (isIdentifier(reply.tag)) {
        addTerm(reply.tag, 'tag', index);
        if (codePage !== undefined) addTerm(reply.tag, 'tag', codePage);
      } else {
        if (codePage !== undefined) addTerm(reply.tag, 'phrase', codePage);
        addTerm(reply.tag, 'phrase', index);
      }
    }
  }

  for (const entry of SYNONYMS) {
    for (const page of entry.pages) {
      const index = page === 'decode' ? decoder : byKey.get(page);
      if (index === undefined) continue;
      for (const term of entry.terms) addTerm(term, 'synonym', index);
    }
  }

  return {
    pages,
    terms: [...terms.values()],
    ranges: input.vendorPages.filter((page) => isRange(page.range)).map((page) => page.id),
    curated: [...input.curated],
  };
}

/** One token with a digit, a dot, brackets or inner capitals: "[TSS04]", "RESOLVER.ADR.RecipientNotFound". */
export function isIdentifier(tag: string): boolean {
  const text = tag.trim();
  return (
    !/\s/.test(text) && (/[\d.[\]()=_]/.test(text) || /[a-z][A-Z]/.test(text) || /^[A-Z-]{4,}$/.test(text))
  );
}

/** The page for an enhanced code or range a vendor reply carries: its own page, or none. */
function codePageFor(enhanced: string, byKey: Map<string, number>): number | undefined {
  const range = parseVendorEnhanced(enhanced);
  return range ? byKey.get(rangeId(range)) : undefined;
}
