import { html, nothing, type TemplateResult } from 'lit';
import type { Booking, BookingStatus } from '../../api/types.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { isoDateInOffice } from '../../internal/dates.js';
import { addressWithTown } from '../../internal/ics.js';
import { safeHref } from '../../internal/urls.js';
import type { ReceiptMessages } from './messages/index.js';
import { renderQr, type QrMatrix } from './qr-code.js';

type T = LocalizeController<ReceiptMessages>;

const STATUS_ICONS: Record<BookingStatus, string> = {
  confirmed: '✓',
  cancelled: '×',
  'checked-in': '✓',
  past: '–',
};

/** "giovedì 12 marzo 2026" in office time. */
export function officeDay(t: T, instant: string): string {
  return t.date(isoDateInOffice(instant), 'long');
}

/** The status in words, with a shape and a colour: the first thing anyone sees. */
export function renderStatus(t: T, booking: Booking): TemplateResult {
  const m = t.m.receipt;
  const { status } = booking;
  const detail =
    status === 'cancelled' && booking.cancelledAt
      ? m.cancelledOn(`${officeDay(t, booking.cancelledAt)}, ${t.time(booking.cancelledAt)}`)
      : status === 'checked-in' && booking.checkedInAt
        ? m.checkedInAt(t.time(booking.checkedInAt))
        : '';
  return html`<div id="status" class="status status--${status}" part="status" tabindex="-1">
    <span class="status__icon" aria-hidden="true">${STATUS_ICONS[status]}</span>
    <div>
      <p class="status__title">${m.status[status]}</p>
      <p class="status__hint">${detail} ${m.statusHint[status]}</p>
    </div>
  </div>`;
}

/** The code in large characters and, while the booking is valid, the QR code the desk reads. */
export function renderTicket(t: T, booking: Booking, qr: QrMatrix | undefined): TemplateResult {
  const m = t.m.receipt;
  const showQr = booking.status === 'confirmed';
  return html`<div class="ticket" part="ticket">
    <div class="ticket__code">
      <p class="label">${m.code}</p>
      <p class="code" part="code">${booking.code}</p>
      <p class="label">${m.holder}</p>
      <p class="holder">${booking.holderName}</p>
      <p class="hint">${m.holderHint}</p>
    </div>
    ${
      showQr
        ? html`<figure class="ticket__qr">
            ${qr ? renderQr(qr, m.qrLabel) : html`<div class="qr qr--pending"></div>`}
            <figcaption class="hint">${m.qrHint}</figcaption>
          </figure>`
        : nothing
    }
  </div>`;
}

function renderContacts(t: T, booking: Booking) {
  const { office } = booking;
  const phone = office.phone ? safeHref(`tel:${office.phone.replace(/[^+\d]/g, '')}`) : '';
  const links = [
    phone ? html`<li>${t.m.receipt.phone}: <a href=${phone}>${office.phone}</a></li>` : nothing,
    office.email
      ? html`<li>Email: <a href=${safeHref(`mailto:${office.email}`)}>${office.email}</a></li>`
      : nothing,
    office.pec
      ? html`<li>PEC: <a href=${safeHref(`mailto:${office.pec}`)}>${office.pec}</a></li>`
      : nothing,
  ];
  if (!office.phone && !office.email && !office.pec) return nothing;
  return html`<dt class="extra">${t.m.receipt.contacts}</dt>
    <dd class="extra">
      <ul class="plain">
        ${links}
      </ul>
    </dd>`;
}

/** Where, when, why and what to bring. */
export function renderFacts(t: T, booking: Booking): TemplateResult {
  const m = t.m.receipt;
  const { office, service, purpose } = booking;
  const place = addressWithTown(office.address, office.town);
  return html`<dl class="facts" part="facts">
    <dt>${m.when}</dt>
    <dd>
      <strong class="when">${officeDay(t, booking.start)}</strong><br />
      <strong>${m.timeRange(t.time(booking.start), t.time(booking.end))}</strong>
      <span class="hint">${m.officeTime}</span>
    </dd>
    <dt>${m.where}</dt>
    <dd>${office.name}<br />${place}</dd>
    <dt>${m.counter}</dt>
    <dd>${service.name}${service.location ? html`<br />${service.location}` : nothing}</dd>
    ${
      office.howToReach
        ? html`<dt class="extra">${m.howToReach}</dt>
            <dd class="extra">${office.howToReach}</dd>`
        : nothing
    }
    <dt>${m.purpose}</dt>
    <dd>
      ${purpose.label}${purpose.text ? html`: ${purpose.text}` : nothing} · ${m.acts(booking.acts)}
    </dd>
    ${
      service.whatToBring.length
        ? html`<dt>${m.whatToBring}</dt>
            <dd>
              <ul>
                ${service.whatToBring.map((item) => html`<li>${item}</li>`)}
              </ul>
            </dd>`
        : nothing
    }
    ${renderContacts(t, booking)}
  </dl>`;
}
