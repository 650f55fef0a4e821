/**
 * The search page: runs Pagefind in the browser for ?q= and as the reader types, and lists the
 * results as links in rank order. The query never leaves the browser except as the page's own URL.
 */
import { decodeBounce } from '../lib/bounce/decode';
import { explainReply } from '../lib/bounce/explain';
import { excerptSegments } from '../lib/search/excerpt';
import { queryTargets, type QueryTarget } from '../lib/search/queryCodes';
import { MAX_RESULTS, SEARCH_RANKING } from '../lib/search/ranking';
import { fileUrl, withBase } from '../lib/urls';
import { loadCodeRecords } from './loadRecords';
import { renderExplained } from './renderDecoded';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = document.querySelector<HTMLInputElement>('[data-search-input]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const reading = document.querySelector<HTMLElement>('[data-search-reading]');

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

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta['title'] ?? data.url;
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
  item.append(link, excerpt);
  return item;
}

/** A direct link to a code (or comparison) the query names, shown before the full-text results. */
function renderTarget(
  target: QueryTarget,
  name: string | undefined,
  meaning: string | undefined,
): HTMLLIElement {
  const item = document.createElement('li');
  item.dataset['direct'] = '';
  const link = document.createElement('a');
  link.href = target.url;
  link.textContent = name ? `${target.label} ${name}` : target.label;
  item.append(link);
  const note = document.createElement('p');
  note.textContent = meaning ?? 'Named in your search.';
  item.append(note);
  return item;
}

/** The decoder's reading of a pasted reply, when the query is more than a bare code. */
async function renderReading(query: string): Promise<void> {
  if (!reading) return;
  const decoded = decodeBounce(query);
  const bareCode = /^\s*(\d{3}|\d\.\d{1,3}\.\d{1,3})\s*$/.test(query);
  if (decoded.replies.length === 0 || bareCode) {
    reading.replaceChildren();
    return;
  }
  const records = await loadCodeRecords();
  const heading = document.createElement('h2');
  heading.textContent = 'Read as a reply';
  reading.replaceChildren(
    heading,
    ...decoded.replies.slice(0, 3).map((reply) => renderExplained(explainReply(reply, records), 'h3')),
  );
}

let latest = 0;
async function runSearch(query: string): Promise<void> {
  if (!list || !status) return;
  const ticket = ++latest;
  const trimmed = query.trim();
  if (trimmed === '') {
    list.replaceChildren();
    reading?.replaceChildren();
    status.textContent = 'Type a code such as 550 or 5.7.1, or words from a reply.';
    return;
  }
  status.textContent = 'Searching…';
  const records = await loadCodeRecords();
  if (ticket !== latest) return; // a newer query has started
  const targets = queryTargets(trimmed, (code) => records.has(code));
  const direct = targets.map((target) => {
    const record = target.code ? records.get(target.code) : undefined;
    return renderTarget(target, record?.name, record?.meaning);
  });
  // The pages the query names are known at once: show them while the full-text search runs.
  if (direct.length > 0) list.replaceChildren(...direct);
  const pagefind = await loadPagefind();
  const found = await pagefind.search(trimmed);
  if (ticket !== latest) return; // a newer query has started
  const directUrls = new Set(targets.map((target) => target.url));
  const data = (
    await Promise.all((found?.results ?? []).slice(0, MAX_RESULTS).map((result) => result.data()))
  ).filter((result) => !directUrls.has(result.url));
  if (ticket !== latest) return;
  list.replaceChildren(...direct, ...data.map(renderResult));
  void renderReading(trimmed);
  const total = direct.length + data.length;
  status.textContent =
    total === 0
      ? `No pages match “${trimmed}”.`
      : `Showing ${total} page${total === 1 ? '' : 's'} for “${trimmed}”.`;
}

function syncUrl(query: string): void {
  const url = new URL(window.location.href);
  if (query.trim() === '') url.searchParams.delete('q');
  else url.searchParams.set('q', query);
  window.history.replaceState(null, '', url);
}

// The page says search needs JavaScript; with JavaScript running, that is no longer true.
document.querySelector('[data-needs-js-message]')?.remove();

if (form && input) {
  const initial = new URLSearchParams(window.location.search).get('q') ?? '';
  // With no query yet, start loading the index and the code list when the reader reaches for the
  // box, so the first search does not wait for them (a ?q= link starts the search at once anyway).
  input.addEventListener(
    'focus',
    () => {
      void loadPagefind();
      void loadCodeRecords();
    },
    { once: true },
  );
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
