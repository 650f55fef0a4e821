/**
 * Shows the "Copy for ticket" buttons and copies their summary to the clipboard, with the link
 * built from the address the reader is on, so it opens wherever the copy came from.
 */
import { ticketOnOrigin } from '../lib/reference/ticketAddress';

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-ticket]')) {
  const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
  button.hidden = false;
  button.addEventListener('click', () => {
    const text = ticketOnOrigin(button.dataset['copyTicket'] ?? '', location.origin);
    const done = (message: string) => {
      if (status) status.textContent = message;
    };
    if (!navigator.clipboard) {
      done('Copying is not available here; select the summary at the top of the page instead.');
      return;
    }
    navigator.clipboard.writeText(text).then(
      () => done('Copied: paste it into the ticket.'),
      () => done('The browser refused to copy; select the summary at the top of the page instead.'),
    );
  });
}
