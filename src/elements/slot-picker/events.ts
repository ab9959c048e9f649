/** The steps of a booking, in order. */
export type BookingStep = 'office' | 'service' | 'day' | 'time' | 'details' | 'review' | 'done';

/** A booking was confirmed by the server. Carries identifiers only, never personal data. */
export class SportelloBookedEvent extends Event {
  static readonly eventName = 'sportello-booked';
  constructor(
    readonly code: string,
    readonly officeId: string,
    readonly serviceId: string,
    readonly start: string,
  ) {
    super(SportelloBookedEvent.eventName, { bubbles: true, composed: true });
  }
  /** The same fields, for listeners that read `event.detail` as with CustomEvent. */
  get detail() {
    return {
      code: this.code,
      officeId: this.officeId,
      serviceId: this.serviceId,
      start: this.start,
    };
  }
}

/** The visitor moved to another step of the booking (for analytics or page layout). */
export class SportelloStepEvent extends Event {
  static readonly eventName = 'sportello-step';
  constructor(readonly step: BookingStep) {
    super(SportelloStepEvent.eventName, { bubbles: true, composed: true });
  }
  get detail() {
    return { step: this.step };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sportello-booked': SportelloBookedEvent;
    'sportello-step': SportelloStepEvent;
  }
}
