import { html, nothing, type TemplateResult } from 'lit';
import type { Booking, Office, Service, Slot } from '../../api/types.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { isoDateInOffice } from '../../internal/dates.js';
import { normalizeFiscalCode } from '../../internal/fiscal-code.js';
import { renderMessage } from '../../styles/index.js';
import type { BookingForm, FieldWarnings } from './form-state.js';
import type { BookingStep } from './events.js';
import type { SlotPickerMessages } from './messages/index.js';
import type {} from '../../define/sportello-receipt.js';

type T = LocalizeController<SlotPickerMessages>;

/** Why the booking could not be made as chosen: shown above the step the visitor goes back to. */
export type Notice = 'conflict' | 'outside-window' | 'quota';

export function renderNotice(
  t: T,
  notice: Notice,
  quota: Service['quota'] | undefined,
): TemplateResult {
  const m = t.m.slotPicker;
  const text =
    notice === 'quota'
      ? m.quota(quota?.activePerPerson ?? 1, quota?.perWeek)
      : notice === 'conflict'
        ? m.conflict
        : m.outsideWindow;
  return html`<div id="notice" tabindex="-1" class="notice">
    ${renderMessage(t, 'warning', html`<p>${text}</p>`)}
  </div>`;
}

export interface ReviewStepProps {
  t: T;
  office: Office | undefined;
  service: Service;
  slot: Slot;
  form: BookingForm;
  /** What the details step warned about: shown again, never blocking. */
  warnings: FieldWarnings;
  /** The steps the visitor can go back to; the office and counter may be fixed by the page. */
  steps: readonly BookingStep[];
  pending: boolean;
  failure: unknown;
  onChange: (step: BookingStep) => void;
  onConfirm: () => void;
}

/** "martedì 12 maggio 2026, 09:30–09:45" (or "…, 09:30" without an end) in office time. */
export function when(t: T, start: string, end?: string): string {
  const times = end ? `${t.time(start)}–${t.time(end)}` : t.time(start);
  return `${t.date(isoDateInOffice(start), 'long')}, ${times}`;
}

function row(
  props: ReviewStepProps,
  label: string,
  value: unknown,
  step: BookingStep,
): TemplateResult {
  const canChange = props.steps.includes(step);
  return html`<div class="summary__row">
    <dt>${label}</dt>
    <dd>${value}</dd>
    <dd class="summary__action">
      ${
        canChange
          ? html`<button
              type="button"
              class="button button--link"
              @click=${() => props.onChange(step)}
            >
              ${props.t.m.common.edit}<span class="visually-hidden"> ${label.toLowerCase()}</span>
            </button>`
          : nothing
      }
    </dd>
  </div>`;
}

/** When online cancellation of a booking of `slot` closes, as an ISO instant. */
function cancellableUntil(service: Service, slot: Slot): string {
  const hours = service.cancellationDeadlineHours ?? 0;
  return new Date(Date.parse(slot.start) - hours * 3_600_000).toISOString();
}

/** Before confirming: until when the booking can be undone online, or that it no longer can. */
function renderCancellation(t: T, service: Service, slot: Slot): TemplateResult {
  const m = t.m.slotPicker;
  const until = cancellableUntil(service, slot);
  const deadline = when(t, until);
  if (Date.parse(until) > Date.now()) return html`<p class="hint">${m.cancelUntil(deadline)}</p>`;
  return html`<div id="cancel-closed">
    ${renderMessage(t, 'warning', html`<p>${m.cancelClosed(deadline)}</p>`, m.cancelClosedTitle)}
  </div>`;
}

/** Everything the visitor chose and typed, each with a way back to change it. */
export function renderReviewStep(props: ReviewStepProps): TemplateResult {
  const { t, office, service, slot, form } = props;
  const m = t.m.slotPicker;
  const labels = m.labels;
  const purpose = service.purposes.find((p) => p.id === form.purposeId);
  return html`${props.failure}
    <dl class="summary">
      ${office ? row(props, labels.office, office.name, 'office') : nothing}
      ${row(props, labels.service, service.name, 'service')}
      ${row(props, labels.when, when(t, slot.start, slot.end), 'time')}
      ${row(
        props,
        labels.purpose,
        html`${purpose?.label}${purpose?.freeText ? html`<br />${form.purposeText}` : nothing}`,
        'details',
      )}
      ${service.maxActs > 1 ? row(props, labels.acts, String(form.acts), 'details') : nothing}
      ${row(
        props,
        labels.person,
        html`${form.givenName} ${form.familyName}<br /><span class="code"
            >${normalizeFiscalCode(form.fiscalCode)}</span
          >${
            props.warnings.fiscalCode
              ? renderMessage(t, 'warning', html`<p>${m.warnings[props.warnings.fiscalCode]}</p>`)
              : nothing
          }`,
        'details',
      )}
      ${row(
        props,
        labels.contacts,
        html`${form.email}${form.phone ? html`<br />${form.phone}` : nothing}`,
        'details',
      )}
    </dl>
    ${renderCancellation(t, service, slot)}
    <div class="button-row">
      <button
        type="button"
        class="button"
        aria-disabled=${props.pending ? 'true' : 'false'}
        @click=${props.onConfirm}
      >
        ${props.pending ? m.confirming : m.confirm}
      </button>
    </div>`;
}

/** How the receipt inside reaches the backend when the picker has settings of its own. */
export interface ReceiptSettings {
  apiBase: string;
  credentials?: RequestCredentials;
  loginUrl: string;
  getToken?: () => string | undefined | Promise<string | undefined>;
  /** The picker's privacy notice, for a change of date from the receipt. */
  privacyUrl: string;
}

/**
 * The confirmation: the receipt of the new booking (code, QR, print, calendar, cancel).
 * `<sportello-receipt>` is registered on demand by the picker when the booking is confirmed.
 */
export function renderDoneStep(
  t: T,
  booking: Booking,
  settings: ReceiptSettings,
  onNew: () => void,
): TemplateResult {
  const m = t.m.slotPicker;
  const cancellable =
    !booking.cancellableUntil || Date.parse(booking.cancellableUntil) > Date.now();
  return html`<p class="hint">${cancellable ? m.doneEmail : m.doneEmailFinal}</p>
    <sportello-receipt
      part="receipt"
      code=${booking.code}
      .token=${booking.token ?? ''}
      .apiBase=${settings.apiBase}
      .credentials=${settings.credentials}
      .loginUrl=${settings.loginUrl}
      .getToken=${settings.getToken}
      .privacyUrl=${settings.privacyUrl}
    ></sportello-receipt>
    <div class="button-row">
      <button type="button" class="button button--secondary" @click=${onNew}>
        ${m.newBooking}
      </button>
    </div>`;
}
