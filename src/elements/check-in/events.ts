import type { Verdict } from './verdict.js';

/**
 * The desk checked a booking. Carries identifiers only: no name. `offline` is true when the
 * verdict was reached at the desk and the check-in waits in the queue.
 */
export class SportelloCheckedInEvent extends Event {
  static readonly eventName = 'sportello-checked-in';
  constructor(
    readonly code: string | undefined,
    readonly verdict: Verdict,
    readonly offline: boolean,
  ) {
    super(SportelloCheckedInEvent.eventName, { bubbles: true, composed: true });
  }
  get detail() {
    return { code: this.code, verdict: this.verdict, offline: this.offline };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sportello-checked-in': SportelloCheckedInEvent;
  }
}
