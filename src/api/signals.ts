/**
 * A signal that aborts, with its reason, as soon as one of `signals` does: `AbortSignal.any`,
 * except that nothing depends on the engine keeping the combined signal alive. WebKit's garbage
 * collector can cut `AbortSignal.any`'s result off its sources while a fetch still waits on it,
 * and that fetch then never times out nor aborts. Here each source's listener holds the
 * controller, and the controller its signal.
 */
export function anySignal(...signals: AbortSignal[]): AbortSignal {
  const controller = new AbortController();
  const already = signals.find((signal) => signal.aborted);
  if (already) {
    controller.abort(already.reason);
    return controller.signal;
  }
  const forward = (event: Event) => {
    for (const signal of signals) signal.removeEventListener('abort', forward);
    controller.abort((event.target as AbortSignal).reason);
  };
  for (const signal of signals) signal.addEventListener('abort', forward);
  return controller.signal;
}

/** A signal that aborts with a TimeoutError after `ms`; its timer holds it, whatever the engine. */
export function timeoutSignal(ms: number): AbortSignal {
  const controller = new AbortController();
  setTimeout(() => controller.abort(new DOMException('The request timed out', 'TimeoutError')), ms);
  return controller.signal;
}
