import { html, nothing, type TemplateResult } from 'lit';
import type { Booking } from '../../api/types.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { ReceiptMessages } from './messages/index.js';
import { officeDay } from './booking-view.js';

export interface CancelDialogOptions {
  t: LocalizeController<ReceiptMessages>;
  booking: Booking;
  pending: boolean;
  /** A failed attempt, shown inside the dialog with the choice to try again. */
  error?: TemplateResult;
  onConfirm: () => void;
  /** Called when the dialog closes, to put focus back on the button that opened it. */
  onClose: () => void;
}

/**
 * The confirmation before cancelling: a modal <dialog> (focus moves in and stays in, Escape
 * closes it) that says what will happen; "keep it" comes first and so has the focus when it
 * opens, so that Enter never cancels by accident.
 */
export function renderCancelDialog(options: CancelDialogOptions): TemplateResult {
  const { t, booking, pending, error } = options;
  const m = t.m.receipt;
  const when = `${officeDay(t, booking.start)}, ${t.time(booking.start)}`;
  return html`<dialog
    class="dialog"
    part="dialog"
    aria-labelledby="confirm-title"
    aria-describedby="confirm-text"
    @close=${options.onClose}
  >
    <h3 id="confirm-title">${m.confirmTitle}</h3>
    <p id="confirm-text">${m.confirmText(booking.code, when)}</p>
    ${error ?? nothing}
    <p class="visually-hidden" role="status">${pending ? m.cancelling : ''}</p>
    <div class="button-row">
      <button
        type="button"
        class="button button--secondary"
        @click=${(event: Event) => (event.target as HTMLElement).closest('dialog')?.close()}
      >
        ${m.confirmNo}
      </button>
      <button
        type="button"
        class="button button--danger"
        aria-disabled=${pending ? 'true' : 'false'}
        @click=${options.onConfirm}
      >
        ${pending ? m.cancelling : m.confirmYes}
      </button>
    </div>
  </dialog>`;
}
