import type { CheckInRequest } from '../../api/types.js';
import { peekClaims } from './peek.js';
import type { FinalVerdict } from './verdict.js';

/**
 * A check-in recorded at the desk while the server could not be reached. It holds what the
 * desk scanned (a code or the signed pass: no names) and when, with the Idempotency-Key of the
 * scan, so that sending it twice records it once.
 */
export interface QueuedCheckIn {
  key: string;
  body: CheckInRequest;
}

/** What the server said of one queued check-in, once it reached it. */
export interface CheckInOutcome {
  verdict: FinalVerdict;
  /** Only for a check-in that turned out not valid: whom the staff should call back. */
  holderName?: string;
}

/** One sending: the server's outcome, or 'retry' to try again later. */
export type SendOutcome = CheckInOutcome | 'retry';

/** A queued check-in that reached the server, with what it said. */
export interface SentCheckIn extends CheckInOutcome {
  key: string;
  code?: string;
  scannedAt?: string;
}

/**
 * The desk's offline queue, kept in localStorage per office (staff-side data without personal
 * data) so that a reload does not lose it. `flush()` sends the entries in order, one at a time;
 * a flush asked for while one runs joins it, so no entry is ever sent by two flushes at once.
 */
export class CheckInQueue {
  private entries: QueuedCheckIn[];
  private running?: Promise<SentCheckIn[]>;

  constructor(
    private readonly storageKey: string,
    private readonly send: (entry: QueuedCheckIn) => Promise<SendOutcome>,
  ) {
    this.entries = load(storageKey);
  }

  get size(): number {
    return this.entries.length;
  }

  /** Whether a booking code is already waiting (a second scan of the same pass while offline). */
  holds(code: string): boolean {
    return this.entries.some((entry) => codeOf(entry.body) === code);
  }

  add(entry: QueuedCheckIn): void {
    this.entries = [...this.entries, entry];
    this.save();
  }

  /** Sends what is waiting; resolves with what this flush sent, in order. */
  flush(): Promise<SentCheckIn[]> {
    this.running ??= this.drain().finally(() => (this.running = undefined));
    return this.running;
  }

  private async drain(): Promise<SentCheckIn[]> {
    const sent: SentCheckIn[] = [];
    while (this.entries.length > 0) {
      const entry = this.entries[0];
      const outcome = await this.send(entry);
      if (outcome === 'retry') break;
      this.entries = this.entries.filter((other) => other.key !== entry.key);
      this.save();
      sent.push({
        key: entry.key,
        code: codeOf(entry.body),
        scannedAt: entry.body.scannedAt,
        ...outcome,
      });
    }
    return sent;
  }

  private save(): void {
    try {
      if (this.entries.length === 0) localStorage.removeItem(this.storageKey);
      else localStorage.setItem(this.storageKey, JSON.stringify(this.entries));
    } catch {
      // Storage refused (private mode, quota): the queue still lives in memory.
    }
  }
}

/** The booking code of a queued check-in, from the typed code or the pass's payload. */
export function codeOf(body: CheckInRequest): string | undefined {
  if (body.code) return body.code;
  const code = body.pass ? peekClaims(body.pass.payload)?.c : undefined;
  return typeof code === 'string' ? code : undefined;
}

function load(storageKey: string): QueuedCheckIn[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '[]');
    return Array.isArray(parsed)
      ? parsed.filter(
          (e: Partial<QueuedCheckIn> | null): e is QueuedCheckIn =>
            typeof e?.key === 'string' && !!e.body,
        )
      : [];
  } catch {
    return [];
  }
}
