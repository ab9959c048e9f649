import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import type { ApiClient } from '../../api/client.js';
import { isApiError, type ApiError } from '../../api/errors.js';
import type { Booking } from '../../api/types.js';
import { configContext } from '../../config/context.js';
import { SportelloElement } from '../../config/sportello-element.js';
import { passToText } from '../../internal/pass.js';
import { LiveAnnouncer, renderApiError, renderMessage } from '../../styles/index.js';
import {
  downloadCalendar,
  readBookingLink,
  replaceBookingLink,
  type BookingLink,
} from './booking-link.js';
import { officeDay, renderFacts, renderStatus, renderTicket } from './booking-view.js';
import { renderCancelDialog } from './cancel-dialog.js';
import { SportelloCancelledEvent } from './events.js';
import { receiptMessages, type ReceiptMessages } from './messages/index.js';
import { markPrintTarget, unmarkPrintTarget } from './print.js';
import { qrMatrix } from './qr-code.js';
import { styles } from './receipt.styles.js';

type Notice = 'cancelled' | 'changed' | 'too-late';

/**
 * A booking's receipt: status, place, time, purpose, what to bring, the code and the QR code the
 * entrance desk reads. The citizen prints it (alone, on one page), adds it to a calendar, changes
 * the date or cancels it. The token is kept in memory only.
 *
 * @summary Shows, prints, adds to the calendar, moves or cancels a booking.
 * @slot - Shown until the script loads, and with the "offline" message: e.g. the office's phone.
 * @fires sportello-cancelled - The booking was cancelled; detail: { code, officeId, serviceId, replacedBy? }
 * @fires sportello-booked - (from the slot picker inside) a new date was booked; detail: { code, ... }
 * @csspart base - the widget's frame
 * @csspart status - the status banner
 * @csspart ticket - the code, the holder and the QR code
 * @csspart code - the booking code
 * @csspart qr - the QR code
 * @csspart facts - date, place, purpose, what to bring
 * @csspart actions - the buttons
 * @csspart message - a status or error message
 * @cssproperty --sportello-receipt-max-width - widest the receipt grows (default: 44rem)
 * @cssproperty --sportello-receipt-qr-size - side of the QR code on screen (default: 12rem)
 * @status beta
 */
export class SportelloReceipt extends SportelloElement<ReceiptMessages> {
  static override styles = styles;
  static override messages = receiptMessages;

  /** The booking code, e.g. `ABCD-1234`. */
  @property() code = '';

  /** The booking's secret token, from the confirmation email. */
  @property() token = '';

  /** Reads `code` and `token` from the page address (`?code=…&token=…` or `#code=…&token=…`). */
  @property({ type: Boolean, attribute: 'from-url' }) fromUrl = false;

  /** Printed size: `a4` (one A4 page, default) or `a6` (a quarter sheet, to cut out). */
  @property({ attribute: 'print-size', reflect: true }) printSize: 'a4' | 'a6' = 'a4';

  @state() private link?: BookingLink;
  @state() private changing = false;
  @state() private notice?: Notice;
  @state() private changedFrom = '';
  @state() private cancelled?: Booking;

  private readonly announcer = new LiveAnnouncer(this);
  /** Gives the slot picker inside a client whose bookings replace this one. */
  private readonly pickerConfig = new ContextProvider(this, { context: configContext });
  private replacement?: BookingLink;
  private focusTarget?: 'status' | 'notice';

  private readonly bookingTask = new Task(this, {
    task: ([api, link], { signal }): Promise<Booking> | undefined =>
      api && link
        ? api.getBooking(link.code, link.token, { signal: this.requestScope.signal(signal) })
        : undefined,
    args: () => [this.api, this.link] as const,
    onComplete: () => (this.cancelled = undefined),
  });

  private readonly qrTask = new Task(this, {
    task: ([text]) => (text ? qrMatrix(text) : undefined),
    args: () => [this.booking?.status === 'confirmed' ? passToText(this.booking.checkIn) : ''],
  });

  private readonly cancelTask = new Task(this, {
    autoRun: false,
    task: ([api, link], { signal }) =>
      api!.cancelBooking(link!.code, link!.token, { signal: this.requestScope.signal(signal) }),
    args: () => [this.api, this.link] as const,
    onComplete: (booking) => this.handleCancelled(booking),
    onError: (error) => this.handleCancelError(error),
  });

  /** The booking shown: the latest answer of the server. */
  private get booking(): Booking | undefined {
    return this.cancelled ?? this.bookingTask.value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.handleAddressChange);
    if (this.booking) markPrintTarget(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.handleAddressChange);
    unmarkPrintTarget(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code') || changed.has('token') || changed.has('fromUrl')) this.readLink();
  }

  private readLink(): void {
    const own = this.code && this.token ? { code: this.code, token: this.token } : undefined;
    const link = own ?? (this.fromUrl ? readBookingLink() : undefined);
    if (link?.code !== this.link?.code || link?.token !== this.link?.token) this.link = link;
  }

  /** A page that changes its fragment (`#code=…&token=…`) without reloading shows the new booking. */
  private readonly handleAddressChange = (): void => {
    if (this.fromUrl) this.readLink();
  };

  protected override updated(): void {
    if (this.booking) markPrintTarget(this);
    else unmarkPrintTarget(this);
    // The target may appear only after a reload (a changed booking): keep it until it does.
    const target =
      this.focusTarget && this.renderRoot.querySelector<HTMLElement>(`#${this.focusTarget}`);
    if (target) {
      this.focusTarget = undefined;
      target.focus();
    }
  }

  protected override render(): TemplateResult {
    return html`<section class="base" part="base" aria-labelledby="title">
      <h2 id="title" class="title">${this.t.m.receipt.title}</h2>
      ${this.announcer.render()} ${this.renderBody()}
    </section>`;
  }

  private renderBody(): unknown {
    const m = this.t.m.receipt;
    if (!this.api)
      return renderMessage(this.t, 'error', html`<p>${this.t.m.common.notConfigured}</p>`);
    if (!this.link) return renderMessage(this.t, 'info', html`<p>${m.missing}</p>`);
    if (this.booking && this.bookingTask.status !== TaskStatus.PENDING) {
      return this.renderBooking(this.booking);
    }
    return this.bookingTask.render({
      initial: () => nothing,
      pending: () => html`<p class="loading" role="status">${this.t.m.common.loading}</p>`,
      error: (error) => this.renderLoadError(error),
    });
  }

  private renderLoadError(error: unknown) {
    const m = this.t.m.receipt;
    const kind = isApiError(error) ? error.kind : 'server';
    if (kind === 'not-found') return renderMessage(this.t, 'error', html`<p>${m.notFound}</p>`);
    if (kind === 'forbidden') return renderMessage(this.t, 'error', html`<p>${m.wrongToken}</p>`);
    const retry = () => void this.bookingTask.run();
    return html`${renderApiError(this.t, kind, { onRetry: retry, loginUrl: this.resolvedLoginUrl })}
      <div class="help">
        <p>${m.help}</p>
        <slot></slot>
      </div>`;
  }

  private renderBooking(booking: Booking) {
    return html`${this.renderNotice()} ${renderStatus(this.t, booking)}
    ${renderTicket(this.t, booking, this.qrTask.value)} ${renderFacts(this.t, booking)}
    ${this.renderActions(booking)}
    ${renderCancelDialog({
      t: this.t,
      booking,
      pending: this.cancelTask.status === TaskStatus.PENDING,
      error: this.notice ? undefined : this.cancelError,
      onConfirm: () => this.handleConfirmCancel(),
      onClose: () => this.renderRoot.querySelector<HTMLElement>('#cancel')?.focus(),
    })}
    ${this.changing ? this.renderPicker(booking) : nothing}`;
  }

  private get cancelError() {
    const error = this.cancelTask.status === TaskStatus.ERROR ? this.cancelTask.error : undefined;
    return isApiError(error) ? renderApiError(this.t, error.kind) : undefined;
  }

  private renderNotice() {
    if (!this.notice) return nothing;
    const m = this.t.m.receipt;
    const text =
      this.notice === 'cancelled'
        ? m.cancelledNow
        : this.notice === 'changed'
          ? m.changedNow(this.changedFrom)
          : m.tooLateToCancel;
    const kind = this.notice === 'too-late' ? 'warning' : 'success';
    return html`<div id="notice" class="notice" tabindex="-1">
      ${renderMessage(this.t, kind, html`<p>${text}</p>`)}
    </div>`;
  }

  private renderActions(booking: Booking) {
    const m = this.t.m.receipt;
    const until = booking.cancellableUntil;
    const open = !until || Date.parse(until) > Date.now();
    const deadline = until ? `${officeDay(this.t, until)}, ${this.t.time(until)}` : '';
    if (booking.status !== 'confirmed') {
      if (booking.status === 'checked-in') return nothing;
      return html`<div class="actions" part="actions">
        <button type="button" class="button button--secondary" @click=${this.handleChangeDate}>
          ${m.bookAgain}
        </button>
      </div>`;
    }
    return html`<div class="actions" part="actions">
      <h3 class="visually-hidden">${m.actions}</h3>
      <div class="button-row">
        <button type="button" class="button" @click=${this.handlePrint}>${m.print}</button>
        <button type="button" class="button button--secondary" @click=${this.handleCalendar}>
          ${m.addToCalendar}
        </button>
        ${
          open
            ? html`<button
                  type="button"
                  class="button button--secondary"
                  aria-expanded=${this.changing ? 'true' : 'false'}
                  @click=${this.handleChangeDate}
                >
                  ${m.changeDate}
                </button>
                <button
                  id="cancel"
                  type="button"
                  class="button button--secondary button--danger-outline"
                  @click=${this.handleCancel}
                >
                  ${m.cancel}
                </button>`
            : nothing
        }
      </div>
      ${until ? html`<p class="hint">${open ? m.cancelUntil(deadline) : m.cancelClosed(deadline)}</p>` : nothing}
    </div>`;
  }

  private renderPicker(booking: Booking) {
    const m = this.t.m.receipt;
    return html`<section class="change" aria-labelledby="change-title">
      <h3 id="change-title" tabindex="-1">${m.changeTitle}</h3>
      ${booking.status === 'confirmed' ? html`<p>${m.changeHint}</p>` : nothing}
      <sportello-slot-picker
        office=${booking.office.id}
        service=${booking.service.id}
        @sportello-booked=${this.handleRebooked}
      ></sportello-slot-picker>
      <button type="button" class="button button--link" @click=${this.handleKeep}>
        ${m.keepCurrent}
      </button>
    </section>`;
  }

  private readonly handlePrint = (): void => {
    window.print();
  };

  private readonly handleCalendar = (): void => {
    const booking = this.booking!;
    const m = this.t.m.receipt;
    const until = booking.cancellableUntil ?? booking.start;
    const purpose = booking.purpose.text
      ? `${booking.purpose.label}: ${booking.purpose.text}`
      : booking.purpose.label;
    downloadCalendar(booking, {
      summary: m.calendarSummary(booking.service.name),
      description: m.calendarDescription(
        booking.code,
        purpose,
        `${officeDay(this.t, until)} ${this.t.time(until)}`,
      ),
    });
  };

  private readonly handleCancel = (): void => {
    this.notice = undefined;
    this.renderRoot.querySelector<HTMLDialogElement>('dialog')?.showModal();
  };

  private handleConfirmCancel(): void {
    if (this.cancelTask.status !== TaskStatus.PENDING) void this.cancelTask.run();
  }

  private handleCancelled(booking: Booking): void {
    this.renderRoot.querySelector<HTMLDialogElement>('dialog')?.close();
    this.cancelled = booking;
    this.changing = false;
    this.notice = 'cancelled';
    this.focusTarget = 'notice';
    this.announcer.announce(this.t.m.receipt.cancelledNow);
    this.dispatchEvent(
      new SportelloCancelledEvent(booking.code, booking.office.id, booking.service.id),
    );
  }

  private handleCancelError(error: unknown): void {
    const { kind, code } = error as ApiError;
    if (kind !== 'conflict') return; // shown inside the dialog, with the dialog still open
    this.renderRoot.querySelector<HTMLDialogElement>('dialog')?.close();
    this.notice = code === 'too-late-to-cancel' ? 'too-late' : undefined;
    this.focusTarget = this.notice ? 'notice' : 'status';
    void this.bookingTask.run();
  }

  private readonly handleChangeDate = async (): Promise<void> => {
    if (this.changing) return void (this.changing = false);
    const booking = this.booking!;
    this.replacement = undefined;
    this.pickerConfig.setValue({
      apiBase: this.api!.baseUrl,
      credentials: this.config?.credentials ?? 'same-origin',
      loginUrl: this.resolvedLoginUrl,
      getToken: this.getToken ?? this.config?.getToken,
      api: this.replacingClient(this.api!, booking.status === 'confirmed' ? this.link : undefined),
    });
    await import('../../define/sportello-slot-picker.js');
    this.notice = undefined;
    this.changing = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#change-title')?.focus();
  };

  /** The client with one difference: a booking made through it replaces `old` (if any). */
  private replacingClient(api: ApiClient, old: BookingLink | undefined): ApiClient {
    return {
      ...api,
      createBooking: async (body, options) => {
        const created = await api.createBooking(old ? { ...body, replaces: old } : body, options);
        if (created.token) this.replacement = { code: created.code, token: created.token };
        return created;
      },
    };
  }

  private readonly handleRebooked = (): void => {
    const next = this.replacement;
    const old = this.booking;
    if (!next || !old) return;
    this.replacement = undefined;
    this.changing = false;
    if (old.status === 'confirmed') {
      this.notice = 'changed';
      this.changedFrom = old.code;
      this.dispatchEvent(
        new SportelloCancelledEvent(old.code, old.office.id, old.service.id, next.code),
      );
    }
    if (this.fromUrl && !(this.code && this.token)) replaceBookingLink(next);
    this.link = next;
    this.focusTarget = 'notice';
  };

  private readonly handleKeep = (): void => {
    this.changing = false;
    this.focusTarget = 'status';
  };
}
