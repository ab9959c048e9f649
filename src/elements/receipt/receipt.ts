import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { isApiError, networkFailureKind } from '../../api/errors.js';
import type { Booking } from '../../api/types.js';
import { getBooking } from '../../api/operations/booking-token.js';
import { SportelloElement } from '../../config/sportello-element.js';
import { SlowTasks } from '../../internal/slow-tasks.js';
import {
  LiveAnnouncer,
  renderApiError,
  renderFallbackHelp,
  renderMessage,
} from '../../styles/index.js';
import { readBookingLink, replaceBookingLink, type BookingLink } from './booking-link.js';
import { receiptMessages, type ReceiptMessages } from './messages/index.js';
import type { ReceiptHost, ReceiptView } from './receipt-view.js';
import { styles } from './receipt.styles.js';

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
 * @csspart dialog - the dialog that asks to confirm a cancellation
 * @csspart message - a status or error message
 * @csspart help - the page's own help (the content inside the tag), shown under a failure
 * @cssproperty [--sportello-receipt-max-width=44rem] - widest the receipt grows
 * @cssproperty [--sportello-receipt-qr-size=12rem] - side of the QR code on screen
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

  /** The host site's privacy notice, linked next to the consent when the citizen changes the date. */
  @property({ attribute: 'privacy-url' }) privacyUrl = '';

  @state() private link?: BookingLink;
  /** The booking view and its actions, fetched while the booking is. */
  @state() private view?: ReceiptView;
  @state() private viewFailed = false;
  private viewLoading = false;
  /** Set once the element has left the page: the booking (and the name in it) is dropped. */
  @state() private forgotten = false;

  private readonly announcer = new LiveAnnouncer(this);

  private readonly bookingTask = new Task(this, {
    task: ([api, link], { signal }): Promise<Booking> | undefined =>
      api && link
        ? getBooking(api, link.code, link.token, { signal: this.requestScope.signal(signal) })
        : undefined,
    args: () => [this.api, this.link] as const,
    onComplete: () => this.view?.fetched(),
  });

  private readonly slow = new SlowTasks(this, () => [this.bookingTask]);

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.forgotten) {
      this.forgotten = false;
      this.readLink();
    }
    window.addEventListener('hashchange', this.handleAddressChange);
    this.view?.updated();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.handleAddressChange);
    this.view?.disconnected();
    // A move within the page reconnects at once; a removal forgets the booking and its holder.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.link = undefined;
      this.forgotten = true;
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code') || changed.has('token') || changed.has('fromUrl')) this.readLink();
    if (this.api && this.link) this.loadView();
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

  private loadView(): void {
    if (this.view || this.viewLoading) return;
    this.viewLoading = true;
    this.viewFailed = false;
    import('./receipt-view.js').then(
      ({ ReceiptView }) => (this.view = new ReceiptView(this.viewHost())),
      () => {
        this.viewLoading = false;
        this.viewFailed = true;
      },
    );
  }

  private viewHost(): ReceiptHost {
    return {
      element: this,
      t: this.t,
      announcer: this.announcer,
      addPart: (part) => this.addPart(part),
      api: () => this.api,
      link: () => this.link,
      fetched: () => this.bookingTask.value,
      signal: (signal) => this.requestScope.signal(signal),
      reload: () => void this.bookingTask.run(),
      follow: (next) => {
        if (this.fromUrl && !(this.code && this.token)) replaceBookingLink(next);
        this.link = next;
      },
      settings: () => ({
        apiBase: this.api!.baseUrl,
        credentials: this.config?.credentials ?? 'same-origin',
        loginUrl: this.resolvedLoginUrl,
        getToken: this.getToken ?? this.config?.getToken,
      }),
      loadSlotPicker: () => import('../../define/sportello-slot-picker.js'),
      privacyUrl: () => this.privacyUrl,
    };
  }

  protected override updated(): void {
    this.view?.updated();
  }

  protected override render(): TemplateResult {
    if (this.forgotten) return html``;
    return html`<section class="base" part="base" aria-labelledby="title">
      <h2 id="title" class="title">${this.t.m.receipt.title}</h2>
      ${this.announcer.render()} ${this.renderBody()} ${this.slow.render(this.t)}
    </section>`;
  }

  private renderBody(): unknown {
    const m = this.t.m.receipt;
    if (!this.api)
      return renderMessage(this.t, 'error', html`<p>${this.t.m.common.notConfigured}</p>`);
    if (!this.link) return renderMessage(this.t, 'info', html`<p>${m.missing}</p>`);
    if (this.bookingTask.value && this.bookingTask.status !== TaskStatus.PENDING) {
      if (this.view) return this.view.render();
      if (this.viewFailed) return this.renderFailure(networkFailureKind(), () => this.loadView());
      return this.renderLoading();
    }
    return this.bookingTask.render({
      initial: () => nothing,
      pending: () => this.renderLoading(),
      error: (error) => this.renderLoadError(error),
    });
  }

  private renderLoading() {
    return html`<p class="loading" role="status">${this.t.m.common.loading}</p>`;
  }

  private renderLoadError(error: unknown) {
    const m = this.t.m.receipt;
    const kind = isApiError(error) ? error.kind : 'server';
    if (kind === 'not-found') return renderMessage(this.t, 'error', html`<p>${m.notFound}</p>`);
    if (kind === 'forbidden') return renderMessage(this.t, 'error', html`<p>${m.wrongToken}</p>`);
    return this.renderFailure(kind, () => void this.bookingTask.run());
  }

  private renderFailure(kind: Parameters<typeof renderApiError>[1], retry: () => void) {
    return html`${renderApiError(this.t, kind, { onRetry: retry, loginUrl: this.resolvedLoginUrl })}
    ${renderFallbackHelp(this.t, this)}`;
  }
}
