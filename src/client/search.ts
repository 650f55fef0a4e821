/**
 * The search page. Direct answers paint first, from /search/answers.json (a few kilobytes: every
 * code page, range and provider) and, for words, /search/phrases.json; Pagefind (its WebAssembly
 * and index, far larger) loads only when a query needs full-text results, after that first paint.
 * The query never leaves the browser except as the page's own URL.
 */
import {
  readPhrases,
  type AnswerTable,
  type AnswerTerm,
  type PublishedPhrases,
} from '../lib/search/answerTable';
import { directAnswers, type DirectAnswer } from '../lib/search/directAnswers';
import { excerptSegments } from '../lib/search/excerpt';
import { namesOnlyCodes } from '../lib/search/queryCodes';
import { FULL_TEXT_PAGE_SIZE, SEARCH_RANKING, searchFilters } from '../lib/search/ranking';
import { fileUrl, withBase } from '../lib/urls';
import {
  ANSWER_NOTES,
  MISSING_NOTE,
  MORE_RESULTS,
  SEARCH_STATUS,
  fullTextButton,
  missingLabel,
  rangeNote,
  twinNote,
} from '../lib/wording/search';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    query: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = document.querySelector<HTMLInputElement>('[data-search-input]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const reading = document.querySelector<HTMLElement>('[data-search-reading]');
const more = document.querySelector<HTMLElement>('[data-search-more]');

/**
 * One of the site's own JSON files; `empty` when it cannot be read (search then falls back to
 * Pagefind). Fetched as the page's `<link rel="preload">` asks for it (same-origin credentials),
 * so the browser uses the preloaded response instead of fetching it twice.
 */
async function loadJson<T>(name: string, empty: T): Promise<T> {
  try {
    const response = await fetch(fileUrl(name));
    return response.ok ? ((await response.json()) as T) : empty;
  } catch {
    return empty;
  }
}

const EMPTY_TABLE: AnswerTable = { pages: [], terms: [], ranges: [], curated: [] };
let answersPromise: Promise<AnswerTable> | undefined;
const loadAnswers = () => (answersPromise ??= loadJson<AnswerTable>('search/answers.json', EMPTY_TABLE));
let phrasesPromise: Promise<AnswerTerm[]> | undefined;
const loadPhrases = () =>
  (phrasesPromise ??= loadJson<PublishedPhrases>('search/phrases.json', {}).then(readPhrases));
/** The table with its phrases, built once both have arrived. */
let fullTable: Promise<AnswerTable> | undefined;
const loadFullTable = () =>
  (fullTable ??= Promise.all([loadAnswers(), loadPhrases()]).then(([table, terms]) => ({ ...table, terms })));

let pagefindPromise: Promise<PagefindApi> | undefined;
function loadPagefind(): Promise<PagefindApi> {
  pagefindPromise ??= (async () => {
    // A runtime path, not a module Vite can see: the index is written after the build.
    const url = fileUrl('pagefind/pagefind.js');
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // Result URLs are paths in dist/; under a base they need it in front.
    await pagefind.options({ ranking: SEARCH_RANKING, excerptLength: 24, baseUrl: withBase('/') });
    await pagefind.init();
    return pagefind;
  })();
  return pagefindPromise;
}

/** Resolves after the browser has painted what is on screen now. */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

/** The comparison's heading from the two codes' names: "530 Authentication Required vs 535 …". */
function comparisonTitle(answer: DirectAnswer, table: AnswerTable): string {
  const names = answer.label.split(' vs ').map((code) => {
    const page = table.pages.find((candidate) => candidate.code === code);
    return page ? `${code} ${page.title}` : code;
  });
  return names.length === 2 ? names.join(' vs ') : answer.label;
}

function renderAnswer(answer: DirectAnswer, table: AnswerTable): HTMLLIElement {
  const item = document.createElement('li');
  item.dataset['direct'] = answer.kind;
  if (answer.kind === 'missing') {
    item.append(link(answer.url, missingLabel(answer.asked ?? answer.label)), paragraph(MISSING_NOTE));
    return item;
  }
  const label =
    answer.kind === 'comparison'
      ? comparisonTitle(answer, table)
      : answer.title
        ? `${answer.label} ${answer.title}`
        : answer.label;
  item.append(link(answer.url, label));
  const note = paragraph(
    answer.reason === 'range' && answer.asked ? rangeNote(answer.asked) : ANSWER_NOTES[answer.kind],
  );
  if (answer.twin) {
    note.append(' ', twinNote(answer.twin.label), link(answer.twin.url, answer.twin.label), '.');
  }
  item.append(note);
  return item;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const excerpt = document.createElement('p');
  for (const segment of excerptSegments(data.excerpt)) {
    if (segment.highlighted) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      excerpt.append(mark);
    } else {
      excerpt.append(document.createTextNode(segment.text));
    }
  }
  item.append(link(data.url, data.meta['title'] ?? data.url), excerpt);
  return item;
}

/** The decoder's reading of a pasted reply; its code (the decoder) loads only when needed. */
async function renderReading(query: string): Promise<void> {
  if (!reading) return;
  if (namesOnlyCodes(query) || !/(?<!\d)[2-5]\d\d(?!\d)/.test(query)) {
    reading.replaceChildren();
    return;
  }
  const { readingOf } = await import('./searchReading');
  const nodes = await readingOf(query);
  if (query === input?.value.trim()) reading.replaceChildren(...nodes);
}

/** Full-text results not yet shown, a page at a time. */
interface FullText {
  results: PagefindResult[];
  next: number;
  duplicates: number;
}

let latest = 0;
let fullText: FullText | undefined;
let directCount = 0;
let shownUrls = new Set<string>();
let currentQuery = '';

function setMore(content: HTMLElement | undefined): void {
  more?.replaceChildren(...(content ? [content] : []));
}

function button(text: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = text;
  element.addEventListener('click', onClick);
  return element;
}

/** "/4.1.1/" ↔ "/5.1.1/": an enhanced code's page in the other class. */
function twinPath(url: string): string | undefined {
  const match = /^(.*\/)([45])(\.\d+\.\d+\/)$/.exec(url);
  return match ? `${match[1]}${match[2] === '4' ? '5' : '4'}${match[3]}` : undefined;
}

/**
 * Appends the next page of full-text results, skipping pages already shown, and an enhanced
 * code whose twin in the other class is already shown (they are one grouped result).
 */
async function showMoreFullText(ticket: number): Promise<void> {
  if (!list || !status || !fullText) return;
  const batch = fullText.results.slice(fullText.next, fullText.next + FULL_TEXT_PAGE_SIZE);
  fullText.next += batch.length;
  const data = await Promise.all(batch.map((result) => result.data()));
  if (ticket !== latest) return;
  const fresh = data.filter((result) => {
    const twin = twinPath(result.url);
    if (shownUrls.has(result.url) || (twin !== undefined && shownUrls.has(twin))) return false;
    shownUrls.add(result.url);
    return true;
  });
  fullText.duplicates += data.length - fresh.length;
  list.append(...fresh.map(renderResult));
  const total = directCount + fullText.results.length - fullText.duplicates;
  const shown = list.children.length;
  status.textContent =
    total === 0 ? SEARCH_STATUS.none(currentQuery) : SEARCH_STATUS.found(shown, total, currentQuery);
  setMore(
    fullText.next < fullText.results.length
      ? button(MORE_RESULTS, () => void showMoreFullText(ticket))
      : undefined,
  );
}

async function runFullText(query: string, ticket: number): Promise<void> {
  if (!status) return;
  status.textContent = SEARCH_STATUS.searching;
  await afterPaint();
  const pagefind = await loadPagefind();
  if (ticket !== latest) return;
  const found = await pagefind.search(query, { filters: searchFilters(query) });
  if (ticket !== latest) return;
  fullText = { results: found?.results ?? [], next: 0, duplicates: 0 };
  await showMoreFullText(ticket);
}

async function runSearch(query: string): Promise<void> {
  if (!list || !status) return;
  const ticket = ++latest;
  const trimmed = query.trim();
  currentQuery = trimmed;
  fullText = undefined;
  setMore(undefined);
  if (trimmed === '') {
    list.replaceChildren();
    reading?.replaceChildren();
    status.textContent = SEARCH_STATUS.empty;
    return;
  }
  const codesOnly = namesOnlyCodes(trimmed);
  const table = await (codesOnly ? loadAnswers() : loadFullTable());
  if (ticket !== latest) return; // a newer query has started
  const answers = directAnswers(trimmed, table);
  directCount = answers.length;
  shownUrls = new Set(answers.flatMap((answer) => [answer.url, ...(answer.twin ? [answer.twin.url] : [])]));
  list.replaceChildren(...answers.map((answer) => renderAnswer(answer, table)));
  void renderReading(trimmed);
  if (codesOnly && answers.length > 0) {
    // The codes named are the answer; pages that merely mention them are one click away.
    status.textContent = SEARCH_STATUS.codesOnly(answers.length, trimmed);
    setMore(button(fullTextButton(trimmed), () => void runFullText(trimmed, ticket)));
    // Words typed next need the phrases: fetch them while the reader looks.
    void afterPaint().then(loadPhrases);
    return;
  }
  await runFullText(trimmed, ticket);
}

function syncUrl(query: string): void {
  const url = new URL(window.location.href);
  if (query.trim() === '') url.searchParams.delete('q');
  else url.searchParams.set('q', query);
  window.history.replaceState(null, '', url);
}

// The page says search needs JavaScript; with JavaScript running, that is no longer true.
for (const message of document.querySelectorAll('[data-needs-js-message]')) message.remove();

if (form && input) {
  const initial = new URLSearchParams(window.location.search).get('q') ?? '';
  // With no query yet, fetch the answer tables when the reader reaches for the box.
  input.addEventListener('focus', () => void loadFullTable(), { once: true });
  input.value = initial;
  void runSearch(initial);
  input.addEventListener('input', () => {
    syncUrl(input.value);
    void runSearch(input.value);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    syncUrl(input.value);
    void runSearch(input.value);
  });
}
