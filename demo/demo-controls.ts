// Demo only: the banner's clock note and its reset control (see demo/partials/header.html).
import { MOCK_NOW_QUERY_PARAM } from '../mocks/clock.js';
import type { Persistence } from '../mocks/persistence.js';

/** Set across the reload that follows a reset, so that the banner can say it happened. */
const RESET_NOTE = 'sportello-demo-reset';

const startTime = new Intl.DateTimeFormat('it-IT', {
  timeZone: 'Europe/Rome',
  dateStyle: 'full',
  timeStyle: 'short',
});

/** Says at which time the page's clock started, with a link back to the real time. */
export function showDemoClock(movedTo: Date | undefined): void {
  const note = document.querySelector<HTMLElement>('#demo-clock');
  if (!note || !movedTo) return;
  const realTime = new URL(location.href);
  realTime.searchParams.delete(MOCK_NOW_QUERY_PARAM);
  const label = document.createElement('strong');
  label.textContent = 'Orologio della demo:';
  const back = document.createElement('a');
  back.href = realTime.href;
  back.textContent = 'torna all’ora reale';
  note.replaceChildren(
    label,
    ` partito da ${startTime.format(movedTo)} (ora di Roma), va avanti da lì. `,
    back,
  );
  note.hidden = false;
}

/**
 * "Azzera i dati della demo": forgets the reference server's records and what the widgets keep
 * in this origin (the desk's office key and offline queue), then reloads the page.
 */
export function showResetControl(persistence: Persistence | undefined): void {
  const button = document.querySelector<HTMLButtonElement>('#demo-reset');
  const status = document.querySelector<HTMLElement>('#demo-reset-status');
  if (!button) return;
  button.hidden = false;
  if (status && sessionStorage.getItem(RESET_NOTE)) {
    sessionStorage.removeItem(RESET_NOTE);
    status.textContent = 'Dati della demo azzerati.';
  }
  button.addEventListener('click', () => {
    button.disabled = true;
    void (async () => {
      await persistence?.clear();
      for (const key of Object.keys(localStorage)) {
        if (key.startsWith('sportello-')) localStorage.removeItem(key);
      }
      sessionStorage.setItem(RESET_NOTE, '1');
      location.reload();
    })();
  });
}
