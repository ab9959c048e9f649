import { html, nothing, type ReactiveController } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ContextProvider } from '@lit/context';
import type { ApiClient } from '../../api/client.js';
import type { Http } from '../../api/http.js';
import type { Booking, BookingRequest } from '../../api/types.js';
import { configContext } from '../../config/context.js';
import type { BookingLink } from './booking-link.js';
import type { ReceiptHost } from './receipt-view.js';

export interface ChangeOfDateEvents {
  opened(): void;
  closed(): void;
  /** A new date was booked; `old` is the booking it replaces (when it was still confirmed). */
  replaced(old: Booking, next: BookingLink): void;
}

/**
 * A new date for a booking, or a new booking like a cancelled or past one: a slot picker inside
 * the receipt (fetched on first use) whose bookings replace the one shown. A change of date keeps
 * the booking's purpose, acts, holder and e-mail, and the holder cannot change.
 */
export class ChangeOfDate implements ReactiveController {
  open = false;
  /** Gives the slot picker inside a client whose bookings replace this one. */
  private readonly provider: ContextProvider<typeof configContext>;
  private replacement?: BookingLink;
  /** The booking a new one replaces (a confirmed one), and the receipt's client wrapped for it. */
  private replaced?: BookingLink;
  private wrapped?: ApiClient;

  constructor(
    private readonly host: ReceiptHost,
    private readonly events: ChangeOfDateEvents,
  ) {
    this.provider = new ContextProvider(host.element, { context: configContext });
    host.element.addController(this);
  }

  hostUpdate(): void {
    if (this.open) this.provide();
  }

  async toggle(booking: Booking): Promise<void> {
    if (this.open) return this.close();
    const { host } = this;
    this.replacement = undefined;
    this.replaced = booking.status === 'confirmed' ? host.link() : undefined;
    this.wrapped = undefined;
    this.provide();
    await host.loadSlotPicker();
    this.open = true;
    this.events.opened();
    host.element.requestUpdate();
  }

  close(): void {
    this.open = false;
    this.host.element.requestUpdate();
  }

  /**
   * Gives the slot picker the receipt's client, wrapped, again whenever the receipt gets another
   * (a change of language): the picker would otherwise make a client of its own, which replaces
   * nothing.
   */
  private provide(): void {
    const api = this.host.api();
    if (!api || api === this.wrapped) return;
    this.wrapped = api;
    this.provider.setValue({
      ...this.host.settings(),
      api: this.replacingClient(api, this.replaced),
    });
  }

  render(booking: Booking): unknown {
    if (!this.open) return nothing;
    const m = this.host.t.m.receipt;
    // A confirmed booking is moved; a cancelled or past one is only the start of a new booking.
    const moving = booking.status === 'confirmed';
    return html`<section class="change" aria-labelledby="change-title">
      <h3 id="change-title" tabindex="-1">${moving ? m.changeTitle : m.bookAgain}</h3>
      ${moving ? html`<p>${m.changeHint}</p>` : nothing}
      <sportello-slot-picker
        office=${booking.office.id}
        service=${booking.service.id}
        privacy-url=${ifDefined(this.host.privacyUrl() || undefined)}
        .replacedBooking=${moving ? booking : undefined}
        @sportello-booked=${() => this.handleRebooked(booking)}
      ></sportello-slot-picker>
      <button type="button" class="button button--link" @click=${this.handleKeep}>
        ${moving ? m.keepCurrent : this.host.t.m.common.close}
      </button>
    </section>`;
  }

  /** The client with one difference: a booking made through it replaces `old` (if any). */
  private replacingClient(api: ApiClient, old: BookingLink | undefined): ApiClient {
    const http = (async (method, path, init) => {
      if (method !== 'post' || path !== '/bookings') return api.http(method, path, init);
      const { body } = init as { body: BookingRequest };
      const result = await api.http('post', '/bookings', {
        ...(init as object),
        body: old ? { ...body, replaces: old } : body,
      });
      const created = result.data;
      if (created?.token) this.replacement = { code: created.code, token: created.token };
      return result;
    }) as Http;
    return { ...api, http };
  }

  private handleRebooked(old: Booking): void {
    const next = this.replacement;
    if (!next) return;
    this.replacement = undefined;
    this.close();
    this.events.replaced(old, next);
    this.host.follow(next);
  }

  private readonly handleKeep = (): void => {
    this.close();
    this.events.closed();
  };
}
