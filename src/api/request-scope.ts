import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { anySignal } from './signals.js';

/**
 * Ties requests to an element's time on the page: everything started through `signal()` is
 * aborted when the element is removed, and a fresh scope starts when it is connected again.
 */
export class RequestScopeController implements ReactiveController {
  private controller = new AbortController();

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.controller.signal.aborted) this.controller = new AbortController();
  }

  hostDisconnected(): void {
    this.controller.abort(new DOMException('The element was removed from the page', 'AbortError'));
  }

  /** A signal that aborts with the element's removal or with `other` (a Task's signal), first wins. */
  signal(other?: AbortSignal): AbortSignal {
    const scope = this.controller.signal;
    return other ? anySignal(scope, other) : scope;
  }
}
