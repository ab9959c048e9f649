import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { TaskStatus, type Task } from '@lit/task';
import type { LocalizeController } from '../i18n/localize-controller.js';
import type * as SlowNotice from '../styles/slow-notice.js';

type AnyTask = Task<readonly unknown[], unknown>;

/**
 * Notices when a widget's requests take long: `slow` turns true once one of `tasks()` has been
 * pending for `SlowTasks.afterMs`, so the widget can say so and offer to retry or give up, instead
 * of a loading line that lasts as long as every retry of the api client (about a minute).
 */
export class SlowTasks implements ReactiveController {
  /** How long a request may take before the visitor is told; the same for every widget. */
  static afterMs = 6000;

  slow = false;
  private timer?: ReturnType<typeof setTimeout>;
  private notice?: typeof SlowNotice;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly tasks: () => Array<AnyTask | undefined>,
  ) {
    host.addController(this);
  }

  /** The tasks waiting for an answer now. */
  get pending(): AnyTask[] {
    return this.tasks().filter((task): task is AnyTask => task?.status === TaskStatus.PENDING);
  }

  hostUpdated(): void {
    if (this.pending.length === 0) {
      this.stop();
      if (this.slow) {
        this.slow = false;
        this.host.requestUpdate();
      }
    } else if (!this.slow) {
      this.start();
    }
  }

  hostDisconnected(): void {
    this.stop();
    this.slow = false;
  }

  /** Keep waiting: the notice goes, and comes back if the wait goes on as long again. */
  wait(): void {
    this.slow = false;
    this.stop();
    this.start();
    this.host.requestUpdate();
  }

  /** Starts the slow requests again from the first attempt. */
  retry(): void {
    const pending = this.pending;
    this.slow = false;
    this.stop();
    for (const task of pending) void task.run();
    this.host.requestUpdate();
  }

  /** Stops waiting: the requests are aborted and end as `aborted` errors, with their retry. */
  giveUp(): void {
    const pending = this.pending;
    this.slow = false;
    this.stop();
    for (const task of pending) task.abort(new DOMException('The visitor gave up', 'AbortError'));
    this.host.requestUpdate();
  }

  /** The notice while requests are slow; nothing otherwise. */
  render(t: LocalizeController): unknown {
    return this.slow && this.notice ? this.notice.renderSlowNotice(t, this) : nothing;
  }

  private start(): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      if (this.pending.length === 0) return;
      void this.loadNotice().then(() => {
        if (this.pending.length === 0) return;
        this.slow = true;
        this.host.requestUpdate();
      });
    }, SlowTasks.afterMs);
  }

  private async loadNotice(): Promise<void> {
    this.notice ??= await import('../styles/slow-notice.js');
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
