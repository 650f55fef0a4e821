/** The /decode/ page: decodes what is pasted, in the browser, as the reader types. */
import { decodeBounce } from '../lib/bounce/decode';
import { PROVIDER_NOTES, explainReply } from '../lib/bounce/explain';
import { loadCodeRecords } from './loadRecords';
import { renderExplained } from './renderDecoded';

const form = document.querySelector<HTMLFormElement>('[data-decode-form]');
const input = document.querySelector<HTMLTextAreaElement>('[data-decode-input]');
const results = document.querySelector<HTMLElement>('[data-decode-results]');
const status = document.querySelector<HTMLElement>('[data-decode-status]');
const share = document.querySelector<HTMLButtonElement>('[data-decode-share]');

document.querySelector('[data-needs-js-message]')?.remove();

async function decode(): Promise<void> {
  if (!input || !results || !status) return;
  const decoded = decodeBounce(input.value);
  const records = await loadCodeRecords();
  const nodes: HTMLElement[] = [];
  for (const provider of decoded.providers) {
    const note = document.createElement('p');
    note.className = 'provider-note';
    note.textContent = PROVIDER_NOTES[provider];
    nodes.push(note);
  }
  for (const reply of decoded.replies) nodes.push(renderExplained(explainReply(reply, records)));
  results.replaceChildren(...nodes);
  const count = decoded.replies.length;
  status.textContent =
    input.value.trim() === ''
      ? ''
      : count === 0
        ? 'No SMTP reply code found in this text.'
        : `${count} repl${count === 1 ? 'y' : 'ies'} found.`;
}

let timer: ReturnType<typeof setTimeout> | undefined;
if (form && input) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void decode();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void decode(), 150);
  });
  // A share link carries the text in the fragment, which never reaches a server.
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

if (share && input) {
  share.hidden = false;
  share.addEventListener('click', () => {
    const url = new URL(window.location.href);
    url.hash = encodeURIComponent(input.value);
    window.history.replaceState(null, '', url);
    void navigator.clipboard?.writeText(url.href).then(
      () => {
        if (status) status.textContent = 'Share link copied. Anyone who opens it decodes the same text.';
      },
      () => {
        if (status) status.textContent = 'The address bar now holds the share link.';
      },
    );
  });
}
