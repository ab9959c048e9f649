import { html, nothing, type ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { ApiClient } from '../../api/client.js';
import { isApiError, type ApiError } from '../../api/errors.js';
import type { Booking } from '../../api/types.js';
import { cancelBooking } from '../../api/operations/booking-token.js';
import type { SportelloConfig } from '../../config/context.js';
import type { WidgetPart } from '../../config/sportello-element.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { passToText } from '../../internal/pass.js';
import { renderApiError, renderMessage, type LiveAnnouncer } from '../../styles/index.js';
import type { BookingLink } from './booking-link.js';
import { renderFacts, renderStatus, renderTicket } from './booking-view.js';
import { bookingStyles } from './booking-view.styles.js';
import { laterMessages } from './messages/later.js';
import { renderCancelDialog } from './cancel-dialog.js';
import { ChangeOfDate } from './change-date.js';
import { SportelloCancelledEvent } from './events.js';
import type { ReceiptMessages } from './messages/index.js';
import { markPrintTarget, unmarkPrintTarget } from '../../internal/print.js';
import { qrMatrix } from './qr-code.js';
import { renderActions } from './receipt-actions.js';

type Notice = 'cancelled' | 'changed' | 'too-late';

/** What the receipt element lends its booking view. */
export interface ReceiptHost {
  readonly element: ReactiveControllerHost &
    HTMLElement & { renderRoot: Element | DocumentFragment };
  readonly t: LocalizeController<ReceiptMessages>;
  readonly announcer: LiveAnnouncer;
  /** SportelloElement's `addPart`, for the view's styles and messages. */
  addPart(part: WidgetPart): void;
  api(): ApiClient | undefined;
  link(): BookingLink | undefined;
  /** The booking as the server sent it last. */
  fetched(): Booking | undefined;
  signal(signal: AbortSignal): AbortSignal;
  /** Fetches the booking again. */
  reload(): void;
  /** Shows another booking, the one a change of date made. */
  follow(next: BookingLink): void;
  /** The settings a slot picker inside the receipt works with. */
  settings(): Omit<SportelloConfig, 'api'>;
  /**
   * Defines <sportello-slot-picker>. Imported from the element's own module: a chunk that only
   * this view reached would make the bundler split Lit off the element's file.
   */
  loadSlotPicker(): Promise<unknown>;
  /** The host's privacy notice, for the consent of a change of date. */
  privacyUrl(): string;
}

/**
 * The booking as the receipt shows it, with its actions: print, calendar, cancel, change of
 * date. Loaded with import() while the booking is fetched, so the element's first file holds
 * only its frame and its loading and error states.
 */
export class ReceiptView {
  private notice?: Notice;
  private changedFrom = '';
  private cancelled?: Booking;
  private focusTarget?: 'status' | 'notice' | 'change-title';
  private readonly change: ChangeOfDate;

  private readonly qrTask: Task<[string], Awaited<ReturnType<typeof qrMatrix>> | undefined>;
  private readonly cancelTask: Task<
    readonly [ApiClient | undefined, BookingLink | undefined],
    Booking
  >;

  constructor(private readonly host: ReceiptHost) {
    const { element } = host;
    host.addPart({ styles: [bookingStyles], messages: laterMessages });
    this.qrTask = new Task(element, {
      task: ([text]) => (text ? qrMatrix(text) : undefined),
      args: () => [this.booking?.status === 'confirmed' ? passToText(this.booking.checkIn) : ''],
    });
    this.cancelTask = new Task(element, {
      autoRun: false,
      task: ([api, link], { signal }) =>
        cancelBooking(api!, link!.code, link!.token, { signal: host.signal(signal) }),
      args: () => [host.api(), host.link()] as const,
      onComplete: (booking) => this.handleCancelled(booking),
      onError: (error) => this.handleCancelError(error),
    });
    this.change = new ChangeOfDate(host, {
      opened: () => {
        this.notice = undefined;
        this.focusTarget = 'change-title';
      },
      closed: () => (this.focusTarget = 'status'),
      replaced: (old, next) => {
        if (old.status === 'confirmed') {
          this.notice = 'changed';
          this.changedFrom = old.code;
          element.dispatchEvent(
            new SportelloCancelledEvent(old.code, old.office.id, old.service.id, next.code),
          );
        }
        this.focusTarget = 'notice';
      },
    });
  }

  /** The booking shown: the latest answer of the server. */
  get booking(): Booking | undefined {
    return this.cancelled ?? this.host.fetched();
  }

  /** A new answer of the server replaces what a cancellation returned. */
  fetched(): void {
    this.cancelled = undefined;
  }

  /** Prints this receipt alone while it shows a booking; call after every update and connect. */
  updated(): void {
    const { element } = this.host;
    if (this.booking) markPrintTarget(element);
    else unmarkPrintTarget(element);
    // The target may appear only after a reload (a changed booking): keep it until it does.
    const target =
      this.focusTarget && element.renderRoot.querySelector<HTMLElement>(`#${this.focusTarget}`);
    if (target) {
      this.focusTarget = undefined;
      target.focus();
    }
  }

  disconnected(): void {
    unmarkPrintTarget(this.host.element);
  }

  render(): unknown {
    const booking = this.booking!;
    const { t } = this.host;
    return html`${this.renderNotice()} ${renderStatus(t, booking)}
    ${renderTicket(t, booking, this.qrTask.value)} ${renderFacts(t, booking)}
    ${renderActions(t, booking, {
      changing: this.change.open,
      onPrint: () => window.print(),
      onChangeDate: () => void this.change.toggle(booking),
      onCancel: this.handleCancel,
    })}
    ${renderCancelDialog({
      t,
      booking,
      pending: this.cancelTask.status === TaskStatus.PENDING,
      error: this.notice ? undefined : this.cancelError,
      onConfirm: () => this.handleConfirmCancel(),
      onClose: () => this.host.element.renderRoot.querySelector<HTMLElement>('#cancel')?.focus(),
    })}
    ${this.change.render(booking)}`;
  }

  private get cancelError() {
    const error = this.cancelTask.status === TaskStatus.ERROR ? this.cancelTask.error : undefined;
    return isApiError(error) ? renderApiError(this.host.t, error.kind) : undefined;
  }

  private renderNotice() {
    if (!this.notice) return nothing;
    const { t } = this.host;
    const m = t.m.receipt;
    const text =
      this.notice === 'cancelled'
        ? m.cancelledNow
        : this.notice === 'changed'
          ? m.changedNow(this.changedFrom)
          : m.tooLateToCancel;
    const kind = this.notice === 'too-late' ? 'warning' : 'success';
    return html`<div id="notice" class="notice" tabindex="-1">
      ${renderMessage(t, kind, html`<p>${text}</p>`)}
    </div>`;
  }

  private readonly handleCancel = (): void => {
    this.notice = undefined;
    this.host.element.renderRoot.querySelector<HTMLDialogElement>('dialog')?.showModal();
    this.host.element.requestUpdate();
  };

  private handleConfirmCancel(): void {
    if (this.cancelTask.status !== TaskStatus.PENDING) void this.cancelTask.run();
  }

  private handleCancelled(booking: Booking): void {
    const { element, t } = this.host;
    element.renderRoot.querySelector<HTMLDialogElement>('dialog')?.close();
    this.cancelled = booking;
    this.change.close();
    this.notice = 'cancelled';
    this.focusTarget = 'notice';
    this.host.announcer.announce(t.m.receipt.cancelledNow);
    element.dispatchEvent(
      new SportelloCancelledEvent(booking.code, booking.office.id, booking.service.id),
    );
  }

  private handleCancelError(error: unknown): void {
    const { kind, code } = error as ApiError;
    if (kind !== 'conflict') return; // shown inside the dialog, with the dialog still open
    this.host.element.renderRoot.querySelector<HTMLDialogElement>('dialog')?.close();
    this.notice = code === 'too-late-to-cancel' ? 'too-late' : undefined;
    this.focusTarget = this.notice ? 'notice' : 'status';
    this.host.reload();
  }
}
