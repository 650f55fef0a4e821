/** Fills the 404 page's explanation for the address the reader asked for. */
import { explainMissingPath } from '../lib/codes/notFound';
import { withoutBase } from '../lib/urls';

const target = document.querySelector<HTMLElement>('[data-not-found-reason]');
if (target) {
  const explanation = explainMissingPath(withoutBase(window.location.pathname) ?? window.location.pathname);
  target.textContent = explanation.message;
  const input = document.querySelector<HTMLInputElement>('[data-not-found-query]');
  if (input && explanation.code) input.value = explanation.code;
}
