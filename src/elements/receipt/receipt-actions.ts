import { html, nothing } from 'lit';
import type { Booking } from '../../api/types.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { officeDay } from './booking-view.js';
import { downloadCalendar } from './calendar.js';
import type { ReceiptMessages } from './messages/index.js';

type T = LocalizeController<ReceiptMessages>;

export interface ActionOptions {
  /** Whether the slot picker for a new date is open. */
  changing: boolean;
  onPrint: () => void;
  onChangeDate: () => void;
  onCancel: () => void;
}

function addToCalendar(t: T, booking: Booking): void {
  const m = t.m.receipt;
  const until = booking.cancellableUntil ?? booking.start;
  const purpose = booking.purpose.text
    ? `${booking.purpose.label}: ${booking.purpose.text}`
    : booking.purpose.label;
  downloadCalendar(booking, {
    summary: m.calendarSummary(booking.service.name),
    description: m.calendarDescription(
      booking.code,
      purpose,
      `${officeDay(t, until)} ${t.time(until)}`,
    ),
  });
}

/** Print, calendar, change of date and cancel while the booking holds; "book again" after. */
export function renderActions(t: T, booking: Booking, options: ActionOptions): unknown {
  const m = t.m.receipt;
  const until = booking.cancellableUntil;
  const open = !until || Date.parse(until) > Date.now();
  const deadline = until ? `${officeDay(t, until)}, ${t.time(until)}` : '';
  if (booking.status !== 'confirmed') {
    if (booking.status === 'checked-in') return nothing;
    return html`<div class="actions" part="actions">
      <button type="button" class="button button--secondary" @click=${options.onChangeDate}>
        ${m.bookAgain}
      </button>
    </div>`;
  }
  return html`<div class="actions" part="actions">
    <h3 class="visually-hidden">${m.actions}</h3>
    <div class="button-row">
      <button type="button" class="button" @click=${options.onPrint}>${m.print}</button>
      <button
        type="button"
        class="button button--secondary"
        @click=${() => addToCalendar(t, booking)}
      >
        ${m.addToCalendar}
      </button>
      ${
        open
          ? html`<button
                type="button"
                class="button button--secondary"
                aria-expanded=${options.changing ? 'true' : 'false'}
                @click=${options.onChangeDate}
              >
                ${m.changeDate}
              </button>
              <button
                id="cancel"
                type="button"
                class="button button--secondary button--danger-outline"
                @click=${options.onCancel}
              >
                ${m.cancel}
              </button>`
          : nothing
      }
    </div>
    ${until ? html`<p class="hint">${open ? m.cancelUntil(deadline) : m.cancelClosed(deadline)}</p>` : nothing}
  </div>`;
}
