/**
 * A booking was cancelled from the receipt, by the citizen or by a change of date. Carries
 * identifiers only, never personal data.
 */
export class SportelloCancelledEvent extends Event {
  static readonly eventName = 'sportello-cancelled';
  constructor(
    readonly code: string,
    readonly officeId: string,
    readonly serviceId: string,
    /** The new booking's code when a change of date replaced this one. */
    readonly replacedBy?: string,
  ) {
    super(SportelloCancelledEvent.eventName, { bubbles: true, composed: true });
  }
  /** The same fields, for listeners that read `event.detail` as with CustomEvent. */
  get detail() {
    return {
      code: this.code,
      officeId: this.officeId,
      serviceId: this.serviceId,
      replacedBy: this.replacedBy,
    };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sportello-cancelled': SportelloCancelledEvent;
  }
}
