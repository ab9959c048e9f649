import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { newIdempotencyKey } from '../../api/client.js';
import { ApiError, isApiError, type ApiErrorKind } from '../../api/errors.js';
import type { CheckInKey, CheckInRequest, SignedPass } from '../../api/types.js';
import { timeoutSignal } from '../../api/signals.js';
import { getCheckInKey, recordCheckIn } from '../../api/operations/check-in.js';
import { SportelloElement } from '../../config/sportello-element.js';
import {
  normalizeBookingCode,
  passFromText,
  verifyPass,
  type PassClaims,
} from '../../internal/pass.js';
import { LiveAnnouncer, renderApiError } from '../../styles/index.js';
import {
  CheckInQueue,
  type QueuedCheckIn,
  type SendOutcome,
  type SentCheckIn,
} from './check-in-queue.js';
import { styles } from './check-in.styles.js';
import { SportelloCheckedInEvent } from './events.js';
import { loadKey, saveKey } from './key-store.js';
import { checkInMessages, type CheckInMessages } from './messages/index.js';
import type { CameraScanner } from './scanner.js';
import { peekClaims } from './peek.js';
import type * as SentViewModule from './sent-view.js';
import { letsIn, localVerdict, type Verdict } from './verdict.js';
import { renderVerdict, type Answer } from './verdict-view.js';

/** How long the desk waits for the server before it decides alone. */
const SERVER_WAIT_MS = 5000;
/** How often the queue is tried again while it holds check-ins. */
const RETRY_EVERY_MS = 20_000;
const UNREACHABLE: ApiErrorKind[] = ['offline', 'unreachable', 'timeout', 'server', 'malformed'];

/**
 * The entrance desk: reads a receipt's QR code (scanner, camera) or a typed booking code and
 * answers at a glance. QR signatures are verified here with the office's public key, kept for
 * use without network. Offline, only whom the desk lets in waits in a queue, sent once each when
 * the network returns; the desk then lists what the server said of each, so that staff can call
 * back anyone let in on a booking that turns out not valid. Staff only: the host page provides
 * the session (see `credentials`).
 *
 * @summary Checks booking receipts at the entrance, online or offline.
 * @slot - Shown until the script loads: e.g. what to do without the online check.
 * @fires sportello-checked-in - A booking was checked; detail: { code, verdict, offline }
 * @csspart base - the widget's frame
 * @csspart entry - the code field
 * @csspart verdict - the answer panel
 * @csspart queue - the count of check-ins waiting to be sent
 * @csspart sent - the outcome of the check-ins sent when the network returned
 * @csspart message - a status or error message
 * @cssproperty [--sportello-check-in-max-width=48rem] - widest the widget grows
 * @status beta
 */
export class SportelloCheckIn extends SportelloElement<CheckInMessages> {
  static override styles = styles;
  static override messages = checkInMessages;

  /** The office whose bookings this desk checks (an office id). */
  @property() office = '';

  /** Minutes before the start from which a booking lets people in (as the server's rule). */
  @property({ type: Number, attribute: 'early-minutes' }) earlyMinutes = 30;

  /** Minutes after the end until which a booking still lets people in. */
  @property({ type: Number, attribute: 'late-minutes' }) lateMinutes = 15;

  @state() private answer?: Answer;
  @state() private failure?: ApiErrorKind;
  @state() private invalidEntry = false;
  @state() private checking = false;
  @state() private scanning = false;
  @state() private queued = 0;
  @state() private sent: SentCheckIn[] = [];
  private sentView?: typeof SentViewModule;

  private readonly announcer = new LiveAnnouncer(this);
  /** Loaded after the first paint, so that the camera also works once the network is gone. */
  private scanner?: Promise<CameraScanner>;
  private key?: CheckInKey;
  private queue?: CheckInQueue;
  private retryTimer?: ReturnType<typeof setInterval>;
  private flushing?: Promise<number>;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.handleOnline);
    this.retryTimer = setInterval(() => void this.flush(), RETRY_EVERY_MS);
  }

  protected override firstUpdated(): void {
    if (cameraScanSupported()) void this.loadScanner().catch(() => undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.handleOnline);
    clearInterval(this.retryTimer);
    this.stopScanner();
    this.scanning = false;
    // The names shown go with the element.
    this.answer = undefined;
    this.sent = [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('office') && this.office) {
      this.key = loadKey(this.office);
      this.queue = new CheckInQueue(`sportello-check-in-queue:${this.office}`, this.send);
      this.queued = this.queue.size;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('office') && this.office && this.api) {
      void this.refreshKey();
      void this.flush();
    }
  }

  /** Sends the check-ins waiting in the queue; resolves with how many were sent. */
  flush(): Promise<number> {
    this.flushing ??= this.sendQueued().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  private async sendQueued(): Promise<number> {
    if (!this.queue || !this.api || this.queue.size === 0) return 0;
    const sent = await this.queue.flush();
    // The outcomes panel is needed only once the network is back: it is not on the first screen.
    // It is here before the queue's count changes, so both show in the same update.
    if (sent.length === 0) {
      this.queued = this.queue.size;
      return 0;
    }
    if (!this.sentView) {
      this.sentView = await import('./sent-view.js');
      this.addPart({ styles: this.sentView.laterStyles, messages: this.sentView.laterMessages });
    }
    const view = this.sentView;
    this.queued = this.queue.size;
    this.sent = [...this.sent, ...sent];
    this.announcer.announce(view.sentSummary(this.t, sent));
    return sent.length;
  }

  protected override render(): TemplateResult {
    const m = this.t.m.checkIn;
    return html`<section class="base" part="base" aria-labelledby="title">
      <h2 id="title" class="title">${m.title}</h2>
      ${this.announcer.render()}
      <form class="entry" novalidate @submit=${this.handleSubmit}>
        <label for="entry">${m.entry}</label>
        <p id="entry-hint" class="hint">${m.entryHint}</p>
        ${
          this.invalidEntry
            ? html`<p id="entry-error" class="field-error">${m.invalidEntry}</p>`
            : nothing
        }
        <div class="entry__row">
          <input
            id="entry"
            name="entry"
            part="entry"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            aria-describedby=${this.invalidEntry ? 'entry-error entry-hint' : 'entry-hint'}
            aria-invalid=${this.invalidEntry ? 'true' : 'false'}
          />
          <button class="button" type="submit">${m.check}</button>
        </div>
        ${this.renderCamera()}
      </form>
      ${this.checking ? html`<p class="hint">${m.checking}</p>` : nothing}
      ${
        this.failure
          ? renderApiError(this.t, this.failure, { loginUrl: this.resolvedLoginUrl })
          : nothing
      }
      ${this.answer ? renderVerdict(this.t, this.answer) : nothing} ${this.renderQueue()}
      ${
        this.sent.length > 0 && this.sentView
          ? this.sentView.renderSent(this.t, this.sent, this.dismissSent)
          : nothing
      }
    </section>`;
  }

  private renderCamera() {
    if (!cameraScanSupported()) return nothing;
    const m = this.t.m.checkIn;
    return html`<button type="button" class="button button--secondary" @click=${this.toggleCamera}>
        ${this.scanning ? m.stopScan : m.scan}
      </button>
      <video
        class="camera"
        ?hidden=${!this.scanning}
        aria-label=${m.camera}
        muted
        playsinline
      ></video>`;
  }

  private renderQueue() {
    if (this.queued === 0) return nothing;
    return html`<div class="queue" part="queue">
      <p>${this.t.m.checkIn.queued(this.queued)}</p>
      <button type="button" class="button button--secondary" @click=${() => void this.flush()}>
        ${this.t.m.checkIn.sendNow}
      </button>
    </div>`;
  }

  private readonly handleSubmit = (event: Event): void => {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#entry')!;
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    void this.check(text);
  };

  /** Checks one scanned or typed entry and shows the answer. */
  async check(text: string): Promise<Verdict | undefined> {
    const pass = passFromText(text);
    const code = pass ? undefined : normalizeBookingCode(text);
    this.answer = undefined;
    this.failure = undefined;
    this.invalidEntry = !pass && !code;
    if (this.invalidEntry) {
      this.announcer.announce(this.t.m.checkIn.invalidEntry);
      this.focusEntry();
      return undefined;
    }
    if (!this.api) return undefined;
    this.checking = true;
    try {
      const scannedAt = new Date().toISOString();
      const claims = pass ? await this.verify(pass) : undefined;
      if (claims === 'forged') return this.show({ verdict: 'forged', offline: false });
      const body: CheckInRequest = pass ? { pass, scannedAt } : { code, scannedAt };
      return await this.record({ key: newIdempotencyKey(), body }, claims);
    } finally {
      this.checking = false;
      this.focusEntry();
    }
  }

  private focusEntry(): void {
    this.renderRoot.querySelector<HTMLInputElement>('#entry')?.focus();
  }

  private async record(entry: QueuedCheckIn, claims?: PassClaims): Promise<Verdict | undefined> {
    const code = claims?.c ?? entry.body.code;
    if (navigator.onLine) {
      try {
        const result = await recordCheckIn(this.api!, entry.body, {
          idempotencyKey: entry.key,
          signal: this.requestScope.signal(timeoutSignal(SERVER_WAIT_MS)),
        });
        return this.show({
          verdict: result.verdict,
          booking: result.booking,
          checkedInAt: result.checkedInAt,
          offline: false,
          code,
        });
      } catch (error) {
        if (!isUnreachable(error)) {
          this.failure = isApiError(error) ? error.kind : 'server';
          return undefined;
        }
      }
    }
    const verdict: Verdict =
      code && this.queue?.holds(code)
        ? 'already-checked-in'
        : claims
          ? localVerdict(
              claims,
              new Date(entry.body.scannedAt!),
              this.earlyMinutes,
              this.lateMinutes,
            )
          : 'unverified';
    if (letsIn(verdict)) {
      this.queue?.add(entry);
      this.queued = this.queue?.size ?? 0;
    }
    return this.show({ verdict, claims, offline: true, code });
  }

  private show(answer: Answer): Verdict {
    this.answer = answer;
    const m = this.t.m.checkIn;
    this.announcer.announce(m.verdicts[answer.verdict]);
    this.dispatchEvent(new SportelloCheckedInEvent(answer.code, answer.verdict, answer.offline));
    return answer.verdict;
  }

  /**
   * The pass's claims when the office's key verifies it, 'forged' when it does not or when it
   * names another office, undefined when the desk has no key for it (never reached the server):
   * then the server, or the queue, decides.
   */
  private async verify(pass: SignedPass): Promise<PassClaims | 'forged' | undefined> {
    // The server does not know which desk asks: another office's genuine pass would pass there.
    if (peekClaims(pass.payload)?.o !== this.office) return 'forged';
    if (!this.key || this.key.keyId !== pass.keyId) await this.refreshKey();
    if (!this.key || this.key.keyId !== pass.keyId) return undefined;
    return (await verifyPass(pass, this.key)) ?? 'forged';
  }

  private async refreshKey(): Promise<void> {
    try {
      const key = await getCheckInKey(this.api!, this.office, {
        signal: this.requestScope.signal(timeoutSignal(SERVER_WAIT_MS)),
      });
      this.key = key;
      saveKey(key);
    } catch {
      // Offline: the kept key (if any) still verifies passes.
    }
  }

  private readonly send = async (entry: QueuedCheckIn): Promise<SendOutcome> => {
    try {
      const { verdict, booking } = await recordCheckIn(this.api!, entry.body, {
        idempotencyKey: entry.key,
      });
      return verdict === 'valid' ? { verdict } : { verdict, holderName: booking?.holderName };
    } catch (error) {
      // The server refused it for good (e.g. 422): nothing to gain from sending it again.
      return isUnreachable(error) || (isApiError(error) && error.kind === 'unauthorized')
        ? 'retry'
        : { verdict: 'refused' };
    }
  };

  private readonly dismissSent = (): void => {
    this.sent = [];
    this.focusEntry();
  };

  private readonly handleOnline = (): void => void this.flush();

  /** The camera reader; a failed load (the network is gone) is tried again next time. */
  private loadScanner(): Promise<CameraScanner> {
    this.scanner ??= import('./scanner.js').then(({ CameraScanner }) => new CameraScanner());
    this.scanner.catch(() => (this.scanner = undefined));
    return this.scanner;
  }

  private stopScanner(): void {
    this.scanner?.then(
      (scanner) => scanner.stop(),
      () => undefined,
    );
  }

  private readonly toggleCamera = async (): Promise<void> => {
    if (this.scanning) {
      this.stopScanner();
      this.scanning = false;
      return;
    }
    this.scanning = true;
    await this.updateComplete;
    const video = this.renderRoot.querySelector<HTMLVideoElement>('video')!;
    try {
      const scanner = await this.loadScanner();
      await scanner.start(video, (text) => {
        this.scanning = false;
        void this.check(text);
      });
    } catch {
      this.scanning = false;
      this.announcer.announce(this.t.m.checkIn.cameraDenied);
    }
  };
}

function isUnreachable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  // Our own wait running out aborts the request: the desk decides alone, as when offline.
  return UNREACHABLE.includes(error.kind) || (error.kind === 'aborted' && isTimeout(error));
}

function isTimeout(error: ApiError): boolean {
  return (error.cause as { name?: string } | undefined)?.name === 'TimeoutError';
}

/** Camera reading needs the Barcode Detection API; typing the code always works. */
function cameraScanSupported(): boolean {
  return 'BarcodeDetector' in window && !!navigator.mediaDevices?.getUserMedia;
}
