/** The two-select picker on /compare/: goes straight to the canonical comparison page. */
import { comparisonUrl } from '../lib/urls';

const form = document.querySelector<HTMLFormElement>('[data-compare-picker]');
const status = form?.querySelector<HTMLElement>('[data-compare-status]');
if (form) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const a = Number(data.get('a'));
    const b = Number(data.get('b'));
    if (a === b) {
      if (status) status.textContent = 'Choose two different codes.';
      return;
    }
    window.location.assign(comparisonUrl(a, b));
  });
}
