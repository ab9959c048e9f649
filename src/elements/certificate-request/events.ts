/**
 * A certificate request was accepted. Carries its number only: no name, no codice fiscale, no
 * date of birth.
 */
export class SportelloCertificateRequestedEvent extends Event {
  static readonly eventName = 'sportello-certificate-requested';
  constructor(readonly number: string) {
    super(SportelloCertificateRequestedEvent.eventName, { bubbles: true, composed: true });
  }
  get detail() {
    return { number: this.number };
  }
}

/** The steps of a certificate request, in order. */
export type CertificateStep = 'office' | 'what' | 'who' | 'collection' | 'review' | 'done';

declare global {
  interface GlobalEventHandlersEventMap {
    'sportello-certificate-requested': SportelloCertificateRequestedEvent;
  }
}
