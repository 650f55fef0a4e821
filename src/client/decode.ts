/**
 * The /decode/ page: reads what is pasted, in the browser, as the reader types. The only requests
 * are for this site's own data files (/codes.json, /decode/vendors.json); the pasted text is never
 * part of one.
 */
import {
  readBounce,
  readingProviders,
  withReadings,
  type BounceReading,
  type IndexedVendor,
  type ReplyReading,
  type VendorReplyReading,
} from '../lib/bounce/reading';
import { readingTicket, shareText } from '../lib/bounce/ticket';
import { decoderVendorReadingsUrl, decoderVendorsUrl, providersIndexUrl } from '../lib/urls';
import { loadCodeRecords } from './loadRecords';
import { renderExplained } from './renderDecoded';

const panel = document.querySelector<HTMLElement>('[data-decode-panel]');
const input = document.querySelector<HTMLTextAreaElement>('[data-decode-input]');
const button = document.querySelector<HTMLButtonElement>('[data-decode-button]');
const results = document.querySelector<HTMLElement>('[data-decode-results]');
const status = document.querySelector<HTMLElement>('[data-decode-status]');
const share = document.querySelector<HTMLButtonElement>('[data-decode-share]');

document.querySelector('[data-needs-js-message]')?.remove();
if (panel) panel.hidden = false;

let vendorsPromise: Promise<IndexedVendor[]> | undefined;
function loadVendors(): Promise<IndexedVendor[]> {
  vendorsPromise ??= fetch(decoderVendorsUrl(), { credentials: 'omit' })
    .then((response) => (response.ok ? (response.json() as Promise<IndexedVendor[]>) : []))
    .catch(() => []);
  return vendorsPromise;
}

/** Each provider's readings, fetched once, only when a bounce names that provider (the URL holds only its name). */
const readingsBySlug = new Map<string, readonly VendorReplyReading[]>();
const readingsLoading = new Map<string, Promise<void>>();
function loadReadings(slugs: readonly string[]): Promise<unknown> {
  return Promise.all(
    slugs.map((slug) => {
      let loading = readingsLoading.get(slug);
      if (!loading) {
        loading = fetch(decoderVendorReadingsUrl(slug), { credentials: 'omit' })
          .then((response) => (response.ok ? (response.json() as Promise<VendorReplyReading[]>) : []))
          .then((readings) => void readingsBySlug.set(slug, readings))
          .catch(() => undefined);
        readingsLoading.set(slug, loading);
      }
      return loading;
    }),
  );
}

let last: BounceReading | undefined;

function say(message: string): void {
  if (status) status.textContent = message;
}

function copy(text: string, done: string): void {
  if (!navigator.clipboard) {
    say('Copying is not available here; select the text instead.');
    return;
  }
  navigator.clipboard.writeText(text).then(
    () => say(done),
    () => say('The browser refused to copy; select the text instead.'),
  );
}

/** The reading with its "Copy for ticket" button. */
function renderReading(reading: ReplyReading): HTMLElement {
  const article = renderExplained(reading);
  const actions = document.createElement('p');
  actions.className = 'decode-actions';
  const ticket = document.createElement('button');
  ticket.type = 'button';
  ticket.className = 'secondary';
  ticket.textContent = 'Copy for ticket';
  ticket.addEventListener('click', () =>
    copy(readingTicket(reading, window.location.origin), 'Copied: paste it into the ticket.'),
  );
  actions.append(ticket);
  article.append(actions);
  return article;
}

/** What the reader sees when nothing could be read: what was looked for, and where else to look. */
function renderNothing(reading: ReplyReading): HTMLElement {
  const article = document.createElement('article');
  article.className = 'decoded';
  const meaning = document.createElement('p');
  meaning.textContent = reading.meaning;
  const step = document.createElement('p');
  step.textContent = reading.firstStep;
  const providers = document.createElement('p');
  const link = document.createElement('a');
  link.href = providersIndexUrl();
  link.textContent = 'the provider pages';
  providers.append('If you know who sent it, ', link, ' list what each provider’s bounces say.');
  article.append(meaning, step, providers);
  return article;
}

async function decode(): Promise<void> {
  if (!input || !results) return;
  const [records, index] = await Promise.all([loadCodeRecords(), loadVendors()]);
  // Which providers said it needs only the signatures; what they mean needs their readings.
  const needed = readingProviders(readBounce(input.value, records, withReadings(index, readingsBySlug)));
  const missing = needed.filter((slug) => !readingsBySlug.has(slug));
  if (missing.length > 0) await loadReadings(missing);
  const reading = readBounce(input.value, records, withReadings(index, readingsBySlug));
  last = reading;
  const nodes: HTMLElement[] = [];
  if (input.value.trim() !== '') {
    if (reading.replies.length === 0) {
      nodes.push(
        reading.main.source === 'nothing' ? renderNothing(reading.main) : renderReading(reading.main),
      );
    } else {
      // The decisive reply first: it answers "what happened"; the others follow in the order given.
      const order = reading.replies.map((_reply, index) => index);
      if (reading.mainIndex > 0) order.unshift(...order.splice(reading.mainIndex, 1));
      for (const index of order) {
        const reply = reading.replies[index];
        if (reply) nodes.push(renderReading(reply));
      }
    }
  }
  results.replaceChildren(...nodes);
  const count = reading.replies.length;
  say(
    input.value.trim() === ''
      ? ''
      : count === 0
        ? reading.main.source === 'nothing'
          ? 'No SMTP reply code found in this text.'
          : 'No reply code in this text, but it says what happened.'
        : `${count} repl${count === 1 ? 'y' : 'ies'} found.`,
  );
  if (share) share.hidden = count === 0;
}

let timer: ReturnType<typeof setTimeout> | undefined;
if (input) {
  button?.addEventListener('click', () => void decode());
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void decode(), 150);
  });
  // A share link carries the reply lines in the fragment, which never reaches a server.
  const shared = window.location.hash.slice(1);
  if (shared) {
    try {
      input.value = decodeURIComponent(shared);
    } catch {
      input.value = '';
    }
    void decode();
  }
}

share?.addEventListener('click', () => {
  if (!last || last.decoded.replies.length === 0) return;
  const url = new URL(window.location.href);
  url.hash = encodeURIComponent(shareText(last.decoded.replies));
  window.history.replaceState(null, '', url);
  copy(url.href, 'Share link copied: it carries only the reply lines, with addresses masked.');
});
