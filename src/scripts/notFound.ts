/** Fills the 404 page's explanation for the address the reader asked for. */
import { explainMissingPath } from '../lib/notFound';

const target = document.querySelector<HTMLElement>('[data-not-found-reason]');
if (target) {
  const explanation = explainMissingPath(window.location.pathname);
  target.textContent = explanation.message;
  const input = document.querySelector<HTMLInputElement>('[data-not-found-query]');
  if (input && explanation.code) input.value = explanation.code;
}
