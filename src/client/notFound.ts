/** Fills the 404 page's explanation for the address the reader asked for. */
import { explainMissingPath } from '../lib/codes/notFound';
import { withoutBase } from '../lib/urls';

const target = document.querySelector<HTMLElement>('[data-not-found-reason]');
if (target) {
  // The codes with a non-standard page (/571/) come with the page, so it knows them without a request.
  const nonstandard = (target.dataset['nonstandard'] ?? '').split(' ').filter(Boolean).map(Number);
  const explanation = explainMissingPath(
    withoutBase(window.location.pathname) ?? window.location.pathname,
    nonstandard,
  );
  target.textContent = explanation.message;
  if (explanation.page && explanation.code) {
    const link = document.createElement('a');
    link.href = explanation.page;
    link.textContent = `Read the ${explanation.code} page`;
    target.append(' ', link, '.');
  }
  const input = document.querySelector<HTMLInputElement>('[data-not-found-query]');
  if (input && explanation.code) input.value = explanation.code;
}
