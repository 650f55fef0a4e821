/**
 * The search page: runs Pagefind in the browser for ?q= and as the reader types, and lists the
 * results as links in rank order. The query never leaves the browser except as the page's own URL.
 */
import { excerptSegments } from '../lib/excerpt';
import { MAX_RESULTS, SEARCH_RANKING } from '../lib/searchRanking';

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

let pagefindPromise: Promise<PagefindApi> | undefined;
function loadPagefind(): Promise<PagefindApi> {
  pagefindPromise ??= (async () => {
    // A runtime path, not a module Vite can see: the index is written after the build.
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await pagefind.options({ ranking: SEARCH_RANKING, excerptLength: 24 });
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

let latest = 0;
async function runSearch(query: string): Promise<void> {
  if (!list || !status) return;
  const ticket = ++latest;
  const trimmed = query.trim();
  if (trimmed === '') {
    list.replaceChildren();
    status.textContent = 'Type a code such as 550 or 5.7.1, or words from a reply.';
    return;
  }
  status.textContent = 'Searching…';
  const pagefind = await loadPagefind();
  const found = await pagefind.search(trimmed);
  if (ticket !== latest || !found) return; // a newer query has started
  const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((result) => result.data()));
  if (ticket !== latest) return;
  list.replaceChildren(...data.map(renderResult));
  status.textContent =
    data.length === 0
      ? `No pages match “${trimmed}”.`
      : `${found.results.length} page${found.results.length === 1 ? '' : 's'} match “${trimmed}”.`;
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
